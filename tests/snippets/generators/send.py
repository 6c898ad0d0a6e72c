def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
a = acc()
print(next(a), a.send(5), a.send(10))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
try:
    acc().send(3)
except TypeError as e:
    print(e)
