# LOAD_SUPER_ATTR: super().m(...), super().attr, the two-argument form,
# shadowed and replaced super, and the error cases.
class A:
    x = "A.x"

    def f(self, a):
        return ("A.f", type(self).__name__, a)

    @classmethod
    def cm(cls):
        return ("A.cm", cls.__name__)

    @staticmethod
    def sm(v):
        return ("A.sm", v)

    @property
    def p(self):
        return ("A.p", type(self).__name__)

    def __repr__(self):
        return "<" + type(self).__name__ + ">"


class B(A):
    x = "B.x"

    def f(self, a):
        return ("B.f",) + super().f(a + 1)

    def attrs(self):
        return super().x, super().p, super().cm(), super().sm(3), super().f
    
    @classmethod
    def cm(cls):
        return ("B.cm",) + super().cm()

    def two(self):
        return super(B, self).f(7), super(A, self).__repr__()[:13]

    def cls_attr(self):
        return super().__class__

    def nested(self):
        def inner(o):
            return super().f(0)
        return inner(self)

    def lam(self):
        return (lambda: super().f(1))()


class C(B):
    def f(self, a):
        return ("C.f",) + super().f(a * 10)


print(B().f(1))
print(C().f(2))
print(B().attrs()[:4])
print(B.cm(), C.cm())
print(C().two())
print(B().cls_attr())
try:
    print(B().nested())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(B().lam())
except Exception as e:
    print(type(e).__name__, e)


def shadow():
    class D(A):
        def f(self, a):
            super = lambda *a: A()
            return super().f(a)
    return D().f(5)


print(shadow())


class E(A):
    def f(self, a):
        return super().f(a)

    def g():
        return super().f(1)


real_super = super


def fake_super(*args):
    print("fake super called with", len(args), "args")
    return real_super(E, E())


import builtins
builtins.super = fake_super
try:
    print(E().f(4))
finally:
    builtins.super = real_super
print(E().f(4))
try:
    E.g()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    super(B, 5).f(1)
except TypeError as e:
    print("TypeError", e)


class F(A):
    def f(self, a):
        self = 5
        return super().f(a)


try:
    F().f(1)
except TypeError as e:
    print("TypeError", e)


class G(A):
    def f(self, a):
        return super().missing(a)

    def h(self):
        return super().missing_attr


for m in (lambda: G().f(1), lambda: G().h()):
    try:
        m()
    except AttributeError as e:
        print("AttributeError", e)


class H(dict):
    def __getitem__(self, k):
        return ("H", super().__getitem__(k))

    def get(self, k, d=None):
        return super().get(k, d)


h = H(a=1)
print(h["a"], h.get("a"), h.get("zz", 9))


class Base:
    def step(self, n):
        return n + 1


class Mid(Base):
    def step(self, n):
        return super().step(n) * 2


class Leaf(Mid):
    def step(self, n):
        return super().step(n) + 100


tot = 0
for i in range(2000):
    o = (Base(), Mid(), Leaf())[i % 3]
    tot += o.step(i)
print(tot)
Mid.step = lambda self, n: -n
print(Leaf().step(5))
