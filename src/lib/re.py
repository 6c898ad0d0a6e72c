"""Weft's re module: Python's regular-expression API over the native
``_re`` matcher (the fancy-regex crate).

Python pattern syntax is translated to fancy-regex syntax first
(``_translate``): ``\\Z`` → ``\\z``; ``$`` without MULTILINE → ``(?=\\n?\\z)``;
``(?P=name)`` → ``\\k<name>``; ``(?#...)`` dropped; a ``{`` that does not
start a repetition and ``[`` or set operators inside a class are escaped;
``{,n}`` → ``{0,n}``; octal escapes become ``\\x{..}``; with ASCII (or a
bytes pattern) ``\\d \\w \\s`` and their negations become ASCII classes.
Bytes are matched as latin-1 text. Where the engines differ is listed in
DESIGN.md#standard-library."""

import _re
from functools import lru_cache as _lru_cache

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
           'finditer', 'compile', 'purge', 'escape', 'error', 'Pattern',
           'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE',
           'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG',
           'RegexFlag', 'PatternError']

from enum import IntFlag as _IntFlag


class RegexFlag(_IntFlag):
    NOFLAG = 0
    TEMPLATE = T = 1
    IGNORECASE = I = 2
    LOCALE = L = 4
    MULTILINE = M = 8
    DOTALL = S = 16
    UNICODE = U = 32
    VERBOSE = X = 64
    DEBUG = 128
    ASCII = A = 256

    def __repr__(self):
        v = self._value_
        if v == 0:
            return 're.NOFLAG'
        names = []
        for name in ('TEMPLATE', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
                     'UNICODE', 'VERBOSE', 'DEBUG', 'ASCII'):
            bit = RegexFlag.__members__[name]._value_
            if v & bit:
                names.append('re.' + name)
                v &= ~bit
        if v:
            names.append(hex(v))
        return '|'.join(names)

    __str__ = object.__str__


NOFLAG = RegexFlag.NOFLAG
TEMPLATE = T = RegexFlag.TEMPLATE
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
UNICODE = U = RegexFlag.UNICODE
VERBOSE = X = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
ASCII = A = RegexFlag.ASCII


