"""Helpers for pickle: the reduction registry and the default reductions
(Weft's implementation of CPython 3.13's copyreg)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, _pickle_complex, complex)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9


def _builtin_base(cls):
    """The first class of cls's MRO that is not defined in Python."""
    for base in cls.__mro__:
        if base is object or getattr(base, "__module__", None) == "builtins":
            return base
    return object


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        # int.__int__: Weft's int(x) returns an int subclass instance as is
        state = int.__int__(self) if base is int else base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        getstate = None
    if getstate is not None and type(self).__dict__.get("__getstate__") is None and \
            not any("__getstate__" in vars(c) for c in cls.__mro__ if c is not object):
        getstate = None
    if getstate is None:
        if getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ "
                            "cannot be pickled")
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ to allow classes with
    keyword-only arguments to be pickled correctly."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of cls's slots (mangled as stored), cached in __slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__["__slots__"]
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    if name.startswith("__") and not name.endswith("__"):
                        stripped = c.__name__.lstrip("_")
                        if stripped:
                            names.append("_%s%s" % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


def _is_builtin_type(cls):
    return cls is object or getattr(cls, '__module__', None) == 'builtins'


def _default_getstate(obj):
    """object.__getstate__: the instance dict, plus a dict of set slots."""
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    if d is not None and not d:
        d = None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (d, slots)
    return d


def _reduce_builtin(obj, proto):
    """Reductions CPython's builtin types define that Weft's may lack."""
    t = type(obj)
    if t is complex:
        return complex, (obj.real, obj.imag)
    if t is range:
        return range, (obj.start, obj.stop, obj.step)
    if t is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if t is type(Ellipsis):
        return 'Ellipsis'
    if t is type(NotImplemented):
        return 'NotImplemented'
    return None


def _default_reduce(obj, proto):
    cls = type(obj)
    if proto < 2:
        if getattr(obj, '__slots__', None) and \
                not any('__getstate__' in vars(c) for c in cls.__mro__ if c is not object):
            raise TypeError("a class that defines __slots__ without defining __getstate__ "
                            "cannot be pickled")
        return _reduce_ex(obj, proto)
    if isinstance(obj, BaseException):
        d = getattr(obj, '__dict__', None) or None
        return (cls, obj.args, d) if d else (cls, obj.args)
    base = cls
    for base in cls.__mro__:
        if _is_builtin_type(base):
            break
    if base is cls and cls in _VALUE_TYPES:
        # the value types' __getnewargs__: (value,)
        return __newobj__, (cls, obj), None, None, None
    if base is cls and cls is not object:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    if cls is object:
        return __newobj__, (object,), None, None, None
    if base is object and not hasattr(obj, '__dict__') and \
            not any('__slots__' in vars(c) for c in cls.__mro__):
        # a native type without a reduction of its own
        name = cls.__qualname__
        if cls.__module__ not in ('builtins', None):
            name = cls.__module__ + '.' + name
        raise TypeError("cannot pickle %r object" % name)
    if not hasattr(cls, '__new__'):
        raise TypeError("cannot pickle %r object" % cls.__name__)
    kwargs = None
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        elif base is not object:
            # a subclass of a builtin: rebuild the builtin part from the value
            args = () if base in (list, dict, set) else \
                (int.__int__(obj),) if base is int else (base(obj),)
        else:
            args = ()
    getstate = getattr(obj, '__getstate__', None)
    own = any('__getstate__' in vars(c) for c in cls.__mro__ if c is not object)
    if getstate is not None and own:
        state = getstate()
    else:
        state = _default_getstate(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if isinstance(obj, (set, frozenset)) and base in (set,):
        args = (list(obj),)
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return __newobj__, (cls,) + args, state, listitems, dictitems

_VALUE_TYPES = (int, float, str, bytes, tuple)


def _reduce_object(obj, proto):
    """object.__reduce_ex__(proto) without an overriding __reduce__ (Weft's
    native object method calls this): the reduction CPython's `reduce_newobj`
    (protocol 2 and up) or `copyreg._reduce_ex` (0 and 1) computes."""
    rv = _reduce_builtin(obj, proto)
    if rv is not None:
        if type(rv) is tuple and proto >= 2 and type(obj) is complex:
            return __newobj__, (complex, obj.real, obj.imag), None, None, None
        return rv
    return _default_reduce(obj, proto)
