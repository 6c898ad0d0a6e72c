A = 1
def f():
    local1 = 2
    local2 = 'x'
    return sorted(locals().items())
print(f())
print('A' in globals(), globals()['A'], globals()['__name__'])
globals()['B'] = 5
print(B)
class C:
    cls_attr = 3
    def m(self):
        pass
print([k for k in vars(C) if not k.startswith('__')])
c = C()
c.inst = 4
print(vars(c))
try:
    vars(1)
except TypeError as e:
    print('TypeError:', e)
d = dir(c)
print('cls_attr' in d, 'inst' in d, 'm' in d, '__init__' in d, d == sorted(d))
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir({}) if not n.startswith('_')])
import math
print('sqrt' in dir(math))
def g():
    x = 1
    def h():
        return x
    return h
print(g()())
