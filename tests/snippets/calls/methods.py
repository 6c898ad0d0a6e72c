class A:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    @staticmethod
    def s(y):
        return y * 2
    @classmethod
    def c(cls):
        return cls.__name__
a = A(3)
m = a.get
print(m(), A.get(a), a.s(4), A.c(), a.c())
print([1, 2, 3].index(2), "a-b".split("-"), "x".join(["1", "2"]))
