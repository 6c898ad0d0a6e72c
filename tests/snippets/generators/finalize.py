def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in gen():
    print(x)
    break
def k():
    for x in gen():
        return x
print(k())
def with_gen():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            print("exit", a[0].__name__ if a[0] else None)
    with CM():
        yield "in with"
g = with_gen()
print(next(g))
del g
print("end")
