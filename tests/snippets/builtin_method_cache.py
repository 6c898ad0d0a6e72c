l = []
def add(x, v):
    x.append(v)
    return x.count(v)
for i in range(5):
    print(add(l, i), add([1, 2], 2))
s = "a,b,c"
def sp(x):
    return x.split(",")
for o in ["a,b", "x", b"a,b".decode()]:
    print(sp(o))
class L(list):
    def append(self, v):
        list.append(self, v * 10)
for o in [[], L(), [], L()]:
    add(o, 3); print(o)
d = {}
def g(x):
    return x.get("k", 0)
for o in [d, {"k": 5}, d]:
    print(g(o))
import math
def m(x):
    return math.floor(x)
for v in [1.5, 2.5]:
    print(m(v))
for o in [1, True, 2.5, "s"]:
    try:
        print(o.bit_length())
    except AttributeError as e:
        print("AttributeError", e)
