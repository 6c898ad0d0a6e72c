from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
class Sq(Shape):
    def __init__(s, n): s.n = n
    def area(s): return s.n ** 2
    def name(s): return "sq"
try: Shape()
except TypeError as e: print("TE", e)
class Half(Shape):
    def area(s): return 1
try: Half()
except TypeError as e: print("TE", e)
print(Sq(3).area(), isinstance(Sq(1), Shape), issubclass(Sq, Shape), issubclass(int, Shape))
class Reg(ABC): pass
Reg.register(int); print(isinstance(5, Reg), issubclass(bool, Reg), isinstance("s", Reg))
class Hook(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C): return hasattr(C, "quack") or NotImplemented
class Duck:
    def quack(s): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook), Shape.__abstractmethods__ == frozenset({"area", "name"}))
