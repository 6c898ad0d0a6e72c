# Thread objects: names, reprs, daemon flags, errors, identities,
# thread-local data, excepthook, and waiting for threads at exit.
import threading
import atexit

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon, main.is_alive())
print(repr(main).startswith("<_MainThread(MainThread, started "))
print(threading.get_ident() == main.ident, isinstance(threading.get_native_id(), int))


def work(x, y=0):
    return x + y


t = threading.Thread(target=work, args=(1,), kwargs={"y": 2})
print(t.name.startswith("Thread-"), t.name.endswith(" (work)"), t.ident, t.native_id, t.is_alive())
print(repr(t).endswith(" (work), initial)>"))
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
t.join()
print(repr(t).endswith(", stopped " + str(t.ident) + ")>"), t.is_alive(), t.ident != main.ident)
for bad in (t.start, lambda: setattr(t, "daemon", True)):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    main.join()
except RuntimeError as e:
    print("RuntimeError:", e)

n = threading.Thread(name=123)
print(repr(n.name), n.daemon)
n.name = "renamed"
n.daemon = True
print(n.name, n.daemon, n.getName(), n.isDaemon())


def child_flags():
    inner = threading.Thread(target=lambda: None)
    flags.append(inner.daemon)


flags = []
d = threading.Thread(target=child_flags, daemon=True)
d.start()
d.join()
print("daemon inherited:", flags)

seen = []


class Worker(threading.Thread):
    def __init__(self, k):
        super().__init__(name=f"worker-{k}")
        self.k = k

    def run(self):
        seen.append((self.k, threading.current_thread().name, threading.current_thread() is self))


ws = [Worker(k) for k in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(sorted(seen))
print("active:", threading.active_count(), [x.name for x in threading.enumerate()])

hooked = []


def hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))


threading.excepthook = hook


def fails():
    raise KeyError("missing")


f = threading.Thread(target=fails, name="failing")
f.start()
f.join()
ex = threading.Thread(target=lambda: (_ for _ in ()).throw(SystemExit(3)), name="exiting")
ex.start()
ex.join()
print(hooked)
threading.excepthook = threading.__excepthook__

loc = threading.local()
loc.x = "main"
got = []


def read_local():
    got.append(hasattr(loc, "x"))
    loc.x = threading.current_thread().name
    got.append(loc.x)
    try:
        del loc.nothing
    except AttributeError as e:
        got.append(str(e))


lt = threading.Thread(target=read_local, name="reader")
lt.start()
lt.join()
print(got, loc.x, loc.__dict__)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)


class Counter(threading.local):
    def __init__(self, start):
        self.value = start

    def bump(self):
        self.value += 1
        return self.value


cnt = Counter(10)
cnt.bump()
vals = []
ct = threading.Thread(target=lambda: vals.append((cnt.bump(), cnt.bump())))
ct.start()
ct.join()
print("local subclass:", vals, cnt.value)

# A non-daemon thread still running when the main program ends is waited
# for before atexit handlers run.
atexit.register(lambda: print("atexit handler"))
release = threading.Lock()
release.acquire()


def late():
    with release:
        print("late thread finishing")


threading.Thread(target=late).start()
print("main program ends")
release.release()
