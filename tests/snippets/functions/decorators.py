def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args, kw)
        return fn(*args, **kw)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, b=2))
def repeat(n):
    def deco(fn):
        def w():
            return [fn() for _ in range(n)]
        return w
    return deco
@repeat(3)
def one(): return 1
print(one())
