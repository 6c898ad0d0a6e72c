# __closure__ and calls of closures made with and without a trace function
# (the traced loop sets the closure by its own SET_FUNCTION_ATTRIBUTE).
import sys


def outer(a):
    b = a * 2

    def inner(x):
        nonlocal b
        b += x
        return a + b + x
    return inner


def report(f):
    return [c.cell_contents for c in f.__closure__]


f = outer(3)
print(f(1), f(2), len(f.__closure__), report(f))


def noclo():
    return 1


print(noclo.__closure__)
events = []


def tracer(frame, event, arg):
    events.append(event)
    return tracer


sys.settrace(tracer)
h = outer(10)
r = h(5)
sys.settrace(None)
print(r, report(h), events.count("call"))
print(h(1), f(3), report(h), report(f))
for attr in ("__closure__",):
    try:
        setattr(f, attr, None)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__)
adders = [(lambda k: lambda x: x + k)(k) for k in range(4)]
print([a(10) for a in adders], [a.__closure__[0].cell_contents for a in adders])
