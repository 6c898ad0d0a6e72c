x = 1
del x
try:
    x
except NameError as e:
    print(e)
l = [1, 2, 3, 4]
del l[0], l[-1]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O: pass
o = O(); o.a = 1; del o.a
print(hasattr(o, "a"))
def f():
    y = 2
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
