class Verbose:
    def __get__(self, obj, objtype=None):
        print('get', obj is not None, objtype.__name__)
        return 10
    def __set__(self, obj, value):
        print('set', value)
    def __delete__(self, obj):
        print('delete')
class NonData:
    def __get__(self, obj, objtype=None):
        return 'nondata'
class C:
    v = Verbose()
    n = NonData()
c = C()
print(c.v); c.v = 3; del c.v
print(C.v)
print(c.n); c.n = 'instance wins'; print(c.n)
c.__dict__['v'] = 'shadow'
print(c.v)
class K:
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return (cls.__name__, x)
class L(K):
    pass
print(K.s(2), K().s(3), K.c(1), L.c(2), L().c(3))
sm = K.__dict__['s']
print(type(sm).__name__, type(K.__dict__['c']).__name__, sm.__func__(5))
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @c.deleter
    def c(self):
        print('deleting c')
t = Temp()
t.c = 20
print(t.c)
try:
    t.c = -300
except ValueError as e:
    print('ValueError:', e)
del t.c
class RO:
    @property
    def x(self):
        return 1
try:
    RO().x = 2
except AttributeError as e:
    print('AttributeError:', e)
print(type(RO.x).__name__, RO.x.fget(None))
