# Fast paths of session 4 (data): float temporaries reused in place,
# list/tuple subscripts, STORE_ATTR slot hints, negative cache probes,
# native tuple-item comparisons.

# Float results written into uniquely referenced temporaries must never
# change a value someone else can see.
a = 1.5
b = a * 2.0          # new float
c = b                # now shared by two names
d = b + 1.0 - 0.5    # temporaries only
print(a, b, c, d, b is c)
xs = [0.25, 0.5, 0.75]
t = (1.0, 2.0)
acc = 0.0
for i in range(3):
    acc += xs[i] * t[i % 2] + 1.0
    xs[i] -= acc * 0.5
print(acc, xs, t)
y = 3.0
z = y - 1
w = 2 - y
print(y, z, w, 7 / y, y * 2, 2 * y)
p = q = 0.5 + 0.25
p += 1.0
print(p, q)
l = [1.0 + 2.0]
v = l[0]
l[0] += 1.0
print(v, l)

# Subscripts: negative, out of range, other types.
li = [10, 20, 30]
tu = ("a", "b", "c")
print(li[-1], tu[-3], li[1], tu[2])
for bad in (li, tu):
    try:
        bad[3]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    li[-4] = 0
except IndexError as e:
    print("IndexError", e)
li[-1] = 99
print(li, "abc"[1], {1: "x"}[1], b"xy"[0])

# STORE_ATTR through slot hints: instances whose dicts differ in layout,
# deleted and re-added attributes, class attributes added later.
class P:
    def __init__(self, first):
        if first:
            self.x = 1
            self.y = 2
        else:
            self.y = 20
            self.x = 10

    def bump(self):
        self.x = self.x + 1
        self.y = self.y * 2

ps = [P(i % 2 == 0) for i in range(6)]
for _ in range(3):
    for o in ps:
        o.bump()
print([(o.x, o.y) for o in ps])
o = ps[0]
del o.x
o.bump = lambda: "instance attribute shadows the method"
print(o.bump())
try:
    ps[1].bump()
    o.x
except AttributeError as e:
    print("AttributeError", e)
o.x = 5
o.__dict__["y"] = 7
o.x = 6
print(o.x, o.y, sorted(o.__dict__))

class D:
    def __init__(self):
        self.v = 0

    def set(self, n):
        self.v = n

ds = [D() for _ in range(3)]
for i, d in enumerate(ds):
    d.set(i)
D.v = property(lambda self: "prop", lambda self, n: None)
for i, d in enumerate(ds):
    d.set(i + 10)
print([d.v for d in ds], [d.__dict__["v"] for d in ds])

# A non-interned attribute name in the instance dict with the same text.
class E:
    def m(self):
        return "method"

e = E()
print(e.m())
setattr(e, "".join(["m"]), lambda: "shadowed")
print(e.m())
del e.__dict__["m"]
print(e.m())

# Builtins looked up past the globals, then shadowed by a global.
def use_len(s):
    return len(s)

print(use_len("abc"))
len = lambda s: -1
print(use_len("abc"))
del len
print(use_len("abcd"))

# Tuple comparisons with native items and mixed ones.
items = [(-3, "b"), (-3, "a"), (-1, "z"), (-5, "q"), (-3, "a"), (2, "")]
print(sorted(items))
print((1, "a") < (1, "b"), (1, "b") <= (1, "b"), ("x", 2) > ("x", 1.5))
print((1, 2.0) == (1, 2), (1, "a") != (1, "a"), (True, "s") == (1, "s"))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)
print(sorted({"b": 2, "a": 2, "c": 1}.items(), key=lambda kv: (-kv[1], kv[0])))
