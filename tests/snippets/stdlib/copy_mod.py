import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]["k"] is a[2]["k"], c == a)
class P:
    def __init__(s, x): s.x = x; s.l = [x]
    def __repr__(s): return f"P({s.x}, {s.l})"
p = P(1); q = copy.copy(p); r = copy.deepcopy(p)
print(q, q.l is p.l, r, r.l is p.l, type(r).__name__)
class S:
    __slots__ = ("a", "b")
s = S(); s.a = [1]; t = copy.deepcopy(s); print(t.a, t.a is s.a, hasattr(t, "b"))
class C:
    def __copy__(self): print("__copy__"); return "copied"
    def __deepcopy__(self, memo): print("__deepcopy__", type(memo).__name__); return "deep"
print(copy.copy(C()), copy.deepcopy([C()]))
cyc = [1]; cyc.append(cyc); d = copy.deepcopy(cyc); print(d[1] is d, d is not cyc)
t = (1, [2]); print(copy.deepcopy(t) is t, copy.copy(t) is t)
class R:
    def __init__(s, v): s.v = v
    def __reduce__(s): return (R, (s.v * 10,))
print(copy.copy(R(1)).v, copy.deepcopy(R(2)).v)
class G:
    def __init__(s): s.a = 1; s.b = 2
    def __getstate__(s): return {"a": s.a}
    def __setstate__(s, st): s.__dict__.update(st); s.restored = True
g = copy.copy(G()); print(vars(g))
class L(list): pass
l = L([1, [2]]); l.tag = "t"; m = copy.deepcopy(l); print(type(m).__name__, m, m.tag, m[1] is l[1])
print(copy.deepcopy({1: {2: 3}}), copy.copy({1, 2}), copy.copy(5), copy.deepcopy("s"))
shared = [0]; dd = copy.deepcopy([shared, shared]); print(dd[0] is dd[1])
