def f(*args): return args
def g(**kw): return kw
print(f(), f(1), f(*range(3)), g(), g(a=1, b=2))
def h(a, *args, b=0, **kw): return a, args, b, kw
print(h(1, 2, 3, b=4, c=5))
