"""Weft's typing module: the run-time names annotation-heavy programs
import. Annotations have no effect at run time; these objects exist so
that subscripting, reprs, ``get_origin``/``get_args``, ``cast``,
``NamedTuple``, ``TypedDict``, ``Protocol`` and ``Generic`` behave as in
CPython for what programs commonly do with them."""

import sys as _sys
import collections.abc as _abc
import collections as _collections
import functools as _functools

_GenericAliasType = type(list[int])
_UnionType = type(int | str)


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasType):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _Final:
    pass


class _SpecialForm(_Final):
    def __init__(self, getitem, name=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')


class _GenericAlias(_Final):
    """A subscripted typing name: ``List[int]``, ``Optional[str]`` ..."""

    def __init__(self, origin, args, *, name=None, inst=True):
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is ... else a for a in args)
        self._name = name
        self._inst = inst
        self.__parameters__ = tuple(a for a in self.__args__ if isinstance(a, TypeVar))

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ():
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        subst = dict(zip(self.__parameters__, args))
        new_args = tuple(subst.get(a, a) if isinstance(a, TypeVar) else a
                         for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, name=self._name, inst=self._inst)

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if Generic not in bases and not (isinstance(self.__origin__, type)
                                             and issubclass(self.__origin__, Generic)):
                res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {'__origin__', '__args__', '_name', '_inst', '__parameters__'}:
            raise AttributeError(attr)
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and '
                        'instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and '
                        'instance checks')

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))


