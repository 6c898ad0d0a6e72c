class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'V({self.v})'
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.v + o.v)
        if isinstance(o, int):
            return V(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print('radd', o)
        return self.__add__(o)
    def __mul__(self, o):
        return NotImplemented
    def __rsub__(self, o):
        return V(o - self.v)
    def __iadd__(self, o):
        print('iadd')
        self.v += o
        return self
print(V(1) + V(2), V(1) + 5, 5 + V(1), 10 - V(3), sum([V(1), V(2)]))
try:
    V(1) * 2
except TypeError as e:
    print('TypeError:', e)
try:
    V(1) + 'x'
except TypeError as e:
    print('TypeError:', e)
a = V(1)
a += 4
print(a)
class Sub(V):
    def __radd__(self, o):
        return 'Sub.radd wins'
print(V(1) + Sub(2))
class Neg:
    def __neg__(self):
        return 'neg'
    def __pos__(self):
        return 'pos'
    def __invert__(self):
        return 'inv'
    def __abs__(self):
        return 'abs'
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))
try:
    -object()
except TypeError as e:
    print('TypeError:', e)
class M:
    def __matmul__(self, o):
        return 'matmul'
    def __pow__(self, o, mod=None):
        return ('pow', o, mod)
    def __rpow__(self, o):
        return ('rpow', o)
    def __floordiv__(self, o):
        return 'fdiv'
    def __rtruediv__(self, o):
        return 'rtdiv'
print(M() @ 1, M() ** 2, pow(M(), 2, 5), 2 ** M(), M() // 1, 1 / M())
