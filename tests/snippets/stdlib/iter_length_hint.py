it = iter("héllo"); next(it); print(it.__length_hint__(), list(it), it.__length_hint__())
s = {1, 2, 3}; it = iter(s); print(it.__length_hint__()); next(it); print(it.__length_hint__())
s.add(9); print(it.__length_hint__())
it = iter(frozenset('ab')); print(it.__length_hint__()); list(it); print(it.__length_hint__())
import operator
print(operator.length_hint(iter("abc")), operator.length_hint(iter({4, 5})), operator.length_hint(iter(set()), 7))
