t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t[::-1], len(t), 2 in t, t + (4,), t * 2)
try:
    t.index(9)
except ValueError as e:
    print('ValueError:', e)
try:
    t[0] = 9
except TypeError as e:
    print('TypeError:', e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () == tuple(), tuple('ab'))
a, *rest = t
*init, last = t
print(a, rest, init, last)
(x, y), z = (1, 2), 3
print(x, y, z)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print('ValueError:', e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print('ValueError:', e)
try:
    p, q = 5
except TypeError as e:
    print('TypeError:', e)
nested = ((1, [2]),)
nested[0][1].append(3)
print(nested, hash((1, 'a')) == hash((1, 'a')))
try:
    hash((1, []))
except TypeError as e:
    print('TypeError:', e)
print(tuple(range(3)), (1,) * 0, sorted((3, 1, 2)), max((1, 5), (2, 0)))
print(tuple(x for x in 'abc'), type(()).__name__, (1, 2).__len__())
