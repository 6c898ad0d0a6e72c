# range small/big forms, tuple/str/bytes/iterator reuse, tuple(list), unpacking
import sys

big = 2 ** 63
cases = [range(5), range(0), range(-3), range(2, 9), range(9, 2), range(10, 0, -3),
         range(-5, 5, 2), range(0, 10, 100), range(True), range(False, True),
         range(big - 3, big + 2), range(-big - 2, -big + 3), range(sys.maxsize - 2, sys.maxsize),
         range(-sys.maxsize - 1, -sys.maxsize + 2), range(0, big * 4, big),
         range(sys.maxsize - 5, sys.maxsize, 2), range(-sys.maxsize, sys.maxsize, sys.maxsize)]
for r in cases:
    print(r, len(r), bool(r), list(r)[:4], list(reversed(r))[:3], r.start, r.stop, r.step)
    print(hash(r) == hash(range(r.start, r.stop, r.step)), r == range(r.start, r.stop, r.step))
    if len(r):
        print(r[0], r[-1], r.index(r[-1]), r.count(r[0]), r[0] in r, (r[-1] + 1) in r, r[1:3], r[::-1])
print(range(3) == range(0, 3, 1), range(0) == range(5, 2), hash(range(0)) == hash(range(4, 4)))
print(range(1, 10, 3) == range(1, 11, 3), {range(2): 1}[range(0, 2)])
class Ix:
    def __index__(self):
        return 4
print(list(range(Ix())), list(range(1, Ix())), list(range(0, 8, Ix())))
for bad in [(1.5,), ("a",), (1, 2, 0), ()]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(range(big * 2))
except OverflowError as e:
    print("OverflowError", e)
print(sum(range(10 ** 6)), sum(range(3, 10 ** 5, 7)))

# tuples built and dropped many times keep their values
acc = []
for i in range(2000):
    t = (i, str(i), i * 0.5, b"x")
    u = (t, i)
    if i % 400 == 0:
        acc.append(u)
    a, s, f, b = t
    assert a == i and s == str(i) and f == i * 0.5 and b == b"x"
print(acc)
print([(x,) for x in range(3)], [(x, x, x, x, x, x, x, x) for x in range(2)], tuple(range(9)))
# str / bytes shells
words = []
for i in range(3000):
    w = "w%d" % i
    e = w.encode()
    if i % 700 == 0:
        words.append((w, e, len(w), e[-1], hash(w) == hash("w" + str(i))))
print(words)
# tuple(list), sorted(list), list(tuple)
l = [3.5, 1, "x"][:2]
print(tuple(l), tuple([]), tuple([[1], 2]), sorted([3, 1, 2]), list((1, 2)), tuple((4, 5)))
class L(list):
    def __iter__(self):
        return iter([9, 9])
print(tuple(L([1, 2])))
# unpacking errors
for v in [(1, 2, 3), (1,), [1, 2, 3], "ab", iter([1])]:
    try:
        p, q = v
        print(p, q)
    except ValueError as e:
        print("ValueError", e)
x, y = [7, 8]
print(x, y)
# iterators interleaved
it1 = iter([1, 2, 3]); it2 = iter((4, 5)); it3 = iter(range(6, 8))
print(next(it1), next(it2), next(it3), list(it1), list(it2), list(it3))
