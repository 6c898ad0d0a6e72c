# Condition, Semaphore, BoundedSemaphore, Event, Barrier and Timer.
import threading

cond = threading.Condition()
print(repr(cond).startswith("<Condition(<unlocked _thread.RLock"))
for name in ("wait", "notify"):
    try:
        getattr(cond, name)()
    except RuntimeError as e:
        print("RuntimeError:", e)
with cond:
    print("wait timeout:", cond.wait(0.01), cond.wait(timeout=0))
    print("wait_for true:", cond.wait_for(lambda: 42))

# Ping-pong through a condition: strictly alternating.
turn = ["ping"]
log = []
c2 = threading.Condition(threading.Lock())


def player(me, other, n):
    for i in range(n):
        with c2:
            c2.wait_for(lambda: turn[0] == me)
            log.append(me)
            turn[0] = other
            c2.notify_all()


a = threading.Thread(target=player, args=("ping", "pong", 5))
b = threading.Thread(target=player, args=("pong", "ping", 5))
a.start()
b.start()
a.join()
b.join()
print(log)

s = threading.Semaphore(2)
print(repr(s).endswith("value=2>"), s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
print(repr(s).endswith("value=2>"))
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
bs = threading.BoundedSemaphore(2)
with bs:
    print(repr(bs).endswith("value=1/2>"))
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

ev = threading.Event()
print(repr(ev).endswith(": unset>"), ev.is_set(), ev.wait(0.01))
ev.set()
print(repr(ev).endswith(": set>"), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set())

# Event wakes every waiter.
start = threading.Event()
woke = []
wl = threading.Lock()


def sleeper(i):
    start.wait()
    with wl:
        woke.append(i)


ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
start.set()
for t in ts:
    t.join()
print(sorted(woke))

# Barrier with an action; one index per party; reuse across generations.
actions = []
bar = threading.Barrier(3, action=lambda: actions.append("go"))
print(bar.parties, bar.n_waiting, bar.broken, repr(bar).endswith("waiters=0/3>"))
idx = []


def party():
    for _ in range(2):
        i = bar.wait()
        with wl:
            idx.append(i)


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(idx), actions)
bar.abort()
print("broken:", bar.broken, repr(bar).endswith("broken>"))
try:
    bar.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), isinstance(e, RuntimeError))
bar.reset()
print("after reset:", bar.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
timed = threading.Barrier(2)
try:
    timed.wait(timeout=0.02)
except threading.BrokenBarrierError:
    print("timed out; broken:", timed.broken)

fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
tm.start()
tm.join()
tm2 = threading.Timer(60, fired.append, args=["never"])
tm2.start()
tm2.cancel()
tm2.join()
print(fired, tm2.finished.is_set())
