# LOAD_GLOBAL / LOAD_ATTR / STORE_ATTR inline caches must follow changes.
import math

def use_len(x):
    return len(x)

for i in range(5):
    print(use_len([1] * i))
len = lambda x: -1          # a global now shadows the builtin
print(use_len([1, 2]))
del len
print(use_len([1, 2]))

counter = 0
def bump():
    return counter + 1
for i in range(3):
    counter = bump()
print(counter)
g = globals()
g["counter"] = 100
print(bump())
del g["counter"]
try:
    bump()
except NameError as e:
    print("NameError:", e)

class A:
    def __init__(self, x):
        self.x = x
    def m(self):
        return "A.m"

class B(A):
    pass

def read_x(o):
    return o.x
def call_m(o):
    return o.m()
def set_x(o, v):
    o.x = v

objs = [A(1), B(2), A(3)]
for o in objs * 3:
    print(read_x(o), call_m(o))
a = A(5)
for _ in range(3):
    print(call_m(a))
a.m = lambda: "instance m"
print(call_m(a))
del a.m
print(call_m(a))
A.m = lambda self: "A.m v2"
print(call_m(a), call_m(B(0)))
B.m = lambda self: "B.m"
print(call_m(a), call_m(B(0)))

class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return "prop"
    @x.setter
    def x(self, v):
        self._x = v * 10

for o in [A(1), A(2), P(), A(3)]:
    set_x(o, 7)
    print(read_x(o), o.__dict__)

# a data descriptor added to the class after the sites are warm
b = B(1)
for i in range(3):
    set_x(b, i)
    print(read_x(b))
B.x = property(lambda self: "B.x prop", lambda self, v: print("set via prop", v))
set_x(b, 9)
print(read_x(b), b.__dict__)

# class attributes shadowed by instance attributes
class C:
    n = 1
c = C()
for i in range(3):
    print(read_x_n := c.n)
    c.n = i
    print(c.n)

# __getattr__ fallback still runs for missing attributes
class G:
    def __getattr__(self, name):
        return "fallback " + name
gobj = G()
gobj.x = 1
print(read_x(gobj))
del gobj.x
print(read_x(gobj))

# modules
def sq(v):
    return math.sqrt(v), math.pi
for v in (4.0, 9.0):
    print(sq(v))
math.sqrt = lambda v: "patched"
print(sq(16.0))
