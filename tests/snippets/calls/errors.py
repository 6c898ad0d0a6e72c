def f(a, b): pass
def g(a, b=1, *, c): pass
def h(a, /, b): pass
def k(): pass
cases = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, x=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: h(a=1, b=2),
    lambda: k(1),
    lambda: g(),
    lambda: f(1, 2, 3, 4),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
def many(a, b, c, *, d, e): pass
try:
    many()
except TypeError as e:
    print(e)
try:
    many(1, 2, 3)
except TypeError as e:
    print(e)
try:
    g(1, 2, 3, c=4)
except TypeError as e:
    print(e)
