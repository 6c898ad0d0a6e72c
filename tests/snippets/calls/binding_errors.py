def attempt(f, *a, **k):
    try:
        f(*a, **k)
    except TypeError as e:
        print('TypeError:', e)
def f(a, b, c=3, *, d, e=5):
    pass
attempt(f)
attempt(f, 1)
attempt(f, 1, 2)
attempt(f, 1, 2, 3, 4)
attempt(f, 1, 2, d=1, z=9)
attempt(f, 1, 2, a=1, d=1)
def p(a, b, /, c):
    pass
attempt(p, 1, b=2, c=3)
attempt(p, a=1, b=2, c=3)
attempt(p, 1, 2)
def none():
    pass
attempt(none, 1)
attempt(none, x=1)
def kwo(*, a, b):
    pass
attempt(kwo, 1)
attempt(kwo)
attempt(kwo, a=1)
def va(a, *args, b):
    pass
attempt(va, 1, 2, 3)
class K:
    def m(self, x):
        pass
attempt(K().m)
attempt(K().m, 1, 2)
attempt(K.m)
attempt(f, 1, 2, **{'d': 1, 'b': 2})
attempt(f, *[1, 2, 3, 4, 5], d=1)
def many(a, b, c, d):
    pass
attempt(many, 1)
attempt(lambda x: x)
attempt(lambda: f(1, **{1: 2}))
attempt(lambda: f(*5))
attempt(lambda: f(**[1]))
def pk(a, /, **kw):
    return kw
print(pk(1, a=2))
attempt(len, [], [])
attempt(len)
