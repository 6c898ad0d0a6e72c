class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale
a = Adder(3)
print(a(4), a(1, scale=10), callable(a), list(map(a, [1, 2])))
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with CM('s', suppress=True):
    raise ValueError('swallowed')
print('after suppress')
try:
    with CM('outer'):
        with CM('inner', suppress=False):
            raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
def gen():
    for i in range(3):
        with CM(f'loop{i}'):
            if i == 1:
                return i
print(gen())
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print('TypeError:', e)
with (CM('p1') as p, CM('p2')):
    print('parenthesized', p)
