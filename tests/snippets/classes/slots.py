class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    p.y
except AttributeError as e:
    print('AttributeError:', e)
p.y = 2
print(p.y)
del p.y
print(hasattr(p, 'y'))
class Q(P):
    pass
q = Q(5)
q.z = 9
print(q.z, hasattr(q, '__dict__'))
class R(P):
    __slots__ = ('w',)
r = R(1)
r.w = 2
print(r.x, r.w, P.__slots__, type(P.x).__name__)
try:
    r.other = 1
except AttributeError as e:
    print('AttributeError:', e)
class S:
    __slots__ = 'single'
s = S()
s.single = 'ok'
print(s.single)
