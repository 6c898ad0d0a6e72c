print(type(1), type('s'), type(None), type(type))
print(type(1).__name__, type([]).__qualname__)
def init(self, v):
    self.v = v
Dyn = type('Dyn', (object,), {'init_count': 0, '__init__': init, 'double': lambda self: self.v * 2})
d = Dyn(21)
print(Dyn.__name__, d.double(), type(d) is Dyn, Dyn.__bases__)
Sub = type('Sub', (Dyn,), {})
print(Sub(4).double(), Sub.__mro__[1].__name__, issubclass(Sub, Dyn))
print(type.__name__, isinstance(Dyn, type))
try:
    type('X', 1, {})
except TypeError as e:
    print('TypeError:', e)
try:
    type(1, 2)
except TypeError as e:
    print('TypeError:', e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError:', e)
print(object.__name__, object.__bases__, type(object()).__name__)
print(int.__mro__, bool.__mro__)
print(repr(NotImplemented), repr(Ellipsis), ... is Ellipsis)
print(type(NotImplemented).__name__, type(...).__name__)
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, list(range(20))[sl])
print(slice(3), slice(None, None, -1).indices(5), slice(1, 100).indices(10))
print('abcdef'[slice(None, None, 2)])
