# sys.settrace: call/line/return/exception events as (event, co_name, f_lineno).
import sys

events = []

def tracer(frame, event, arg):
    if event == 'return':
        events.append((event, frame.f_code.co_name, frame.f_lineno, repr(arg)))
    elif event == 'exception':
        events.append((event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__, str(arg[1])))
    else:
        events.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def gen(n):
    for i in range(n):
        yield i * 10

def use_gen():
    total = 0
    for v in gen(3):
        total += v
    return total

def comprehensions(n):
    a = [i * 2 for i in range(n)]
    b = {i: i for i in range(n)}
    c = {i % 2 for i in range(n)}
    d = sum(i for i in range(n))
    return len(a) + len(b) + len(c) + d

def lambdas():
    f = lambda x: x + 1
    return f(f(1))

def raiser(x):
    if x:
        raise ValueError("bad %d" % x)
    return x

def middle(x):
    return raiser(x)

def catcher():
    try:
        middle(2)
    except ValueError as e:
        r = str(e)
    return r

def uncaught():
    middle(3)

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

def with_block():
    with CM() as c:
        y = 1
    return y

def loop(n):
    i = 0
    while i < n:
        i += 1
    return i

def run(f, *args):
    events.clear()
    sys.settrace(tracer)
    try:
        r = f(*args)
    except Exception as e:
        r = 'raised %s' % type(e).__name__
    sys.settrace(None)
    print(f.__name__, r)
    for e in events:
        print('   ', e)

run(fact, 3)
run(use_gen)
run(comprehensions, 3)
run(lambdas)
run(catcher)
run(uncaught)
run(loop, 2)
print(sys.gettrace())
