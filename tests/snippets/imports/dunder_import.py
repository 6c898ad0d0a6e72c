m = __import__('math')
print(m.sqrt(9), m.__name__)
import math, sys as system
print(system.modules['math'] is m is math)
def f():
    import math as inner
    return inner.floor(2.5)
print(f(), 'inner' in globals())
import importlib
j = importlib.import_module('math')
print(j is math)
