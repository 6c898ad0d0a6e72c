def f(a: int, b: "str" = "x") -> list:
    return [a, b]
print(f.__annotations__, f(1))
def g(): pass
print(g.__annotations__)
