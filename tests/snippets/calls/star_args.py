def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*(1, 2), *[3], **{"a": 1}, b=2))
print(f(*"ab"))
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
class K:
    def m(self, *a):
        return a
print(K().m(1, 2), K.m(K(), 3))
