log = []
def g():
    try:
        for i in range(10):
            yield i
    finally:
        log.append("closed")
it = g()
print(next(it), next(it))
it.close()
print(log, list(it))
def gen_return():
    try:
        yield 1
    finally:
        return "from finally"
x = gen_return(); next(x)
print(x.close())
