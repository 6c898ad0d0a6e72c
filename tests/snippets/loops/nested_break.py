out = []
for i in range(4):
    for j in range(4):
        if j > i: break
        if (i + j) % 2: continue
        out.append((i, j))
print(out)
total = 0
for x in [1, 2, 3]:
    try:
        if x == 2: continue
        total += x
    finally:
        total += 10
print(total)
