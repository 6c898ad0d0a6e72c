# Cross-interpreter channel semantics (CPython 3.13's layout): blocking and
# non-blocking send/recv, timeouts, close from either end, channel ends as
# shareable values.
import threading
import time
from test.support import interpreters
from test.support.interpreters import channels

r, s = channels.create()
print(repr(r) == f"RecvChannel(id={r.id})", repr(s) == f"SendChannel(id={s.id})", int(r.id) == int(s.id))
print(r.is_closed, s.is_closed)

# send_nowait enqueues; recv takes in order.
for i in range(3):
    s.send_nowait(i)
print([r.recv() for _ in range(3)])
try:
    r.recv_nowait()
except channels.ChannelEmptyError as e:
    print("empty:", type(e).__name__, isinstance(e, channels.ChannelError), isinstance(e, RuntimeError))
print(r.recv_nowait(None), r.recv_nowait(default=7))

# recv with a timeout (CPython 3.13 truncates it to whole seconds)
try:
    r.recv(timeout=0.1)
except TimeoutError as e:
    print("recv timeout:", repr(e))

# A blocking send waits for the receiver; with a timeout the item is withdrawn.
try:
    s.send("never received", timeout=0.1)
except TimeoutError as e:
    print("send timeout:", repr(e))
print("withdrawn:", r.recv_nowait(None))
got = []
def receiver():
    time.sleep(0.1)
    got.append(r.recv())
t = threading.Thread(target=receiver)
t.start()
s.send(("payload", 1))
t.join()
print("received before send returned:", got)

# Closing: the receiving end refuses while items wait; the sending end
# lets the receiver drain, then everything reports closed.
s.send_nowait("a")
s.send_nowait("b")
try:
    r.close()
except channels.ChannelError as e:
    print(type(e).__name__)
s.close()
print(s.is_closed)
try:
    s.send_nowait("c")
except channels.ChannelClosedError as e:
    print("send:", type(e).__name__)
print(r.recv(), r.recv())
for f in (r.recv_nowait, r.recv):
    try:
        f()
    except channels.ChannelClosedError as e:
        print("recv:", type(e).__name__)
print(r.is_closed)

# A blocked receiver is woken by the close.
r2, s2 = channels.create()
result = []
def blocked():
    try:
        r2.recv()
    except channels.ChannelClosedError:
        result.append("closed")
t = threading.Thread(target=blocked)
t.start()
time.sleep(0.1)
s2.close()
t.join()
print("blocked receiver:", result)

# Not shareable
r4, s4 = channels.create()
for bad in ([1], {}, (1, {2}), object()):
    try:
        s4.send_nowait(bad)
    except interpreters.NotShareableError as e:
        print("not shareable:", type(bad).__name__)

# Channel ends cross to a subinterpreter, which answers on another one.
back_r, back_s = channels.create()
interp = interpreters.create()
interp.exec("from test.support.interpreters import channels")
interp.prepare_main(inbox=r4, outbox=back_s)
s4.send_nowait((1, 2, 3))
s4.send_nowait(back_s)
interp.exec("""
t = inbox.recv()
out2 = inbox.recv()
outbox.send_nowait(sum(t))
out2.send_nowait(type(out2).__name__)
""")
print(back_r.recv(), back_r.recv())
interp.close()
print("done")
