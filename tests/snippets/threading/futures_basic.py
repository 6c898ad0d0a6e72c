# concurrent.futures: Future states and reprs, callbacks, wait modes,
# as_completed, map (order, timeout, errors), shutdown and cancellation.
import concurrent.futures as cf
import threading


def scrub(s):
    i = s.find(" at 0x")
    if i < 0:
        return s
    j = s.find(" ", i + 4)
    return s[:i] + " at 0x?" + s[j:]


def r(f):
    return scrub(repr(f))


f = cf.Future()
print(r(f), f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), r(f), f.running(), f.cancel())
f.set_result([1])
print(r(f), f.done(), f.result(), f.exception())
try:
    f.set_result(2)
except cf.InvalidStateError as e:
    print("InvalidStateError:", scrub(str(e)))
g = cf.Future()
g.set_exception(ValueError("nope"))
print(r(g), repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print("result raised:", e)
h = cf.Future()
try:
    h.result(timeout=0.01)
except TimeoutError:
    print("TimeoutError", cf.TimeoutError is TimeoutError)
print(h.cancel(), h.cancel(), h.cancelled(), h.done(), r(h))
for m in (h.result, h.exception):
    try:
        m()
    except cf.CancelledError:
        print("CancelledError")
calls = []
k = cf.Future()
k.add_done_callback(lambda fut: calls.append(("first", fut.result())))
k.add_done_callback(lambda fut: calls.append(("second", fut.result())))
k.set_result(7)
k.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print(calls)

print(issubclass(cf.BrokenExecutor, RuntimeError), issubclass(cf.CancelledError, Exception))
for kw in ({"max_workers": 0}, {"max_workers": -1}):
    try:
        cf.ThreadPoolExecutor(**kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    cf.ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)

gate = threading.Event()


def blocked(x):
    gate.wait()
    return x


def quick(x):
    return x * 2


def bad(x):
    raise ArithmeticError(f"bad {x}")


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    slow = ex.submit(blocked, "slow")
    fast = ex.submit(quick, 21)
    done, not_done = cf.wait([slow, fast], return_when=cf.FIRST_COMPLETED)
    print("first completed:", [x.result() for x in done], len(not_done))
    res = cf.wait([slow, fast], timeout=0.01)
    print("timeout wait:", len(res.done), len(res.not_done), res == (res.done, res.not_done))
    try:
        for x in cf.as_completed([slow, fast], timeout=0.05):
            print("as_completed yielded", x.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
    gate.set()
    print("all:", sorted(str(x.result()) for x in cf.as_completed([slow, fast])))
    failing = [ex.submit(bad, 1), ex.submit(quick, 2)]
    done, not_done = cf.wait(failing, return_when=cf.FIRST_EXCEPTION)
    print("first exception:", any(x.exception() is not None for x in done))
    print("map:", list(ex.map(quick, range(6))), list(ex.map(pow, [2, 3], [3, 2], [5, 5])))
    it = ex.map(bad, [1, 2])
    try:
        next(it)
    except ArithmeticError as e:
        print("map raised:", e)
print("pool thread names:", sorted({t.name.rsplit("_", 1)[0] for t in threading.enumerate()} - {"MainThread"}))

ex = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo")
gate2 = threading.Event()
started = threading.Event()


def hold():
    started.set()
    return gate2.wait()


first = ex.submit(hold)
started.wait()
queued = [ex.submit(quick, i) for i in range(3)]
names = ex.submit(lambda: threading.current_thread().name)
ex.shutdown(wait=False, cancel_futures=True)
gate2.set()
print("cancelled:", [q.cancelled() for q in queued], names.cancelled(), first.result())
try:
    ex.submit(quick, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

inits = []
with cf.ThreadPoolExecutor(max_workers=1, initializer=inits.append, initargs=("init",)) as ex:
    print(ex.submit(lambda: threading.current_thread().name).result().startswith("ThreadPoolExecutor-"))
print(inits)
