def f(a, b, c=0, *rest, **kw): return (a, b, c, rest, kw)
t = (1, 2)
d = {"c": 3, "x": 4}
print(f(*t), f(*t, **d), f(*t, 5, 6, 7), f(*[1], *[2], **{}, **{"y": 1}))
