from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass, make_dataclass, InitVar
from typing import List, ClassVar
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1, 2); print(p, p == Point(1, 2), p != Point(1, 3), Point(5))
print(asdict(p), astuple(p), replace(p, y=9), [f.name for f in fields(p)], is_dataclass(p), is_dataclass(Point), is_dataclass(1))
try: Point()
except TypeError as e: print("TE", e)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"
print(V(1) < V(2), sorted([V(3), V(1, "a"), V(1)]), hash(V(1)) == hash(V(1)), {V(1): 1}[V(1)])
try: V(1).a = 2
except FrozenInstanceError as e: print("FIE", e)
@dataclass
class Inv:
    name: str
    price: float
    qty: int = 1
    items: List[int] = field(default_factory=list, repr=False)
    total: float = field(init=False)
    count: ClassVar[int] = 0
    def __post_init__(self): self.total = self.price * self.qty
i = Inv("w", 2.5, 4); print(i, i.total, Inv.count, [f.name for f in fields(Inv)])
@dataclass
class Nest:
    p: Point
    ps: list
print(asdict(Nest(Point(1), [Point(2)])))
@dataclass
class Base:
    x: int
@dataclass
class Child(Base):
    y: int = 3
print(Child(1), Child(1, 2) == Child(1, 2), Child.__match_args__)
match Child(7, 8):
    case Child(x, y): print("match", x, y)
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e: print("VE", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e: print("TE", e)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
print(Point.__hash__, V.__eq__ is not None)
M = make_dataclass("M", [("a", int), ("b", int, field(default=5))]); print(M(1), M(1, 2).b)
@dataclass
class IV:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.a *= scale
print(IV(3), IV(3, 10))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1
print(K(a=5))
try: K(1)
except TypeError as e: print("TE", e)
