# Generators consumed by native code (sum, any, all, min, max, list, tuple,
# sorted, str.join): values, give-backs to the generic paths, suspension
# points, re-entrancy and errors.
import sys


def gen(items):
    for x in items:
        yield x


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    __radd__ = __add__

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)

    def __gt__(self, o):
        return self.v > (o.v if isinstance(o, Num) else o)

    def __repr__(self):
        return "Num(%r)" % (self.v,)


class Truthy:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        print("bool", self.b)
        return self.b


print(sum(gen(range(10))))
print(sum(gen([1, 2.5, 3])))
print(sum(gen([1.5, 2, 3])))
print(sum(gen([2**62, 2**62, 2**62])))
print(sum(gen([1, 2**70, 3])))
print(sum(gen([0.1] * 10)))
print(sum(gen([1e308, 1e308, -1e308])))
print(sum(gen([1, Num(2), 3])))
print(sum(gen([1, 2]), 0.5))
print(sum(gen([1, 2]), Num(10)))
print(sum(gen([]), 7))
print(sum(gen([True, True, 3])))
print(sum(gen([1, 2.0, Num(1), 4])))
print(sum(gen([[1], [2]]), []))
print(sum(x * x for x in range(100) if x % 3))

print(any(gen([0, 0, 3, 0])), all(gen([1, 2, 0, 4])))
print(any(gen([])), all(gen([])))
print(any(gen([0, "", None, 0.0, [], ()])), all(gen([1, "a", 1.5, [0], (0,)])))
print(any(gen([Truthy(False), Truthy(True), Truthy(True)])))
print(all(gen([Truthy(True), Truthy(False), Truthy(True)])))
g = gen([0, 5, 6, 7])
print(any(g), next(g), list(g))
g = gen([1, 0, 6, 7])
print(all(g), list(g))

print(max(gen([3, 1, 4, 1, 5, 9, 2, 6])), min(gen([3, 1, 4, 1, 5, 9, 2, 6])))
print(max(gen([1.5, 2.5, 0.5])), min(gen([1.5, 2.5, 0.5])))
print(max(gen([1, 2.5, 2])), min(gen([3, 2.5, 2, 7])))
print(max(gen([Num(1), 5, Num(9), 2])), min(gen([4, Num(1), 0.5])))
print(max(gen([2**80, 3, 2**81])), min(gen(["b", "a", "c"])))
print(max(gen([1, 1.0, True])), min(gen([1.0, 1, True])))
print(max(gen([]), default="empty"), max(gen([7]), key=lambda x: -x))
nan = float("nan")
print(max(gen([nan, 1.0, 2.0])), max(gen([1.0, nan, 2.0])))
try:
    max(gen([]))
except ValueError as e:
    print("ValueError:", e)
try:
    max(gen([1, "a"]))
except TypeError as e:
    print("TypeError:", e)

print(list(gen("abc")), tuple(gen(range(3))), sorted(gen([3, 1, 2])))
print("-".join(gen(["a", "b", "c"])), ",".join(str(i) for i in range(5)))
print(set(gen([1, 2, 2])), dict(gen([(1, 2), (3, 4)])))
lst = [0]
lst.extend(gen([1, 2]))
print(lst)


# The generator is suspended (not running) whenever Python code runs.
def watched():
    for i in range(3):
        yield W(i)


class W:
    def __init__(self, i):
        self.i = i

    def __radd__(self, o):
        print("running:", the_gen.gi_running, "suspended:", the_gen.gi_suspended)
        return o + self.i


the_gen = watched()
print(sum(the_gen))


# Re-entrancy: Python code run for one value pulls the next one itself.
class Pull:
    def __radd__(self, o):
        return o + 100 * next(pg2)


def mixed():
    for x in range(6):
        yield x
        if x == 1:
            yield Pull()


pg2 = mixed()
print(sum(pg2))


# Errors raised inside a driven generator; StopIteration inside (PEP 479).
def boom():
    yield 1
    yield 2
    raise KeyError("k")


try:
    sum(boom())
except KeyError as e:
    print("KeyError", e)


def stops():
    yield 1
    raise StopIteration


try:
    list(stops())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def with_finally():
    try:
        yield 1
        yield 0
        yield 2
    finally:
        print("finally")


g = with_finally()
print(all(g))
print("closing")
g.close()


def gen_return():
    yield 1
    return 5


print(sum(gen_return()), list(gen_return()))

g = gen([1, 2])
print(sum(g), sum(g), list(g))


def running_check():
    yield running_gen.gi_running


running_gen = running_check()
print(list(running_gen))


def nested(n):
    if n:
        yield from nested(n - 1)
    yield n


print(sum(nested(50)), max(nested(20)), list(nested(3)))
print(sum(x for x in nested(4)), any(x > 3 for x in nested(4)))

g = gen([1])
print(g.gi_running, g.gi_suspended, g.gi_frame is None or True, g.__name__, g.__qualname__)
print(g.gi_code.co_name, g.gi_yieldfrom)
try:
    g.nope
except AttributeError as e:
    print("AttributeError:", e)


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        print("trace", event)
    return tracer


def traced():
    yield 1
    yield 2


sys.settrace(tracer)
print(sum(traced()))
sys.settrace(None)
