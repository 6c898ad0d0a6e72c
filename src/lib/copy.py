"""Weft's copy module: shallow and deep copies.

Plain instances are copied by creating a new instance with
``cls.__new__(cls)`` and copying the instance ``__dict__`` and slots
(what CPython's default ``__reduce_ex__(4)`` amounts to); a class may
take over with ``__copy__``/``__deepcopy__``, ``__reduce_ex__``/``__reduce__``
or ``__getstate__``/``__setstate__``."""

__all__ = ['Error', 'copy', 'deepcopy', 'replace']


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), frozenset, slice, property,
           type(len), type(lambda: 0))
try:
    _atomic = _atomic + (type(int.__add__),)
except Exception:
    pass
_atomic_set = frozenset(_atomic)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        s = c.__dict__.get('__slots__')
        if s is None:
            continue
        if isinstance(s, str):
            s = (s,)
        for n in s:
            if n in ('__dict__', '__weakref__'):
                continue
            if n.startswith('__') and not n.endswith('__'):
                n = '_%s%s' % (c.__name__.lstrip('_'), n)
            names.append(n)
    return names


def _get_state(x):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and getattr(type(x), '__getstate__', None) is not getattr(object, '__getstate__', None):
        return True, getstate()
    d = getattr(x, '__dict__', None)
    slots = {}
    for n in _slot_names(type(x)):
        try:
            slots[n] = getattr(x, n)
        except AttributeError:
            pass
    if slots:
        return True, (d if d else None, slots)
    return True, (dict(d) if d else None)


def _set_state(y, state, deep, memo):
    if state is None:
        return
    if deep:
        state = deepcopy(state, memo)
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for k, v in slotstate.items():
            setattr(y, k, v)


def _has_own_reduce(cls):
    for c in cls.__mro__:
        if c is object:
            return None
        d = c.__dict__
        if '__reduce_ex__' in d:
            return '__reduce_ex__'
        if '__reduce__' in d:
            return '__reduce__'
    return None


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 deep=False):
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, state, deep, memo)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def _copy_instance(x, deep, memo):
    cls = type(x)
    which = _has_own_reduce(cls)
    if which is not None:
        if which == '__reduce_ex__':
            rv = x.__reduce_ex__(4)
        else:
            rv = x.__reduce__()
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo, *rv, deep=deep)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    if isinstance(x, BaseException):
        y.args = x.args
    _, state = _get_state(x)
    _set_state(y, state, deep, memo)
    if deep:
        if isinstance(x, list):
            y.extend(deepcopy(v, memo) for v in x)
        elif isinstance(x, dict):
            for k, v in x.items():
                y[deepcopy(k, memo)] = deepcopy(v, memo)
        elif isinstance(x, (set,)):
            y.update(deepcopy(v, memo) for v in x)
    else:
        if isinstance(x, list):
            y.extend(x)
        elif isinstance(x, dict):
            y.update(x)
        elif isinstance(x, set):
            y.update(x)
    return y


def copy(x):
    cls = type(x)
    if cls in _atomic_set:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if cls is tuple:
        return x
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _copy_instance(x, False, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic_set:
        return x
    if cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is bytearray:
        y = bytearray(x)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _copy_instance(x, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def replace(obj, /, **changes):
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f'replace() does not support {cls.__name__} objects')
    return func(obj, **changes)
