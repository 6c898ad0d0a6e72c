import timeit
t = timeit.Timer('x = sum(range(10))')
r = t.timeit(number=100)
print(type(r).__name__, r >= 0)
print(len(t.repeat(repeat=3, number=10)))
print(timeit.timeit('a + b', setup='a = 1; b = 2', number=1000) >= 0)
counter = []
def work():
    counter.append(1)
print(timeit.timeit(work, number=7) >= 0, len(counter))
print(timeit.timeit('work()', globals={'work': work}, number=3) >= 0, len(counter))
n, tt = timeit.Timer('pass').autorange()
print(n >= 1, tt >= 0.2)
calls = []
timeit.Timer('sum(range(100))').autorange(lambda num, taken: calls.append(num))
print(calls[:3])
print(timeit.default_timer is __import__('time').perf_counter, timeit.default_number, timeit.default_repeat)
try:
    timeit.Timer('x = ')
except SyntaxError as e:
    print('SyntaxError')
try:
    timeit.Timer(5)
except ValueError as e:
    print('ValueError', e)
try:
    timeit.Timer('pass', setup=5)
except ValueError as e:
    print('ValueError', e)
try:
    timeit.Timer('1/0').timeit(1)
except ZeroDivisionError:
    print('ZeroDivisionError')
m = 'for i in range(3):\n    y = i'
print(timeit.timeit(m, number=2) >= 0)
print(timeit.repeat('pass', repeat=2, number=5).__len__())
