# Sort keys compared natively (small ints, strs, floats, tuples of those)
# and every case that must fall back to the generic comparison.
import math

words = ["pe", "ka", "lo", "ka", "zu", "mi", "\u00e9t\u00e9", "\u4e2d", "a", ""]
counts = [3, 1, 3, 2, 7, 1, 3, 2, 0, 5]
pairs = list(zip(words, counts))
print(sorted(pairs, key=lambda kv: (-kv[1], kv[0])))
print(sorted(pairs, key=lambda kv: (kv[1], kv[0]), reverse=True))
print(sorted(words))
print(sorted(counts, reverse=True))
print(sorted([2.5, -1.0, 0.0, -0.0, 1e300, -1e-300]))

# NaN keys: the order CPython's comparisons give (NaN compares false).
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([(1, nan), (1, 2.0), (0, nan), (1, 1.0)]))
print(sorted([(nan, 1), (nan, 0)]))

# Mixed types fall back (int/float, bools, longer tuples, nested tuples).
print(sorted([3, 1.5, True, 2, 0.5, False]))
print(sorted([(1, "b"), (1,), (1, "a", 0), (0, "z"), (1, "a")]))
print(sorted([((2, 1), "x"), ((1, 3), "y"), ((1, 3), "a")]))
print(sorted([(1 << 70, "big"), (5, "small"), (-(1 << 70), "neg")]))

# A tuple subclass and a str subclass with their own __lt__ are honoured.
class RevTuple(tuple):
    def __lt__(self, other):
        return tuple.__gt__(self, other)

print(sorted([RevTuple((1, 2)), RevTuple((3, 4)), RevTuple((2, 0))]))

class RevStr(str):
    def __lt__(self, other):
        return str.__gt__(self, other)

print(sorted([RevStr("a"), RevStr("c"), RevStr("b")]))

# Incomparable items still raise TypeError with CPython's message.
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)

# Stability with equal keys.
recs = [("x", 1), ("y", 0), ("z", 1), ("w", 0)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: (r[1],)))
print(sorted(recs, key=lambda r: (r[1], 0.5)))
print(math.isnan(sorted([nan])[0]))
