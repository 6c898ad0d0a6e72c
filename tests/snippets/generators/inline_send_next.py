# gen.send(v), next(gen), next(gen, default) called from Python code run
# the generator inline in the caller's frame stack: values, returns,
# StopIteration values, errors escaping, re-entrancy and finalization.
import sys


def tb_lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


a = acc()
print(next(a))
for i in range(5):
    print(a.send(i))
try:
    a.send(None)
except StopIteration as e:
    print("stop", e.value, e.args)
print(next(a, "dflt"))
try:
    next(a)
except StopIteration as e:
    print("stop again", e.args)


def two():
    yield 1
    yield 2
    return "ret"


g = two()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value", repr(e.value))
g = two()
print(next(g, 0), next(g, 0), next(g, 0), next(g, 0))


def plain_return():
    return
    yield


try:
    next(plain_return())
except StopIteration as e:
    print("empty args", e.args, e.value)

# just-started generator with a non-None value
g = two()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))


# an error escaping the generator reaches the caller's handler
def boom():
    yield 1
    raise ValueError("boom")


g = boom()
next(g)
try:
    next(g)
except ValueError as e:
    print("caught", e, tb_lines(e.__traceback__))
try:
    next(g)
except StopIteration:
    print("finished after error")


# re-entrant resume from inside the generator
def reent():
    yield next(me)


me = reent()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


# a generator whose last reference is the call's slot: its finally runs
def fin():
    try:
        yield "first"
    finally:
        print("finally ran")


print(next(fin()))
print(next(fin(), "x"))


# send inside a deeper call, inside a for loop over another generator
def outer(n):
    c = acc()
    next(c)
    for i in range(n):
        yield c.send(i)


print(list(outer(6)))
print(sum(outer(10)))


# StopIteration raised by next() inside a generator becomes RuntimeError
def leaky():
    it = plain_return()
    yield next(it)


try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# gi_running is True while the generator runs inline
def running():
    yield rg.gi_running


rg = running()
print(next(rg), rg.gi_running)


# next() with the send method bound separately and through a subclass name
s = acc()
s.send(None)
snd = s.send
print(snd(3), snd(4))


class Bad:
    def send(self, v):
        return ("bad", v)


print(Bad().send(1))
print(next(iter([7, 8])), next(iter([]), "empty"))

# traceback of StopIteration from send shows the caller line only
try:
    two_g = two()
    next(two_g); next(two_g)
    two_g.send(None)
except StopIteration as e:
    print(tb_lines(e.__traceback__), e.value)
