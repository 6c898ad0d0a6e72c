"""Weft's io module: in-memory streams (StringIO, BytesIO) and the names
of the io class hierarchy. Files come from the built-in ``open``."""

__all__ = ['StringIO', 'BytesIO', 'IOBase', 'RawIOBase', 'BufferedIOBase',
           'TextIOBase', 'UnsupportedOperation', 'open', 'SEEK_SET',
           'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'TextIOWrapper']

import sys as _sys

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


class UnsupportedOperation(OSError):
    # CPython's also derives from ValueError; Weft's OSError and ValueError
    # have different instance layouts, so only OSError here.
    pass


class IOBase:
    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _checkClosed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def flush(self):
        self._checkClosed()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readlines(self, hint=-1):
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if 0 < hint <= n:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _MemoryIO:
    """Shared buffer logic: a list holding the value (joined lazily) and a
    position. Writes at the end append; others splice."""

    def _init_buf(self, initial):
        self._chunks = [initial] if initial else []
        self._len = len(initial)
        self._pos = 0
        self.closed = False

    def _value(self):
        ch = self._chunks
        if len(ch) > 1:
            v = self._empty.join(ch)
            self._chunks = [v]
            return v
        return ch[0] if ch else self._empty

    def _write(self, s):
        n = len(s)
        if not n:
            return 0
        pos = self._pos
        if pos == self._len:
            self._chunks.append(s)
            self._len += n
        else:
            v = self._value()
            if pos > len(v):
                v = v + self._pad * (pos - len(v))
            v = v[:pos] + s + v[pos + n:]
            self._chunks = [v]
            self._len = len(v)
        self._pos = pos + n
        return n

    def _read(self, size):
        v = self._value()
        pos = self._pos
        if size is None or size < 0:
            end = len(v)
        else:
            end = min(len(v), pos + size)
        if pos >= end:
            return self._empty
        self._pos = end
        return v[pos:end]

    def _readline(self, size, nl):
        v = self._value()
        pos = self._pos
        if pos >= len(v):
            return self._empty
        i = v.find(nl, pos)
        end = len(v) if i < 0 else i + len(nl)
        if size is not None and size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return v[pos:end]

    def _seek(self, pos, whence):
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._len + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def _truncate(self, size):
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('negative size value %d' % size)
        v = self._value()
        if size < len(v):
            v = v[:size]
            self._chunks = [v] if v else []
            self._len = len(v)
        return size


class StringIO(_MemoryIO, TextIOBase):
    _empty = ''
    _pad = '\0'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        self._newline = newline
        self._init_buf(self._translate(initial_value))
        self._pos = 0

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if nl in ('\r', '\r\n'):
            return s.replace('\n', nl)
        return s

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        self._checkClosed()
        return self._value()

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        self._write(self._translate(s))
        return n

    def read(self, size=-1):
        self._checkClosed()
        return self._read(size)

    def readline(self, size=-1):
        self._checkClosed()
        nl = self._newline
        if nl in (None, '', '\n'):
            return self._readline(size, '\n')
        return self._readline(size, nl)

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        return self._seek(pos, whence)

    def truncate(self, size=None):
        self._checkClosed()
        return self._truncate(size)

    def close(self):
        self.closed = True
        self._chunks = []

    def detach(self):
        raise UnsupportedOperation('detach')

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)

    def __getstate__(self):
        raise TypeError("cannot pickle 'StringIO' object")


class BytesIO(_MemoryIO, BufferedIOBase):
    _empty = b''
    _pad = b'\0'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._init_buf(bytes(initial_bytes))

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        self._checkClosed()
        return self._value()

    def getbuffer(self):
        self._checkClosed()
        return memoryview(self._value())

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        return self._write(b)

    def read(self, size=-1):
        self._checkClosed()
        return self._read(size)

    read1 = read

    def readline(self, size=-1):
        self._checkClosed()
        return self._readline(size, b'\n')

    def readinto(self, buf):
        data = self.read(len(buf))
        n = len(data)
        buf[:n] = data
        return n

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        return self._seek(pos, whence)

    def truncate(self, size=None):
        self._checkClosed()
        return self._truncate(size)

    def close(self):
        self.closed = True
        self._chunks = []

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)


for _c in (IOBase, RawIOBase, BufferedIOBase, TextIOBase, StringIO, BytesIO):
    _c.__module__ = '_io' if _c in (StringIO, BytesIO) else 'io'


class TextIOWrapper(TextIOBase):
    """Text over a binary buffer (a BytesIO or a file opened in binary
    mode): decoded on read, encoded on write. The interpreter's own
    stdin/stdout/stderr and text files from open() are a native type."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        self.buffer = buffer
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self._newline = newline
        self.line_buffering = line_buffering
        self._pending = ''
        self._decoded = None

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return getattr(self.buffer, 'name', None)

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def _translate(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        return s

    def _text(self):
        if self._decoded is None:
            data = self.buffer.read()
            self._decoded = StringIO(self._translate(data.decode(self._encoding, self._errors)),
                                     newline='\n')
        return self._decoded

    def read(self, size=-1):
        self._checkClosed()
        return self._text().read(size)

    def readline(self, size=-1):
        self._checkClosed()
        return self._text().readline(size)

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self._encoding, self._errors))
        return len(s)

    def flush(self):
        f = getattr(self.buffer, 'flush', None)
        if f is not None:
            f()

    def close(self):
        if not self.buffer.closed:
            self.buffer.close()

    def detach(self):
        b = self.buffer
        self.buffer = None
        return b

    def seek(self, pos, whence=0):
        self._decoded = None
        return self.buffer.seek(pos, whence)

    def tell(self):
        if self._decoded is not None:
            raise UnsupportedOperation('tell() after reading is not supported by Weft')
        return self.buffer.tell()

    def __repr__(self):
        return "<_io.TextIOWrapper encoding='%s'>" % self._encoding
