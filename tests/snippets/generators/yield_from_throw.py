def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
def outer():
    yield from inner()
    yield "outer done"
g = outer()
print(next(g))
print(g.throw(ValueError("bad")))
print(list(g))
def inner2():
    yield 1
def outer2():
    try:
        yield from inner2()
    except KeyError:
        yield "outer caught"
h = outer2(); next(h)
print(h.throw(KeyError("k")))
