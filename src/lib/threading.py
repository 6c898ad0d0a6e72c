"""Thread objects and synchronisation primitives (Weft's threading module).

The blocking pieces (OS threads, Lock, RLock) come from the native
``_thread`` module; everything here is built on them.  A Thread holds its
``_done`` lock from start() until its bootstrap finishes, so join() is a
lock acquire (a real blocking wait, never a spin).
"""

import _thread
import sys as _sys
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace',
           'setprofile_all_threads', 'settrace_all_threads']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _thread.LockType
_CRLock = _thread.RLock

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from threading."""
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    setprofile(func)


def getprofile():
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from threading."""
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    settrace(func)


def gettrace():
    return _trace_hook


def RLock(*args, **kwargs):
    """A reentrant lock: the owning thread may acquire it again."""
    if args or kwargs:
        raise TypeError("RLock() takes no arguments")
    return _CRLock()


class Condition:
    """A condition variable over a lock (an RLock by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
        if hasattr(lock, '_acquire_restore'):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                # A timed-out waiter released its own lock already.
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    """A counter: acquire() blocks while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    def __enter__(self, blocking=True, timeout=None):
        return self.acquire(blocking, timeout)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


# Barrier states.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Blocks `parties` threads until all of them have called wait()."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (_DRAINING, _RESETTING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _FILLING

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _exit(self):
        if self._count == 0:
            if self._state in (_RESETTING, _DRAINING):
                self._state = _FILLING
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


# ---- threads -------------------------------------------------------------------

_counter_lock = _allocate_lock()
_counter = 0


def _newname(template="Thread-%d"):
    global _counter
    with _counter_lock:
        _counter += 1
        n = _counter
    return template % n


# Reentrant (as CPython 3.13's): a trace function set by threading.settrace
# runs inside `with _active_limbo_lock:` blocks and may call current_thread(),
# which takes it again for a thread already removed from _active.
_active_limbo_lock = _CRLock()
_active = {}    # ident -> Thread, for running threads
_limbo = {}     # started, bootstrap not yet running
_shutdown_hooks = []


class ExceptHookArgs:
    """The argument of threading.excepthook."""

    def __init__(self, args):
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = args

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))

    def __getitem__(self, i):
        return (self.exc_type, self.exc_value, self.exc_traceback, self.thread)[i]

    def __len__(self):
        return 4

    def __repr__(self):
        return ("ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % (self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def _print_exception(exc, file):
    import traceback
    file.write(''.join(traceback.format_exception(exc)))


def excepthook(args, /):
    """Report an exception that escaped Thread.run() on stderr."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    _sys.stdout.flush()
    stderr.write(f"Exception in thread {name}:\n")
    _print_exception(args.exc_value, stderr)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    try:
        hook = excepthook
        hook(ExceptHookArgs((type(exc), exc, exc.__traceback__, thread)))
    except BaseException as e:
        stderr = _sys.stderr
        if stderr is not None:
            stderr.write("Exception in threading.excepthook:\n")
            _print_exception(e, stderr)
            stderr.flush()


class Thread:
    """A thread of control running `target(*args, **kwargs)` (or run())."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _thread.daemon_threads_allowed():
                raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._done = _allocate_lock()
        self._locals = []
        self._stderr = _sys.stderr
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._done.acquire()
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            self._done.release()
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Avoid a refcycle if the thread is running a function with an
            # argument that has a member that points to the thread.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            if _trace_hook is not None:
                _sys.settrace(_trace_hook)
            if _profile_hook is not None:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except BaseException as exc:
                _invoke_excepthook(self, exc)
        finally:
            self._delete()

    def _delete(self):
        ident = self._ident
        for impl in self._locals:
            impl.dicts.pop(ident, None)
        self._locals = []
        with _active_limbo_lock:
            _active.pop(ident, None)
            self._is_stopped = True
        self._done.release()

    def _wait_done(self, timeout):
        if self._done.acquire(True, timeout):
            self._done.release()
            return True
        return False

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is None:
            self._wait_done(-1)
        else:
            self._wait_done(max(timeout, 0))

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _thread.daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Call a function after a number of seconds (cancel() stops it)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._done.acquire()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """A thread not started by threading (e.g. by _thread directly)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=_thread.daemon_threads_allowed())
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        return not self._is_stopped and self._started.is_set()

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    """The Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    return current_thread()


def active_count():
    """Number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    return active_count()


def enumerate():
    """All Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """The main Thread object."""
    return _main_thread


def _register_atexit(func, *arg, **kwargs):
    """Run func(*arg, **kwargs) at interpreter exit, before the non-daemon
    threads are joined (concurrent.futures stops its workers with it)."""
    _shutdown_hooks.append((func, arg, kwargs))


def _shutdown():
    """Wait for every non-daemon thread; the weft command calls this at exit
    before the atexit handlers, as CPython does."""
    if _main_thread._is_stopped:
        return
    while _shutdown_hooks:
        func, arg, kwargs = _shutdown_hooks.pop()
        func(*arg, **kwargs)
    # The main thread is finished.
    _main_thread._is_stopped = True
    if _main_thread._done.locked():
        _main_thread._done.release()
    me = current_thread()
    while True:
        with _active_limbo_lock:
            pending = [t for t in list(_active.values()) + list(_limbo.values())
                       if not t._daemonic and t is not me and not t._is_stopped]
        if not pending:
            break
        for t in pending:
            t._wait_done(-1)


_main_thread = _MainThread()


# ---- thread-local data ---------------------------------------------------------

class _LocalImpl:
    __slots__ = ('dicts', 'args', 'kwargs')

    def __init__(self, args, kwargs):
        self.dicts = {}
        self.args = args
        self.kwargs = kwargs


def _local_dict(self):
    impl = object.__getattribute__(self, '_local__impl')
    ident = get_ident()
    d = impl.dicts.get(ident)
    if d is None:
        d = {}
        impl.dicts[ident] = d
        current_thread()._locals.append(impl)
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *impl.args, **impl.kwargs)
    return d


def _type_data_descr(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            attr = klass.__dict__[name]
            if hasattr(type(attr), '__set__'):
                return attr
            return None
    return None


def _no_attribute(self, name):
    tname = type(self).__name__
    if type(self) is _local:
        tname = '_thread._local'
    return AttributeError("'%s' object has no attribute '%s'" % (tname, name))


class _local:
    """Thread-local data: each thread sees its own attributes."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl(args, kw)
        object.__setattr__(self, '_local__impl', impl)
        impl.dicts[get_ident()] = {}
        current_thread()._locals.append(impl)
        return self

    def __getattribute__(self, name):
        if name == '_local__impl':
            return object.__getattribute__(self, name)
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name[:2] != '__' and name in d:
            if _type_data_descr(type(self), name) is None:
                return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError as e:
            if type(self) is _local and str(e) == "'_local' object has no attribute '%s'" % name:
                raise _no_attribute(self, name) from None
            raise

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only" % type(self).__name__)
        d = _local_dict(self)
        if _type_data_descr(type(self), name) is not None:
            object.__setattr__(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only" % type(self).__name__)
        d = _local_dict(self)
        if _type_data_descr(type(self), name) is not None:
            object.__delattr__(self, name)
        elif name in d:
            del d[name]
        else:
            raise _no_attribute(self, name)


_local.__module__ = '_thread'
local = _local
_thread._local = _local
