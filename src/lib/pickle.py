"""Serialisation of Python objects (Weft's implementation of CPython 3.13's pickle).

Protocols 0-5. The pickler makes the opcode choices CPython's makes (so
builtin values usually pickle to the same bytes), memoizes shared and
recursive objects, frames protocol 4+ output, and reduces objects through
copyreg's dispatch table, `__reduce_ex__`/`__reduce__`, or the default
object reduction (`__getnewargs_ex__`/`__getnewargs__`, `__getstate__`,
`__dict__` and slots). The unpickler reads every opcode of protocols 0-5.
"""

import sys
import io
import copyreg
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
import struct as _struct

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8", "BINFLOAT",
           "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID", "BINPUT",
           "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD", "BYTEARRAY8",
           "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST",
           "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE", "FLOAT",
           "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL", "INST",
           "INT", "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT",
           "MARK", "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE",
           "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP", "POP_MARK", "PROTO",
           "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE",
           "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2",
           "TUPLE3", "UNICODE"]

format_version = "5.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    __module__ = "_pickle"


class PicklingError(PickleError):
    __module__ = "_pickle"


class UnpicklingError(PickleError):
    __module__ = "_pickle"


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """A wrapper for a buffer exported to pickle protocol 5 out-of-band."""

    def __init__(self, buffer):
        self._buf = buffer

    def raw(self):
        return memoryview(bytes(self._buf))

    def release(self):
        self._buf = None


# ---- opcodes ---------------------------------------------------------------------------

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_TUPLE_BY_SIZE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_FRAME_TARGET = 64 * 1024
_BATCH = 1000

_pack = _struct.pack
_unpack = _struct.unpack


def _encode_long(x):
    """Minimal little-endian two's complement bytes of x (b'' for 0)."""
    if x == 0:
        return b''
    n = (x.bit_length() >> 3) + 1
    b = x.to_bytes(n, 'little', signed=True)
    if x < 0 and n > 1 and b[-1] == 0xff and (b[-2] & 0x80):
        b = b[:-1]
    return b


def _decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def _raw_unicode_escape(s):
    out = []
    for ch in s:
        c = ord(ch)
        if c < 256:
            if ch == '\\':
                out.append(b'\\u005c')
            elif ch == '\0':
                out.append(b'\\u0000')
            elif ch == '\n':
                out.append(b'\\u000a')
            elif ch == '\r':
                out.append(b'\\u000d')
            elif ch == '\x1a':
                out.append(b'\\u001a')
            else:
                out.append(bytes((c,)))
        elif c < 0x10000:
            out.append(b'\\u%04x' % c)
        else:
            out.append(b'\\U%08x' % c)
    return b''.join(out)


def _raw_unicode_unescape(b):
    out = []
    i = 0
    n = len(b)
    while i < n:
        c = b[i]
        if c == 0x5c and i + 1 < n and b[i + 1] in (0x75, 0x55):
            # count preceding backslashes: an escape only after an even run
            j = i
            while j > 0 and b[j - 1] == 0x5c:
                j -= 1
            if (i - j) % 2 == 0:
                width = 4 if b[i + 1] == 0x75 else 8
                digits = b[i + 2:i + 2 + width]
                if len(digits) == width:
                    try:
                        out.append(chr(int(digits, 16)))
                        i += 2 + width
                        continue
                    except ValueError:
                        pass
        out.append(chr(c))
        i += 1
    return ''.join(out)


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


_codecs_encode.__module__ = '_codecs'
_codecs_encode.__qualname__ = _codecs_encode.__name__ = 'encode'

# Renames between Python 2's and 3's modules, for protocols < 3.
_IMPORT_TO_PY2 = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
                  'socketserver': 'SocketServer', 'configparser': 'ConfigParser',
                  'reprlib': 'repr', '_codecs': '_codecs'}
_IMPORT_FROM_PY2 = {v: k for k, v in _IMPORT_TO_PY2.items()}
_IMPORT_FROM_PY2.update({'exceptions': 'builtins', 'UserDict': 'collections',
                         'UserList': 'collections', 'UserString': 'collections',
                         'cPickle': 'pickle', 'copy_reg': 'copyreg', '__builtin__': 'builtins'})
