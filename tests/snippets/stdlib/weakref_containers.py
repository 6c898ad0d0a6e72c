import weakref

class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "K(%d)" % self.n

# WeakValueDictionary
d = weakref.WeakValueDictionary()
objs = [K(i) for i in range(5)]
for i, o in enumerate(objs):
    d[i] = o
print(len(d), sorted(d.keys()), d[2], 2 in d, d.get(9, "none"))
del objs[1:3]
print(len(d), sorted(d.keys()), 1 in d, d.get(1))
try:
    d[1]
except KeyError as e:
    print("KeyError", e)
tmp = K(7)
d["tmp"] = tmp
d["tmp"] = objs[0]
del tmp
print(sorted(map(str, d.keys())), d["tmp"])
print(sorted(v.n for v in d.values()), sorted((str(k), v.n) for k, v in d.items()))
print(d.pop(0), len(d), d.setdefault("new", objs[1]), d.setdefault("new", objs[2]))
d2 = d.copy()
print(type(d2).__name__, len(d2), repr(d).startswith("<WeakValueDictionary at 0x"))
d.clear()
print(len(d), len(d2))
try:
    d["x"] = 1
except TypeError as e:
    print(e)

# WeakKeyDictionary
wk = weakref.WeakKeyDictionary()
keys = [K(i) for i in range(4)]
for k in keys:
    wk[k] = k.n * 10
print(len(wk), wk[keys[1]], keys[2] in wk, K(9) in wk, 5 in wk)
del keys[0]
print(len(wk), sorted(v for v in wk.values()), sorted(k.n for k in wk.keys()))
print(wk.pop(keys[0]), len(wk), wk.get(keys[1]), wk.setdefault(keys[1], 0))
keys.clear()
print(len(wk), list(wk.items()))
try:
    wk[1] = 2
except TypeError as e:
    print(e)

# WeakSet
ws = weakref.WeakSet()
items = [K(i) for i in range(3)]
for x in items:
    ws.add(x)
ws.add(items[0])
print(len(ws), items[1] in ws, K(1) in ws, 3 in ws)
items.pop()
print(len(ws), sorted(x.n for x in ws))
ws.discard(items[0])
print(len(ws))
ws2 = weakref.WeakSet(items)
print(ws2 == weakref.WeakSet(items), len(ws | ws2), len(ws & ws2), len(ws2 - ws))
items.clear()
print(len(ws), len(ws2), list(ws2))

# finalize
log = []
class R:
    pass
r = R()
f = weakref.finalize(r, log.append, "finalized")
print(f.alive, f.peek()[2:], f.atexit)
del r
print(log, f.alive, f(), f.peek(), f.detach())
r2 = R()
f2 = weakref.finalize(r2, lambda *a, **k: (a, k), 1, 2, x=3)
print(f2(), f2.alive, f2())
r3 = R()
f3 = weakref.finalize(r3, log.append, "never")
print(f3.detach()[0] is r3, f3.alive)
del r3
print(log)
r4 = R()
f4 = weakref.finalize(r4, print, "at exit")
