"""Cross-interpreter queues, laid out as CPython 3.13's
test.support.interpreters.queues (the implementation is
concurrent.interpreters._queues)."""

from concurrent.interpreters._queues import (
    UNBOUND, UNBOUND_ERROR, UNBOUND_REMOVE,
    create, list_all,
    Queue,
    QueueError, QueueNotFoundError, QueueEmpty, QueueFull,
    ItemInterpreterDestroyed,
)

__all__ = [
    'UNBOUND', 'UNBOUND_ERROR', 'UNBOUND_REMOVE',
    'create', 'list_all',
    'Queue',
    'QueueError', 'QueueNotFoundError', 'QueueEmpty', 'QueueFull',
    'ItemInterpreterDestroyed',
]
