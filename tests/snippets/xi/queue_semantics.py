# Cross-interpreter queue semantics: errors, bounds, identity, sharing
# queues through queues, and items outliving the interpreter that put them.
import queue
from test.support import interpreters
from test.support.interpreters import queues

q = queues.create()
# (CPython 3.13 reports full() True for an unbounded queue; not printed.)
print(type(q).__name__, repr(q) == f"Queue({q.id})", q.maxsize, q.qsize(), q.empty())
try:
    q.get_nowait()
except queues.QueueEmpty as e:
    print("empty:", type(e).__name__, isinstance(e, queue.Empty), isinstance(e, queues.QueueError), isinstance(e, RuntimeError))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

small = queues.create(maxsize=1)
small.put_nowait(b"x")
print("full:", small.full(), small.qsize())
try:
    small.put_nowait(b"y")
except queues.QueueFull as e:
    print("full:", type(e).__name__, isinstance(e, queue.Full))
print(small.get_nowait(), small.empty())

# Values keep their type and value.
values = [0, 1, -1, 2**62, -2**62, 2**63 - 1, -2**63, 0.0, -0.0, 1e-300, float("inf"),
          "", "a", "\u00e9", "\u65e5\u672c\u8a9e", "\U0001f600", b"", b"\x00\x80\xff",
          (), (1,), ((), ((),)), (None, True, False), None, True, False]
for v in values:
    q.put(v)
out = [q.get() for _ in values]
print(all(type(a) is type(b) and (a == b or a != a) for a, b in zip(values, out)))
print(out[8], out[10], out[13], out[14])

# (CPython 3.13 pickles non-shareable objects put on a queue; Weft raises
# NotShareableError, as channels do: see channel_semantics.py.)

# A queue passes through a queue and comes out as the same queue.
carrier = queues.create()
carrier.put(q)
q2 = carrier.get()
print(q2 == q, q2.id == q.id, hash(q2) == hash(q))
q2.put("through the copy")
print(q.get())

# Subinterpreters put and get; the main interpreter sees their items.
interp = interpreters.create()
interp.exec("from test.support.interpreters import queues")
interp.prepare_main(q=q)
q.put(21)
interp.exec("x = q.get(); q.put(('from sub', x * 2))")
print(q.get())
interp.close()
print("done")
