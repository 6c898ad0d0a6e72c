import weakref, gc

class B:
    def m(self):
        return "m"
    def __repr__(self):
        return "B()"

# ref basics
o = B()
r = weakref.ref(o)
print(r() is o, r.__callback__, type(r).__name__, weakref.ref is weakref.ReferenceType)
print(weakref.ref(o) is r, weakref.getweakrefcount(o))
del o
print(r(), weakref.getweakrefcount(r))
print(repr(r).endswith("; dead>"))

# unsupported types
for x in (1, "s", (), [], {}, 1.5, object(), b"", None, Exception()):
    try:
        weakref.ref(x)
    except TypeError as e:
        print(e)

class S:
    __slots__ = ("a",)
class SW:
    __slots__ = ("a", "__weakref__")
class SD(S):
    pass
for cls in (S, SW, SD):
    try:
        weakref.ref(cls())
        print(cls.__name__, "ok")
    except TypeError as e:
        print(e)
for x in (len, B, B().m, set(), frozenset(), (lambda: 0), (i for i in ())):
    print(type(x).__name__, weakref.ref(x)() is not None or type(x).__name__)

# callbacks: order, argument, exceptions
events = []
o = B()
r1 = weakref.ref(o, lambda w: events.append(("cb1", w is r1)))
r2 = weakref.ref(o, lambda w: events.append(("cb2", w is r2)))
r0 = weakref.ref(o)
print(weakref.getweakrefs(o) == [r0, r2, r1], weakref.getweakrefcount(o))
print(r1.__callback__ is not None, r1 is not r2, r0 is weakref.ref(o))
del o
print(events)
print(r1.__callback__)

class Bad:
    def __call__(self, w):
        raise ValueError("in callback")
    def __repr__(self):
        return "<Bad callback>"
bad = Bad()
o = B()
rb = weakref.ref(o, bad)
import sys, io
sys.stderr = io.StringIO()
del o
err = sys.stderr.getvalue().splitlines()
sys.stderr = sys.__stderr__
print(err[0], err[1], err[-1], sep="\n")
print("after bad callback", rb())

# a dropped weakref's callback never runs
o = B()
weakref.ref(o, lambda w: print("never"))
del o
print("no callback")

# equality and hashing
a, b = B(), B()
ra, rb2 = weakref.ref(a), weakref.ref(b)
ra_cb = weakref.ref(a, lambda w: None)
print(ra == ra_cb, ra != ra_cb, ra == rb2, ra == 1, hash(ra) == hash(a))
d = {ra: 1}
print(d[weakref.ref(a)])
c = B()
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print(e)
print(rc == rc, rc == weakref.ref(a))
h = hash(ra)
del a
print(hash(ra) == h)
try:
    ra < rb2
except TypeError as e:
    print(e)

# args
try:
    weakref.ref()
except TypeError as e:
    print(e)
try:
    weakref.ref(b, None, 3)
except TypeError as e:
    print(e)

# proxies
class P:
    def __init__(self):
        self.x = 5
        self.items = [1, 2, 3]
    def __len__(self):
        return 3
    def __add__(self, o):
        return "added %r" % (o,)
    def hello(self, n):
        return "hi %d" % n
p_obj = P()
p = weakref.proxy(p_obj)
print(type(p), p.x, len(p), p + 1, p.hello(2), p.items[1])
p.y = 9
print(p_obj.y, bool(p), weakref.ProxyType in weakref.ProxyTypes)
try:
    hash(p)
except TypeError as e:
    print(e)
cp = weakref.proxy(len)
print(type(cp).__name__, cp([1, 2]))
del p_obj
try:
    p.x
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.proxy(1)
except TypeError as e:
    print(e)
pc = []
po = P()
pp = weakref.proxy(po, lambda prox: pc.append(type(prox).__name__))
del po
print(pc)

# WeakMethod
class M:
    def meth(self):
        return "meth of M"
mo = M()
wm = weakref.WeakMethod(mo.meth)
print(wm()(), isinstance(wm, weakref.ref), wm() == mo.meth)
called = []
wm2 = weakref.WeakMethod(mo.meth, lambda w: called.append(w is wm2))
del mo
print(wm(), called)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
