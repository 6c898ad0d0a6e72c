# Threads storing distinct attributes of shared objects while another
# thread materialises their __dict__: no store is lost, order holds.
import threading

class Box:
    pass

N = 4
ITERS = 2000
boxes = [Box() for _ in range(8)]
for b in boxes:
    for t in range(N):
        setattr(b, "t%d" % t, 0)

def worker(t):
    name = "t%d" % t
    for i in range(ITERS):
        b = boxes[i % len(boxes)]
        setattr(b, name, getattr(b, name) + 1)

def materialiser():
    for i, b in enumerate(boxes):
        if i % 2 == 0:
            d = b.__dict__
            d.get("t0")

threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
threads.append(threading.Thread(target=materialiser))
for th in threads:
    th.start()
for th in threads:
    th.join()
print([sum(getattr(b, "t%d" % t) for b in boxes) for t in range(N)])
print([list(b.__dict__) for b in boxes[:2]])

class Pt:
    def __init__(self, x):
        self.x = x
        self.y = x + 1

def reader(out):
    s = 0
    for _ in range(200):
        for p in pts:
            s += p.x + p.y
    out.append(s)

pts = [Pt(i) for i in range(50)]
out = []
rs = [threading.Thread(target=reader, args=(out,)) for _ in range(3)]
for th in rs:
    th.start()
for th in rs:
    th.join()
print(out)
