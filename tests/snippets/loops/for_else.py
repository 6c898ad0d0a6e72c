for i in range(5):
    if i == 7: break
else:
    print("no break")
for i in range(5):
    if i == 2: break
else:
    print("not printed")
print(i)
n = 0
while n < 10:
    n += 3
    if n == 6: continue
    print(n, end=" ")
else:
    print("done")
