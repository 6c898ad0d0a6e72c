x = "global"
class C:
    x = "class"
    y = [x for _ in range(1)]
    def m(self): return x
print(C.y, C().m(), C.x)
class D:
    a = 1
    b = a + 1
    del a
print(D.b, hasattr(D, "a"))
