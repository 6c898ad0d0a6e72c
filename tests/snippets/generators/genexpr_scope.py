n = 3
g = (i * n for i in range(n))
n = 10
print(list(g))
print(max(x % 7 for x in range(50)), any(x > 40 for x in range(50)))
print(sorted((y for y in "hello"), reverse=True))
