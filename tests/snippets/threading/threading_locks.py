# Lock and RLock semantics: errors, timeouts, reentrancy, release from
# another thread, context managers.
import threading
import _thread

lk = threading.Lock()
print(type(lk) is _thread.LockType, repr(lk).startswith("<unlocked _thread.lock object at"))
print(lk.acquire(), lk.locked(), repr(lk).startswith("<locked"))
print(lk.acquire(False), lk.acquire(blocking=False), lk.acquire(timeout=0), lk.acquire(True, 0.01))
lk.release()
for bad in [dict(blocking=False, timeout=1), dict(timeout=-5)]:
    try:
        lk.acquire(**bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    lk.acquire(timeout=1e20)
except OverflowError as e:
    print("OverflowError:", e)
try:
    lk.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(_thread.error is RuntimeError, threading.ThreadError is RuntimeError)

# A lock may be released by a thread that does not hold it.
gate = threading.Lock()
gate.acquire()
t = threading.Thread(target=gate.release)
t.start()
t.join()
print("released by other thread:", not gate.locked())

# A waiter blocks until another thread releases.
order = []
held = threading.Lock()
held.acquire()


def waiter():
    with held:
        order.append("waiter got it")


w = threading.Thread(target=waiter)
w.start()
order.append("main releases")
held.release()
w.join()
print(order)

rl = threading.RLock()
print(repr(rl).startswith("<unlocked _thread.RLock object owner=0 count=0"))
with rl:
    with rl:
        print("nested:", rl._is_owned(), repr(rl).split(" count=")[1].split()[0])
print("owned after:", rl._is_owned())
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)
rl.acquire()
result = []
t = threading.Thread(target=lambda: result.append((rl.acquire(False), rl._is_owned())))
t.start()
t.join()


def foreign_release():
    try:
        rl.release()
    except RuntimeError as e:
        result.append(str(e))


t = threading.Thread(target=foreign_release)
t.start()
t.join()
rl.release()
print(result)
print(rl.acquire(timeout=0.5), rl.acquire(blocking=False))
rl.release()
rl.release()

counter = 0
lock = threading.Lock()


def bump(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


ts = [threading.Thread(target=bump, args=(2000,)) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter:", counter)
