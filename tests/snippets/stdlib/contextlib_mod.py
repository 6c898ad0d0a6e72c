from contextlib import *
import io, sys
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("a") as t: print("body", t)
try:
    with tag("b"): raise ValueError("boom")
except ValueError as e: print("caught", e)
@contextmanager
def swallow():
    try: yield
    except KeyError as e: print("swallowed", repr(e))
with swallow(): raise KeyError("k")
print("after")
with suppress(ZeroDivisionError): 1 / 0
print("suppressed")
try:
    with suppress(KeyError): [][1]
except IndexError as e: print("IE", e)
class Res:
    def __init__(s, n): s.n = n
    def close(s): print("close", s.n)
with closing(Res(1)) as r: print("using", r.n)
with nullcontext(5) as v: print("null", v)
with ExitStack() as st:
    for i in range(3):
        st.callback(print, "cb", i)
    st.enter_context(tag("x"))
    print("in stack")
buf = io.StringIO()
with redirect_stdout(buf): print("hidden")
print("got", repr(buf.getvalue()))
@tag("deco")
def f(): print("in f")
f()
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print("RE", e)
def g():
    with ExitStack() as s:
        s.push(lambda *a: print("exit", a[0].__name__) or True)
        raise TypeError("t")
g(); print("suppressed by stack")
