import sys
print(1, 2, 3, sep='-')
print('a', 'b', sep='', end='!\n')
print('no newline', end='')
print()
print(*[1, 2, 3], sep=', ')
print('to stdout', file=sys.stdout, flush=True)
print(None, True, 1.5, [1, 'x'], {'k': (1,)})
print('x', sep=None, end=None)
print()
print('', '')
try:
    print('a', sep=3)
except TypeError as e:
    print('TypeError:', e)
try:
    print('a', end=[])
except TypeError as e:
    print('TypeError:', e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('hello', 'world', file=w)
print(w.parts)
