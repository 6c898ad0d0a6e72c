from __future__ import annotations
import __future__
def f(x: int, y: list[str] = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
class C:
    a: int
    b: 'str'
    c: UndefinedName
print(C.__annotations__)
import typing
def g(a: int | None, b: typing.Callable[[int, str], bool], *args: tuple[int, ...], c: 'Forward' = 1,
      d: typing.Literal['x', 2] = None, e: dict[str, list[int | str]] = None, f: (int, str) = None,
      **kw: typing.Optional["Later"]) -> os.PathLike | b"raw" | None: ...
for k, v in g.__annotations__.items():
    print(k, repr(v))
class D:
    x: list[D]
    y: D | None = None
    z: typing.ClassVar[int] = 3
print(D.__annotations__, D.y, D.z)
print(typing.get_type_hints(D)['z'])
print(__future__.all_feature_names)
print(__future__.annotations, __future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.division.compiler_flag, __future__.CO_FUTURE_ANNOTATIONS, __future__.generator_stop)
print(__future__.__all__[:3])
print(annotations)
