def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
c(); c(5)
print(c(), c.__code__.co_freevars, [x.cell_contents for x in c.__closure__])
