# type.__call__'s in-place __init__ path and the generic path it falls
# back to, with class changes between calls.


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Q(P):
    def __init__(self, a, b):
        super().__init__(a, b)
        for i in range(20):
            setattr(self, "x%d" % i, i)


objs = [P(1, 2) for _ in range(3)] + [Q(3, 4) for _ in range(3)]
print([len(vars(o)) for o in objs], [o.a + o.b for o in objs])
print(sorted(vars(Q(5, 6)).items())[:4])

# __init__ replaced after instances exist, then removed.
P.__init__ = lambda self, a, b: setattr(self, "sum", a + b)
print(vars(P(2, 3)))
del P.__init__
try:
    P(1, 2)
except TypeError as e:
    print("TypeError", e)
print(type(P()).__name__)


def gen_init(self, a):
    yield a


class G:
    __init__ = gen_init


try:
    G(1)
except TypeError as e:
    print("TypeError", e)


class R:
    def __init__(self, a):
        return a


try:
    R(7)
except TypeError as e:
    print("TypeError", e)
print(type(R(None)).__name__)


class N:
    def __new__(cls, *args):
        print("N.__new__", args)
        return super().__new__(cls)

    def __init__(self, a):
        print("N.__init__", a)


N(1)


class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)


class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(M(4).a)


class A:
    def f(self):
        pass

    def __init__(self, x):
        self.x = x


print(A(0).x)
A.__abstractmethods__ = frozenset({"f"})


try:
    A(1)
except TypeError as e:
    print("TypeError", e)


class B(A):
    def f(self):
        return self.x


B.__abstractmethods__ = frozenset()


print(B(9).f())


class D:
    def __init__(self, a, b=5, *rest, **kw):
        self.t = (a, b, rest, kw)


print(D(1).t, D(1, 2, 3, k=4).t)
try:
    D()
except TypeError as e:
    print("TypeError", e)


class E(Exception):
    pass


class L(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n


print(repr(E(1, 2)), L(3), L(3).n)


class S:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


print(S(3).a)
try:
    S(1).b = 2
except AttributeError as e:
    print("AttributeError", e)


class Rec:
    def __init__(self, n):
        self.child = Rec(n - 1) if n else None


r = Rec(50)
depth = 0
while r is not None:
    depth += 1
    r = r.child
print(depth)


class Bad:
    def __init__(self, a):
        raise ValueError("bad " + str(a))


for i in range(3):
    try:
        Bad(i)
    except ValueError as e:
        print("ValueError", e)
