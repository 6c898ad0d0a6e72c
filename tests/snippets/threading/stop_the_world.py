# sys.setrecursionlimit stops the world while other threads run loops;
# deferred reference counting: module-level functions and a class shared by
# threads keep working and are released when dropped.
import sys
import threading


def spin(n):
    t = 0
    i = 0
    while i < n:
        t += i
        i += 1
    return t


class Point:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return abs(self.x)


def use_shared(n):
    s = 0
    for i in range(n):
        s += Point(i - 50).norm() + spin(3)
    return s


out = []
lock = threading.Lock()


def worker(k):
    r = spin(200000) + use_shared(2000) + k
    with lock:
        out.append(r)


ths = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ths:
    t.start()
for lim in (500, 2000, 1000, 1500):
    sys.setrecursionlimit(lim)
for t in ths:
    t.join()
print(sys.getrecursionlimit(), sorted(out))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)

# Functions defined, shared with a thread and dropped, many times over.
for round in range(3):
    ns = {}
    exec("def f(x):\n    return x * 2\nclass K:\n    def m(self):\n        return 7\n", ns)
    res = []
    t = threading.Thread(target=lambda: res.append(ns["f"](21) + ns["K"]().m()))
    t.start()
    t.join()
    print(round, res)
    del ns
