import sys
def who():
    return sys._getframe(1).f_code.co_name if hasattr(sys, '_getframe') else 'caller'
def caller():
    return who()
print(caller() in ('caller',))
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
print(deep(500))
def defaults(a, b=[], *args, c={'k': 1}, **kw):
    b.append(a)
    return b, args, c, kw
print(defaults(1), defaults(2), defaults(3, [], 4, 5, c=None, z=1))
print(defaults.__defaults__[0], defaults.__kwdefaults__, defaults.__name__, defaults.__code__.co_argcount)
def outer():
    x = 'outer'
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
def apply(fn, *a, **k):
    return fn(*a, **k)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(dict, a=1))
def gen_args(*args):
    return args
print(gen_args(*range(3), *'ab', *[None]))
def kw(**kwargs):
    return kwargs
print(kw(**{'a': 1}, **{'b': 2}, c=3))
try:
    kw(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError:', e)
f = lambda *a, k=1, **kw: (a, k, kw)
print(f(1, 2, k=3, z=4), f())
print((lambda: (yield))().__class__.__name__)
print(apply.__code__.co_varnames[:1], callable(apply))
