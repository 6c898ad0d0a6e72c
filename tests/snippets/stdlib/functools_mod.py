import functools
from functools import reduce, partial, wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property, singledispatch
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
try: reduce(lambda a, b: a, [])
except TypeError as e: print("TE", e)
p = partial(int, base=2); print(p("101"), p.func is int, p.args, p.keywords)
p2 = partial(pow, 2); print(p2(10), repr(partial(max, 1, key=abs)).replace(repr(max), "MAX"))
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        "inner doc"
        return f(*a, **k)
    return inner
@deco
def hello(x):
    "hello doc"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(3))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@lru_cache(maxsize=2)
def sq(x): return x * x
for v in [1, 2, 1, 3, 2, 1]: sq(v)
print(sq.cache_info(), sq.cache_parameters()); sq.cache_clear(); print(sq.cache_info())
@cache
def c(x): return x + 1
print(c(1), c(1), c.cache_info().hits)
@total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class Q:
    def __init__(s): s.n = 0
    @cached_property
    def val(s):
        s.n += 1; return 42
q = Q(); print(q.val, q.val, q.n)
@singledispatch
def f(x): return "obj"
@f.register
def _(x: int): return "int"
@f.register(list)
def _(x): return "list"
print(f(1), f([]), f("s"), f(True))
class Meth:
    @lru_cache
    def m(self, x): return x * 2
print(Meth().m(4))
try: total_ordering(type("Z", (), {}))
except ValueError as e: print("VE", e)