_NAME_FROM_PY2 = {('__builtin__', 'xrange'): ('builtins', 'range'),
                  ('__builtin__', 'unicode'): ('builtins', 'str'),
                  ('__builtin__', 'basestring'): ('builtins', 'str'),
                  ('__builtin__', 'long'): ('builtins', 'int'),
                  ('__builtin__', 'reduce'): ('functools', 'reduce'),
                  ('UserDict', 'IterableUserDict'): ('collections', 'UserDict')}


def _getattribute(obj, name):
    for sub in name.split('.'):
        if sub == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        parent = obj
        obj = getattr(obj, sub)
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belong to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


from copyreg import (_is_builtin_type, _default_getstate, _reduce_builtin,
                     _default_reduce)


class _Output:
    """The pickler's output with protocol 4 framing."""

    def __init__(self, write, framing):
        self.file_write = write
        self.framing = framing
        self.chunks = []
        self.size = 0

    def write(self, b):
        self.chunks.append(b)
        self.size += len(b)

    def boundary(self):
        if self.framing and self.size >= _FRAME_TARGET:
            self.commit()

    def commit(self):
        if not self.chunks:
            return
        data = b''.join(self.chunks)
        self.chunks = []
        self.size = 0
        if self.framing and len(data) >= 4:
            self.file_write(FRAME + _pack('<Q', len(data)))
        self.file_write(data)

    def write_large(self, header, payload):
        # payloads of a frame's size or more go unframed
        self.commit()
        self.file_write(header)
        self.file_write(payload)


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        self._out = _Output(self._file_write, self.proto >= 4)
        self.write = self._out.write
        if self.proto >= 2:
            self._file_write(PROTO + _pack("<B", self.proto))
        self.save(obj)
        self.write(STOP)
        self._out.commit()

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            return BINPUT + _pack("<B", idx) if idx < 256 else LONG_BINPUT + _pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            return BINGET + _pack("<B", i) if i < 256 else LONG_BINGET + _pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        self._out.boundary()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        rv = NotImplemented
        reduce_override = getattr(self, "reducer_override", None)
        if reduce_override is not None:
            rv = reduce_override(obj)
        if rv is NotImplemented:
            reduce = getattr(self, 'dispatch_table', dispatch_table).get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                rv = self._reduce(obj, t)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % '__reduce__')
        n = len(rv)
        if not 2 <= n <= 6:
            raise PicklingError("tuple returned by %s must contain 2 through 6 elements" % '__reduce__')
        self.save_reduce(*rv, obj=obj)

    def _reduce(self, obj, t):
        rex = getattr(t, '__reduce_ex__', None)
        if rex is not None and rex is not getattr(object, '__reduce_ex__', None):
            return obj.__reduce_ex__(self.proto)
        red = getattr(t, '__reduce__', None)
        if red is not None and red is not getattr(object, '__reduce__', None):
            return obj.__reduce__()
        rv = _reduce_builtin(obj, self.proto)
        if rv is not None:
            return rv
        return _default_reduce(obj, self.proto)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if func is None and args is None:
            return  # save_global already wrote obj
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # ---- the builtin types ----

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + _pack("<B", obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + _pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + _pack("<i", obj))
                return
        if self.proto >= 2:
            enc = _encode_long(obj)
            n = len(enc)
            if n < 256:
                self.write(LONG1 + _pack("<B", n) + enc)
            else:
                self.write(LONG4 + _pack("<i", n) + enc)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def _write_payload(self, header, payload):
        if self.proto >= 4 and len(payload) >= _FRAME_TARGET:
            self._out.write_large(header, payload)
        else:
            self.write(header + payload)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + _pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_payload(BINBYTES8 + _pack("<Q", n), obj)
        else:
            self._write_payload(BINBYTES + _pack("<I", n), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            elif self.proto < 3:
                self.save_reduce(bytearray, (str(bytes(obj), 'latin1'), 'latin-1'), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_payload(BYTEARRAY8 + _pack("<Q", len(obj)), bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + _pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_payload(BINUNICODE8 + _pack("<Q", n), encoded)
            else:
                self._write_payload(BINUNICODE + _pack("<I", n), encoded)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_TUPLE_BY_SIZE[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                self.write(POP_MARK + get)
            else:
                self.write(POP * (n + 1) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCH:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif n:
                save(batch[0])
                write(APPEND)
            if n < _BATCH:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            batch = []
            for kv in it:
                batch.append(kv)
                if len(batch) == _BATCH:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCH:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for i in range(0, len(items), _BATCH):
            self.write(MARK)
            for x in items[i:i + _BATCH]:
                self.save(x)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for x in obj:
            self.save(x)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            obj2, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" %
                                (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" %
                                (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + _pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + _pack("<H", code))
                else:
                    write(EXT4 + _pack("<i", code))
                return
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        else:
            if self.fix_imports:
                module_name = _IMPORT_TO_PY2.get(module_name, module_name)
            try:
                write(GLOBAL + bytes(module_name, "ascii") + b'\n' + bytes(name, "ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                    % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def _save_codecs_encode(self, obj):
        write = self.write
        if self.proto >= 4:
            self.save('_codecs')
            self.save('encode')
            write(STACK_GLOBAL)
        else:
            write(GLOBAL + b'_codecs\nencode\n')
        self.memoize(obj)

    _dispatch = {}


Pickler._dispatch = {
    type(None): Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
    bytes: Pickler.save_bytes,
    bytearray: Pickler.save_bytearray,
    str: Pickler.save_str,
    tuple: Pickler.save_tuple,
    list: Pickler.save_list,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    type: Pickler.save_type,
}


def _save_function(self, obj):
    if obj is _codecs_encode:
        self._save_codecs_encode(obj)
    else:
        self.save_global(obj)


Pickler._dispatch[type(_codecs_encode)] = _save_function
Pickler._dispatch[type(len)] = _save_function


# ---- unpickling ----------------------------------------------------------------------

class _Input:
    """Reads a pickle from a file, serving framed data from memory."""

    def __init__(self, file_read, file_readline, file_readinto=None):
        self.file_read = file_read
        self.file_readline = file_readline
        self.frame = None
        self.pos = 0

    def read(self, n):
        frame = self.frame
        if frame is not None:
            end = self.pos + n
            if end <= len(frame):
                data = frame[self.pos:end]
                self.pos = end
                if end == len(frame):
                    self.frame = None
                return data
            raise UnpicklingError("pickle exhausted before end of frame")
        return self._read_file(n)

    def _read_file(self, n):
        data = self.file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        if self.frame is not None:
            i = self.frame.find(b'\n', self.pos)
            if i < 0:
                raise UnpicklingError("pickle exhausted before end of frame")
            data = self.frame[self.pos:i + 1]
            self.pos = i + 1
            if self.pos >= len(self.frame):
                self.frame = None
            return data
        data = self.file_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def load_frame(self, size):
        if self.frame is not None and self.pos < len(self.frame):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self.frame = self._read_file(size)
        self.pos = 0
        if not self.frame:
            self.frame = None


class _BytesFile:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n=-1):
        if n < 0:
            n = len(self.data) - self.pos
        b = self.data[self.pos:self.pos + n]
        self.pos += len(b)
        return b

    def readline(self):
        i = self.data.find(b'\n', self.pos)
        end = len(self.data) if i < 0 else i + 1
        b = self.data[self.pos:end]
        self.pos = end
        return b


def _unquote_bytes(s):
    """The bytes of a Python 2 string literal (STRING opcode)."""
    out = bytearray()
    i = 0
    n = len(s)
    simple = {0x6e: 10, 0x74: 9, 0x72: 13, 0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22,
              0x61: 7, 0x62: 8, 0x66: 12, 0x76: 11, 0x0a: None}
    while i < n:
        c = s[i]
        if c != 0x5c:
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = s[i]
        if c in simple:
            if simple[c] is not None:
                out.append(simple[c])
            i += 1
        elif c == 0x78:
            h = s[i + 1:i + 3]
            try:
                out.append(int(h, 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" % (i - 1)) from None
            i += 3
        elif 0x30 <= c <= 0x37:
            j = i
            while j < n and j < i + 3 and 0x30 <= s[j] <= 0x37:
                j += 1
            out.append(int(s[i:j], 8) & 0xff)
            i = j
        else:
            out.append(0x5c)
            out.append(c)
            i += 1
    return bytes(out)


class Unpickler:
    """Reads pickles from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        self._buffers = iter(buffers) if buffers is not None else None
        try:
            self._file_readline = file.readline
            self._file_read = file.read
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (self.__class__.__name__,))
        self._in = _Input(self._file_read, self._file_readline)
        self.read = self._in.read
        self.readline = self._in.readline
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read = self.read
        dispatch = self._dispatch
        first = True
        try:
            while True:
                if first:
                    key = self._file_read(1)
                    if not key:
                        raise EOFError("Ran out of input")
                    first = False
                else:
                    key = read(1)
                f = dispatch.get(key[0])
                if f is None:
                    c = key[0]
                    if 0x20 <= c < 0x7f:
                        raise UnpicklingError("invalid load key, '%s'." % chr(c))
                    raise UnpicklingError("invalid load key, '\\x%02x'." % c)
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, "
                              "but no persistent_load function was specified.")

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_FROM_PY2:
                module, name = _NAME_FROM_PY2[(module, name)]
            elif module in _IMPORT_FROM_PY2:
                module = _IMPORT_FROM_PY2[module]
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        __import__(module, level=0)
        mod = sys.modules[module]
        try:
            if self.proto >= 4 or '.' in name:
                return _getattribute(mod, name)[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    # ---- opcode handlers ----

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size, = _unpack('<Q', self.read(8))
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        self._in.load_frame(size)

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self.readline()
        if data == b'I00\n'[1:]:
            val = False
        elif data == b'I01\n'[1:]:
            val = True
        else:
            try:
                val = int(data, 0)
            except ValueError:
                raise ValueError("invalid literal for int() with base 10: %r" % data[:-1].decode('ascii', 'replace')) from None
        self.append(val)

    def load_binint(self):
        self.append(_unpack('<i', self.read(4))[0])

    def load_binint1(self):
        self.append(self.read(1)[0])

    def load_binint2(self):
        self.append(_unpack('<H', self.read(2))[0])

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val, 0))

    def load_long1(self):
        n = self.read(1)[0]
        self.append(_decode_long(self.read(n)))

    def load_long4(self):
        n, = _unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(_decode_long(self.read(n)))

    def load_float(self):
        self.append(float(self.readline()[:-1]))

    def load_binfloat(self):
        self.append(_unpack('>d', self.read(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_unquote_bytes(data)))

    def load_binstring(self):
        n, = _unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))

    def load_binbytes(self):
        n, = _unpack('<I', self.read(4))
        self.append(self.read(n))

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))

    def load_binbytes8(self):
        n, = _unpack('<Q', self.read(8))
        self.append(self.read(n))

    def load_bytearray8(self):
        n, = _unpack('<Q', self.read(8))
        self.append(bytearray(self.read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buf)

    def load_readonly_buffer(self):
        pass

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()[:-1]))

    def load_binunicode(self):
        n, = _unpack('<I', self.read(4))
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n, = _unpack('<Q', self.read(8))
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self._top(),)

    def load_tuple2(self):
        if len(self.stack) < 2:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        if len(self.stack) < 3:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)), err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self.read(1)[0])

    def load_ext2(self):
        self._get_extension(_unpack('<H', self.read(2))[0])

    def load_ext4(self):
        self._get_extension(_unpack('<i', self.read(4))[0])

    def _get_extension(self, code):
        obj = _extension_cache.get(code, None)
        if obj is not None:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        self.stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self.readline()[:-1]))

    def load_binget(self):
        self._memo_get(self.read(1)[0])

    def load_long_binget(self):
        self._memo_get(_unpack('<I', self.read(4))[0])

    def load_put(self):
        i = int(self.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()

    def load_binput(self):
        self.memo[self.read(1)[0]] = self._top()

    def load_long_binput(self):
        i, = _unpack('<I', self.read(4))
        self.memo[i] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None and (type(inst).__dict__.get("__setstate__") is not None or
                                     any("__setstate__" in vars(c) for c in type(inst).__mro__
                                         if c is not object)):
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        value = self._pop()
        raise _Stop(value)

    _dispatch = {}


Unpickler._dispatch = {
    MARK[0]: Unpickler.load_mark, STOP[0]: Unpickler.load_stop, POP[0]: Unpickler.load_pop,
    POP_MARK[0]: Unpickler.load_pop_mark, DUP[0]: Unpickler.load_dup, FLOAT[0]: Unpickler.load_float,
    INT[0]: Unpickler.load_int, BININT[0]: Unpickler.load_binint, BININT1[0]: Unpickler.load_binint1,
    LONG[0]: Unpickler.load_long, BININT2[0]: Unpickler.load_binint2, NONE[0]: Unpickler.load_none,
    PERSID[0]: Unpickler.load_persid, BINPERSID[0]: Unpickler.load_binpersid,
    REDUCE[0]: Unpickler.load_reduce, STRING[0]: Unpickler.load_string,
    BINSTRING[0]: Unpickler.load_binstring, SHORT_BINSTRING[0]: Unpickler.load_short_binstring,
    UNICODE[0]: Unpickler.load_unicode, BINUNICODE[0]: Unpickler.load_binunicode,
    APPEND[0]: Unpickler.load_append, BUILD[0]: Unpickler.load_build, GLOBAL[0]: Unpickler.load_global,
    DICT[0]: Unpickler.load_dict, EMPTY_DICT[0]: Unpickler.load_empty_dictionary,
    APPENDS[0]: Unpickler.load_appends, GET[0]: Unpickler.load_get, BINGET[0]: Unpickler.load_binget,
    INST[0]: Unpickler.load_inst, LONG_BINGET[0]: Unpickler.load_long_binget, LIST[0]: Unpickler.load_list,
    EMPTY_LIST[0]: Unpickler.load_empty_list, OBJ[0]: Unpickler.load_obj, PUT[0]: Unpickler.load_put,
    BINPUT[0]: Unpickler.load_binput, LONG_BINPUT[0]: Unpickler.load_long_binput,
    SETITEM[0]: Unpickler.load_setitem, TUPLE[0]: Unpickler.load_tuple,
    EMPTY_TUPLE[0]: Unpickler.load_empty_tuple, SETITEMS[0]: Unpickler.load_setitems,
    BINFLOAT[0]: Unpickler.load_binfloat, PROTO[0]: Unpickler.load_proto, NEWOBJ[0]: Unpickler.load_newobj,
    EXT1[0]: Unpickler.load_ext1, EXT2[0]: Unpickler.load_ext2, EXT4[0]: Unpickler.load_ext4,
    TUPLE1[0]: Unpickler.load_tuple1, TUPLE2[0]: Unpickler.load_tuple2, TUPLE3[0]: Unpickler.load_tuple3,
    NEWTRUE[0]: Unpickler.load_true, NEWFALSE[0]: Unpickler.load_false, LONG1[0]: Unpickler.load_long1,
    LONG4[0]: Unpickler.load_long4, BINBYTES[0]: Unpickler.load_binbytes,
    SHORT_BINBYTES[0]: Unpickler.load_short_binbytes, SHORT_BINUNICODE[0]: Unpickler.load_short_binunicode,
    BINUNICODE8[0]: Unpickler.load_binunicode8, BINBYTES8[0]: Unpickler.load_binbytes8,
    EMPTY_SET[0]: Unpickler.load_empty_set, ADDITEMS[0]: Unpickler.load_additems,
    FROZENSET[0]: Unpickler.load_frozenset, NEWOBJ_EX[0]: Unpickler.load_newobj_ex,
    STACK_GLOBAL[0]: Unpickler.load_stack_global, MEMOIZE[0]: Unpickler.load_memoize,
    FRAME[0]: Unpickler.load_frame, BYTEARRAY8[0]: Unpickler.load_bytearray8,
    NEXT_BUFFER[0]: Unpickler.load_next_buffer, READONLY_BUFFER[0]: Unpickler.load_readonly_buffer,
}


# ---- shorthands -------------------------------------------------------------------

class _BytesOut:
    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append(b)
        return len(b)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    out = _BytesOut()
    Pickler(out, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b''.join(out.parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(data, (bytes, bytearray)):
        data = bytes(memoryview(data))
    return Unpickler(_BytesFile(bytes(data)), fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()
