def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{'c': 1, 'z': 2}))
def g(x=[]):
    x.append(1)
    return len(x)
print(g(), g(), g([]))
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__qualname__)
