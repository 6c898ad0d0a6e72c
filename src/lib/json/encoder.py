"""JSON encoding for Weft's json module."""

_ESC = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n',
        '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESC.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i

INFINITY = float('inf')


def _needs_escape(s, ascii_only):
    for c in s:
        if c < ' ' or c == '"' or c == '\\' or (ascii_only and c > '~'):
            return True
    return False


def py_encode_basestring(s):
    if not _needs_escape(s, False):
        return '"' + s + '"'
    esc = _ESC
    return '"' + ''.join([esc.get(c, c) for c in s]) + '"'


def py_encode_basestring_ascii(s):
    if s.isascii() and not _needs_escape(s, False):
        return '"' + s + '"'
    out = []
    esc = _ESC
    for c in s:
        e = esc.get(c)
        if e is not None:
            out.append(e)
        elif c <= '~':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u{0:04x}'.format(n))
            else:
                n -= 0x10000
                s1 = 0xd800 | ((n >> 10) & 0x3ff)
                s2 = 0xdc00 | (n & 0x3ff)
                out.append('\\u{0:04x}\\u{1:04x}'.format(s1, s2))
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = []
        self._encode(o, chunks, {} if self.check_circular else None, 0)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The encoding in chunks, split as CPython's pure-Python
        encoder splits it (a container's opening bracket travels with its
        first scalar item)."""
        return self._iter(o, {} if self.check_circular else None, 0)

    def _scalar(self, o):
        if isinstance(o, str):
            return self._str(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self._floatstr(o)
        return None

    def _iter(self, o, markers, level):
        s = self._scalar(o)
        if s is not None:
            yield s
        elif isinstance(o, (list, tuple)):
            yield from self._iter_list(o, markers, level)
        elif isinstance(o, dict):
            yield from self._iter_dict(o, markers, level)
        else:
            if markers is not None:
                mid = id(o)
                if mid in markers:
                    raise ValueError('Circular reference detected')
                markers[mid] = o
            yield from self._iter(self.default(o), markers, level)
            if markers is not None:
                del markers[mid]

    def _iter_list(self, lst, markers, level):
        if not lst:
            yield '[]'
            return
        if markers is not None:
            mid = id(lst)
            if mid in markers:
                raise ValueError('Circular reference detected')
            markers[mid] = lst
        buf = '['
        if self.indent is not None:
            level += 1
            nl = self._indent(level)
            sep = self.item_separator + nl
            buf += nl
        else:
            nl = None
            sep = self.item_separator
        first = True
        for v in lst:
            if first:
                first = False
            else:
                buf = sep
            s = self._scalar(v)
            if s is not None:
                yield buf + s
            else:
                yield buf
                yield from self._iter(v, markers, level)
        if nl is not None:
            level -= 1
            yield self._indent(level)
        yield ']'
        if markers is not None:
            del markers[mid]

    def _iter_dict(self, dct, markers, level):
        if not dct:
            yield '{}'
            return
        if markers is not None:
            mid = id(dct)
            if mid in markers:
                raise ValueError('Circular reference detected')
            markers[mid] = dct
        yield '{'
        if self.indent is not None:
            level += 1
            nl = self._indent(level)
            sep = self.item_separator + nl
            yield nl
        else:
            nl = None
            sep = self.item_separator
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield sep
            yield self._str(key)
            yield self.key_separator
            s = self._scalar(value)
            if s is not None:
                yield s
            else:
                yield from self._iter(value, markers, level)
        if nl is not None:
            level -= 1
            yield self._indent(level)
        yield '}'
        if markers is not None:
            del markers[mid]

    def _floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: '
                             + repr(o))
        return text

    def _str(self, s):
        if self.ensure_ascii:
            return encode_basestring_ascii(s)
        return encode_basestring(s)

    def _encode(self, o, out, markers, level):
        if isinstance(o, str):
            out.append(self._str(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._floatstr(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, markers, level)
        elif isinstance(o, dict):
            self._encode_dict(o, out, markers, level)
        else:
            if markers is not None:
                mid = id(o)
                if mid in markers:
                    raise ValueError('Circular reference detected')
                markers[mid] = o
            try:
                newobj = self.default(o)
                self._encode(newobj, out, markers, level)
            except BaseException as e:
                if hasattr(e, 'add_note'):
                    e.add_note(f'when serializing {type(o).__name__} object')
                raise
            if markers is not None:
                del markers[mid]

    def _indent(self, level):
        ind = self.indent
        if not isinstance(ind, str):
            ind = ' ' * ind
        return '\n' + ind * level

    def _encode_list(self, lst, out, markers, level):
        if not lst:
            out.append('[]')
            return
        if markers is not None:
            mid = id(lst)
            if mid in markers:
                raise ValueError('Circular reference detected')
            markers[mid] = lst
        out.append('[')
        if self.indent is not None:
            level += 1
            nl = self._indent(level)
            sep = self.item_separator + nl
            out.append(nl)
        else:
            sep = self.item_separator
        first = True
        for i, v in enumerate(lst):
            if not first:
                out.append(sep)
            first = False
            try:
                self._encode(v, out, markers, level)
            except BaseException as e:
                if hasattr(e, 'add_note'):
                    e.add_note(f'when serializing {type(lst).__name__} item {i}')
                raise
        if self.indent is not None:
            level -= 1
            out.append(self._indent(level))
        out.append(']')
        if markers is not None:
            del markers[mid]

    def _encode_dict(self, dct, out, markers, level):
        if not dct:
            out.append('{}')
            return
        if markers is not None:
            mid = id(dct)
            if mid in markers:
                raise ValueError('Circular reference detected')
            markers[mid] = dct
        out.append('{')
        if self.indent is not None:
            level += 1
            nl = self._indent(level)
            sep = self.item_separator + nl
            out.append(nl)
        else:
            sep = self.item_separator
        items = dct.items()
        if self.sort_keys:
            items = sorted(items)
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if not first:
                out.append(sep)
            first = False
            out.append(self._str(key))
            out.append(self.key_separator)
            try:
                self._encode(value, out, markers, level)
            except BaseException as e:
                if hasattr(e, 'add_note'):
                    e.add_note(f'when serializing {type(dct).__name__} item {key!r}')
                raise
        if self.indent is not None:
            level -= 1
            out.append(self._indent(level))
        out.append('}')
        if markers is not None:
            del markers[mid]
