# LOAD_ATTR on a class (C.m, Base.__init__(self, ...)): the per-site class
# attribute cache must follow every change of the class and its bases.


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v

    def m(self):
        return "Base.m"


class Sub(Base):
    def __init__(self, v):
        Base.__init__(self, v * 2)

    def m(self):
        return "Sub.m+" + Base.m(self)


def read_m(c):
    return c.m


def call_m(c, o):
    return c.m(o)


def read_kind(c):
    return c.kind


s = Sub(3)
print(s.v, call_m(Sub, s), call_m(Base, s))
for _ in range(3):
    print(read_m(Base) is Base.__dict__["m"], read_kind(Sub), read_kind(Base))

# Replace the attribute on the base: readers through Sub and Base see it.
Base.kind = "changed"
print(read_kind(Sub), read_kind(Base))
Sub.kind = 42
print(read_kind(Sub), read_kind(Base))
del Sub.kind
print(read_kind(Sub))

# Replace a method with something else at a warm site.
def other(self):
    return "other"


Base.m = other
print(call_m(Base, s), call_m(Sub, s))
Base.m = staticmethod(lambda o: "static")
print(call_m(Base, s), read_m(Base)(1))
Base.m = classmethod(lambda cls, o: "classmethod of " + cls.__name__)
print(call_m(Base, s), call_m(Sub, s))
del Base.m
try:
    read_m(Base)
except AttributeError as e:
    print("AttributeError:", e)

# Metaclass attributes and data descriptors are not the class's.
def names(c):
    return c.__name__, c.__qualname__, c.__doc__


print(names(Base), names(Sub))
Base.__doc__ = "doc"
print(names(Base), names(Sub))


# A site that sees both a class and its instances.
class P:
    def f(self=None):
        return "P.f"

    x = 7


for o in [P, P(), P, P()]:
    print(o.f(), o.x, o.f is P.__dict__["f"])

# A class with a metaclass of its own.
class Meta(type):
    @property
    def prop(cls):
        return "meta prop of " + cls.__name__

    def hello(cls):
        return "meta hello"


class WithMeta(metaclass=Meta):
    prop2 = 1


for _ in range(2):
    print(WithMeta.prop, WithMeta.hello(), WithMeta.prop2)

# Builtin-typed values and instances of user classes with __get__.
class D:
    def __get__(self, obj, owner):
        return ("D.__get__", obj, owner.__name__)


class Holder:
    d = D()
    t = (1, 2)


def read_d(c):
    return c.d, c.t


for _ in range(2):
    print(read_d(Holder))
D.__get__ = lambda self, obj, owner: "patched"
print(read_d(Holder))
