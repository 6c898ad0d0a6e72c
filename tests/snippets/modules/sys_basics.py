import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith('sys_basics.py'))
print(sys.maxsize == 2 ** 63 - 1, sys.platform in ('linux', 'darwin', 'win32'))
print(sys.getrecursionlimit() > 100)
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print('sys' in sys.modules, sys.modules['sys'] is sys, type(sys.path).__name__)
print(sys.intern('abc') == 'abc')
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
print(sys.exception())
sys.stdout.write('written\n')
n = sys.stdout.write('abc')
print('', n)
print(hasattr(sys.stderr, 'write'), hasattr(sys.stdin, 'readline'))
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code)
try:
    sys.exit('msg')
except SystemExit as e:
    print('SystemExit', e.code, e.args)
print(__name__, type(sys.modules[__name__]).__name__)
