import sys

print(sys.getrecursionlimit())

def depth_then(n, f):
    if n:
        return depth_then(n - 1, f)
    return f()

def too_low():
    try:
        sys.setrecursionlimit(5)
    except RecursionError as e:
        print(type(e).__name__, e)

depth_then(10, too_low)
print(sys.getrecursionlimit())

for bad in (0, -1, 2.5, "x"):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

sys.setrecursionlimit(200)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(1000)

# A RecursionError is catchable, and the thread keeps working afterwards.
def forever():
    return forever()
for _ in range(3):
    try:
        forever()
    except RecursionError as e:
        print("caught", e)
print(depth_then(500, lambda: "deep ok"))

# Repr cycles are not recursion errors.
l = [1]
l.append(l)
d = {}
d["d"] = d
print(l, d)
