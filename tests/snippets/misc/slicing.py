s = list(range(10))
print(s[2:5], s[::-1][:3], s[-3:], s[1:8:3])
s[2:4] = ["a", "b", "c"]
print(s)
del s[::2]
print(s)
print("hello"[1:-1], (1, 2, 3)[:2])
