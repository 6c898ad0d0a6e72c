import weakref
class O:
    pass
o = O()
p1 = weakref.proxy(o)
p2 = weakref.proxy(o)
print(p1 is p2)
p3 = weakref.proxy(o, lambda r: None)
print(p3 is p1)
r1 = weakref.ref(o); r2 = weakref.ref(o)
print(r1 is r2)
class F:
    def __call__(self):
        return 1
f = F()
cp1 = weakref.proxy(f); cp2 = weakref.proxy(f)
print(cp1 is cp2, cp1())
del p1, p2
import gc
p4 = weakref.proxy(o)
print(type(p4).__name__, p4 is weakref.proxy(o))
class Q:
    x = 5
q = Q()
pq = weakref.proxy(q)
print(pq.x)
del q
try:
    pq.x
except ReferenceError as e:
    print('ReferenceError', e)
