class E(Exception):
    def __init__(self, c):
        Exception.__init__(self, "m")
        self.code = c
class S(SystemExit):
    pass
class St(StopIteration):
    pass
def f(k):
    for i in range(3):
        e = E(i)
        e.detail = i * 2
        print(e.code, e.detail, e.args)
        s = S(i)
        s.code = i + 10
        print(s.code, s.args)
        t = St(i)
        t.value = i + 5
        print(t.value, t.args)
        e.args = (1, 2)
        print(e.args, e.__dict__)
        e.__cause__ = ValueError("x")
        print(e.__cause__, e.__suppress_context__)
f(0)
class H(Exception):
    def __setattr__(self, n, v):
        print("set", n, v)
        object.__setattr__(self, n, v)
def g():
    for i in range(2):
        h = H()
        h.code = i
        print(h.code)
g()
E.code = property(lambda self: "prop")
def k():
    for i in range(2):
        try:
            e = E(i)
        except AttributeError as x:
            print("AE", x)
        try:
            print(e.code)
        except Exception as x: print(type(x).__name__, x)
k()
def m():
    class F(Exception):
        def meth(self): return 42
    for i in range(3):
        f = F()
        print(f.meth(), f.args)
        if i == 1:
            f.meth = lambda: 7
            print(f.meth())
m()
