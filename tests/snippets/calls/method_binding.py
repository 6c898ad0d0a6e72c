class A:
    def m(self): return "A.m", type(self).__name__
class B(A):
    def m(self): return ("B.m",) + super().m()
b = B()
f = b.m
print(f(), A.m(b), f.__self__ is b, f.__func__ is B.m)
print(B.m is B.__dict__["m"])
