def search(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            break
        if x is None:
            continue
    else:
        return -1
    return i


def spin(n):
    while n:
        n -= 1
        if n == 5:
            break
    del n
    assert True, "never"
