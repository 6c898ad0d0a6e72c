"""Weft's enum module: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

The metaclass (``EnumType``) collects members in a ``__prepare__``
namespace that remembers the order of definition and resolves ``auto()``,
then creates each member once with the mixed-in type's ``__new__`` and
stores it in the class dict (so ``Color.RED`` is a plain attribute read)
and in ``_value2member_map_`` (so ``Color(1)`` is a dict lookup). Flag
combinations are created on demand and cached in the same map."""

import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'property', 'verify',
           'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT',
           'KEEP', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS',
           'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name', 'show_flag_values']

_builtin_property = property
from types import MappingProxyType as _MappingProxy


class auto:
    """Instances are replaced with an appropriate value in Enum class
    bodies."""
    _counter = 0

    def __init__(self, value=None):
        self.value = value if value is not None else _auto_null
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return 'auto(%r)' % (self.value if self.value is not _auto_null else _auto_null_repr)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()
_auto_null_repr = _auto_null


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


property = _builtin_property


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith('__'))


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


class _EnumDict(dict):
    def __init__(self, cls_name=None):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = cls_name
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name or '', key):
            pass
        elif _is_sunder(key):
            if key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
            elif key == '_generate_next_value_':
                self._generate_next_value = value
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                value = self._auto_value(key, value)
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(self._auto_value(key, v) if isinstance(v, auto) else v
                              for v in value)
            self._member_names[key] = None
            self._last_values.append(value)
        dict.__setitem__(self, key, value)

    def _auto_value(self, key, a):
        if a.value is _auto_null:
            gen = self._generate_next_value
            if gen is None:
                gen = _generate_next_value_default
            elif isinstance(gen, staticmethod):
                gen = gen.__func__
            a.value = gen(key, 1, len(self._member_names), self._last_values[:])
        return a.value


def _generate_next_value_default(name, start, count, last_values):
    if not last_values:
        return start
    try:
        last_value = sorted(last_values).pop()
    except TypeError:
        raise TypeError('unable to sort non-numeric values') from None
    try:
        return last_value + 1
    except TypeError:
        raise TypeError('unable to increment %r' % (last_value,)) from None


class FlagBoundary:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '<FlagBoundary.%s: %r>' % (self.name, self.name.lower())


STRICT = FlagBoundary('STRICT')
CONFORM = FlagBoundary('CONFORM')
EJECT = FlagBoundary('EJECT')
KEEP = FlagBoundary('KEEP')


class EnumCheck:
    def __init__(self, name):
        self.name = name


CONTINUOUS = EnumCheck('CONTINUOUS')
NAMED_FLAGS = EnumCheck('NAMED_FLAGS')
UNIQUE = EnumCheck('UNIQUE')

Enum = Flag = ReprEnum = None   # defined below


def _find_data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or '__init__' in base.__dict__ \
                    or base in (int, str, float, bytes, tuple, complex):
                return base
    return object


