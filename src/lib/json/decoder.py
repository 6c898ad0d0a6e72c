"""JSON decoding for Weft's json module: a recursive-descent parser with
CPython's error messages and positions."""

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}
_WS = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
              'r': '\r', 't': '\t'}
_DIGITS = '0123456789'


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _Parser(self, s).value(idx)
        except RecursionError:
            raise
        finally:
            self.memo.clear()


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class _Parser:
    def __init__(self, dec, s):
        self.dec = dec
        self.s = s

    def value(self, i):
        s = self.s
        try:
            c = s[i]
        except IndexError:
            raise JSONDecodeError('Expecting value', s, i) from None
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.dec.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.dec.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.dec.parse_constant('-Infinity'), i + 9
        if c in _DIGITS or c == '-':
            return self.number(i)
        raise JSONDecodeError('Expecting value', s, i)

    def number(self, i):
        s = self.s
        n = len(s)
        start = i
        if s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and s[i] in '123456789':
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise JSONDecodeError('Expecting value', s, start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                is_float = True
                i = j
        text = s[start:i]
        if is_float:
            return self.dec.parse_float(text), i
        return self.dec.parse_int(text), i

    def string(self, i):
        s = self.s
        n = len(s)
        begin = i - 1
        chunks = []
        strict = self.dec.strict
        while True:
            j = i
            while j < n:
                c = s[j]
                if c == '"' or c == '\\' or (c < ' ' and strict):
                    break
                j += 1
            else:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            if j > i:
                chunks.append(s[i:j])
            c = s[j]
            if c == '"':
                return ''.join(chunks), j + 1
            if c != '\\':
                raise JSONDecodeError('Invalid control character at', s, j)
            j += 1
            if j >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            esc = s[j]
            if esc != 'u':
                try:
                    chunks.append(_BACKSLASH[esc])
                except KeyError:
                    raise JSONDecodeError('Invalid \\escape', s, j - 1) from None
                i = j + 1
                continue
            uni = self._hex4(j + 1, j - 1)
            i = j + 5
            if 0xd800 <= uni <= 0xdbff and s[i:i + 2] == '\\u':
                uni2 = self._hex4(i + 2, i)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    i += 6
            chunks.append(chr(uni))

    def _hex4(self, i, errpos):
        s = self.s
        esc = s[i:i + 4]
        if len(esc) == 4 and esc[1:2] not in 'xX':
            try:
                return int(esc, 16)
            except ValueError:
                pass
        raise JSONDecodeError('Invalid \\uXXXX escape', s, errpos)

    def object(self, i):
        s = self.s
        dec = self.dec
        pairs = []
        i = _skip_ws(s, i)
        if s[i:i + 1] != '"':
            if s[i:i + 1] == '}':
                if dec.object_pairs_hook is not None:
                    return dec.object_pairs_hook(pairs), i + 1
                result = {}
                if dec.object_hook is not None:
                    result = dec.object_hook(result)
                return result, i + 1
            raise JSONDecodeError(
                'Expecting property name enclosed in double quotes', s, i)
        memo = dec.memo
        while True:
            key, i = self.string(i + 1)
            key = memo.setdefault(key, key)
            i = _skip_ws(s, i)
            if s[i:i + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = _skip_ws(s, i)
            c = s[i:i + 1]
            i += 1
            if c == '}':
                break
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
            comma = i - 1
            i = _skip_ws(s, i)
            c = s[i:i + 1]
            i += 1
            if c != '"':
                if c == '}':
                    raise JSONDecodeError('Illegal trailing comma before end of object',
                                          s, comma)
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, i - 1)
            i -= 1
        if dec.object_pairs_hook is not None:
            return dec.object_pairs_hook(pairs), i
        result = dict(pairs)
        if dec.object_hook is not None:
            result = dec.object_hook(result)
        return result, i

    def array(self, i):
        s = self.s
        values = []
        i = _skip_ws(s, i)
        if s[i:i + 1] == ']':
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = _skip_ws(s, i)
            c = s[i:i + 1]
            i += 1
            if c == ']':
                break
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
            comma = i - 1
            i = _skip_ws(s, i)
            if s[i:i + 1] == ']':
                raise JSONDecodeError('Illegal trailing comma before end of array',
                                      s, comma)
        return values, i
