# Weak references under free threading: threads create, dereference and
# drop weak references while other threads replace (and so free) the
# referents. Every dereference must yield None or the live object; every
# callback must run exactly once, for referents freed in any thread.
import gc
import threading
import weakref

class K:
    __slots__ = ("n", "check", "__weakref__")
    def __init__(self, n):
        self.n = n
        self.check = n * 3

NSLOTS = 16
THREADS = 4
ITERS = 3000
slots = [K(i) for i in range(NSLOTS)]
fired = []
kept = []
bad = []
start = threading.Barrier(THREADS)

def worker(t):
    mine = []
    refs = []
    start.wait()
    for i in range(ITERS):
        j = (i * 7 + t * 3) % NSLOTS
        o = slots[j]
        r = weakref.ref(o)
        if r() is not o:
            bad.append("deref of a live object")
        if i % 3 == 0:
            mine.append(weakref.ref(o, fired.append))
        del o
        refs.append(r)
        if len(refs) > 8:
            refs.pop(0)
        for old in refs:
            x = old()
            if x is not None and x.check != x.n * 3:
                bad.append("corrupt referent")
            del x
        if i % 4 == t:
            slots[j] = K(t * 100000 + i)
    kept.append(mine)

threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("bad:", bad[:3])
slots.clear()
gc.collect()
total = sum(len(m) for m in kept)
print("callback refs:", total)
print("all dead:", all(r() is None for m in kept for r in m))
print("callbacks ran once each:", len(fired) == total, len(set(map(id, fired))) == total)
