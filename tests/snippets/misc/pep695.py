def first[T](items):
    return items[0]
class Stack[T]:
    def __init__(self): self.items = []
type Number = int
type Matrix[T] = dict
class Bounded[T: (int, str), *Ts, **P]:
    pass
def bounded[T: int](x): return x
s = Stack[int]()
print(first([3]), s.items, Number.__name__, Matrix.__name__, [p.__name__ for p in Matrix.__type_params__])
print(Number.__value__, [t.__name__ for t in first.__type_params__], Stack.__type_params__[0].__name__)
print(type(Number).__name__, type(first.__type_params__[0]).__name__, bounded.__type_params__[0].__bound__)
params = Bounded.__type_params__
print([type(p).__name__ for p in params], [p.__name__ for p in params], params[0].__constraints__)
print(Stack.__mro__[1].__name__, params)
