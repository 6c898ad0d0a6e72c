def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, naturals())))
print(list(take(3, (x * x for x in naturals() if x % 2))))
