import pickle, io, copyreg, collections, datetime, fractions

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__module__, type(e).__name__ + ":", str(e).split(" at 0x")[0])

values = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31 - 1, 2**31, 2**63, -2**100, 10**400,
          0.0, -2.5, 1e300, float("inf"), "", "a", "héllo ☃ 𝄞", "x" * 300, "line\nbreak\\back\r\x1a\0",
          b"", b"\x00\xff", b"y" * 300, bytearray(b"ab"), bytearray(), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
          [], [1, [2, [3]]], {}, {"a": 1, 2: [3]}, set(), {1, 2, 3}, frozenset(), frozenset({"x"}),
          1 + 2j, range(1, 10, 2), slice(1, None, 3), Ellipsis, NotImplemented, type(None), int, len, pickle.dumps,
          list(range(2500)), {i: str(i) for i in range(1200)}]
for proto in range(6):
    ok = True
    for v in values:
        back = pickle.loads(pickle.dumps(v, proto))
        if back != v or type(back) is not type(v):
            if not (isinstance(v, float) and v != v):
                ok = False
                print("MISMATCH", proto, repr(v)[:60], repr(back)[:60])
    print("protocol", proto, "round trips", ok)

sample = [1, "a", b"b", 2.5, None, True, (1, 2), {"k": 300}, 2**40, -5, (), [], {1}, frozenset(), 70000, -2**31, 2**31]
for proto in range(6):
    print(proto, pickle.dumps(sample, protocol=proto))
print(pickle.dumps("x" * 300, 4)[:20], pickle.dumps([1.5, -0.0], 1))

shared = [1, 2]
obj = {"a": shared, "b": shared, "t": (shared, shared)}
for proto in range(6):
    back = pickle.loads(pickle.dumps(obj, proto))
    print(proto, back, back["a"] is back["b"], back["t"][0] is back["a"])
rec = [1]
rec.append(rec)
d = {}
d["self"] = d
for proto in range(6):
    r = pickle.loads(pickle.dumps(rec, proto))
    dd = pickle.loads(pickle.dumps(d, proto))
    t = pickle.loads(pickle.dumps((rec, rec), proto))
    print(proto, r[1] is r, dd["self"] is dd, t[0] is t[1], t[0][1] is t[0])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "big"

    def __getstate__(self):
        s = self.__dict__.copy()
        del s["cache"]
        return s

    def __setstate__(self, s):
        self.__dict__.update(s)
        self.cache = "rebuilt"


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v * 2,))


class NewArgs(int):
    def __new__(cls, v, tag):
        self = int.__new__(cls, v)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


class KwOnly:
    def __new__(cls, *, name):
        self = object.__new__(cls)
        self.name = name
        return self

    def __getnewargs_ex__(self):
        return (), {"name": self.name}


class MyList(list):
    pass


class MyDict(dict):
    pass


for proto in range(6):
    p = pickle.loads(pickle.dumps(Point(1, [2]), proto))
    s = pickle.loads(pickle.dumps(Slotted(5), proto)) if proto >= 2 else None
    w = pickle.loads(pickle.dumps(WithState(), proto))
    r = pickle.loads(pickle.dumps(Reduced(21), proto))
    n = pickle.loads(pickle.dumps(NewArgs(7, "seven"), proto))
    ml = MyList([1, 2]); ml.extra = "e"
    ml2 = pickle.loads(pickle.dumps(ml, proto))
    md = pickle.loads(pickle.dumps(MyDict(a=1), proto))
    print(proto, p, s.a if s else None, hasattr(s, "b") if s else None, w.data, w.cache, r.v, n, n.tag, type(n).__name__,
          ml2, type(ml2).__name__, ml2.extra, md, type(md).__name__)
    if proto >= 2:
        k = pickle.loads(pickle.dumps(KwOnly(name="kw"), proto))
        print("  kwonly", k.name)
