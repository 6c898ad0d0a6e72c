class A:
    def hello(self):
        return ['A']
class B(A):
    def hello(self):
        return ['B'] + super().hello()
class C(A):
    def hello(self):
        return ['C'] + super().hello()
class D(B, C):
    def hello(self):
        return ['D'] + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__])
print(super(B, D()).hello(), super(C, D()).hello())
class E:
    def __init__(self):
        self.log = ['E']
class F(E):
    def __init__(self):
        super().__init__()
        self.log.append('F')
    @classmethod
    def make(cls):
        return cls.__name__
class G(F):
    @classmethod
    def make(cls):
        return 'G+' + super().make()
print(F().log, G.make())
try:
    class X(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
class H:
    def m(self):
        return super().__repr__ is not None
print(H().m())
def outside():
    super()
try:
    outside()
except RuntimeError as e:
    print('RuntimeError:', e)
class P:
    def __init_subclass__(cls):
        print('sub', cls.__name__, [b.__name__ for b in cls.__bases__])
class Q(P):
    pass
