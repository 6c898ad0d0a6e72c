class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1): return (x + self.n) * scale
a = Adder(3)
print(a(4), a(4, scale=2), callable(a), callable(3))
print(list(map(a, [1, 2])))
try:
    3()
except TypeError as e:
    print(e)
