def f(a, b, /, c, d=4, *args, e, g=7, **kwargs):
    return a + b + c + d + e + g + len(args) + len(kwargs)


def defaults_only(x=1, y=(1, 2)):
    return x, y


lam = lambda p, *q, r=0: p + r


f(1, 2, 3, e=5, h=8)
f(*[1, 2, 3], **{"e": 5})
