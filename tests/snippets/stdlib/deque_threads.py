# collections.deque operations are atomic under free threading: no item lost or doubled.
import threading
from collections import deque
d = deque()
N = 20000
def prod():
    for i in range(N): d.append(i)
def cons(out):
    got = 0
    while got < N:
        try:
            d.popleft(); got += 1
        except IndexError:
            pass
    out.append(got)
out = []
ts = [threading.Thread(target=prod) for _ in range(4)] + [threading.Thread(target=cons, args=(out,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(out), len(d))
d2 = deque(maxlen=100)
def filler():
    for i in range(N): d2.append(i)
ts = [threading.Thread(target=filler) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d2))
