"""Weak references (Weft): `ref` is the native `_weakref.ref`; proxies, the
weak containers, `WeakMethod` and `finalize` are written here over it.

Free threading: a weak reference's callback runs in the thread that freed
its referent, at any moment. The containers' removal callbacks therefore
take the container's re-entrant lock, which every mutation takes too, so a
removal can never delete an entry another thread has just re-assigned.
Iteration walks a snapshot of the underlying dict."""

import _thread
from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType, _supports

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_getattr = object.__getattribute__
_setattr = object.__setattr__


def _unwrap(p):
    o = _getattr(p, "_weakref_target")()
    if o is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return o


def _unwrap_arg(x):
    if isinstance(x, (ProxyType, CallableProxyType)):
        return _unwrap(x)
    return x


class _ProxyMethods:

    def __getattribute__(self, name):
        return getattr(_unwrap(self), name)

    def __setattr__(self, name, value):
        setattr(_unwrap(self), name, value)

    def __delattr__(self, name):
        delattr(_unwrap(self), name)

    def __repr__(self):
        o = _unwrap_or_none(self)
        if o is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_unwrap(self))

    def __bytes__(self):
        return bytes(_unwrap(self))

    def __bool__(self):
        return bool(_unwrap(self))

    def __len__(self):
        return len(_unwrap(self))

    def __iter__(self):
        return iter(_unwrap(self))

    def __next__(self):
        return next(_unwrap(self))

    def __reversed__(self):
        return reversed(_unwrap(self))

    def __contains__(self, x):
        return x in _unwrap(self)

    def __getitem__(self, k):
        return _unwrap(self)[k]

    def __setitem__(self, k, v):
        _unwrap(self)[k] = v

    def __delitem__(self, k):
        del _unwrap(self)[k]

    def __index__(self):
        return _unwrap(self).__index__()

    def __int__(self):
        return int(_unwrap(self))

    def __float__(self):
        return float(_unwrap(self))

    def __abs__(self):
        return abs(_unwrap(self))

    def __neg__(self):
        return -_unwrap(self)

    def __pos__(self):
        return +_unwrap(self)

    def __invert__(self):
        return ~_unwrap(self)

    def __eq__(self, o):
        return _unwrap(self) == _unwrap_arg(o)

    def __ne__(self, o):
        return _unwrap(self) != _unwrap_arg(o)

    def __lt__(self, o):
        return _unwrap(self) < _unwrap_arg(o)

    def __le__(self, o):
        return _unwrap(self) <= _unwrap_arg(o)

    def __gt__(self, o):
        return _unwrap(self) > _unwrap_arg(o)

    def __ge__(self, o):
        return _unwrap(self) >= _unwrap_arg(o)

    __hash__ = None


def _unwrap_or_none(p):
    return _getattr(p, "_weakref_target")()


def _binop(name, rname):
    def op(self, other):
        return getattr(_unwrap(self), name)(_unwrap_arg(other))

    def rop(self, other):
        return getattr(_unwrap(self), rname)(_unwrap_arg(other))

    op.__name__ = name
    rop.__name__ = rname
    _proxy_ns[name] = op
    _proxy_ns[rname] = rop


_proxy_ns = {k: v for k, v in _ProxyMethods.__dict__.items()
             if k not in ("__dict__", "__weakref__", "__module__", "__qualname__", "__doc__")}
_proxy_ns["__slots__"] = ("_weakref_target", "__weakref__")


def _proxy_hash(self):
    raise TypeError("unhashable type: '%s'" % _PROXY_NAMES.get(type(self), type(self).__name__))


_proxy_ns["__hash__"] = _proxy_hash


for _n in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod",
           "divmod", "pow", "lshift", "rshift", "and", "or", "xor"):
    _binop("__%s__" % _n, "__r%s__" % _n)

    def _iop(self, other, _n=_n):
        o = _unwrap(self)
        f = getattr(o, "__i%s__" % _n, None)
        if f is not None:
            r = f(_unwrap_arg(other))
            if r is not NotImplemented:
                return r
        return getattr(o, "__%s__" % _n)(_unwrap_arg(other))

    _proxy_ns["__i%s__" % _n] = _iop
