# Fast paths of session 7 (data): str/bytes indexing by a small int,
# list stores through the owner's lock path, float temporaries dropped
# straight to the free list.

s = "message-1"
b = b"message-1"
u = "h\u00e9\u20ac\U0001f600"   # Latin-1, UCS-2 and UCS-4 code points
for i in (0, 1, -1, -9, 8):
    print(s[i], b[i], end=" ")
print()
print([u[i] for i in range(-4, 4)], [ord(u[i]) for i in range(4)])
print(s[-1] == "1", len(s) + ord(s[-1]), b[0] + b[-1])
for seq in (s, b, u, "", b""):
    for i in (9, -10, 100, -100, 2**62):
        try:
            seq[i]
        except IndexError as e:
            print(type(seq).__name__, i, "IndexError", e)
for bad in (1.0, None, "1"):
    for seq in (s, b):
        try:
            seq[bad]
        except TypeError as e:
            print("TypeError", e)
class S(str):
    def __getitem__(self, i):
        return "sub" + str(i)
class B(bytes):
    def __getitem__(self, i):
        return -i
print(S("xyz")[1], B(b"xyz")[1], S("xyz")[-1])
print(s[True], b[False])

# list[i] = v: owner stores, negative indexes, out of range, shared lists.
a = [1.0, 2.0, 3.0]
keep = a[1]
for i in range(6):
    a[i % 3] = a[i % 3] * 2.0 + i
a[-1] = "x"
print(a, keep)
for i in (3, -4):
    try:
        a[i] = 0
    except IndexError as e:
        print("IndexError", e)
class L(list):
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 10)
m = L([1, 2])
m[0] = 5
print(m)
import threading
shared = [0.0] * 4
def work(k):
    for j in range(2000):
        shared[k] = shared[k] + 1.0
        shared[(k + 2) % 4] = float(j)
ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(shared[0], shared[1])

# Float temporaries: both operands temporaries, either one reused.
x, y = 1.5, 2.25
r = (x * y) + (y * x)
r2 = (x + y) * (x - y)
r3 = x / (y * y)
z = x
z2 = (x + 0.0) - (y + 0.0)
print(r, r2, r3, z is x, x, y, z2)
vals = [0.5 * k for k in range(5)]
tot = 0.0
for v in vals:
    tot = tot + (v * v + v / 2.0)
print(tot, vals)
