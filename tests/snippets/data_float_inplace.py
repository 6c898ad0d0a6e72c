# BINARY_OP's float result written into the float a following STORE_FAST
# overwrites, when only that local references it: every way the old float
# can still be visible elsewhere must keep its value.
import threading


def aliases():
    a, b = 1.5, 2.25
    x = a * b
    y = x            # a second reference: x's float must not change
    x = a + b
    print(x, y)
    lst = [x]
    x = a - b        # the list holds the old float
    print(x, lst)
    d = {"k": x}
    x = x * 2.0      # x is an operand of its own update
    print(x, d)
    x = b / x
    t = (x,)
    x = a * a
    print(x, t)
    z = 0.0
    for i in range(5):
        z = z + 0.5  # z's float is both operand and target
    print(z)
    s2 = 1.25
    keep2 = s2
    s2 += 0.5        # the target is an operand and has a second reference
    s2 = s2 * s2     # both operands are the target (count 3)
    print(s2, keep2)
    acc = 0.0
    for i in range(4):
        acc += acc * 0.5 + 1.0
    print(acc)
    w = 3            # int target: no in-place write
    w = a + b
    print(w)
    n = None
    n = a - 1
    print(n)
    g = [0.0]
    def keep(v):
        g[0] = v
    q = a * 4.0
    keep(q)          # the callee's list keeps q's float
    q = a * 8.0
    print(q, g)
    return x, y


print(aliases())


def gen():
    x = 1.0
    while x < 10.0:
        yield x      # the consumer keeps each yielded float
        x = x * 2.0


print(list(gen()))


def closure():
    x = 2.0
    def f():
        return x     # a cell, not a fast local
    x = x * 3.0
    return f()


print(closure())


# From threads: each thread keeps every 7th value in a shared list while it
# updates its locals in place; the kept floats must hold the values they
# had when kept.
shared = []
lock = threading.Lock()


def worker(k):
    acc = 0.0
    step = 0.25 * (k + 1)
    kept = []
    for i in range(20000):
        acc = acc + step
        tmp = acc * 2.0
        if i % 7 == 0:
            kept.append(tmp)
        tmp = tmp - acc
    with lock:
        shared.append((k, acc, tmp, sum(kept), len(kept)))


ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for row in sorted(shared):
    print(row)
