# isinstance honours an overridden __class__
class A:
    pass
class B:
    @property
    def __class__(self):
        return A
b = B()
print(isinstance(b, A), isinstance(b, B), type(b) is B)
print(b.__class__)
class Proxy:
    def __init__(self, t):
        self._t = t
    def __getattribute__(self, name):
        if name == '__class__':
            return object.__getattribute__(self, '_t').__class__
        return object.__getattribute__(self, name)
p = Proxy(5)
print(isinstance(p, int), isinstance(p, Proxy), isinstance(p, (str, int)))
print(isinstance(p, object))
# issubclass does not use __class__
print(issubclass(Proxy, int))
class Weird:
    __class__ = int
print(isinstance(Weird(), int))
# a non-type __class__ is ignored
class NT:
    @property
    def __class__(self):
        return 5
print(isinstance(NT(), NT), isinstance(NT(), int))
# __class__ raising AttributeError is ignored
class R:
    @property
    def __class__(self):
        raise AttributeError('nope')
print(isinstance(R(), R), isinstance(R(), int))
