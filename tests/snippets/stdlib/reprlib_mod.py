import reprlib, collections, array
r = reprlib.Repr()
print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(10))), reprlib.repr((1,)))
print(reprlib.repr('x' * 100), reprlib.repr(10 ** 60), reprlib.repr(set(range(20))), reprlib.repr(frozenset()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}), reprlib.repr(set()))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(collections.deque(range(10))))
print(reprlib.repr(array.array('i', range(10))), reprlib.repr(array.array('d')))
class Big:
    def __repr__(self):
        return 'B' * 100
class Bad:
    def __repr__(self):
        raise ValueError
print(reprlib.repr(Big()), reprlib.repr(Bad()).startswith('<Bad instance at 0x'))
r2 = reprlib.Repr(maxlist=2, maxstring=10, fillvalue='~', indent=2)
print(r2.repr(['abcdefghijklmnop', [1, 2, 3], 4]))
print(reprlib.Repr(indent='--').repr({'a': [1, 2], 'b': 3}))
print(reprlib.Repr(maxlevel=1).repr([[1], {'a': 1}, (2,)]))
class Node:
    def __init__(self):
        self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % self.children
print(repr(Node()), Node.__repr__.__name__, Node.__repr__.__wrapped__.__qualname__)
class N2(list):
    @reprlib.recursive_repr('<rec>')
    def __repr__(self):
        return 'N2' + list.__repr__(self)
n = N2(); n.append(n); print(repr(n))
