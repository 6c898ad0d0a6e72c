def sub(n):
    for i in range(n):
        yield i
    return n * 10
def main():
    results = []
    for n in (1, 2):
        r = yield from sub(n)
        results.append(r)
    return results
g = main()
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print(out, e.value)
        break
