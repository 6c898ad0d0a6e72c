print(max([3, 1, 2]), min(3, 1, 2), sum([1, 2, 3], 10), abs(-4), len("hello"))
print(sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])), any([0, 1]), all([]))
print(isinstance(1, int), isinstance("s", (int, str)), round(2.675, 2), divmod(7, 2))
print(int("42"), float("1.5"), str(3), repr("q"), bool([]), chr(65), ord("a"), hex(255))
