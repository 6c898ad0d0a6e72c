# Dunders assigned on a class after its creation update the type's slots
class A:
    pass

a = A()
A.__add__ = lambda self, o: ('add', o)
print(a + 1)
A.__radd__ = lambda self, o: ('radd', o)
print(1 + a)
A.__len__ = lambda self: 7
print(len(a))
A.__getitem__ = lambda self, k: ('item', k)
print(a[3], a['x'])
A.__iter__ = lambda self: iter([1, 2, 3])
print(list(a))
A.__contains__ = lambda self, x: x == 42
print(42 in a, 1 in a)
A.__call__ = lambda self, *args: ('called', args)
print(a(1, 2))
A.__eq__ = lambda self, o: 'eq'
print(a == 5)
A.__hash__ = lambda self: 1234
print(hash(a))
A.__neg__ = lambda self: 'neg'
print(-a)
A.__bool__ = lambda self: False
print(bool(a), 'yes' if a else 'no')
A.__lt__ = lambda self, o: 'lt'
print(a < 3)
A.__repr__ = lambda self: '<A!>'
print(repr(a), str(a))
A.__setitem__ = lambda self, k, v: print('set', k, v)
a[1] = 2
A.__index__ = lambda self: 3
print([10, 20, 30, 40][a])
A.__int__ = lambda self: 99
print(int(a))
A.__float__ = lambda self: 2.5
print(float(a))

# subclasses see it too
class B(A):
    pass
class C:
    pass
class D(C):
    pass
d = D()
C.__mul__ = lambda self, o: 'mul'
print(d * 2)
C.__len__ = lambda self: 11
print(len(d))
# subclass override is kept
class E(C):
    def __len__(self):
        return 5
C.__len__ = lambda self: 12
print(len(E()), len(d))

# deletion removes the slot
del C.__len__
try:
    len(d)
except TypeError as e:
    print('TypeError', e)
del A.__hash__
# __eq__ still defined, hash falls back to object's
print(type(hash(a)))

# __hash__ = None makes unhashable
class H:
    pass
H.__hash__ = None
try:
    hash(H())
except TypeError as e:
    print('TypeError', e)

# setting on a builtin raises
try:
    int.__add__ = lambda s, o: 0
except TypeError as e:
    print('TypeError', e)

# __init__/__new__ assigned later
class K:
    pass
def kinit(self, x):
    self.x = x
K.__init__ = kinit
print(K(5).x)
class M:
    pass
M.__getattr__ = lambda self, name: 'ga:' + name
print(M().foo)
M.__setattr__ = lambda self, n, v: print('setattr', n, v)
M().q = 1
M.__enter__ = lambda self: 'entered'
M.__exit__ = lambda self, *a: True
with M() as v:
    print(v)
    raise ValueError
print('suppressed')
M.__next__ = lambda self: 1
M.__iter__ = lambda self: self
it = iter(M())
print(next(it))
M.__bool__ = lambda self: False
print(not M())
