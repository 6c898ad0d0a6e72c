# Instance attributes kept as inline values (shared keys per class) until
# __dict__ is asked for: identity, both-way visibility, order, deletion.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def m(self):
        return "method"


a = P(1, 2)
b = P(3, 4)
print(a.x, a.y, b.x, b.y)
d = a.__dict__
print(d, d is a.__dict__, vars(a) is d)
d["z"] = 5
print(a.z)
a.w = 6
print(d)
del a.x
print(d, hasattr(a, "x"))
try:
    a.x
except AttributeError as e:
    print("AttributeError", e)
print(b.__dict__)

# Different insertion orders in instances of one class.
c = P.__new__(P)
c.y = 10
c.x = 11
print(c.__dict__, list(vars(c)))
e = P.__new__(P)
e.q = 1
e.x = 2
print(e.__dict__)

# Missing attributes, getattr defaults, hasattr: no dict needed.
f = P(7, 8)
print(getattr(f, "nope", "dflt"), hasattr(f, "nope"), hasattr(f, "x"))
print(f.__dict__)

# Non-interned names through setattr/getattr.
name = "".join(["dyn", "amic"])
setattr(f, name, 99)
print(getattr(f, "dyn" + "amic"), f.dynamic)
print(f.__dict__)

# Deleting an attribute that is inline, then setting it again.
g = P(1, 2)
del g.y
g.y = 3
print(g.__dict__)
try:
    del g.nothere
except AttributeError as e:
    print("AttributeError", e)

# Instance attribute shadowing a method.
h = P(0, 0)
print(h.m())
h.m = lambda: "instance"
print(h.m())
del h.m
print(h.m())

# Many attributes (more than the inline capacity).
class Many:
    pass

objs = []
for k in range(3):
    o = Many()
    for i in range(40):
        setattr(o, "a%d" % i, i * k)
    objs.append(o)
print(sum(o.a39 for o in objs), len(objs[1].__dict__), list(objs[2].__dict__)[:3])

# __dict__ replacement and clearing.
class Q:
    pass

q = Q()
q.a = 1
q.b = 2
q.__dict__ = {"c": 3}
print(q.__dict__, hasattr(q, "a"), q.c)
q.__dict__.clear()
print(q.__dict__, hasattr(q, "c"))
q.d = 4
print(q.__dict__)

# Data descriptors win over inline values; properties.
class R:
    def __init__(self):
        self.v = 1
        self._p = 2

    @property
    def p(self):
        return self._p * 10

    @p.setter
    def p(self, val):
        self._p = val

r = R()
r.p = 7
print(r.p, r.__dict__)

# Subclasses add keys after the base's.
class S(P):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

s = S(1, 2, 3)
s.extra = 4
print(s.__dict__, s.x + s.y + s.z + s.extra)
s2 = S(5, 6, 7)
print(s2.__dict__)

# __slots__ with __dict__.
class T:
    __slots__ = ("a", "__dict__")

t = T()
t.a = 1
t.b = 2
print(t.a, t.b, t.__dict__)

# Attribute updates in a loop (the inline-store path), then the dict.
class Counter:
    def __init__(self):
        self.n = 0

cs = [Counter() for _ in range(5)]
for i in range(100):
    for c in cs:
        c.n += i
print([c.n for c in cs], cs[0].__dict__)
cs[0].__dict__["n"] = -1
cs[0].n += 1
print(cs[0].n, cs[0].__dict__)

# copy / pickle-style reconstruction through __dict__.
import copy
p2 = copy.copy(P(5, 6))
p2.x = 50
print(p2.__dict__)
p3 = copy.deepcopy(s)
print(p3.__dict__)
print(dir(P(1, 2))[-3:])
