def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 99
    finally:
        print("cleanup")
x = g()
print(next(x))
print(x.throw(ValueError("boom")))
x.close()
y = g(); next(y); y.close()
def ign():
    try:
        yield 1
    except GeneratorExit:
        yield 2
z = ign(); next(z)
try:
    z.close()
except RuntimeError as e:
    print(e)
