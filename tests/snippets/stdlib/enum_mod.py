from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f"{self.name}={self.value}"
    @property
    def lower(self): return self.name.lower()
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED in Color, list(Color.__members__), Color.GREEN.describe(), Color.BLUE.lower)
print(Color, type(Color.RED), isinstance(Color.RED, Color), Color.RED == 1, Color.RED == Color.RED, hash(Color.RED) == hash(Color.RED))
print(f"{Color.RED}", "{}".format(Color.GREEN), f"{Color.RED:>12}|", {Color.RED: "r"}[Color.CRIMSON])
try: Color(7)
except ValueError as e: print("VE", e)
try: Color["PINK"]
except KeyError as e: print("KE", e)
try: Color.RED = 5
except AttributeError as e: print("AE", e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, Num(1), sorted([Num.TWO, Num.ONE]), f"{Num.TWO}", Num.ONE < Num.TWO, isinstance(Num.ONE, int))
class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()
print(list(A), A.Z.value)
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.B), S.A == "a", S.B.upper())
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)), ~Perm.R, list(Perm), rw & Perm.R, len(rw))
class F(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(F.A | F.C, repr(F.A | F.B), F.A | 8, repr(F(0)), F.B & 2, int(F.C), list(F))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print("VE", e)
Animal = Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value, repr(Animal.CAT))
Shape = Enum("Shape", [("SQ", 4), ("TRI", 3)])
print(Shape(3), Shape.SQ.value)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value, Planet((6.42e23, 3.39e6)))
class Mood(Enum):
    HAPPY = 1
    SAD = 2
    @classmethod
    def _missing_(cls, value):
        return cls.HAPPY
print(Mood(99), Color.RED is Color(1), [c.name for c in reversed(Color)])
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