print(pickle.dumps(Point(1, 2), 4))
print(pickle.dumps(Point(1, 2), 2))
print(pickle.dumps(Point(1, 2), 0))
show(pickle.dumps, Slotted(1), 1)

od = collections.OrderedDict([("x", 1), ("y", 2)])
dq = collections.deque([1, 2, 3], maxlen=5)
nt = collections.namedtuple("NT", "a b")
globals()["NT"] = nt
dd = collections.defaultdict(list, {"k": [1]})
cnt = collections.Counter("hello")
for proto in (2, 4, 5):
    print(proto, pickle.loads(pickle.dumps(od, proto)), pickle.loads(pickle.dumps(dq, proto)),
          pickle.loads(pickle.dumps(nt(1, 2), proto)), pickle.loads(pickle.dumps(dd, proto)),
          pickle.loads(pickle.dumps(cnt, proto)))
    print(proto, pickle.loads(pickle.dumps(datetime.date(2024, 5, 17), proto)),
          pickle.loads(pickle.dumps(datetime.datetime(2024, 5, 17, 3, 4, 5, 6), proto)),
          pickle.loads(pickle.dumps(datetime.timedelta(days=3, seconds=5), proto)),
          pickle.loads(pickle.dumps(fractions.Fraction(3, 4), proto)))
for proto in range(6):
    e = pickle.loads(pickle.dumps(ValueError("bad", 3), proto))
    ke = pickle.loads(pickle.dumps(KeyError("k"), proto))
    print(proto, type(e).__name__, e.args, repr(ke))

buf = io.BytesIO()
pickle.dump({"first": 1}, buf)
pickle.dump([2, "second"], buf, protocol=0)
pickle.dump(("third",), buf, protocol=5)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), pickle.load(buf))
show(pickle.load, buf)


class PersistentPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith("ref:"):
            return obj[4:]
        return None


class PersistentUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid


for proto in (0, 2, 4):
    f = io.BytesIO()
    PersistentPickler(f, proto).dump(["ref:abc", "plain"])
    f.seek(0)
    print(proto, PersistentUnpickler(f).load())

copyreg.pickle(Point, lambda p: (Point, (p.x * 10, p.y)))
print(pickle.loads(pickle.dumps(Point(1, 2))))
del copyreg.dispatch_table[Point]

show(pickle.dumps, lambda: 1)
show(pickle.dumps, (x for x in []))
show(pickle.loads, b"garbage")
show(pickle.loads, b"")
show(pickle.loads, b"\x80\x05K")
show(pickle.loads, b"\xff")
show(pickle.loads, b"z")
show(pickle.loads, "text")
show(pickle.dumps, 1, 6)
show(pickle.loads, b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01K\x02.")
show(pickle.loads, b"cnosuchmodule\nthing\n.")
show(pickle.loads, b"cbuiltins\nnosuchname\n.")
show(pickle.Pickler, 5)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.PickleError.__mro__[1:2], issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.loads(b"(lp0\nI1\naVa\np1\na(I2\nI3\ntp2\na."), pickle.loads(b"\x80\x02]q\x00(K\x01X\x01\x00\x00\x00aq\x01e."))
print(pickle.loads(b"S'py2 str'\np0\n."), pickle.loads(b"U\x03abcq\x00.", encoding="latin1"), pickle.loads(b"U\x03abc.", encoding="bytes"))
print(pickle.loads(b"c__builtin__\nxrange\n(I1\nI5\ntR."), type(pickle.loads(b"ccopy_reg\n_reconstructor\n(c__builtin__\nobject\nc__builtin__\nobject\nNtR.")))
import array, uuid
for proto in (0, 2, 4):
    print(proto, pickle.loads(pickle.dumps(array.array("l", [1, 2, 3]), proto)),
          pickle.loads(pickle.dumps(array.array("w", "hi"), proto)),
          pickle.loads(pickle.dumps(uuid.UUID(int=12345), proto)))
class N(int):
    pass
print(type(int(N(5))), int(N(5)), type(int(True)))
