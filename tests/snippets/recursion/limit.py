import sys
print(sys.getrecursionlimit())
def r(n): return r(n + 1) if n < 10000 else n
try:
    r(0)
except RecursionError:
    print("hit the limit")
def ok(n): return 0 if n == 0 else ok(n - 1)
print(ok(800))
