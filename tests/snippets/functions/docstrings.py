def f():
    "the doc"
    return 1
lam = lambda: "not a doc"
print(f.__doc__, lam.__doc__, f(), lam())
def h(): pass
print(h.__doc__, h())
