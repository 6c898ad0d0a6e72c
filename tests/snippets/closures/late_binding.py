fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    x = 1
    def a(): return x
    x = 2
    return a
print(make()())
