# heapq and bisect: invariants, ties, keys, reverse merges and errors.
import bisect
import heapq

vals = [(i * 37) % 101 for i in range(200)]
h = []
for v in vals:
    heapq.heappush(h, v)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(vals), out[:5], out[-3:])

h = vals[:]
heapq.heapify(h)
print(all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h)))
print(heapq.heappushpop([], 5), heapq.heappushpop([1], 5), heapq.heappushpop([9], 5))

# stability of nsmallest/nlargest with keys (equal keys keep input order)
words = ["bb", "a", "cc", "d", "eee", "ff", "g"]
print(heapq.nsmallest(4, words, key=len), heapq.nlargest(4, words, key=len))
print(heapq.nsmallest(0, words), heapq.nlargest(-1, words), heapq.nsmallest(10, [3, 1, 2]))

# merge: ties come in input order, key and reverse
print(list(heapq.merge([1, 3, 5], [1, 2, 5], [5])))
pairs_a = [(1, "a0"), (2, "a1")]
pairs_b = [(1, "b0"), (2, "b1")]
print(list(heapq.merge(pairs_a, pairs_b, key=lambda p: p[0])))
print(list(heapq.merge(pairs_a[::-1], pairs_b[::-1], key=lambda p: p[0], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1], [])))

for name, args in [("heappop", ([],)), ("heapreplace", ([], 1)), ("heappush", ((), 1)), ("heapify", ("abc",))]:
    try:
        getattr(heapq, name)(*args)
    except (IndexError, TypeError) as e:
        print(name, type(e).__name__, e)

a = [10, 20, 20, 30]
print([bisect.bisect_left(a, x) for x in (5, 10, 20, 25, 35)])
print([bisect.bisect_right(a, x) for x in (5, 10, 20, 25, 35)])
print(bisect.bisect_left(a, 20, 2), bisect.bisect_right(a, 20, 0, 2), bisect.bisect(a, 20, hi=1))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
try:
    bisect.insort(a, 1, lo=-2)
except ValueError as e:
    print("ValueError", e)
people = [("x", 1), ("y", 3), ("z", 3)]
bisect.insort_left(people, ("w", 3), key=lambda p: p[1])
bisect.insort_right(people, ("v", 3), key=lambda p: p[1])
print(people)
s = []
for ch in "weftpython":
    bisect.insort(s, ch)
print("".join(s))
