import copyreg, copy, pickle
class P:
    def __init__(self, a):
        self.a = a
p = P(3)
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0] is P, r[1][1:], r[2], r[3:])
r = p.__reduce_ex__(4)
print(r[0] is copyreg.__newobj__, r[2])
r = p.__reduce_ex__(0)
print(r[0] is copyreg._reconstructor, r[1], r[2])
r = p.__reduce__()
print(r[0] is copyreg._reconstructor, r[1], r[2])
print(object().__reduce_ex__(2)[0] is copyreg.__newobj__)
class S:
    __slots__ = ('x', 'y')
s = S(); s.x = 1
print(s.__reduce_ex__(2)[2])
class GA:
    def __getnewargs__(self):
        return (1, 2)
    def __new__(cls, *a):
        o = object.__new__(cls); o.args = a; return o
print(GA().__reduce_ex__(2)[1][1:], GA().__reduce_ex__(2)[2])
class GS:
    def __getstate__(self):
        return 'state'
print(GS().__reduce_ex__(2)[2])
class L(list):
    pass
l = L([1, 2]); l.z = 1
r = l.__reduce_ex__(2)
print(r[1][0] is L, r[2], list(r[3]))
class Dd(dict):
    pass
r = Dd(a=1).__reduce_ex__(2)
print(r[2], r[3] is None, list(r[4]))
# copy and pickle
q = copy.copy(p); print(q.a, q is not p)
print(pickle.loads(pickle.dumps(p)).a)
class Red:
    def __reduce__(self):
        return (Red, ())
print(Red().__reduce_ex__(2))
class Red2:
    def __reduce_ex__(self, proto):
        return (Red2, (), {'p': proto})
print(copy.copy(Red2()).p)
try:
    (lambda: 0).__reduce_ex__(2)
except TypeError as e:
    print('TypeError', e)
import threading
try:
    threading.Lock().__reduce_ex__(2)
except TypeError as e:
    print('TypeError', e)
try:
    object.__reduce_ex__()
except TypeError as e:
    print('TypeError', e)
r = (1).__reduce_ex__(2); print(r[0].__name__, r[1:])
r = "ab".__reduce_ex__(2); print(r[0].__name__, r[1:])
