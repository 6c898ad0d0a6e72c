a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([1, 2])), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({7}), {1} < a, a <= a, a > {1})
s = set()
s.add(1); s.add(1); s.update([2, 3], (4,)); print(sorted(s))
s.discard(10); s.remove(1); print(sorted(s))
try:
    s.remove(10)
except KeyError as e:
    print('KeyError:', e)
p = s.pop(); print(len(s))
s.clear(); print(s, set('aab') == {'a', 'b'})
try:
    set().pop()
except KeyError as e:
    print('KeyError:', e)
f = frozenset([1, 2])
print(f, sorted(f | {3}), type(f | {3}).__name__, type({3} | f).__name__, f == {1, 2})
print({f: 'frozen key'}[frozenset([2, 1])])
try:
    {{1}}
except TypeError as e:
    print('TypeError:', e)
x = {1, 2, 3}
x -= {1}; x |= {5}; x &= {2, 5, 6}; x ^= {7}
print(sorted(x))
print({i % 3 for i in range(10)}, len({1, 1.0, True}), 2 in {1, 2})
print(repr(frozenset()), repr(set()), sorted({'b', 'a'}))
c = {1, 2}.copy(); c.add(3); print(sorted(c))
x2 = {1, 2, 3}
x2.intersection_update({2, 3}); x2.difference_update({3}); print(x2)
