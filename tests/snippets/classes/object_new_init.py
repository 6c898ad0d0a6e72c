class A:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, x):
        print('init', x)
        self.x = x
a = A(1)
print(a.created, a.x)
class B:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(B())
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        self.key = key
print(Cached(1) is Cached(1), Cached(1) is Cached(2))
try:
    object.__new__(1)
except TypeError as e:
    print('TypeError:', e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print('TypeError:', e)
class P:
    def __init__(self):
        return None
print(type(P()).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print('TypeError:', e)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
p = Point(1, 2)
print(p, p[0], len(p), isinstance(p, tuple))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper('abc'), Upper('x') + 'y', type(Upper('q')).__name__)
