from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, TypeVar, Generic, NamedTuple, TypedDict,
    Protocol, ClassVar, cast, overload, Iterable, Iterator, Sequence, Mapping, Literal, Final, get_type_hints, get_origin,
    get_args, runtime_checkable, NewType, Annotated, TYPE_CHECKING, Type, FrozenSet, DefaultDict)
import typing
print(Any, Optional[int], Union[int, str], Union[int], List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int, str], bool], Callable[..., int])
print(Optional[int] == Union[int, None], get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(Union[int, str]) is Union)
print(Literal["a", 1], Set[int], Type[int], FrozenSet[str], Iterable[int], Sequence[str], Mapping[str, int])
T = TypeVar("T"); K = TypeVar("K", bound=int); print(T, K, K.__bound__, TypeVar("C", covariant=True))
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
b = Box[int](5); print(b.get(), Box(3).get(), Box.__parameters__ if hasattr(Box, "__parameters__") else None)
class Emp(NamedTuple):
    name: str
    id: int = 3
    def greet(self): return "hi " + self.name
e = Emp("a"); print(e, e.id, e.greet(), Emp._fields, Emp("b", 4)._asdict(), isinstance(e, tuple))
E2 = NamedTuple("E2", [("x", int), ("y", float)]); print(E2(1, 2.0))
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="x", year=1); print(m, type(m).__name__, Movie.__required_keys__ == {"title", "year"})
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
print(cast(int, "x"), cast("List[int]", 5), TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1))
class C:
    a: int
    b: "List[str]"
    c: ClassVar[int] = 3
    def m(self, x: int, y: Optional[str] = None) -> bool: return True
print(get_type_hints(C), get_type_hints(C.m))
UserId = NewType("UserId", int); print(UserId(5), UserId)
print(Annotated[int, "meta"], get_args(Annotated[int, "m"]), Final[int], ClassVar[int], DefaultDict[str, int])
def g(x: list[int] | None = None) -> dict[str, int]: return {}
print(g.__annotations__)
try: Union[()]
except TypeError as e: print("TE", e)
print(isinstance([], List), issubclass(list, typing.Sequence), typing.Text)
