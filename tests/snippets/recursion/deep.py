def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print("RecursionError", e)
print(depth(500))
