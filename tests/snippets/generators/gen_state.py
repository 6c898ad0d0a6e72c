def g():
    yield 1
x = g()
print(x.gi_running, x.__name__, x.__qualname__)
print(list(x), list(x))
def outer():
    def inner():
        yield 1
    return inner()
print(outer().__qualname__)
