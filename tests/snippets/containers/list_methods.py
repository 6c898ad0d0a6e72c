l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 99); l.insert(-1, 98)
print(l)
print(l.pop(), l.pop(0), l.index(2), l.count(1), l)
l.remove(98)
print(l)
try:
    l.remove(42)
except ValueError as e:
    print('ValueError:', e)
try:
    l.index(42)
except ValueError as e:
    print('ValueError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.reverse(); print(l)
c = l.copy(); c.clear(); print(c, l)
words = ['banana', 'Apple', 'cherry', 'date']
words.sort(key=len); print(words)
words.sort(key=lambda w: w.lower()); print(words)
pairs = [(1, 'b'), (0, 'a'), (1, 'a')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
m = [1, 2, 3, 4, 5]
m[1:3] = ['x', 'y', 'z']; print(m)
m[::2] = [0, 0, 0]; print(m)
del m[1:3]; print(m)
del m[::2]; print(m)
print([1, 2] + [3], [0] * 3, [[]] * 2, [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0])
try:
    m[::2] = [1, 2, 3, 4]
except ValueError as e:
    print('ValueError:', e)
try:
    [1, 'a'].sort()
except TypeError as e:
    print('TypeError:', e)
print(list(range(3)), list('ab'), list({'a': 1}), list((1, 2)))
x = [1, 2]
x += (3,)
x *= 2
print(x, x.index(2, 2), 3 in x)
