def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(i) for i in range(1, 15)])
i = 0
while True:
    i += 1
    if i > 100:
        break
print(i)
