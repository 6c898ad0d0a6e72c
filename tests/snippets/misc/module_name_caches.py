# Module-level names through the STORE_NAME / STORE_GLOBAL / LOAD_NAME caches:
# overwrites in loops (the lock-free value swap), deletion then NameError,
# builtins read through the absent-key stamp and then shadowed or deleted,
# other threads rebinding a name, class bodies and exec with other mappings.
import threading

import weakref

class Obj:
    pass

# An overwrite releases the old value at once (CPython order).
refs = []
for k in range(3):
    obj = Obj()
    refs.append(weakref.ref(obj, lambda r, k=k: print("released", k)))
    print("bound", k)
obj = None
print("after loop")

total = 0
for i in range(1000):
    kind = i % 5
    if kind == 0:
        msg = i * 7919
    elif kind == 1:
        msg = i * 0.25
    elif kind == 2:
        msg = "m-%d" % i
    elif kind == 3:
        msg = ("p-%d" % i).encode()
    else:
        msg = (i, "t", b"x")
    total += len(str(msg))
print(total, i, kind, msg)

# del then LOAD_NAME raises NameError with CPython's message
x = 1
for rnd in range(3):
    x = rnd
    del x
    try:
        x
    except NameError as e:
        print("NameError:", e)
    x = rnd * 10
    print(x)
try:
    del never_bound
except NameError as e:
    print("NameError:", e)

# builtins at module level: cached, then shadowed by a global, then unshadowed
out = []
for rnd in range(4):
    out.append(len("abc"))
    if rnd == 1:
        len = lambda s: -1
    if rnd == 2:
        del len
print(out)

# a builtin replaced in the builtins module is seen
import builtins
orig_abs = builtins.abs
seen = []
for rnd in range(3):
    seen.append(abs(-5))
    if rnd == 0:
        builtins.abs = lambda v: "patched"
builtins.abs = orig_abs
print(seen, abs(-2))

# a missing name stays missing, then appears
for rnd in range(3):
    try:
        print(late_name)
    except NameError as e:
        print("NameError:", e)
    if rnd == 1:
        late_name = "now here"

# STORE_GLOBAL through a function, overwriting and then deleting
counter = 0
def bump():
    global counter
    for _ in range(100):
        counter = counter + 1
def unbind():
    global counter
    del counter
bump(); bump()
print(counter)
unbind()
try:
    counter
except NameError as e:
    print("NameError:", e)
bump_err = None
try:
    bump()
except NameError as e:
    print("NameError:", e)
def rebind():
    global counter
    counter = "fresh"
rebind()
print(counter)

# a name rebound by other threads is seen by module-level loads
shared = 0
def writer(base):
    global shared
    for j in range(2000):
        shared = base + j
ts = [threading.Thread(target=writer, args=(b,)) for b in (10000, 20000)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(shared in (11999, 21999))
shared = "main"
print(shared)

# exec with a separate globals and locals, and a custom mapping
g = {"a": 1}
l = {}
exec("for j in range(3):\n    a = a + j\nb = a", g, l)
print(sorted(l.items()), g["a"])

class Recording(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
m = Recording()
exec("y = 1\nfor j in range(2):\n    y = y + 1\n", {}, m)
print(dict(m))

class Mapping:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v * 2
    def __delitem__(self, k):
        del self.d[k]
mm = Mapping()
exec("z = 3\nz = z + 1\nw = len([z])\ndel w", {}, mm)
print(mm.d)

# class bodies: locals() sees the class namespace, names overwrite
class C:
    a = 1
    for q in range(3):
        a = a + q
    b = sorted(k for k in locals() if not k.startswith("__"))
    del q
print(C.a, C.b, hasattr(C, "q"))

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
class D(metaclass=Meta):
    v = 1
    v = v + 1
print(D.v)
