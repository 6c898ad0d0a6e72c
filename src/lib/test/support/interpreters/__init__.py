"""Subinterpreters High Level Module, at CPython 3.13's location.

The same API as concurrent.interpreters (PEP 734); the queue names come
from the queues submodule, laid out as CPython 3.13 has them.
"""

from concurrent.interpreters import (
    get_current, get_main, create, list_all, is_shareable,
    Interpreter,
    InterpreterError, InterpreterNotFoundError, ExecutionFailed,
    NotShareableError,
)

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter',
    'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed',
    'NotShareableError',
    'create_queue', 'Queue', 'QueueEmpty', 'QueueFull',
]


def __getattr__(name):
    if name in ('Queue', 'QueueEmpty', 'QueueFull', 'QueueError', 'create_queue'):
        from .queues import create as create_queue, Queue, QueueEmpty, QueueFull, QueueError
        g = globals()
        g['QueueError'] = QueueError
        g['create_queue'] = create_queue
        g['Queue'] = Queue
        g['QueueEmpty'] = QueueEmpty
        g['QueueFull'] = QueueFull
        return g[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
