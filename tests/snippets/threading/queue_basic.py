# queue: FIFO/LIFO/priority order, bounds, timeouts, task_done/join,
# shutdown (3.13) and SimpleQueue.
import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
for bad in (lambda: q.get(timeout=-1), lambda: queue.Queue(1).put(1, timeout=-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    q.get(block=False)
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")

b = queue.Queue(maxsize=2)
b.put(1)
b.put(2)
print(b.full(), b.qsize())
try:
    b.put(3, block=False)
except queue.Full:
    print("Full")
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")


def drain_one():
    b.get()


t = threading.Thread(target=drain_one)
t.start()
b.put(3)  # blocks until the other thread makes room
t.join()
print(b.get(), b.get(), b.empty())

# task_done / join
work = queue.Queue()
done = []


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        done.append(item * 10)
        work.task_done()


wt = threading.Thread(target=worker)
wt.start()
for i in range(10):
    work.put(i)
work.join()
print("joined:", done == [i * 10 for i in range(10)], work.unfinished_tasks)
work.put(None)
wt.join()
try:
    work.task_done()
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3, 9, 0, 7]:
    lq.put(x)
    pq.put((x % 3, x))
print([lq.get() for _ in range(8)])
print([pq.get() for _ in range(8)])

# shutdown: getters drain what is left, then ShutDown; putters fail.
sq = queue.Queue()
sq.put("a")
sq.put("b")
sq.shutdown()
print(sq.get(), sq.get_nowait())
for op in (sq.get, lambda: sq.put("c")):
    try:
        op()
    except queue.ShutDown as e:
        print("ShutDown", repr(e))
iq = queue.Queue()
iq.put(1)
iq.put(2)
iq.shutdown(immediate=True)
iq.join()
print("immediate:", iq.qsize(), iq.unfinished_tasks)
blocked = queue.Queue()
res = []


def blocked_get():
    try:
        blocked.get()
    except queue.ShutDown:
        res.append("getter woke with ShutDown")


bt = threading.Thread(target=blocked_get)
bt.start()
while not blocked.not_empty._waiters:
    threading.Event().wait(0.001)
blocked.shutdown()
bt.join()
print(res)

s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put_nowait(2)
print(s.qsize(), s.get(), s.get_nowait(), s.empty())
try:
    s.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    s.get(False)
except queue.Empty:
    print("SimpleQueue Empty nowait")
