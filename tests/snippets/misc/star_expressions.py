first, *middle, last = "abcdef"
print(first, middle, last)
print([*range(3), *"ab"], {*[1, 2], *[2, 3]}, {**{"a": 1}, "b": 2})
*init, = [1, 2]
print(init)
a, (b, *c) = 1, [2, 3, 4]
print(a, b, c)
