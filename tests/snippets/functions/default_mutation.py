def f(a, b=[]):
    b.append(a)
    return b
f(1); f(2)
print(f(3), f.__defaults__)
f.__defaults__ = ([],)
print(f(9))
def k(*, x=1): return x
k.__kwdefaults__ = {"x": 42}
print(k())
