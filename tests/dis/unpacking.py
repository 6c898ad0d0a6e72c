a, b = 1, 2
first, *middle, last = range(10)
(x, y), z = (1, 2), 3
items = [*middle, *range(3), 4]
merged = {**{"a": 1}, "b": 2}
s = {*items}
t = (*items,)
a, b = b, a
