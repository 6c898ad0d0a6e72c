def gen(n):
    for i in range(n):
        yield i * i
g = gen(4)
print(next(g), next(g), list(g), list(g))
def ret():
    yield 1
    return "value"
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("stop", e.value)
print(type(gen(1)).__name__)
