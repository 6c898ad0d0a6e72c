pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
d = {"k": 1, "j": 2}
for k, v in d.items():
    print(k, v)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
