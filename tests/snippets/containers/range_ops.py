r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[1:3], list(r[::-1]), 5 in r, 6 in r, r.index(8), r.count(11))
print(range(0), list(range(5, 0, -2)), len(range(10, 0)), range(3) == range(0, 3), bool(range(0)))
try:
    r[100]
except IndexError as e:
    print('IndexError:', e)
try:
    r.index(3)
except ValueError as e:
    print('ValueError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
big = range(10 ** 18)
print(len(big), big[-1], 10 ** 17 in big, r.start, r.stop, r.step)
print(list(range(-3, 3)), sum(range(101)), max(range(7)), list(reversed(range(3))))
print(hash(range(3)) == hash(range(3)), range(0, 10, 2)[2:])
