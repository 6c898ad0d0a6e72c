class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        print('eq called')
        return isinstance(o, P) and self.x == o.x
print(P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print('TypeError:', e)
try:
    {P(1)}
except TypeError as e:
    print('TypeError:', e)
print(P(1) == P(1), P(1) != P(2), P(1) == 1)
class H(P):
    def __hash__(self):
        return hash(self.x)
print(len({H(1), H(1), H(2)}))
class O:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return f'O{self.v}'
print(sorted([O(3), O(1), O(2)]), O(1) < O(2), O(2) > O(1), O(1) >= O(1), max(O(1), O(5)))
try:
    object() < object()
except TypeError as e:
    print('TypeError:', e)
class N:
    def __eq__(self, o):
        return NotImplemented
n = N()
print(n == n, n == N(), n != n, N() == 1)
class Always:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(Always() == 5, 5 == Always(), [1, Always()].count(3), Always() in [1], 3 in [Always()])
class Bool:
    def __bool__(self):
        return False
class Len:
    def __len__(self):
        return 0
print(bool(Bool()), bool(Len()), not Bool(), 'yes' if Len() else 'no')
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
