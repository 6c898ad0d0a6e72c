words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
print(list(map(lambda x: x * 2, range(5))), list(filter(lambda x: x % 2, range(10))))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