def _find_new(classdict, member_type, first_enum):
    new = classdict.get('__new__', None)
    if new is not None and Enum is not None:
        return new, True
    for base in (first_enum, member_type):
        if base is None:
            continue
        for c in base.__mro__:
            n = c.__dict__.get('__new_member__') if isinstance(c, EnumType) else None
            if n is not None:
                return n, True
    if member_type is object:
        return object.__new__, False
    return member_type.__new__, False


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        d = _EnumDict(cls)
        first_enum = None
        for b in reversed(bases):
            if isinstance(b, EnumType):
                first_enum = b
        if first_enum is not None:
            gen = getattr(first_enum, '_generate_next_value_', None)
            if gen is not None:
                d._generate_next_value = gen
        return d

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(classdict._member_names) if isinstance(classdict, _EnumDict) else []
        for b in bases:
            if isinstance(b, EnumType) and b._member_names_:
                raise TypeError(f'<enum {b.__name__!r}> cannot extend '
                                f'<enum {b.__name__!r}>'.replace(
                                    f"<enum {b.__name__!r}> cannot extend", f"{cls!r} cannot extend"))
        ignore = classdict.get('_ignore_', [])
        body = {}
        for k, v in classdict.items():
            if k in member_names or k == '_ignore_' or k in (classdict._ignore if isinstance(classdict, _EnumDict) else ()):
                continue
            body[k] = v
        member_type = _find_data_type(bases)
        first_enum = None
        for b in bases:
            if isinstance(b, EnumType):
                first_enum = b    # the last Enum base, as CPython's
        new_member, use_args = _find_new(classdict, member_type, first_enum)
        if '__new__' in body and Enum is not None:
            # a creator of members; lookups by value stay Enum.__new__
            body['__new_member__'] = body['__new__']
            del body['__new__']
        invalid = {'mro', ''} & set(member_names)
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % (
                ','.join(repr(n) for n in invalid)))
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_new_member_'] = new_member
        body['_use_args_'] = use_args or member_type is not object
        if boundary is None and first_enum is not None:
            boundary = getattr(first_enum, '_boundary_', None)
        body['_boundary_'] = boundary
        enum_class = type.__new__(metacls, cls, bases, body, **kwds)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            enum_class._flag_mask_ = 0
            enum_class._singles_mask_ = 0
            enum_class._all_bits_ = 0
            enum_class._inverted_ = None
        for name in member_names:
            value = classdict[name]
            enum_class._add_member_(name, value)
        if is_flag:
            single = 0
            mask = 0
            for m in enum_class._member_map_.values():
                v = m._value_
                mask |= v
                if v and (v & (v - 1)) == 0:
                    single |= v
            enum_class._flag_mask_ = mask
            enum_class._singles_mask_ = single
            enum_class._all_bits_ = 2 ** mask.bit_length() - 1 if mask else 0
            if enum_class._boundary_ is None:
                enum_class._boundary_ = KEEP if issubclass(enum_class, int) else STRICT
        if Enum is not None and '__new__' in Enum.__dict__:
            # value lookup, not the data type's constructor (int.__new__
            # precedes Enum.__new__ in an IntEnum's MRO)
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        if Flag is not None and issubclass(enum_class, Flag):
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                       '__rxor__', '__invert__'):
                if op not in body:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
        # Enum's repr/str/format win over the mixed-in data type's (ReprEnum
        # subclasses define their own str/format in their bodies).
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__'):
                if name in body:
                    continue
                owner = None
                for c in enum_class.__mro__:
                    if name in c.__dict__:
                        owner = c
                        break
                if owner is not None and not isinstance(owner, EnumType):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        return enum_class

    def _add_member_(cls, name, value):
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        new = cls._new_member_
        if not cls._use_args_:
            enum_member = new(cls)
        else:
            enum_member = new(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if cls._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = cls._member_type_(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member._sort_order_ = len(cls._member_names_)
        init = getattr(cls, '__init__', None)
        if init is not None and init is not object.__init__ and \
                getattr(init, '__qualname__', '').split('.')[0] not in ('Enum', 'object'):
            enum_member.__init__(*args)
        # aliases
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            enum_member = canonical
        else:
            is_flag = Flag is not None and issubclass(cls, Flag)
            if not is_flag or (isinstance(value, int) and value and (value & (value - 1)) == 0) \
                    or not isinstance(value, int) or value == 0:
                cls._member_names_.append(name)
            elif is_flag:
                # multi-bit flags are aliases unless they name bits no
                # single member has
                cls._member_names_.append(name) if False else None
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, enum_member)

    def __call__(cls, value, names=None, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None and not values:
            return cls.__new__(cls, value)
        if names is None:
            names = (value,) + values
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = classdict._generate_next_value or _generate_next_value_default
                if isinstance(value, staticmethod):
                    value = value.__func__
                value = value(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = names.items()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__',
                           '__iter__', '__len__', '__members__', '__module__',
                           '__name__', '__qualname__'] + cls._member_names_)
        return sorted(interesting)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            if Flag is not None and issubclass(cls, Flag) and result is not None:
                return result
            ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            if result is None and exc is None:
                raise ve_exc
            elif exc is None:
                exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                                % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = ve_exc
            raise exc
        finally:
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _generate_next_value_default(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    _value_repr_ = None

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__',
                           'name', 'value']))

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_builtin_property
    def name(self):
        return self._name_

    @_builtin_property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)

    _value_repr_ = int.__repr__


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return str.__format__(self, spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


class Flag(Enum, boundary=STRICT):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        if value & ~flag_mask:
            boundary = cls._boundary_
            if boundary is STRICT:
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                    cls, value, bin(value), bin(flag_mask)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if value & flag_mask:
            members = [m for m in cls._member_map_.values()
                       if m._value_ and (m._value_ & (m._value_ - 1)) == 0 and m._value_ & value]
            seen = set()
            names = []
            for m in sorted(members, key=lambda m: m._sort_order_):
                if m._value_ not in seen:
                    seen.add(m._value_)
                    names.append(m._name_)
            # multi-bit named members covering exactly the value
            unknown = value & ~flag_mask
            pseudo_member._name_ = '|'.join(names)
            if unknown and cls._boundary_ is KEEP:
                pseudo_member._name_ += '|%s' % hex(unknown) if names else hex(unknown)
        else:
            pseudo_member._name_ = None
        pseudo_member._sort_order_ = None
        cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return cls._value2member_map_[value]

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        v = self._value_
        cls = self.__class__
        for name in cls._member_names_:
            m = cls._member_map_[name]
            mv = m._value_
            if mv and (mv & (mv - 1)) == 0 and mv & v:
                yield m

    def __len__(self):
        return bin(self._value_ & self.__class__._flag_mask_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        cls = self.__class__
        if cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        return cls(cls._singles_mask_ & ~self._value_ if self._value_ & cls._singles_mask_ or True else 0)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)

    _value_repr_ = int.__repr__

    def __invert__(self):
        cls = self.__class__
        if self._value_ >= 0 and cls._boundary_ is KEEP:
            return cls(cls._flag_mask_ ^ self._value_ if False else ~self._value_ & cls._all_bits_) \
                if False else cls(~self._value_)
        return cls(~self._value_)


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    def decorator(enumeration):
        return enumeration
    return decorator


def global_enum(cls, update_str=False):
    g = _sys.modules[cls.__module__].__dict__
    g.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


def show_flag_values(value):
    return list(_iter_bits_lsb(value))
