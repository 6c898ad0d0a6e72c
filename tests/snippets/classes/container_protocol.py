class Grid:
    def __init__(self):
        self.d = {}
    def __getitem__(self, key):
        print('getitem', key)
        return self.d.get(key, 0)
    def __setitem__(self, key, value):
        self.d[key] = value
    def __delitem__(self, key):
        del self.d[key]
    def __len__(self):
        return len(self.d)
    def __contains__(self, key):
        return key in self.d
    def __iter__(self):
        return iter(sorted(self.d))
g = Grid()
g[1, 2] = 'a'
g['k'] = 'b'
print(g[1, 2], g[1:3], g[::2], len(g), (1, 2) in g, 'z' in g)
del g['k']
print(list(g), len(g))
try:
    del g['missing']
except KeyError as e:
    print('KeyError:', e)
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m['a'], m['bb'], m.get('bb'), len(m))
class MyList(list):
    def append(self, x):
        super().append(x * 10)
ml = MyList([1])
ml.append(2)
print(ml, len(ml), type(ml).__name__, ml + [3], isinstance(ml, list))
class Rev:
    def __init__(self, s):
        self.s = s
    def __reversed__(self):
        return iter(self.s[::-1])
    def __len__(self):
        return len(self.s)
print(list(reversed(Rev('abc'))))
try:
    len(object())
except TypeError as e:
    print('TypeError:', e)
try:
    object()[0]
except TypeError as e:
    print('TypeError:', e)
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], 'abcd'[Idx():], hex(Idx()), range(10)[Idx()])
