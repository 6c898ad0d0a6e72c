def inner():
    x = yield 1
    y = yield 2
    return (x, y)
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
o = outer()
print(next(o), o.send("a"), o.send("b"), next(o))
print(list(outer()))
