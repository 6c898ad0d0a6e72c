def f(*, a, b=2): return a, b
print(f(a=1))
for call in (lambda: f(), lambda: f(1), lambda: f(a=1, c=3), lambda: f(a=1, a2=2)):
    try:
        call()
    except TypeError as e:
        print(e)
class C:
    def m(self, x): return x
try:
    C().m()
except TypeError as e:
    print(e)
try:
    C().m(1, 2)
except TypeError as e:
    print(e)
