import types
class C:
    x = 10
def f(self, y):
    return self.x + y
c = C()
m = types.MethodType(f, c)
print(m(5), m.__self__ is c, m.__func__ is f)
print(type(m) is types.MethodType, type(c.__init__).__name__)
print(repr(m).startswith('<bound method f of <__main__.C object at'))
c.g = types.MethodType(f, c)
print(c.g(1))
m2 = types.MethodType(len, [1, 2, 3])
print(m2())
try:
    types.MethodType(f)
except TypeError as e:
    print('TypeError', e)
try:
    types.MethodType(5, c)
except TypeError as e:
    print('TypeError', e)
try:
    types.MethodType(f, None)
except TypeError as e:
    print('TypeError', e)
print(m == types.MethodType(f, c), m != types.MethodType(f, C()))
print(hash(m) == hash(types.MethodType(f, c)))
print(types.MethodType(f, C).__self__ is C)
def gen(self):
    yield self.x
print(list(types.MethodType(gen, c)()))
