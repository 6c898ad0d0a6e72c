nums = (i for i in range(20))
evens = (n for n in nums if n % 2 == 0)
sq = (e * e for e in evens)
print(sum(sq))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
