class Registry:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)
class A(Registry, tag='a'):
    pass
class B(A):
    pass
print(Registry.subclasses, A.tag, B.tag)
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Model:
    x = Field()
    y = Field()
m = Model()
m.x = 5
print(m.x, m.y, type(Model.x).__name__, vars(m))
try:
    class Bad(Registry, unknown=1):
        pass
except TypeError as e:
    print('TypeError:', e)
