print(list(enumerate('abc', start=1)))
print(list(zip([1, 2, 3], 'ab')))
try:
    list(zip([1, 2, 3], 'ab', strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip([1], 'ab', strict=True))
except ValueError as e:
    print('ValueError:', e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, '', 'x', None, []])))
print(list(filter(lambda x: x % 2, range(10))))
print(sorted([3, 1, 2], reverse=True), sorted('banana'), sorted({'b': 1, 'a': 2}))
print(sorted(['Bob', 'alice', 'Carl'], key=str.lower))
print(list(reversed([1, 2, 3])), list(reversed(range(5))), list(reversed('abc')))
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]))
it = iter([10, 20])
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)))
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 1, 2, 3]
print(list(calls))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(Seq()), 4 in Seq(), 1 in Seq())
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
