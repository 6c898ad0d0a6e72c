print(repr('it\'s'), repr("a\"b"), repr('a\nb\t\\'), repr('\x00\x7f'))
print(ascii('héllo'), ascii('\u263a'), ascii('\U0001f600'), ascii([1, 'é']))
print(repr(b'\x00ab\xff'), repr(b"'"), repr(b'"\''))
print(repr(1.0), repr(1e16), repr(1e-5), repr(0.1 + 0.2), repr(-0.0), repr(1e300 * 1e10))
print(repr(float('nan')), 1.5e-7, 123456789012345678.0, 2.0 ** 0.5)
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(-1), hash(0), hash(2 ** 61 - 1))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash([])
except TypeError as e:
    print('TypeError:', e)
try:
    hash({})
except TypeError as e:
    print('TypeError:', e)
class A:
    pass
a = A()
print(hash(a) == hash(a), id(a) == id(a), id(a) != id(A()))
class R:
    def __repr__(self):
        return 'R()'
print(repr(R()), str(R()), [R()], f'{R()!r}', ascii(R()))
class S:
    def __str__(self):
        return 'str-S'
print(str(S()), f'{S()}', '%s' % S())
print(repr([1, [2, [3]]]), repr((1,)), repr(()), repr({1: 'a'}), repr(set()), repr({1}))
l = [1]
l.append(l)
print(l)
d = {}
d['self'] = d
print(d)
