class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = 'Meta'
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        print('Meta.__init__', name)
    def __call__(cls, *args):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args)
    def describe(cls):
        return 'class ' + cls.__name__
class Base(metaclass=Meta, flag=True):
    def __init__(self, v):
        self.v = v
    def method(self):
        return self.v
class Child(Base):
    extra = 1
c = Child(7)
print(c.v, Child.created_by, type(Child).__name__, Child.describe(), isinstance(Child, Meta))
print(type(Base) is Meta, Meta.__mro__[1].__name__)
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('prepare', name)
        return {'injected': 42}
class Q(metaclass=Prep):
    pass
print(Q.injected)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    pass
print(One() is One())
