"""Cross-interpreter queues (PEP 734).

A queue is a native object holding a handle on a queue shared by every
interpreter that has it; put/get are native calls (no Python-level
wrapper on the hot path). Only shareable objects may be put (None, bool,
int, float, str, bytes, tuples of these, queues and channel ends);
anything else raises NotShareableError.
"""

import queue as _stdqueue
import _interpqueues as _queues
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


class _UnboundItem:
    __slots__ = ('_name',)

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return self._name


UNBOUND = _UnboundItem(f'{__name__}.UNBOUND')
UNBOUND_ERROR = _UnboundItem(f'{__name__}.UNBOUND_ERROR')
UNBOUND_REMOVE = _UnboundItem(f'{__name__}.UNBOUND_REMOVE')

_UNBOUND_OPS = {UNBOUND_REMOVE: 1, UNBOUND_ERROR: 2, UNBOUND: 3}


def _serialize_unbound(unbound):
    try:
        return _UNBOUND_OPS[unbound]
    except (KeyError, TypeError):
        raise NotImplementedError(f'unsupported unbound replacement object {unbound!r}') from None


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
