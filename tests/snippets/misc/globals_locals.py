x = 1
def f():
    y = 2
    return sorted(locals().items())
print(f(), "x" in globals())
def g():
    global x
    x = 10
g(); print(x)
print(eval("x + 1"), eval("a * 2", {"a": 4}))
exec("z = x * 3")
print(z)
ns = {}
exec("def q(): return 7", ns)
print(ns["q"]())