class _SpecialGenericAlias(_Final):
    """An unsubscripted alias of a builtin or ABC: ``List``, ``Dict``."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name or origin.__name__

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, '') for p in params)
        if self._nparams >= 0 and len(params) != self._nparams and self._nparams != 0:
            raise TypeError(f'Too {"many" if len(params) > self._nparams else "few"} '
                            f'arguments for {self}; actual {len(params)}, '
                            f'expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr in {'__origin__', '_nparams', '_inst', '_name'}:
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        return ('typing.Callable[[' + ', '.join(_type_repr(a) for a in args[:-1])
                + f'], {_type_repr(args[-1])}]')


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = tuple(args) + (result,)
        else:
            params = (args, result)
        return _CallableGenericAlias(self.__origin__, params, name='Callable')


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, params, name='Tuple')


# -- special forms -----------------------------------------------------------

@_SpecialForm
def Any(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


class _AnyMeta(type):
    def __repr__(self):
        return 'typing.Any'


@_SpecialForm
def NoReturn(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


@_SpecialForm
def Never(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


@_SpecialForm
def Self(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


@_SpecialForm
def LiteralString(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


@_SpecialForm
def TypeAlias(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


@_SpecialForm
def ClassVar(self, parameters):
    return _GenericAlias(self, (_type_check(parameters, ''),), name='ClassVar')


@_SpecialForm
def Final(self, parameters):
    return _GenericAlias(self, (_type_check(parameters, ''),), name='Final')


@_SpecialForm
def Required(self, parameters):
    return _GenericAlias(self, (parameters,), name='Required')


@_SpecialForm
def NotRequired(self, parameters):
    return _GenericAlias(self, (parameters,), name='NotRequired')


@_SpecialForm
def ReadOnly(self, parameters):
    return _GenericAlias(self, (parameters,), name='ReadOnly')


@_SpecialForm
def TypeGuard(self, parameters):
    return _GenericAlias(self, (parameters,), name='TypeGuard')


@_SpecialForm
def TypeIs(self, parameters):
    return _GenericAlias(self, (parameters,), name='TypeIs')


@_SpecialForm
def Concatenate(self, parameters):
    return _GenericAlias(self, parameters, name='Concatenate')


@_SpecialForm
def Unpack(self, parameters):
    return _GenericAlias(self, (parameters,), name='Unpack')


@_SpecialForm
def Union(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, '')
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    params = []
    for p in flat:
        if p not in params:
            params.append(p)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(self, tuple(params))


@_SpecialForm
def Optional(self, parameters):
    arg = _type_check(parameters, '')
    return Union[arg, type(None)]


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


@_SpecialForm
def Literal(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(
            _type_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))


class Annotated:
    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        return _AnnotatedAlias(params[0], tuple(params[1:]))


# -- type variables ----------------------------------------------------------

class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False, default=None):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant type variables are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(constraints)
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        try:
            self.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of TypeVar')


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=None):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name, *, default=None):
        self.__name__ = name

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
for _tv in (T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co):
    _tv.__module__ = 'typing'
del _tv


# -- Generic and Protocol ----------------------------------------------------

class Generic:
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and \
                        not (isinstance(p, _GenericAlias) and p._name == 'Unpack'):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                                    f'or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for b in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(b, _GenericAlias):
                for a in b.__args__:
                    if isinstance(a, TypeVar) and a not in params:
                        params.append(a)
        cls.__parameters__ = tuple(params)


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in {'Protocol', 'Generic'}:
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in (*base.__dict__, *annotations):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__match_args__', '__static_attributes__',
    '__firstlineno__', '__parameters__', '__orig_bases__', '_is_protocol',
    '_is_runtime_protocol', '__protocol_attrs__', '__non_callable_proto_members__',
    '__type_params__', '__qualname__', '_abc_impl', '_abc_registry', '_abc_cache',
    '_abc_negative_cache', '_abc_negative_cache_version', '__init_subclass__',
})


from abc import ABCMeta as _ABCMeta


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if super().__instancecheck__(instance):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                val = getattr(instance, attr)
            except AttributeError:
                return False
            if val is None and attr not in getattr(cls, '__non_callable_proto_members__', ()):
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        cls.__protocol_attrs__ = _get_protocol_attrs(cls)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


@classmethod
def _proto_hook(cls, other):
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    for attr in cls.__protocol_attrs__:
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = getattr(base, '__annotations__', {})
            if isinstance(annotations, dict) and attr in annotations:
                break
        else:
            return NotImplemented
    return True


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    cls.__non_callable_proto_members__ = set()
    return cls


# -- aliases of builtins and ABCs --------------------------------------------

List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
Type = _SpecialGenericAlias(type, 1, name='Type')
Callable = _CallableType(_abc.Callable, 2, name='Callable')
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, name='OrderedDict')
Counter = _SpecialGenericAlias(_collections.Counter, 1, name='Counter')
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 2, name='ChainMap')
Deque = _SpecialGenericAlias(_collections.deque, 1, name='Deque')
Hashable = _SpecialGenericAlias(_abc.Hashable, 0, name='Hashable')
Sized = _SpecialGenericAlias(_abc.Sized, 0, name='Sized')
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, name='Awaitable')
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, name='Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, name='AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, name='AsyncIterator')
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, name='AsyncGenerator')
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, name='Iterable')
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, name='Iterator')
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, name='Reversible')
Container = _SpecialGenericAlias(_abc.Container, 1, name='Container')
Collection = _SpecialGenericAlias(_abc.Collection, 1, name='Collection')
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, name='MutableSet')
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, name='Mapping')
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, name='MutableMapping')
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, name='Sequence')
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, name='MutableSequence')
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, name='ByteString')
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, name='MappingView')
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, name='KeysView')
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, name='ItemsView')
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, name='ValuesView')
Generator = _SpecialGenericAlias(_abc.Generator, 3, name='Generator')
Text = str

try:
    import contextlib as _contextlib
    ContextManager = _SpecialGenericAlias(_contextlib.AbstractContextManager, 1,
                                          name='ContextManager')
except ImportError:
    pass


class _ProtoRuntime:
    pass


def _make_supports(name, method):
    def hook(cls, C):
        return _abc._check_methods(C, method)
    ns = {'__slots__': (), '__subclasshook__': classmethod(hook),
          '__module__': 'typing', method: lambda self: None}
    return _ABCMeta(name, (), ns)


SupportsInt = _make_supports('SupportsInt', '__int__')
SupportsFloat = _make_supports('SupportsFloat', '__float__')
SupportsComplex = _make_supports('SupportsComplex', '__complex__')
SupportsBytes = _make_supports('SupportsBytes', '__bytes__')
SupportsIndex = _make_supports('SupportsIndex', '__index__')
SupportsAbs = _make_supports('SupportsAbs', '__abs__')
SupportsRound = _make_supports('SupportsRound', '__round__')


class IO(Generic):
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()


# -- NamedTuple, TypedDict, NewType -----------------------------------------

def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(types)
    return nm_tpl


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace',
                         '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__',
                      '__qualname__', '__firstlineno__', '__static_attributes__',
                      '__orig_bases__', '__doc__', '__classcell__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get('__module__', '__main__'))
        for key in ns:
            if key in _prohibited:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


class _NamedTupleFactory:
    """``typing.NamedTuple``: called, it makes a namedtuple type; used as
    a base, ``__mro_entries__`` routes the class through NamedTupleMeta."""

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
        return _make_nmtuple(typename, list(fields), module=module)

    def __mro_entries__(self, bases):
        return (_NamedTuple,)

    def __repr__(self):
        return '<function NamedTuple>'


NamedTuple = _NamedTupleFactory()
_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        required = set()
        optional = set()
        for base in bases:
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        for k, t in own.items():
            origin = getattr(t, '__origin__', None)
            if origin is Required:
                required.add(k)
            elif origin is NotRequired:
                optional.add(k)
            elif total:
                required.add(k)
            else:
                optional.add(k)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


class _TypedDictFactory:
    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        ns = {'__annotations__': dict(fields)}
        try:
            ns['__module__'] = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
        return _TypedDictMeta(typename, (), ns, total=total)

    def __mro_entries__(self, bases):
        return (_TypedDict,)

    def __repr__(self):
        return '<function TypedDict>'


TypedDict = _TypedDictFactory()
_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of NewType. Perhaps you were '
                        f'looking for: `{self.__name__} = NewType({self.__name__!r}, '
                        f'{_type_repr(self)})`')


# -- functions ---------------------------------------------------------------

TYPE_CHECKING = False


def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=_sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @typing.overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @typing.overload-ed.')


def overload(func):
    f = getattr(func, '__func__', func)
    try:
        key = f'{f.__module__}.{f.__qualname__}'
        _overload_registry.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, '__func__', func)
    return list(_overload_registry.get(f'{f.__module__}.{f.__qualname__}', []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'frozen_default': frozen_default,
            'field_specifiers': field_specifiers, 'kwargs': kwargs}
        return cls_or_fn
    return decorator


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _GenericAliasType, ParamSpecArgs, ParamSpecKwargs)):
        origin = tp.__origin__
        if isinstance(origin, _SpecialGenericAlias):
            return origin.__origin__
        return origin
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _GenericAliasType)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _eval_hint(t, globalns, localns):
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        return eval(t.__forward_arg__, globalns, localns)
    return type(None) if t is None else t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                base_globals = getattr(_sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
    else:
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if isinstance(obj, type(_sys)):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        if globalns is None:
            globalns = getattr(obj, '__globals__', None)
            if globalns is None:
                globalns = getattr(obj, '__dict__', {})
        for name, value in ann.items():
            hints[name] = _eval_hint(value, globalns, localns)
    if not include_extras:
        hints = {k: (v.__origin__ if isinstance(v, _AnnotatedAlias) else v)
                 for k, v in hints.items()}
    return hints


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def get_protocol_members(tp):
    if not getattr(tp, '_is_protocol', False) or tp is Protocol:
        raise TypeError(f'{tp!r} is not a Protocol')
    return frozenset(tp.__protocol_attrs__)


def is_protocol(tp):
    return isinstance(tp, type) and getattr(tp, '_is_protocol', False) and tp is not Protocol


class TypeAliasType:
    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self.__value__ = value
        self.__type_params__ = type_params

    def __repr__(self):
        return self.__name__


Pattern = None
Match = None
try:
    Pattern = _SpecialGenericAlias(type(''.join), 1, name='Pattern')
except Exception:
    pass

__all__ = [n for n in list(globals()) if not n.startswith('_') and n not in
           ('T', 'KT', 'VT', 'T_co', 'V_co', 'VT_co', 'T_contra', 'CT_co')]
