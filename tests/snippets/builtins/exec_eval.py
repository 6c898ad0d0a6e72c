print(eval('1 + 2 * 3'))
print(eval('x * y', {'x': 3, 'y': 4}))
ns = {}
exec('def f(a):\n    return a + 1\nz = f(41)', ns)
print(ns['z'], 'f' in ns)
code = compile('q = 10\nr = q * 2', '<string>', 'exec')
g = {}
exec(code, g)
print(g['r'])
e = compile('5 ** 2', '<expr>', 'eval')
print(eval(e))
loc = {'a': 1}
exec('b = a + 1', {}, loc)
print(sorted(loc.items()))
try:
    eval('1 +')
except SyntaxError as ex:
    print('SyntaxError', type(ex).__name__)
try:
    eval('undefined_name')
except NameError as ex:
    print('NameError:', ex)
try:
    exec('raise ValueError("inside")')
except ValueError as ex:
    print('ValueError:', ex)
x = 100
def f():
    return eval('x + 1')
print(f())
print(eval('[i * i for i in range(4)]'))
print(eval('len("abc")', {}))
print(type(compile('pass', 'f', 'exec')).__name__)
