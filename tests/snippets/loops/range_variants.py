print(list(range(10, 0, -3)), list(range(0)), list(range(-3, 3)))
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3):
    pass
print(i)
print(sum(1 for _ in range(1000) if _ % 7 == 0))
