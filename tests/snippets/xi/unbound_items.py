# Items left in a queue or channel by an interpreter that was closed
# (PEP 734 "unbound" items): replaced by UNBOUND (the default), removed,
# or an error, as chosen when the queue was made or per put.
# (Channels: CPython 3.13 also closes a channel whose ends were all used
# by the closed interpreter; Weft does not track ends per interpreter.)
from test.support import interpreters
from test.support.interpreters import queues, channels

SETUP = "from test.support.interpreters import queues, channels"

def leave_items(**objs):
    interp = interpreters.create()
    interp.exec(SETUP)
    interp.prepare_main(**objs)
    return interp

q_default = queues.create()
q_remove = queues.create(unbounditems=queues.UNBOUND_REMOVE)
q_error = queues.create(unbounditems=queues.UNBOUND_ERROR)
mixed = queues.create()
interp = leave_items(a=q_default, b=q_remove, c=q_error, d=mixed)
interp.exec("""
a.put(1); a.put(2)
b.put(1); b.put(2)
c.put(1)
d.put('kept?', unbound=queues.UNBOUND_REMOVE)
d.put('replaced', unbound=queues.UNBOUND)
""")
q_default.put("from main")
print("before close:", q_default.qsize(), q_remove.qsize(), q_error.qsize(), mixed.qsize())
interp.close()
print("after close:", q_default.qsize(), q_remove.qsize(), q_error.qsize(), mixed.qsize())
print(q_default.get() is queues.UNBOUND, q_default.get() is queues.UNBOUND, q_default.get())
print("removed:", q_remove.empty())
try:
    q_error.get()
except queues.ItemInterpreterDestroyed as e:
    print("error:", type(e).__name__, isinstance(e, queues.QueueError))
print(mixed.get() is queues.UNBOUND, mixed.empty())

print("done")
