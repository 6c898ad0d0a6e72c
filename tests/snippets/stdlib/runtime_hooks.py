# Runtime hooks the standard library relies on.
class Recording(dict):
    def __setitem__(self, key, value):
        print("set", key)
        dict.__setitem__(self, key, value)
    def __delitem__(self, key):
        print("del", key)
        dict.__delitem__(self, key)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=Meta):
    x = 1
    y = x + 1
    del x
    def f(self): pass
print(sorted(k for k in vars(A) if not k.startswith("__")))
class Alias:
    def __init__(self, origin): self.origin = origin
    def __mro_entries__(self, bases): return (self.origin,)
class B(Alias(list)): pass
print(B.__mro__, B.__orig_bases__[0].origin, "__orig_bases__" in vars(list))
def factory(): pass
factory.__mro_entries__ = lambda bases: (dict,)
class C(factory): pass
print(C.__bases__, C.__orig_bases__[0] is factory)
class Slotted:
    __slots__ = ("a",)
class Left(Slotted):
    pass
class Right(Slotted):
    pass
class Both(Left, Right):
    pass
b = Both(); b.a = 5; print(b.a, [c.__name__ for c in Both.__mro__])
