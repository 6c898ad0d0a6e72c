d = {"a": [1]}
d["a"] += [2]
d["b"] = d.get("b", 0) + 1
class O: pass
o = O(); o.v = 1; o.v *= 5
l = [1, 2, 3]; l[1] **= 3
s = "ab"; s *= 2
print(d, o.v, l, s)
t = (1,); t += (2,)
print(t)
