# Channels between interpreters (CPython 3.13's test.support.interpreters
# layout; runs unchanged on CPython 3.13 and on Weft).
#
# A worker interpreter receives numbers on one channel and answers on
# another; the main interpreter closes its sending end when done and the
# worker drains what was sent before it sees ChannelClosedError.
import threading

from test.support import interpreters
from test.support.interpreters import channels

# Subinterpreters import the channels module before ends are handed to
# them (CPython 3.13 needs it to rebuild the channel-end objects).
SETUP = "from test.support.interpreters import channels"

requests_r, requests_s = channels.create()
answers_r, answers_s = channels.create()
print("created:", requests_r, requests_s)

worker = interpreters.create()
worker.exec(SETUP)
worker.prepare_main(inbox=requests_r, outbox=answers_s)

# send_nowait only enqueues; the worker is not running yet.
for n in range(1, 6):
    requests_s.send_nowait(n)
requests_s.send_nowait(("label", "squares", b"\x01\x02", 2.5, None, True))
requests_s.close()   # the worker may still drain what was sent

worker.exec("""
total = 0
while True:
    try:
        item = inbox.recv()
    except channels.ChannelClosedError:
        break
    if isinstance(item, int):
        total += item * item
        outbox.send_nowait(item * item)
    else:
        outbox.send_nowait(item)
outbox.send_nowait(('total', total))
""")
print("answers:", [answers_r.recv() for _ in range(7)])
try:
    requests_s.send_nowait(99)
except channels.ChannelClosedError as e:
    print("send after close:", type(e).__name__)

# A blocking send returns once the item is received: a thread running
# the worker interpreter receives them one by one.
ping_r, ping_s = channels.create()
pong_r, pong_s = channels.create()
worker.prepare_main(ping=ping_r, pong=pong_s)
t = threading.Thread(target=worker.exec, args=("""
while (msg := ping.recv()) != 'stop':
    pong.send_nowait(msg.upper())
""",))
t.start()
for word in ("alpha", "beta", "gamma"):
    ping_s.send(word)          # waits until the worker has taken it
    print("pong:", pong_r.recv(timeout=30))
ping_s.send("stop")
t.join()

# Nothing is waiting: the non-blocking forms say so.
try:
    pong_r.recv_nowait()
except channels.ChannelEmptyError as e:
    print("empty:", type(e).__name__)
print("default:", pong_r.recv_nowait("nothing"))

# Only shareable objects cross.
try:
    ping_s.send_nowait([1, 2, 3])
except interpreters.NotShareableError as e:
    print("not shareable:", type(e).__name__, "is ValueError:", isinstance(e, ValueError))

# Channel ends are themselves shareable: hand one to the worker.
extra_r, extra_s = channels.create()
ping_s.send_nowait(extra_s)
worker.exec("ping.recv().send_nowait('via a passed channel end')")
print("extra:", extra_r.recv())
worker.close()
print("done")
