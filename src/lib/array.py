"""Typed arrays of numbers and characters (Weft's implementation of CPython 3.13's array).

The items live in a list, each checked and converted when stored (ints
range-checked as the C type would be, 'f' rounded to single precision);
the byte forms go through struct in native order.
"""

import struct as _struct

typecodes = "bBuwhHiIlLqQfd"

_BAD_TYPECODE = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"

# code: (itemsize, struct code, (min, max) or None, overflow messages)
_INT_RANGES = {
    "b": (1, -128, 127, "signed char is less than minimum", "signed char is greater than maximum"),
    "B": (1, 0, 255, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum"),
    "h": (2, -32768, 32767, "signed short integer is less than minimum", "signed short integer is greater than maximum"),
    "H": (2, 0, 65535, "unsigned short is less than minimum", "unsigned short is greater than maximum"),
    "i": (4, -2**31, 2**31 - 1, "signed integer is less than minimum", "signed integer is greater than maximum"),
    "I": (4, 0, 2**32 - 1, "can't convert negative value to unsigned int", "unsigned int is greater than maximum"),
    "l": (8, -2**63, 2**63 - 1, "Python int too large to convert to C long", "Python int too large to convert to C long"),
    "L": (8, 0, 2**64 - 1, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long"),
    "q": (8, -2**63, 2**63 - 1, "int too big to convert", "int too big to convert"),
    "Q": (8, 0, 2**64 - 1, "int too big to convert", "int too big to convert"),
}

_STRUCT_CODE = {"b": "b", "B": "B", "h": "h", "H": "H", "i": "i", "I": "I",
                "l": "q", "L": "Q", "q": "q", "Q": "Q", "f": "f", "d": "d"}


def _itemsize(tc):
    if tc in _INT_RANGES:
        return _INT_RANGES[tc][0]
    return 4 if tc in "uwf" else 8


def _converter(tc):
    if tc in _INT_RANGES:
        _, lo, hi, lomsg, himsg = _INT_RANGES[tc]

        def conv(v):
            if not isinstance(v, int):
                if isinstance(v, float) or not hasattr(type(v), "__index__"):
                    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
                v = v.__index__()
            if v < lo:
                raise OverflowError(lomsg)
            if v > hi:
                raise OverflowError(himsg)
            return int(v)
        return conv
    if tc == "d":
        def conv(v):
            if isinstance(v, float):
                return v
            if isinstance(v, (str, bytes, bytearray)) or not (
                    hasattr(type(v), "__float__") or hasattr(type(v), "__index__")):
                raise TypeError("must be real number, not %s" % type(v).__name__)
            return float(v)
        return conv
    if tc == "f":
        pk = _struct.Struct("f")

        def conv(v):
            if isinstance(v, (str, bytes, bytearray)) or not (
                    isinstance(v, (int, float)) or hasattr(type(v), "__float__") or hasattr(type(v), "__index__")):
                raise TypeError("must be real number, not %s" % type(v).__name__)
            x = float(v)
            if x != x or x in (float("inf"), float("-inf")):
                return x
            if abs(x) >= 3.4028235677973366e+38:
                return x if abs(x) == 3.4028235677973366e+38 else (float("inf") if x > 0 else float("-inf"))
            return pk.unpack(pk.pack(x))[0]
        return conv

    def conv(v):
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    return conv


_CONVERTERS = {tc: _converter(tc) for tc in typecodes}


class array:
    """array(typecode[, initializer]) -> array"""

    __slots__ = ("_tc", "_items", "_conv", "__weakref__")

    def __new__(cls, *args, **kwargs):
        if cls is array and kwargs:
            raise TypeError("array.array() takes no keyword arguments")
        if not 1 <= len(args) <= 2:
            raise TypeError("array() takes at most 2 arguments (%d given)" % len(args) if args
                            else "array() takes at least 1 argument (0 given)")
        tc = args[0]
        if not isinstance(tc, str) or len(tc) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(tc).__name__)
        if tc not in typecodes:
            raise ValueError(_BAD_TYPECODE)
        self = object.__new__(cls)
        self._tc = tc
        self._conv = _CONVERTERS[tc]
        self._items = []
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if tc not in "uw":
                    raise TypeError("cannot use a str to initialize an array with typecode '%s'" % tc)
                self._items = list(init)
            elif isinstance(init, array):
                if init._tc in "uw" and tc not in "uw":
                    raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % tc)
                self._items = [self._conv(v) for v in init._items]
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            else:
                conv = self._conv
                self._items = [conv(v) for v in init]
        return self

    def __init__(self, *args, **kwargs):
        pass

    # ---- attributes ----
    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _itemsize(self._tc)

    # ---- conversions ----
    def tolist(self):
        return list(self._items)

    def tobytes(self):
        tc = self._tc
        if tc in "uw":
            return b"".join(ord(c).to_bytes(4, "little") for c in self._items)
        return _struct.pack("=%d%s" % (len(self._items), _STRUCT_CODE[tc]), *self._items)

    def frombytes(self, buffer):
        if isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(buffer)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        tc = self._tc
        if tc in "uw":
            self._items.extend(chr(int.from_bytes(data[i:i + 4], "little")) for i in range(0, len(data), 4))
        else:
            self._items.extend(_struct.unpack("=%d%s" % (len(data) // size, _STRUCT_CODE[tc]), data))

    def fromlist(self, list_):
        if not isinstance(list_, list):
            raise TypeError("arg must be list")
        conv = self._conv
        self._items.extend([conv(v) for v in list_])

    def tounicode(self):
        if self._tc not in "uw":
            raise ValueError("tounicode() may only be called on unicode type arrays ('u' or 'w')")
        return "".join(self._items)

    def fromunicode(self, ustr):
        if self._tc not in "uw":
            raise ValueError("fromunicode() may only be called on unicode type arrays ('u' or 'w')")
        if not isinstance(ustr, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(ustr).__name__)
        self._items.extend(ustr)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        if not isinstance(n, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
        if n < 0:
            raise ValueError("negative count")
        want = n * self.itemsize
        data = f.read(want)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        whole = len(data) - len(data) % self.itemsize
        self.frombytes(data[:whole])
        if len(data) != want:
            raise EOFError("read() didn't return enough bytes")

    def buffer_info(self):
        return (id(self._items), len(self._items))

    def byteswap(self):
        tc = self._tc
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        del self._items[:]
        self.frombytes(swapped)

    # ---- list-like methods ----
    def append(self, v):
        self._items.append(self._conv(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        conv = self._conv
        for v in iterable:
            self._items.append(conv(v))

    def insert(self, i, v):
        self._items.insert(i, self._conv(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        try:
            if stop is None:
                return self._items.index(v, start)
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    # ---- sequence protocol ----
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def _new(self, items):
        a = object.__new__(type(self))
        a._tc = self._tc
        a._conv = self._conv
        a._items = items
        return a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = list(v._items)
            return
        v = self._conv(v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("can only extend with array of same kind")
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), "__index__"):
            return NotImplemented
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return None
        return self._items, other._items

    def __eq__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] == p[1]

    def __ne__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] != p[1]

    def __lt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] < p[1]

    def __le__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] <= p[1]

    def __gt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] > p[1]

    def __ge__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] >= p[1]

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __repr__(self):
        name = type(self).__name__ if type(self) is not array else "array"
        tc = self._tc
        if not self._items:
            return "%s(%r)" % (name, tc)
        if tc in "uw":
            return "%s(%r, %r)" % (name, tc, "".join(self._items))
        return "%s(%r, %r)" % (name, tc, self._items)

    def __bytes__(self):
        return self.tobytes()

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        d = getattr(self, "__dict__", None)
        if self._tc in "uw":
            return (type(self), (self._tc, "".join(self._items)), d)
        return (type(self), (self._tc, list(self._items)), d)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


array.__module__ = "array"
ArrayType = array