del _n, _iop
# Built in one go: Weft fills a class's operator slots when it is created.
ProxyType = type("ProxyType", (), _proxy_ns)
del _proxy_ns, _ProxyMethods


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _unwrap(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = "weakref"
ProxyTypes = (ProxyType, CallableProxyType)
_PROXY_NAMES = {ProxyType: "weakref.ProxyType", CallableProxyType: "weakref.CallableProxyType"}


def proxy(object, callback=None):
    """A proxy to `object` that uses a weak reference."""
    if not _supports(object):
        raise TypeError("cannot create weak reference to '%s' object" % type(object).__name__)
    cls = CallableProxyType if callable(object) else ProxyType
    if callback is None:
        # One callback-less proxy per referent, as CPython's (it reuses the
        # proxy in the referent's weak reference list): found through the
        # canonical callback-less ref, which the proxy keeps alive, so its
        # id is not reused while the entry exists.
        r = ref(object)
        key = id(r)
        with _proxies_lock:
            known = _proxies.get(key)
            p = known() if known is not None else None
            if p is None:
                p = _object_new(cls)
                _setattr(p, "_weakref_target", r)
                _proxies[key] = ref(p, lambda pr, key=key: _forget_proxy(key, pr))
        return p
    p = _object_new(cls)
    pw = ref(p)

    def _cb(_r, pw=pw, callback=callback):
        q = pw()
        if q is not None:
            callback(q)

    _setattr(p, "_weakref_target", ref(object, _cb))
    return p


_object_new = object.__new__
_proxies = {}
# Re-entrant: a proxy's removal callback may run in this thread while it
# holds the lock (whenever a proxy is freed).
_proxies_lock = _thread.RLock()


def _forget_proxy(key, pr):
    with _proxies_lock:
        if _proxies.get(key) is pr:
            del _proxies[key]


class WeakMethod(ref):
    """A weak reference to a bound method: dead once the instance or the
    function is gone."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers its key (WeakValueDictionary's)."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakValueDictionary:
    """A mapping whose values are held by weak references: an entry goes
    away when its value is freed."""

    def __init__(self, other=(), /, **kw):
        self_wr = ref(self)
        lock = _thread.RLock()

        def remove(wr, self_wr=self_wr, lock=lock):
            self = self_wr()
            if self is not None:
                with lock:
                    d = self.data
                    if d.get(wr.key) is wr:
                        del d[wr.key]

        self._remove = remove
        self._lock = lock
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        with self._lock:
            del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __setitem__(self, key, value):
        r = KeyedRef(value, self._remove, key)
        with self._lock:
            self.data[key] = r

    def copy(self):
        new = WeakValueDictionary()
        for key, o in self.items():
            new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, o in self.items():
            new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                yield k, o

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def popitem(self):
        with self._lock:
            while True:
                key, wr = self.data.popitem()
                o = wr()
                if o is not None:
                    return key, o

    _MISSING = object()

    def pop(self, key, *args):
        with self._lock:
            try:
                o = self.data.pop(key)()
            except KeyError:
                o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        with self._lock:
            try:
                o = self.data[key]()
            except KeyError:
                o = None
            if o is None:
                self.data[key] = KeyedRef(default, self._remove, key)
                return default
            return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def clear(self):
        with self._lock:
            self.data.clear()

    def __or__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary:
    """A mapping whose keys are held by weak references: an entry goes away
    when its key is freed."""

    def __init__(self, dict=None):
        self_wr = ref(self)
        lock = _thread.RLock()

        def remove(k, self_wr=self_wr, lock=lock):
            self = self_wr()
            if self is not None:
                with lock:
                    try:
                        del self.data[k]
                    except KeyError:
                        pass

        self._remove = remove
        self._lock = lock
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        with self._lock:
            del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __setitem__(self, key, value):
        r = ref(key, self._remove)
        with self._lock:
            self.data[r] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.items():
            new[key] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        try:
            return self.data.get(ref(key), default)
        except TypeError:
            return default

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            key = wr()
            if key is not None:
                yield key

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        with self._lock:
            while True:
                wr, value = self.data.popitem()
                key = wr()
                if key is not None:
                    return key, value

    def pop(self, key, *args):
        with self._lock:
            return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        with self._lock:
            return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        with self._lock:
            self.data.clear()

    def __or__(self, other):
        if isinstance(other, (dict, WeakKeyDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet:
    """A set whose elements are held by weak references."""

    def __init__(self, data=None):
        self_wr = ref(self)
        lock = _thread.RLock()

        def remove(item, self_wr=self_wr, lock=lock):
            self = self_wr()
            if self is not None:
                with lock:
                    self.data.discard(item)

        self._remove = remove
        self._lock = lock
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for r in list(self.data):
            item = r()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{%s}" % ", ".join(repr(x) for x in self) if False else "<%s at %#x>" % (type(self).__name__, id(self))

    def add(self, item):
        with self._lock:
            self.data.add(ref(item, self._remove))

    def clear(self):
        with self._lock:
            self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        with self._lock:
            while True:
                try:
                    itemref = self.data.pop()
                except KeyError:
                    raise KeyError("pop from empty WeakSet") from None
                item = itemref()
                if item is not None:
                    return item

    def remove(self, item):
        with self._lock:
            self.data.remove(ref(item))

    def discard(self, item):
        with self._lock:
            self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        with self._lock:
            if self is other:
                self.data.clear()
            else:
                self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        with self._lock:
            self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        with self._lock:
            if self is other:
                self.data.clear()
            else:
                self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs)
    once, when obj is freed, when called, or at exit (if `atexit`)."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = None
    _dirty = False
    _registered_with_atexit = False
    _lock = _thread.RLock()
    _counter = [0]

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        with finalize._lock:
            finalize._counter[0] += 1
            info.index = finalize._counter[0]
            self._registry[self] = info
            finalize._dirty = True

    def __call__(self, _=None):
        """Call the finalizer if it is alive; return its result."""
        with finalize._lock:
            info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Unregister; return (obj, func, args, kwargs) if it was alive."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            with finalize._lock:
                if self._registry.pop(self, None):
                    return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) if alive, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        L = [(f, i) for (f, i) in list(cls._registry.items()) if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        try:
            if cls._registry:
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        import sys
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
