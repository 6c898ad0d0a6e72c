for i, (a, b) in enumerate(zip("abc", [1, 2, 3]), start=1):
    print(i, a, b)
print(list(zip(*[(1, 2), (3, 4)])))
print(dict(enumerate("xy")))
