# type(name, bases, dict) and metaclass calls take __module__ from the
# calling frame's globals; chr() of any out-of-range int is a ValueError.
X = type('X', (), {})
print(X.__module__, X, X.__qualname__)
print('__module__' in X.__dict__)


class Meta(type):
    pass


Y = Meta('Y', (object,), {'a': 1})
print(Y.__module__, Y, Y.a)

Z = type('Z', (), {'__module__': 'elsewhere'})
print(Z.__module__, Z)

ns = {}
W = type('W', (), ns)
print(W.__module__, ns)


def make():
    return type('Inner', (), {})


print(make().__module__)
print(type(3), type('s').__module__)

for n in (0x110000, 2**31, 2**40, 2**63, 2**100, -1, -2**40, -2**100):
    try:
        chr(n)
    except ValueError as e:
        print('ValueError', e)
print(repr(chr(0x10FFFF)), chr(65))
try:
    chr('a')
except TypeError as e:
    print('TypeError', e)
