def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


total = 0


def add(x):
    global total
    total += x


def outer(a):
    def middle():
        def inner():
            return a
        return inner
    return middle
