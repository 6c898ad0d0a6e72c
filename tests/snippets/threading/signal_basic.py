# signal: handlers run in the main thread; getsignal/signal return the
# previous handler; SIG_IGN / SIG_DFL; errors.
import signal
import threading

print(signal.SIGINT, repr(signal.SIGTERM), int(signal.SIGUSR1), signal.SIGTERM.name)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGUSR1)), repr(signal.SIG_IGN), signal.SIG_DFL == 0)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))

got = []


def handler(signum, frame):
    got.append((signum, threading.current_thread() is threading.main_thread()))


old = signal.signal(signal.SIGUSR1, handler)
print("previous:", repr(old))
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print("handled:", got)

print("replaced:", signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print("ignored, still running:", got == [(10, True), (10, True)], repr(signal.getsignal(signal.SIGUSR1)))

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))


def boom(signum, frame):
    raise RuntimeError(f"from handler {signum}")


signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print("RuntimeError:", e)

errors = []


def from_thread():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as e:
        errors.append(str(e))


t = threading.Thread(target=from_thread)
t.start()
t.join()
print(errors)
for bad in (lambda: signal.signal(signal.SIGUSR1, 42), lambda: signal.signal(signal.SIGUSR1, "x")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for bad in (lambda: signal.signal(0, handler), lambda: signal.getsignal(1000)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print("OSError:", e)
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("SIGINT ignored")
signal.signal(signal.SIGINT, signal.default_int_handler)
print("restored:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