class PatternError(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
            else:
                msg = '%s at position %d' % (msg, pos)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError.__module__ = 're'
error = PatternError

_ASCII_CLASSES = {'d': '[0-9]', 'D': '[^0-9]', 'w': '[a-zA-Z0-9_]',
                  'W': '[^a-zA-Z0-9_]', 's': '[ \\t\\n\\r\\f\\v]',
                  'S': '[^ \\t\\n\\r\\f\\v]'}
_ASCII_IN_CLASS = {'d': '0-9', 'w': 'a-zA-Z0-9_', 's': ' \\t\\n\\r\\f\\v'}
_SIMPLE_ESCAPES = set('abfnrtv\\.^$*+?{}[]|()-/#&~ \'"!%,:;<=>@_`')
_DIGITS = '0123456789'


def _repetition_end(p, i):
    """If p[i] == '{' starts a valid {m}, {m,}, {,n} or {m,n}, the index
    after '}' and the normalised text; else None."""
    j = i + 1
    n = len(p)
    a = j
    while j < n and p[j] in _DIGITS:
        j += 1
    lo = p[a:j]
    if j < n and p[j] == '}':
        return (j + 1, '{' + lo + '}') if lo else None
    if j >= n or p[j] != ',':
        return None
    j += 1
    b = j
    while j < n and p[j] in _DIGITS:
        j += 1
    hi = p[b:j]
    if j < n and p[j] == '}':
        if not lo and not hi:
            return j + 1, '{0,}'
        if lo and hi and int(lo) > int(hi):
            raise error('min repeat greater than max repeat', p, i + 1)
        return j + 1, '{' + (lo or '0') + ',' + hi + '}'
    return None


def _translate(p, flags):
    out = []
    n = len(p)
    i = 0
    ascii_ = bool(flags & ASCII)
    multiline = bool(flags & MULTILINE)
    verbose = bool(flags & VERBOSE)
    depth = 0
    while i < n:
        c = p[i]
        if c == '\\':
            if i + 1 >= n:
                raise error('bad escape (end of pattern)', p, i)
            d = p[i + 1]
            if d == 'Z':
                out.append('\\z')
                i += 2
            elif ascii_ and d in _ASCII_CLASSES:
                out.append(_ASCII_CLASSES[d])
                i += 2
            elif d == '0' or (d in '1234567' and i + 3 < n + 1 and p[i + 2:i + 3] in '01234567'
                              and p[i + 2:i + 3] and p[i + 3:i + 4] and p[i + 3] in '01234567'):
                j = i + 1
                k = 0
                while j < n and k < 3 and p[j] in '01234567':
                    j += 1
                    k += 1
                v = int(p[i + 1:j], 8)
                if v > 0o377:
                    raise error('octal escape value \\%s outside of range 0-0o377'
                                % p[i + 1:j], p, i)
                out.append('\\x{%x}' % v)
                i = j
            elif d in _DIGITS:
                j = i + 1
                while j < n and j < i + 3 and p[j] in _DIGITS:
                    j += 1
                out.append('\\' + p[i + 1:j])
                i = j
            elif d.isalnum() and d not in 'abfnrtvxuUNdDsSwWbBAz':
                raise error('bad escape \\%s' % d, p, i)
            elif d == 'z':
                raise error('bad escape \\z', p, i)
            elif d == 'N':
                j = p.find('}', i)
                out.append(p[i:j + 1])
                i = j + 1
            elif d in _SIMPLE_ESCAPES or not d.isalnum():
                if d.isalnum() or d in '\\.^$*+?{}[]|()-#&~ ':
                    out.append('\\' + d)
                elif d == '\n':
                    out.append('\\n')
                else:
                    out.append(_lit(d))
                i += 2
            else:
                out.append('\\' + d)
                i += 2
        elif c == '[':
            i = _translate_class(p, i, out, ascii_)
        elif c == '(':
            if p.startswith('(?#', i):
                j = p.find(')', i)
                if j < 0:
                    raise error('missing ), unterminated comment', p, i)
                i = j + 1
                continue
            if p.startswith('(?P=', i):
                j = p.find(')', i)
                out.append('\\k<' + p[i + 4:j] + '>')
                i = j + 1
                continue
            if p.startswith('(?P<', i):
                j = p.find('>', i)
                name = p[i + 4:j]
                if j < 0:
                    raise error('missing >, unterminated name', p, i + 4)
                if not name.isidentifier():
                    raise error('bad character in group name %r' % name, p, i + 4)
            depth += 1
            out.append('(')
            i += 1
        elif c == ')':
            if depth == 0:
                raise error('unbalanced parenthesis', p, i)
            depth -= 1
            out.append(')')
            i += 1
        elif c == '{':
            r = _repetition_end(p, i)
            if r is None:
                out.append('\\{')
                i += 1
            else:
                prev = out[-1] if out else ''
                if not prev or prev in ('(', '|') or prev.endswith('(?:'):
                    raise error('nothing to repeat', p, i)
                i, text = r
                out.append(text)
        elif c == '}':
            out.append('\\}')
            i += 1
        elif c == '$' and not multiline:
            out.append('(?=\\n?\\z)')
            i += 1
        elif c in '*+?' and (not out or out[-1] in ('(', '|')) and not (c == '?' and out and out[-1] == '('):
            raise error('nothing to repeat', p, i)
        elif verbose and c == '#':
            j = p.find('\n', i)
            i = n if j < 0 else j + 1
        elif verbose and c in ' \t\n\r\f\v':
            i += 1
        elif c == '#' or c == ' ':
            out.append('\\' + c if verbose else c)
            i += 1
        else:
            out.append(c)
            i += 1
    if depth:
        raise error('missing ), unterminated subpattern', p, p.rfind('('))
    return ''.join(out)


def _lit(ch):
    o = ord(ch)
    if ch.isalnum() or ch == '_':
        return ch
    return '\\x{%x}' % o


def _translate_class(p, i, out, ascii_):
    n = len(p)
    start = i
    i += 1
    parts = ['[']
    if i < n and p[i] == '^':
        parts.append('^')
        i += 1
    first = True
    while True:
        if i >= n:
            raise error('unterminated character set', p, start)
        c = p[i]
        if c == ']' and not first:
            parts.append(']')
            i += 1
            break
        first = False
        if c == '\\':
            if i + 1 >= n:
                raise error('bad escape (end of pattern)', p, i)
            d = p[i + 1]
            if d in 'dDsSwW' and p[i + 2:i + 3] == '-' and p[i + 3:i + 4] not in ('', ']'):
                raise error('bad character range \\%s-%s' % (d, p[i + 3]), p, i)
            if ascii_ and d in _ASCII_IN_CLASS:
                parts.append(_ASCII_IN_CLASS[d])
                i += 2
            elif d in '01234567':
                j = i + 1
                while j < n and j < i + 4 and p[j] in '01234567':
                    j += 1
                parts.append('\\x{%x}' % int(p[i + 1:j], 8))
                i = j
            elif d.isalnum() and d not in 'abfnrtvxuUNdDsSwW':
                raise error('bad escape \\%s' % d, p, i)
            elif d.isalnum() or d in '\\[]^-&~':
                parts.append('\\' + d)
                i += 2
            else:
                parts.append(_lit(d))
                i += 2
        elif c in '[&~-':
            if c == '-' and parts[-1] not in ('[', '^') and i + 1 < n and p[i + 1] != ']':
                lo = p[i - 1]
                hi = p[i + 1]
                if p[i - 2:i - 1] != '\\' and hi != '\\' and lo > hi:
                    raise error('bad character range %s-%s' % (lo, hi), p, i - 1)
                parts.append('-')
            else:
                parts.append('\\' + c)
            i += 1
        else:
            parts.append(c)
            i += 1
    out.append(''.join(parts))
    return i


class Pattern:
    __slots__ = ('pattern', 'flags', '_rx', '_bytes', 'groups', 'groupindex', '__weakref__')

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self._bytes = isinstance(pattern, (bytes, bytearray))
        src = pattern.decode('latin-1') if self._bytes else pattern
        if self._bytes:
            if flags & UNICODE:
                raise ValueError('cannot use UNICODE flag with a bytes pattern')
            flags |= ASCII
        elif flags & ASCII and flags & UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        if not self._bytes:
            flags |= UNICODE
        self.flags = RegexFlag(flags) if not isinstance(flags, RegexFlag) else flags
        prefix = ''
        if flags & IGNORECASE:
            prefix += 'i'
        if flags & MULTILINE:
            prefix += 'm'
        if flags & DOTALL:
            prefix += 's'
        body = _translate(src, flags)
        if prefix:
            body = '(?' + prefix + ')' + body
        try:
            self._rx = _re.compile(body)
        except ValueError as e:
            raise error(_short_msg(str(e)), pattern, 0) from None
        self.groups = self._rx.groups()
        from types import MappingProxyType
        self.groupindex = MappingProxyType(self._rx.groupnames())

    def _text(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
            return bytes(string).decode('latin-1')
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
        return string

    def _match(self, string, pos, endpos, mode):
        text = self._text(string)
        spans = self._rx.search(text, pos, endpos, mode)
        if spans is None:
            return None
        n = len(text)
        return Match(self, string, text, spans, max(0, min(pos, n)),
                     n if endpos is None else max(0, min(endpos, n)))

    def search(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 2)

    def _scan(self, string, pos=0, endpos=None, limit=0):
        text = self._text(string)
        n = len(text)
        p = max(0, min(pos, n))
        e = n if endpos is None else max(0, min(endpos, n))
        return text, [Match(self, string, text, s, p, e)
                      for s in self._rx.scan(text, pos, endpos, limit)]

    def finditer(self, string, pos=0, endpos=None):
        return iter(self._scan(string, pos, endpos)[1])

    def findall(self, string, pos=0, endpos=None):
        text, ms = self._scan(string, pos, endpos)
        enc = self._bytes
        out = []
        g = self.groups
        for m in ms:
            sp = m._spans
            if g == 0:
                v = text[sp[0][0]:sp[0][1]]
                out.append(v.encode('latin-1') if enc else v)
            elif g == 1:
                s, e = sp[1]
                v = text[s:e] if s >= 0 else ''
                out.append(v.encode('latin-1') if enc else v)
            else:
                t = []
                for s, e in sp[1:]:
                    v = text[s:e] if s >= 0 else ''
                    t.append(v.encode('latin-1') if enc else v)
                out.append(tuple(t))
        return out

    def split(self, string, maxsplit=0):
        text, ms = self._scan(string, 0, None, max(0, maxsplit))
        if maxsplit < 0:
            ms = []
        enc = self._bytes
        out = []
        last = 0
        for m in ms:
            s, e = m._spans[0]
            out.append(text[last:s])
            for gs, ge in m._spans[1:]:
                out.append(text[gs:ge] if gs >= 0 else None)
            last = e
        out.append(text[last:])
        if enc:
            out = [x.encode('latin-1') if x is not None else None for x in out]
        return out

    def subn(self, repl, string, count=0):
        text, ms = self._scan(string, 0, None, max(0, count))
        if count < 0:
            ms = []
        enc = self._bytes
        if callable(repl):
            filt = repl
        else:
            r = repl.decode('latin-1') if enc else repl
            if enc and isinstance(repl, str):
                raise TypeError('expected a bytes-like object, %s found' % type(repl).__name__)
            if '\\' in r:
                tmpl = _parse_template(r, self)
                filt = lambda m, tmpl=tmpl: _expand(m, tmpl)
            else:
                filt = None
        pieces = []
        last = 0
        for m in ms:
            s, e = m._spans[0]
            pieces.append(text[last:s])
            if filt is None:
                pieces.append(r)
            elif callable(repl):
                v = filt(m)
                if v is not None:
                    if enc:
                        v = bytes(v).decode('latin-1')
                    elif not isinstance(v, str):
                        raise TypeError('expected str instance, %s found' % type(v).__name__)
                    pieces.append(v)
            else:
                pieces.append(filt(m))
            last = e
        pieces.append(text[last:])
        result = ''.join(pieces)
        if enc:
            result = result.encode('latin-1')
        return result, len(ms)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('Pattern.scanner is not supported by Weft')

    def __repr__(self):
        flags = self.flags & ~(UNICODE if not self._bytes else 0)
        if self._bytes:
            flags &= ~ASCII
        r = repr(self.pattern)
        if len(r) > 200:
            r = r[:200]
        if flags:
            return 're.compile(%s, %r)' % (r, RegexFlag(flags))
        return 're.compile(%s)' % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


def _short_msg(msg):
    line = msg.strip().splitlines()
    return line[-1].strip() if line else msg


def _parse_template(r, pattern):
    """A list of literal strings and group indices."""
    out = []
    lit = []
    i = 0
    n = len(r)
    while i < n:
        c = r[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', r, i)
        d = r[i + 1]
        if d == 'g':
            if i + 2 >= n or r[i + 2] != '<':
                raise error('missing <', r, i + 2)
            j = r.find('>', i + 3)
            if j < 0:
                raise error('missing >, unterminated name', r, i + 3)
            name = r[i + 3:j]
            if not name:
                raise error('missing group name', r, i + 3)
            if name.isdigit():
                idx = int(name)
                if idx > pattern.groups:
                    raise error('invalid group reference %d' % idx, r, i + 3)
            else:
                if not name.isidentifier():
                    raise error('bad character in group name %r' % name, r, i + 3)
                try:
                    idx = pattern.groupindex[name]
                except KeyError:
                    raise IndexError('unknown group name %r' % name) from None
            out.append(''.join(lit))
            lit = []
            out.append(idx)
            i = j + 1
        elif d == '0':
            j = i + 2
            while j < n and j < i + 4 and r[j] in '01234567':
                j += 1
            lit.append(chr(int(r[i + 1:j], 8)))
            i = j
        elif d in _DIGITS:
            j = i + 2
            if j < n and r[j] in _DIGITS:
                if (r[i + 1] in '01234567' and r[j] in '01234567' and j + 1 < n
                        and r[j + 1] in '01234567'):
                    lit.append(chr(int(r[i + 1:j + 2], 8)))
                    i = j + 2
                    continue
                j += 1
            idx = int(r[i + 1:j])
            if idx > pattern.groups:
                raise error('invalid group reference %d' % idx, r, i + 1)
            out.append(''.join(lit))
            lit = []
            out.append(idx)
            i = j
        else:
            esc = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v',
                   'a': '\a', 'b': '\b', '\\': '\\'}.get(d)
            if esc is not None:
                lit.append(esc)
            elif d.isascii() and d.isalpha():
                raise error('bad escape \\%s' % d, r, i)
            else:
                lit.append('\\' + d)
            i += 2
    out.append(''.join(lit))
    return out


def _expand(m, tmpl):
    parts = []
    text = m._text
    for k, t in enumerate(tmpl):
        if k % 2 == 0:
            parts.append(t)
        else:
            s, e = m._spans[t]
            if s >= 0:
                parts.append(text[s:e])
    return ''.join(parts)


class Match:
    __slots__ = ('re', 'string', '_text', '_spans', 'pos', 'endpos')

    def __init__(self, pattern, string, text, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._text = text
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(g, '__index__') and not isinstance(g, str):
            try:
                g = g.__index__()
            except AttributeError:
                raise IndexError('no such group')
            if 0 <= g < len(self._spans):
                return g
            raise IndexError('no such group')
        if isinstance(g, str):
            try:
                return self.re.groupindex[g]
            except KeyError:
                raise IndexError('no such group') from None
        raise IndexError('no such group')

    def _get(self, i, default=None):
        s, e = self._spans[i]
        if s < 0:
            return default
        v = self._text[s:e]
        return v.encode('latin-1') if self.re._bytes else v

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, len(self._spans)))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[self._index(group)][0]

    def end(self, group=0):
        return self._spans[self._index(group)][1]

    def span(self, group=0):
        return tuple(self._spans[self._index(group)])

    def expand(self, template):
        enc = self.re._bytes
        t = template.decode('latin-1') if enc else template
        r = _expand(self, _parse_template(t, self.re))
        return r.encode('latin-1') if enc else r

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for i in range(1, len(self._spans)):
            s, e = self._spans[i]
            if s >= 0 and e >= best_end:
                # the group that closed last: the one with the greatest end,
                # the outermost among equals
                if e > best_end:
                    best, best_end = i, e
        return best

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    @property
    def regs(self):
        return tuple(tuple(s) for s in self._spans)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


@_lru_cache(maxsize=512)
def _compile_cached(pattern, ptype, flags):
    return Pattern(pattern, flags)


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    return _compile_cached(pattern, type(pattern), flags)


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def purge():
    _compile_cached.cache_clear()


_special_chars = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_special_chars).encode('latin1')
