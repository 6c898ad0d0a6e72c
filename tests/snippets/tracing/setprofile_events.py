# sys.setprofile: call/return and c_call/c_return/c_exception events.
import sys

events = []

def name_of(arg):
    n = getattr(arg, '__name__', None)
    return n if n is not None else type(arg).__name__

def prof(frame, event, arg):
    if event.startswith('c_'):
        if name_of(arg) in ('setprofile',):
            return
        events.append((event, frame.f_code.co_name, name_of(arg)))
    elif event == 'return':
        events.append((event, frame.f_code.co_name, frame.f_lineno, repr(arg)))
    else:
        events.append((event, frame.f_code.co_name, frame.f_lineno))

def g(x):
    return [x] * 2

def work():
    l = []
    l.append(1)
    n = len(l)
    s = sorted([3, 1, 2])
    t = g(n)
    try:
        int("x")
    except ValueError:
        pass
    return s + t

def gen():
    yield 1
    yield 2

def use_gen():
    return list(gen())

def boom():
    raise KeyError('k')

def catches():
    try:
        boom()
    except KeyError:
        return 'caught'

for f in (work, use_gen, catches):
    events.clear()
    sys.setprofile(prof)
    r = f()
    sys.setprofile(None)
    print(f.__name__, r)
    for e in events:
        print('   ', e)
print(sys.getprofile())
