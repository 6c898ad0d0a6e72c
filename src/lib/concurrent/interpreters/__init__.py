"""Subinterpreters (PEP 734): run Python code in isolated interpreters
of this process, each with its own modules, builtins and __main__, and
pass shareable data between them through queues.

The work is done by the native _interpreters module; this module gives
it the PEP's object interface.
"""

import threading
import _interpreters
from _interpreters import (
    InterpreterError, InterpreterNotFoundError, NotShareableError, is_shareable,
)

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter',
    'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed',
    'NotShareableError',
    'create_queue', 'Queue', 'QueueEmpty', 'QueueFull',
]

# The queue names come from the queue module on first use, so creating
# and running an interpreter does not import it.
_QUEUE_NAMES = ('Queue', 'QueueEmpty', 'QueueFull', 'QueueError', 'create_queue')


def _queue_module():
    from . import _queues
    return _queues


def __getattr__(name):
    if name in _QUEUE_NAMES:
        q = _queue_module()
        g = globals()
        g['create_queue'] = q.create
        g['Queue'] = q.Queue
        g['QueueEmpty'] = q.QueueEmpty
        g['QueueFull'] = q.QueueFull
        g['QueueError'] = q.QueueError
        return g[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_EXEC_FAILURE_STR = """
{superstr}

Uncaught in the interpreter:

{formatted}
""".strip()


class _ExcType:
    """What is known of the remote exception's class: its names."""

    def __init__(self, name, qualname, module):
        self.__name__ = name
        self.__qualname__ = qualname
        self.__module__ = module

    def __repr__(self):
        return f'<exception type {self.__module__}.{self.__qualname__}>'


class _ExcInfo:
    """A snapshot of an exception raised in another interpreter."""

    def __init__(self, raw):
        name, qualname, module, msg, formatted, errdisplay = raw
        self.type = _ExcType(name, qualname, module)
        self.msg = msg
        self.formatted = formatted
        self.errdisplay = errdisplay

    def __repr__(self):
        return (f'ExceptionSnapshot(type={self.type.__qualname__!r}, '
                f'msg={self.msg!r}, formatted={self.formatted!r})')


class ExecutionFailed(InterpreterError):
    """An unhandled exception happened during execution.

    This is raised from Interpreter.exec() and Interpreter.call().
    """

    def __init__(self, excinfo):
        if isinstance(excinfo, tuple):
            excinfo = _ExcInfo(excinfo)
        msg = excinfo.formatted
        if not msg:
            if excinfo.type and excinfo.msg:
                msg = f'{excinfo.type.__name__}: {excinfo.msg}'
            else:
                msg = excinfo.type.__name__ or excinfo.msg
        super().__init__(msg)
        self.excinfo = excinfo

    def __str__(self):
        formatted = getattr(self.excinfo, 'errdisplay', None)
        if not formatted:
            return super().__str__()
        return _EXEC_FAILURE_STR.format(superstr=super().__str__(), formatted=formatted.rstrip())


def create():
    """Return a new (idle) Python interpreter."""
    id = _interpreters.create()
    return Interpreter(id, _whence=_interpreters.WHENCE_STDLIB)


def list_all():
    """Return all existing interpreters."""
    return [Interpreter(id, _whence=whence) for id, whence in _interpreters.list_all()]


def get_current():
    """Return the currently running interpreter."""
    id, whence = _interpreters.get_current()
    return Interpreter(id, _whence=whence)


def get_main():
    """Return the main interpreter."""
    id, whence = _interpreters.get_main()
    return Interpreter(id, _whence=whence)


_known = {}

_WHENCE_NAMES = {
    0: 'unknown',
    1: 'runtime init',
    2: 'legacy C-API',
    3: 'C-API',
    4: 'cross-interpreter C-API',
    5: '_interpreters module',
}


class Interpreter:
    """A single Python interpreter.

    Attributes:

    "id" - the unique process-global ID number for the interpreter
    "whence" - indicates where the interpreter was created

    If the interpreter wasn't created by this module
    then any method that modifies the interpreter will fail,
    i.e. .close(), .prepare_main(), .exec(), and .call()
    """

    def __new__(cls, id, /, _whence=None):
        if not isinstance(id, int):
            raise TypeError(f'id must be an int, got {id!r}')
        self = _known.get(id)
        if self is None:
            if _whence is None:
                _whence = _interpreters.whence(id)
            self = super().__new__(cls)
            self._id = id
            self._whence = _WHENCE_NAMES.get(_whence, 'unknown')
            _known[id] = self
        return self

    def __repr__(self):
        return f'{type(self).__name__}({self.id})'

    def __hash__(self):
        return hash(self._id)

    def __eq__(self, other):
        if not isinstance(other, Interpreter):
            return NotImplemented
        return self._id == other._id

    def __reduce__(self):
        return (type(self), (self._id,))

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        return self._whence

    def is_running(self):
        """Return whether or not the identified interpreter is running."""
        return _interpreters.is_running(self._id)

    def close(self):
        """Finalize and destroy the interpreter.

        Attempting to destroy the current interpreter results
        in an InterpreterError.
        """
        _interpreters.destroy(self._id)
        _known.pop(self._id, None)

    def prepare_main(self, ns=None, /, **kwargs):
        """Bind the given values into the interpreter's __main__.

        The values must be shareable.
        """
        if ns is None:
            ns = kwargs
        elif kwargs:
            ns = dict(ns, **kwargs)
        else:
            ns = dict(ns)
        _interpreters.set___main___attrs(self._id, ns)

    def exec(self, code, /):
        """Run the given source code in the interpreter.

        This is essentially the same as calling the builtin "exec"
        with this interpreter, using the __dict__ of its __main__
        module as both globals and locals.

        There is no return value.

        If the code raises an unhandled exception then an ExecutionFailed
        exception is raised, which summarizes the unhandled exception.
        The actual exception is discarded because objects cannot be
        shared between interpreters.

        This blocks the current Python thread until done.  During
        that time, the previous interpreter is allowed to run
        in other threads.
        """
        excinfo = _interpreters.exec(self._id, code)
        if excinfo is not None:
            raise ExecutionFailed(excinfo)

    def _call(self, callable, args, kwargs):
        res, excinfo = _interpreters.call(self._id, callable, args, kwargs)
        if excinfo is not None:
            raise ExecutionFailed(excinfo)
        return res

    def call(self, callable, /, *args, **kwargs):
        """Call the object in the interpreter with given args/kwargs.

        The function (without closure) and the arguments must be
        shareable; so is the return value.  If the callable raises an
        exception, ExecutionFailed is raised.
        """
        return self._call(callable, args, kwargs)

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Return a new thread that calls the object in the interpreter.

        The return value and any raised exception are discarded.
        """
        t = threading.Thread(target=self._call, args=(callable, args, kwargs))
        t.start()
        return t
