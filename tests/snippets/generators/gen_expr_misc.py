def gen():
    x = yield
    while True:
        x = yield x * 2
g = gen()
print(g.send(None), g.send(3), g.send(5))
print(type(g).__name__, g.__name__, g.gi_running)
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
c = counter(3)
print(iter(c) is c, list(c), list(c))
squares = (x * x for x in range(5))
print(next(squares), sum(squares))
print(list(zip(counter(3), counter(5))))
def lazy():
    print('started')
    yield 1
l = lazy()
print('created')
print(next(l))
def ret_early(n):
    if n < 0:
        return 'neg'
    yield n
print(list(ret_early(-1)), list(ret_early(2)))
def gen_stop():
    yield 1
    raise StopIteration
try:
    list(gen_stop())
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)
print(sorted((y for y in 'cab'), reverse=True), max(x % 7 for x in range(20)))
e = enumerate(counter(2))
print(next(e), list(e))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
