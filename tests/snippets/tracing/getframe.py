# sys._getframe and frame objects: f_code, f_lineno, f_back, f_locals,
# f_globals, f_builtins, f_lasti, errors.
import sys

def inner(a, b=2):
    c = a + b
    print(sys._getframe().f_lineno, sorted(sys._getframe().f_locals))
    f = sys._getframe()
    print(f.f_code.co_name)
    print(f.f_locals['c'], f.f_globals is globals(), f.f_builtins['len'] is len)
    back = f.f_back
    print(back.f_code.co_name, back.f_lineno, back.f_locals.get('x'))
    print(sys._getframe(1) is back, sys._getframe(0) is f)
    print(type(f).__name__, isinstance(f.f_lasti, int))
    return f

def outer():
    x = 'outer-x'
    return inner(1)

f = outer()
print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name)
print(f.f_trace, f.f_trace_lines)

def depth_error():
    try:
        sys._getframe(1000)
    except ValueError as e:
        print('ValueError', e)
    try:
        sys._getframe('x')
    except TypeError as e:
        print('TypeError', e)
    try:
        sys._getframe(1, 2)
    except TypeError as e:
        print('TypeError', e)

depth_error()

def caller_name():
    return sys._getframe(1).f_code.co_name

def who():
    return caller_name()

print(who())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)

def in_comprehension():
    return [sys._getframe().f_code.co_name for _ in range(2)]

print(in_comprehension())

class K:
    name = sys._getframe().f_code.co_name
    loc = sorted(k for k in sys._getframe().f_locals if not k.startswith('__'))

print(K.name, K.loc)

def setattrs():
    f = sys._getframe()
    try:
        f.f_lineno = 3
    except ValueError as e:
        print('ValueError', e)
    try:
        f.f_code = None
    except AttributeError as e:
        print('AttributeError', e)
    try:
        f.nope
    except AttributeError as e:
        print('AttributeError', e)

setattrs()
