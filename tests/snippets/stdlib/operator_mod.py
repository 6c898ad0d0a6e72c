import operator as op
from operator import itemgetter, attrgetter, methodcaller
print(op.add(1, 2), op.mul("a", 3), op.neg(5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3))
print(op.lt(1, 2), op.eq(1, 1.0), op.not_(0), op.truth([]), op.is_(None, None), op.contains([1], 1))
print(op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.concat([1], [2]), op.__add__(2, 3))
g = itemgetter(1); print(g, g([5, 6]), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 9}))
class P:
    def __init__(s): s.x = 1; s.child = s
    def m(s, a, b=0): return a + b
a = attrgetter("x"); print(a, a(P()), attrgetter("child.child.x", "x")(P()))
m = methodcaller("m", 3, b=4); print(m, m(P()))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=itemgetter(0, 1)))
l = [1, 2]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, 0))
print(op.iadd([1], [2]), op.length_hint(5, 7), op.index(7))
try: op.indexOf([1], 2)
except ValueError as e: print("VE", e)
try: op.concat(1, 2)
except TypeError as e: print("TE", e)
try: attrgetter(1)
except TypeError as e: print("TE", e)
try: itemgetter(5)([1])
except IndexError as e: print("IE", e)
print(op.call(len, "abc"), op.pow(2, 10), op.xor(5, 3), op.invert(0), op.and_(6, 3), op.or_(6, 3), op.lshift(1, 4))
