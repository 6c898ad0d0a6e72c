class P:
    x = 1
    def __init__(self):
        self.y = 2
p = P()
print(hasattr(p, 'x'), hasattr(p, 'z'), getattr(p, 'y'), getattr(p, 'z', 'dflt'))
setattr(p, 'z', 9)
print(p.z, vars(p))
delattr(p, 'z')
print(hasattr(p, 'z'))
try:
    getattr(p, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(p, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(p, 5)
except TypeError as e:
    print('TypeError:', e)
print(callable(p), callable(P), callable(len), callable(1))
print(isinstance(p, P), isinstance(1, (str, int)), issubclass(bool, int), issubclass(P, object))
try:
    isinstance(1, 2)
except TypeError as e:
    print('TypeError:', e)
print([n for n in dir(p) if not n.startswith('__')])
print(sorted(k for k in vars(P) if not k.startswith('__')))
class G:
    def __getattr__(self, name):
        return name.upper()
g = G()
print(g.hello, getattr(g, 'abc'), hasattr(g, 'anything'))
class S:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print('deleting', name)
s = S()
s.a = 5
print(s.a)
del s.a
print(s.a)
