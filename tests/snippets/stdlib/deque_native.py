from collections import deque
import copy
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1,2,3], maxlen=5)
print(d, repr(deque()), deque('abc'), deque(maxlen=0), deque([1], 3))
t(lambda: deque(maxlen=-1))
t(lambda: deque(maxlen='a'))
t(lambda: deque(1))
t(lambda: deque([1], 2, 3))
t(lambda: deque(foo=1))
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1]).index(2))
t(lambda: deque([1]).remove(2))
t(lambda: deque([1])[5])
t(lambda: deque([1])['a'])
t(lambda: deque([1])[1:2])
t(lambda: deque([1], maxlen=1).insert(0, 2))
t(lambda: hash(deque()))
t(lambda: deque() + [1])
t(lambda: deque() < [1])
t(lambda: deque([1]) * 'a')
t(lambda: deque().rotate('a'))
d = deque([1,2,3])
def bad():
    for x in d:
        d.append(x)
t(bad)
class E:
    def __eq__(s, o):
        d.clear(); return False
d = deque([E(), 1, 2])
t(lambda: d.count(1))
d = deque([E(), 1, 2])
t(lambda: d.index(1))
d = deque([E(), 1, 2])
t(lambda: d.remove(1))
d = deque([E(), 1, 2])
t(lambda: 1 in d)
d = deque(range(10), maxlen=7); print(d, d.maxlen)
d.rotate(3); print(d); d.rotate(-5); print(d)
d.extendleft('ab'); print(d)
d.appendleft(9); print(d, len(d), d[0], d[-1])
print(list(reversed(d)), d.copy(), copy.copy(d), copy.deepcopy(d))
print(d.__reduce__()[:3], type(d.__reduce__()[3]).__name__)
print(deque[int], type(iter(d)), type(reversed(d)))
class D(deque): pass
x = D([1,2]); print(x, repr(x), x.copy(), type(x.copy()))
x.foo = 1; print(x.foo, x.__reduce__()[:3])
print(iter(deque([1,2])).__length_hint__())
e = deque([1,2,3]); e[1] = 7; del e[0]; print(e); e.insert(1, 'q'); print(e); e.insert(-100, 0); e.insert(100, 9); print(e)
print(deque([1,2]) == deque([1,2]), deque([1,2]) < deque([1,3]), deque([1]) == [1])
e += [5]; print(e); e *= 2; print(e); print(e * 0, 2 * deque([1]))
print(e.index(5, 2), e.count(5))
r = deque(); r.append(r); print(r)
t(lambda: deque([1,2]).index(1, 1))
t(lambda: deque([1,2]).index(1, 'a'))
d=deque(); d.maxlen
t(lambda: setattr(d, 'maxlen', 3))
t(lambda: setattr(d, 'foo', 3))
print(d.__class__.__name__, deque.__module__, deque.__name__, deque.__qualname__)
print(deque([1,2,3], maxlen=2) + deque([5]))
t(lambda: deque([1])[-2])
t(lambda: d.__delitem__(0))
d = deque([1,2,3], 5); d.__init__([7]); print(d)
d.__init__([7,8], 1); print(d)
print(bool(deque()), deque([1,2,3,4,5]).reverse())
print(d.__sizeof__() > 0)
t(lambda: deque().extend(5))
d = deque([1]); d.extend(d); print(d); d.extendleft(d); print(d)
t(lambda: deque([1], 1.5))
it = iter(deque([1,2,3])); next(it); print(it.__length_hint__(), list(it))
it = reversed(deque([1,2,3])); print(next(it), it.__length_hint__())
print(deque(range(5)).index(3, -3, -1))
import collections.abc as cabc
print(isinstance(deque(), cabc.MutableSequence), issubclass(deque, cabc.Sequence))
d = deque([1,2,3]); d.clear(); print(d, d.pop() if d else None)
print(deque([[1]]) == deque([[1]]), deque([1,2]) != deque([1,2]), deque([1,2,3]) >= deque([1,2]))
from collections import deque
import collections.abc as cabc, typing, threading
print(isinstance(deque(), cabc.Hashable), deque.__hash__, isinstance(deque(), cabc.MutableSequence))
print(typing.Deque[int])
class Q(deque):
    def __init__(self, it=(), n=None):
        super().__init__(it, n)
        self.extra = 1
    def append(self, x):
        super().append(x * 2)
q = Q([1, 2], 3)
q.append(5); print(q, q.extra, q.maxlen, copy.copy(q), copy.deepcopy(q), type(copy.deepcopy(q)))
print(copy.deepcopy(deque([[1], [2]], maxlen=4)))
d = deque()
def work(k):
    for i in range(2000):
        d.append(i)
    for i in range(1000):
        d.popleft()
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d))
d = deque(range(5))
it = iter(d)
print(next(it)); d[0] = 100; print(next(it))
print(deque.__doc__ is None or isinstance(deque.__doc__, str))
print(sorted(x for x in dir(deque) if not x.startswith('_')))
print(deque([3,1,2]) > deque([3,1]), deque('ab') <= deque('ab'))
print(sum(deque(range(100))), max(deque([1,5,2])), sorted(deque([3,1,2])), list(deque('xyz')), tuple(deque([1])))
print(deque(x*x for x in range(5)), deque(range(10), 3), deque((i for i in range(10**5)), maxlen=2))
print(repr(deque([1], maxlen=None)))
print(deque([1, 2, 3]).__len__(), [1] + list(deque([2])))
d = deque([1,2,3]); d.rotate(); print(d); d.rotate(0); d.rotate(-1); print(d); deque().rotate(5)
e = deque(); e.extend(iter([])); print(e)
