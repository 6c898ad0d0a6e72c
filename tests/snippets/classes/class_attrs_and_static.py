class C:
    items = []
    @classmethod
    def create(cls, *a):
        obj = cls()
        obj.items = list(a)
        return obj
    @staticmethod
    def helper(x): return x + 1
class D(C): pass
d = D.create(1, 2)
print(type(d).__name__, d.items, C.items, D.helper(1), d.helper(2))
