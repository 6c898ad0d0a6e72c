"""ThreadPoolExecutor: a pool of worker threads fed by a work queue."""

import _thread
import queue
import threading
from concurrent.futures import _base

# Set at interpreter exit (threading._shutdown runs _python_exit before it
# joins the non-daemon threads): idle workers then exit.
_shutdown = False
_global_shutdown_lock = threading.Lock()
# Every live worker and its executor's work queue.
_threads_queues = {}


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as exc:
            import sys
            import traceback
            sys.stderr.write('Exception in initializer:\n')
            sys.stderr.write(''.join(traceback.format_exception(exc)))
            executor._initializer_failed()
            return
    while True:
        try:
            work_item = work_queue.get_nowait()
        except queue.Empty:
            # Tell the executor this worker is idle before blocking.
            executor._idle_semaphore.release()
            work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            continue
        # None: the executor (or the interpreter) is shutting down.
        if _shutdown or executor._shutdown:
            executor._shutdown = True
            # Wake the next worker.
            work_queue.put(None)
            return


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


def _cpu_count():
    try:
        return _thread._cpu_count()
    except AttributeError:
        return 1


class ThreadPoolExecutor(_base.Executor):

    _counter_lock = threading.Lock()
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (_cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        with ThreadPoolExecutor._counter_lock:
            n = ThreadPoolExecutor._counter
            ThreadPoolExecutor._counter = n + 1
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % n))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # An idle worker will take the new item.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self, self._work_queue,
                                       self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            # Wake a worker; each one passes the None on.
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
                _threads_queues.pop(t, None)
