"""Weft's types module: names for the interpreter's built-in types,
SimpleNamespace, new_class and friends."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
try:
    MappingProxyType({})
except TypeError:
    class MappingProxyType:
        """A read-only view of a mapping (Weft's native mappingproxy
        cannot be created from Python yet)."""
        __slots__ = ('_m',)

        def __init__(self, mapping):
            if not hasattr(mapping, '__getitem__') or isinstance(mapping, (list, tuple)):
                raise TypeError('mappingproxy() argument must be a mapping, not '
                                + type(mapping).__name__)
            object.__setattr__(self, '_m', mapping)

        def __getitem__(self, key):
            return self._m[key]

        def get(self, key, default=None):
            return self._m.get(key, default)

        def __contains__(self, key):
            return key in self._m

        def __iter__(self):
            return iter(self._m)

        def __len__(self):
            return len(self._m)

        def __reversed__(self):
            return reversed(self._m)

        def keys(self):
            return self._m.keys()

        def values(self):
            return self._m.values()

        def items(self):
            return self._m.items()

        def copy(self):
            return self._m.copy()

        def __eq__(self, other):
            return self._m == other

        def __or__(self, other):
            return dict(self._m) | other

        def __repr__(self):
            return 'mappingproxy(%r)' % (self._m,)

        def __setattr__(self, name, value):
            raise AttributeError("'mappingproxy' object has no attribute %r" % name)

SimpleNamespace = None


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
CellType = type((lambda x: lambda: x)(1).__closure__[0])
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
GetSetDescriptorType = type(FunctionType.__dict__.get('__code__', None)) if '__code__' in FunctionType.__dict__ else type(None)
MemberDescriptorType = GetSetDescriptorType
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
GenericAlias = type(list[int])
UnionType = type(int | str)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(sys._getframe(0))


async def _co():
    pass


try:
    _c = _co()
    CoroutineType = type(_c)
    _c.close()
    del _c
except Exception:
    CoroutineType = None


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        ident = id(self)
        if ident in _running:
            return 'namespace(...)' if type(self) is SimpleNamespace else f'{type(self).__name__}(...)'
        _running.add(ident)
        try:
            items = (f'{k}={v!r}' for k, v in self.__dict__.items())
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            return f"{name}({', '.join(items)})"
        finally:
            _running.discard(ident)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __replace__(self, /, **changes):
        ns = type(self)(**self.__dict__)
        ns.__dict__.update(changes)
        return ns


_running = set()
SimpleNamespace.__module__ = 'types'


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        winner = meta
        for base in bases:
            bt = type(base)
            if issubclass(winner, bt):
                continue
            if issubclass(bt, winner):
                winner = bt
                continue
            raise TypeError('metaclass conflict: the metaclass of a derived class '
                            'must be a (non-strict) subclass of the metaclasses '
                            'of all its bases')
        meta = winner
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def get_original_bases(cls, /):
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError(f'Expected an instance of type, not {type(cls).__name__!r}') from None


class DynamicClassAttribute(property):
    pass


def coroutine(func):
    return func


__all__ = [n for n in globals() if n[:1] != '_' and n != 'sys']
