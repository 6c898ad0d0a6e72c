class A:
    def __init__(self, x, y=2):
        self.x = x + y
class B(A):
    def __init__(self, x):
        super().__init__(x, 10)
class C:
    def __init__(self):
        return 5
class D:
    def __init__(self):
        raise ValueError("boom")
class E:
    def __new__(cls, *a):
        return 42
class F:
    def __init__(self):
        yield 1
class G(list):
    def __init__(self, n):
        super().__init__(range(n))
print(A(1).x, A(1, 5).x, B(1).x)
try:
    C()
except TypeError as e:
    print("TypeError", e)
try:
    D()
except ValueError as e:
    print("ValueError", e)
print(E(1, 2))
try:
    F()
except TypeError as e:
    print("TypeError", e)
print(G(3))
def f():
    return [A(i).x for i in range(3)]
print(f())
class H:
    pass
print(type(H()).__name__)
try:
    H(1)
except TypeError as e:
    print("TypeError", e)
import sys
def rec(n):
    class R:
        def __init__(self, n):
            self.v = rec(n - 1) if n else 0
    return R(n)
try:
    rec(5000)
except RecursionError:
    print("RecursionError")
def tb():
    C()
try:
    tb()
except TypeError as e:
    t = e.__traceback__
    n = 0
    while t:
        n += 1
        t = t.tb_next
    print("tb depth", n)
