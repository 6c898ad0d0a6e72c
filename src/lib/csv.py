"""CSV parsing and writing (Weft's own implementation of CPython 3.13's csv)."""

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "QUOTE_STRINGS", "QUOTE_NOTNULL",
           "Error", "Dialect", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)


class Error(Exception):
    __module__ = "_csv"

_dialects = {}
_field_limit = 131072

_NOT_SET = object()


def _char_param(name, value, default, allow_none):
    if value is _NOT_SET:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if value is None:
            raise TypeError('"%s" must be string or None, not NoneType' % name if allow_none
                            else '"%s" must be string, not NoneType' % name)
        raise TypeError('"%s" must be string%s, not %s' % (name, " or None" if allow_none else "",
                                                           type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """The validated, read-only dialect a reader or writer uses (_csv.Dialect)."""
    __module__ = "_csv"
    __slots__ = ("_delimiter", "_quotechar", "_escapechar", "_doublequote",
                 "_skipinitialspace", "_lineterminator", "_quoting", "_strict")

    def __init__(self, dialect=None, **kw):
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
        for k in kw:
            if k not in ("delimiter", "quotechar", "escapechar", "doublequote",
                         "skipinitialspace", "lineterminator", "quoting", "strict"):
                raise TypeError("this function got an unexpected keyword argument '%s'" % k)

        def get(name, default):
            if name in kw:
                return kw[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default

        set_ = object.__setattr__
        quoting = get("quoting", QUOTE_MINIMAL)
        if not isinstance(quoting, int) or isinstance(quoting, bool) and False:
            raise TypeError('"quoting" must be an integer, not %s' % type(quoting).__name__)
        if quoting not in range(6):
            raise TypeError('bad "quoting" value')
        set_(self, "_quoting", int(quoting))
        delim = get("delimiter", ",")
        set_(self, "_delimiter", _char_param("delimiter", delim, ",", False))
        qc = get("quotechar", _NOT_SET)
        if qc is None and "quotechar" not in kw and dialect is None:
            qc = _NOT_SET
        set_(self, "_quotechar", _char_param("quotechar", qc, '"', True))
        ec = get("escapechar", None)
        set_(self, "_escapechar", _char_param("escapechar", ec, None, True))
        set_(self, "_doublequote", bool(get("doublequote", True)))
        set_(self, "_skipinitialspace", bool(get("skipinitialspace", False)))
        lt = get("lineterminator", "\r\n")
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        set_(self, "_lineterminator", lt)
        set_(self, "_strict", bool(get("strict", False)))
        if self._quotechar is None and "quotechar" in kw and self._quoting != QUOTE_NONE and False:
            raise TypeError("quotechar must be set if quoting enabled")
        d = self._delimiter
        if d in "\r\n":
            raise ValueError("bad delimiter value")
        if self._quotechar is not None and self._quotechar in "\r\n":
            raise ValueError("bad quotechar value")
        if self._escapechar is not None and self._escapechar in "\r\n":
            raise ValueError("bad escapechar value")
        if any(c in "\r\n" for c in lt) and False:
            raise ValueError("bad lineterminator value")
        if d == self._quotechar:
            raise ValueError("bad delimiter or quotechar value")
        if d == self._escapechar:
            raise ValueError("bad delimiter or escapechar value")
        if self._escapechar is not None and self._escapechar == self._quotechar:
            raise ValueError("bad escapechar or quotechar value")

    delimiter = property(lambda self: self._delimiter)
    quotechar = property(lambda self: self._quotechar)
    escapechar = property(lambda self: self._escapechar)
    doublequote = property(lambda self: self._doublequote)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    lineterminator = property(lambda self: self._lineterminator)
    quoting = property(lambda self: self._quoting)
    strict = property(lambda self: self._strict)

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)

    def __reduce_ex__(self, proto):
        raise TypeError("cannot pickle '_csv.Dialect' instances")


_Dialect = Dialect


class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.

    """
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            # Re-raise to get a traceback showing more user code.
            raise Error(str(e)) from None


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    global _field_limit
    if kwargs:
        raise TypeError("field_size_limit() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


# reader states
_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)


class reader:
    __module__ = "_csv"
    __slots__ = ("_it", "dialect", "line_num", "_fields", "_field", "_state", "_unquoted")

    def __init__(self, iterable, dialect="excel", **kwargs):
        self._it = iter(iterable)
        self.dialect = _make_dialect(dialect, kwargs)
        self.line_num = 0
        self._fields = None

    def __iter__(self):
        return self

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._unquoted:
            q = self.dialect._quoting
            if field == "" and (q == QUOTE_STRINGS or q == QUOTE_NOTNULL):
                field = None
            elif field != "" and (q == QUOTE_NONNUMERIC or q == QUOTE_STRINGS):
                field = float(field)
        self._unquoted = True
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process_line(self, line):
        d = self.dialect
        delim = d._delimiter
        qc = d._quotechar
        esc = d._escapechar
        quoting_on = d._quoting != QUOTE_NONE
        state = self._state
        field = self._field
        limit = _field_limit
        for c in line:
            if state == _START_RECORD:
                if c == "\n" or c == "\r":
                    state = _EAT_CRNL
                    continue
                state = _START_FIELD
            if state == _START_FIELD:
                if c == "\n" or c == "\r":
                    self._state = state
                    self._save_field()
                    field = self._field
                    state = _EAT_CRNL
                elif c == qc and quoting_on:
                    self._unquoted = False
                    state = _IN_QUOTED_FIELD
                elif c == esc:
                    state = _ESCAPED_CHAR
                elif c == " " and d._skipinitialspace:
                    pass
                elif c == delim:
                    self._save_field()
                    field = self._field
                else:
                    if len(field) >= limit:
                        raise Error("field larger than field limit (%d)" % limit)
                    field.append(c)
                    state = _IN_FIELD
            elif state == _ESCAPED_CHAR:
                if c == "\n" or c == "\r":
                    field.append(c)
                    state = _AFTER_ESCAPED_CRNL
                    continue
                if len(field) >= limit:
                    raise Error("field larger than field limit (%d)" % limit)
                field.append(c)
                state = _IN_FIELD
            elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
                if c == "\n" or c == "\r":
                    self._save_field()
                    field = self._field
                    state = _EAT_CRNL
                elif c == esc:
                    state = _ESCAPED_CHAR
                elif c == delim:
                    self._save_field()
                    field = self._field
                    state = _START_FIELD
                else:
                    if len(field) >= limit:
                        raise Error("field larger than field limit (%d)" % limit)
                    field.append(c)
                    state = _IN_FIELD
            elif state == _IN_QUOTED_FIELD:
                if c == esc:
                    state = _ESCAPE_IN_QUOTED_FIELD
                elif c == qc and quoting_on:
                    state = _QUOTE_IN_QUOTED_FIELD if d._doublequote else _IN_FIELD
                else:
                    if len(field) >= limit:
                        raise Error("field larger than field limit (%d)" % limit)
                    field.append(c)
            elif state == _ESCAPE_IN_QUOTED_FIELD:
                if len(field) >= limit:
                    raise Error("field larger than field limit (%d)" % limit)
                field.append(c)
                state = _IN_QUOTED_FIELD
            elif state == _QUOTE_IN_QUOTED_FIELD:
                if quoting_on and c == qc:
                    field.append(c)
                    state = _IN_QUOTED_FIELD
                elif c == delim:
                    self._save_field()
                    field = self._field
                    state = _START_FIELD
                elif c == "\n" or c == "\r":
                    self._save_field()
                    field = self._field
                    state = _EAT_CRNL
                elif not d._strict:
                    field.append(c)
                    state = _IN_FIELD
                else:
                    raise Error("'%s' expected after '%s'" % (delim, qc))
            elif state == _EAT_CRNL:
                if c == "\n" or c == "\r":
                    pass
                else:
                    raise Error("new-line character seen in unquoted field - "
                                "do you need to open the file with newline=''?")
        # end of line
        if state == _START_RECORD or state == _EAT_CRNL:
            state = _START_RECORD
        elif state == _START_FIELD or state == _IN_FIELD or state == _QUOTE_IN_QUOTED_FIELD:
            self._save_field()
            state = _START_RECORD
        elif state == _ESCAPED_CHAR or state == _ESCAPE_IN_QUOTED_FIELD:
            self._field.append("\n")
            state = _IN_FIELD if state == _ESCAPED_CHAR else _IN_QUOTED_FIELD
        elif state == _AFTER_ESCAPED_CRNL:
            pass
        self._state = state

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._unquoted = True
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect._strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            self._process_line(line)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields


_reader = reader


def reader(*args, **kwargs):
    if not args:
        raise TypeError("expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError("expected at most 2 arguments, got %d" % len(args))
    return _reader(*args, **kwargs)


class writer:
    __module__ = "_csv"
    __slots__ = ("_write", "dialect")

    def __init__(self, fileobj, dialect="excel", **kwargs):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _make_dialect(dialect, kwargs)

    def _join(self, rec, field, quoted, first):
        d = self.dialect
        delim = d._delimiter
        qc = d._quotechar
        esc = d._escapechar
        lt = d._lineterminator
        quoting = d._quoting
        out = []
        for c in field:
            if c == delim or c == esc or c == qc or c == "\n" or c == "\r" or c in lt:
                want_escape = False
                if quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == qc:
                        if d._doublequote:
                            out.append(qc)
                        else:
                            want_escape = True
                    elif c == esc:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if esc is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(esc)
            out.append(c)
        if not first:
            rec.append(delim)
        s = "".join(out)
        if quoted:
            s = qc + s + qc
        rec.append(s)

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        quoting = d._quoting
        rec = []
        n = 0
        for field in it:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex)) or isinstance(field, bool) and False
                try:
                    quoted = not (isinstance(field, (int, float, complex)) or hasattr(type(field), "__float__") or hasattr(type(field), "__index__"))
                except Exception:
                    quoted = True
            elif quoting == QUOTE_ALL:
                quoted = True
            elif quoting == QUOTE_STRINGS:
                quoted = isinstance(field, str)
            elif quoting == QUOTE_NOTNULL:
                quoted = field is not None
            else:
                quoted = False
            if field is None:
                s = ""
            elif isinstance(field, str):
                s = field
            else:
                s = str(field)
            if d._quotechar is None and quoted:
                quoted = False
            self._join(rec, s, quoted, n == 0)
            n += 1
        if n == 1 and rec[0] == "":
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            q = d._quotechar if d._quotechar is not None else '"'
            rec[0] = q + q
        rec.append(d._lineterminator)
        return self._write("".join(rec))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_writer = writer


def writer(*args, **kwargs):
    if not args:
        raise TypeError("expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError("expected at most 2 arguments, got %d" % len(args))
    return _writer(*args, **kwargs)


class DictReader:
    """Rows as dicts keyed by the first row (or by `fieldnames`)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames  # reads the header row
        row = next(self.reader)
        while not row:  # blank lines give no dict
            row = next(self.reader)
        self.line_num = self.reader.line_num
        names = self.fieldnames
        out = dict(zip(names, row))
        if len(row) > len(names):
            out[self.restkey] = row[len(names):]
        else:
            for name in names[len(row):]:
                out[name] = self.restval
        return out

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class DictWriter:
    """Writes dicts as rows, fields in the order of `fieldnames`."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        action = extrasaction.lower()
        if action != "raise" and action != "ignore":
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % action)
        self.extrasaction = action
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _row(self, rowdict):
        if self.extrasaction == "raise":
            extra = [k for k in rowdict if k not in self.fieldnames]
            if extra:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(k) for k in extra))
        restval = self.restval
        return [rowdict.get(name, restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._row(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._row(d) for d in rowdicts)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Sniffer:
    """Guesses a CSV sample's dialect and whether it starts with a header."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        quote, doubleq, delim, skipsp = self._by_quotes(sample, delimiters)
        if not delim:
            delim, skipsp = self._by_frequency(sample, delimiters)
        if not delim:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doubleq
        dialect.delimiter = delim
        dialect.quotechar = quote or '"'
        dialect.skipinitialspace = skipsp
        return dialect

    # A quoted field framed by the same delimiter on both sides (or by a
    # line edge) tells the quote character and the delimiter.
    _QUOTE_PATTERNS = (
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
        r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
        r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    )

    def _by_quotes(self, data, delimiters):
        found = None
        for pat in self._QUOTE_PATTERNS:
            rx = re.compile(pat, re.DOTALL | re.MULTILINE)
            found = [m.groupdict() for m in rx.finditer(data)]
            if found:
                break
        if not found:
            return ("", False, None, 0)
        quotes = {}
        delims = {}
        spaced = 0
        for g in found:
            q = g.get("quote")
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if "delim" not in g:
                continue
            dl = g["delim"]
            if dl and (delimiters is None or dl in delimiters):
                delims[dl] = delims.get(dl, 0) + 1
            if "space" in g and g["space"]:
                spaced += 1
        quote = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipsp = delims[delim] == spaced
            if delim == "\n":
                delim = ""
        else:
            delim = ""
            skipsp = 0
        d = re.escape(delim)
        doubled = re.compile(
            r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)" % (d, quote, d, quote, d, quote, d),
            re.MULTILINE)
        return (quote, bool(doubled.search(data)), delim, skipsp)

    def _by_frequency(self, data, delimiters):
        # A delimiter occurs about equally often on every line: for each
        # ASCII character take the mode of its per-line counts (less the
        # lines off the mode) over growing chunks of lines, and keep the
        # characters whose mode covers enough lines.
        lines = [ln for ln in data.split("\n") if ln]
        chunk = min(10, len(lines))
        freq = {}
        modes = {}
        cands = {}
        rounds = 0
        lo, hi = 0, chunk
        while lo < len(lines):
            rounds += 1
            for ln in lines[lo:hi]:
                for code in range(127):
                    ch = chr(code)
                    table = freq.setdefault(ch, {})
                    n = ln.count(ch)
                    table[n] = table.get(n, 0) + 1
            for ch, table in freq.items():
                pairs = list(table.items())
                if len(pairs) == 1 and pairs[0][0] == 0:
                    continue
                if len(pairs) > 1:
                    best = max(pairs, key=lambda p: p[1])
                    others = sum(p[1] for p in pairs if p is not best)
                    modes[ch] = (best[0], best[1] - others)
                else:
                    modes[ch] = pairs[0]
            total = float(min(chunk * rounds, len(lines)))
            level = 1.0
            while not cands and level >= 0.9:
                for ch, (count, lines_at) in modes.items():
                    if count > 0 and lines_at > 0 and lines_at / total >= level \
                            and (delimiters is None or ch in delimiters):
                        cands[ch] = (count, lines_at)
                level -= 0.01
            if len(cands) == 1:
                delim = next(iter(cands))
                return (delim, lines[0].count(delim) == lines[0].count(delim + " "))
            lo = hi
            hi += chunk
        if not cands:
            return ("", 0)
        if len(cands) > 1:
            for delim in self.preferred:
                if delim in cands:
                    return (delim, lines[0].count(delim) == lines[0].count(delim + " "))
        delim = max((v, k) for k, v in cands.items())[1]
        return (delim, lines[0].count(delim) == lines[0].count(delim + " "))

    def has_header(self, sample):
        # Columns whose later rows agree on a type (a number, or a fixed
        # length) vote: a first row that differs from its column suggests
        # a header.
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        ncols = len(header)
        kinds = dict.fromkeys(range(ncols))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != ncols:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
