"""Cross-interpreter queues (PEP 734).

A queue is a native object holding a handle on a queue shared by every
interpreter that has it; put/get are native calls (no Python-level
wrapper on the hot path). Only shareable objects may be put (None, bool,
int, float, str, bytes, tuples of these, queues and channel ends);
anything else raises NotShareableError.
"""

import queue as _stdqueue
import _interpqueues as _queues
from concurrent.interpreters import _crossinterp
from _interpqueues import QueueError, QueueNotFoundError, Queue, NotShareableError

__all__ = [
    'UNBOUND', 'UNBOUND_ERROR', 'UNBOUND_REMOVE',
    'create', 'list_all',
    'Queue',
    'QueueError', 'QueueNotFoundError', 'QueueEmpty', 'QueueFull',
    'ItemInterpreterDestroyed',
]


class QueueEmpty(QueueError, _stdqueue.Empty):
    """Raised from get_nowait() when the queue is empty.

    It is also raised from get() if it times out.
    """


class QueueFull(QueueError, _stdqueue.Full):
    """Raised from put_nowait() when the queue is full.

    It is also raised from put() if it times out.
    """


class ItemInterpreterDestroyed(QueueError):
    """Raised from get() and get_nowait() for an item whose interpreter
    was destroyed, when it was put with unbound=UNBOUND_ERROR."""


UNBOUND, UNBOUND_ERROR, UNBOUND_REMOVE, _serialize_unbound = _crossinterp.unbound_kinds(__name__)


def create(maxsize=0, *, syncobj=False, unbounditems=UNBOUND):
    """Return a new cross-interpreter queue (maxsize 0: unbounded).

    "unbounditems" sets what get() does with an item whose interpreter
    was destroyed before it was taken: UNBOUND (the default) returns
    UNBOUND in its place, UNBOUND_ERROR raises ItemInterpreterDestroyed,
    UNBOUND_REMOVE drops it.
    """
    return _queues.create(maxsize, _serialize_unbound(unbounditems))


def list_all():
    """Return a list of all open queues."""
    return _queues.list_all()


_queues._register_heap_types(QueueEmpty, QueueFull, ItemInterpreterDestroyed,
                             UNBOUND, UNBOUND_REMOVE, UNBOUND_ERROR)
