memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[r, c] = paths(r - 1, c) + paths(r, c - 1)
    return memo[r, c]
print(paths(16, 16))
def depth(d):
    return 1 + max((depth(v) for v in d.values()), default=0) if isinstance(d, dict) else 0
print(depth({"a": {"b": {"c": 1}}, "d": 2}))
