print([x * y for x in range(3) for y in range(3) if x != y])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print(list(x for x in range(5) if x % 2 == 0))
m = [[1, 2], [3, 4]]
print([r[i] for r in m for i in range(2)])
print(sum(x * x for x in range(10)))
