# Attribute loads and stores at sites that see several classes (the
# polymorphic instance-dict path), with class changes in between.
class Base:
    def __init__(self, v):
        self.v = v
        self.n = 0

    def bump(self):
        self.n += 1
        return self.v + self.n


class A(Base):
    pass


class B(Base):
    def bump(self):
        return super().bump() * 2


class C(A):
    extra = "class-level"


class P(Base):
    @property
    def v(self):
        return 50

    @v.setter
    def v(self, x):
        self.__dict__["_v"] = x


class G(Base):
    def __getattr__(self, name):
        return "getattr:" + name


class GA(Base):
    def __getattribute__(self, name):
        if name == "v":
            return 70
        return object.__getattribute__(self, name)


class S:
    __slots__ = ("v", "n")

    def __init__(self, v):
        self.v = v
        self.n = 0

    def bump(self):
        self.n += 1
        return self.v + self.n


objs = [Base(1), A(2), B(3), C(4), P(5), G(6), GA(7), S(8)]


def read(o):
    return o.v


def write(o, x):
    o.v = x


def readmissing(o):
    try:
        return o.missing
    except AttributeError as e:
        return "AE " + str(e)


for r in range(3):
    print([read(o) for o in objs])
    print([o.bump() for o in objs])
    print([readmissing(o) for o in objs])
    for i, o in enumerate(objs):
        write(o, i * 10 + r)
    print([read(o) for o in objs], objs[4].__dict__.get("_v"))
    if r == 0:
        # A class attribute appears: instances still win (non-data).
        A.v = "A.v"
        C.missing = "C.missing"
    elif r == 1:
        # A data descriptor appears on a base: it now wins over the dict.
        Base.v = property(lambda self: 99, lambda self, x: None)
        del A.v

print([o.n for o in objs])
del Base.v
print([read(o) for o in objs])
for o in objs[:4]:
    del o.v
print([readmissing(o) for o in objs[:4]], [hasattr(o, "v") for o in objs[:4]])


class M:
    def m(self):
        return "M.m"


class N(M):
    pass


def callm(o):
    return o.m()


ms = [M(), N(), M(), N()]
print([callm(o) for o in ms])
ms[1].m = lambda: "instance m"
print([callm(o) for o in ms])
N.m = lambda self: "N.m"
print([callm(o) for o in ms])
del ms[1].m
print([callm(o) for o in ms])
