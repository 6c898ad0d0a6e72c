"""Reading and writing gzip files (Weft's implementation of CPython 3.13's gzip).

`compress`/`decompress` and `GzipFile`/`open` over zlib's raw DEFLATE
streams; the gzip header and CRC-32/size trailer are handled here, with
CPython's exceptions (BadGzipFile, EOFError for a truncated stream). A
GzipFile opened for reading decompresses the whole file on first use.
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ = 'rb'
WRITE = 'wb'
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
READ_BUFFER_SIZE = 128 * 1024
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _is_pathlike(x):
    return isinstance(x, (str, bytes)) or hasattr(type(x), "__fspath__")


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if _is_pathlike(filename):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _header(level, mtime, fname=b""):
    flags = FNAME if fname else 0
    xfl = 2 if level == _COMPRESS_LEVEL_BEST else 4 if level == _COMPRESS_LEVEL_FAST else 0
    head = b"\037\213\010" + bytes((flags,)) + struct.pack("<L", int(mtime) & 0xffffffff) \
        + bytes((xfl, 255))
    if fname:
        head += fname + b"\000"
    return head


def _parse_header(data, pos):
    """The offset just past the gzip header at data[pos:], or None at the
    end of the data; also the header's mtime."""
    magic = data[pos:pos + 2]
    if not magic:
        return None, None
    if magic != b"\037\213":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    if len(data) < pos + 10:
        raise EOFError(_TRUNCATED)
    method, flag, mtime = struct.unpack("<BBI", data[pos + 2:pos + 8])
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    p = pos + 10
    if flag & FEXTRA:
        if len(data) < p + 2:
            raise EOFError(_TRUNCATED)
        extra, = struct.unpack("<H", data[p:p + 2])
        p += 2 + extra
    for bit in (FNAME, FCOMMENT):
        if flag & bit:
            end = data.find(b"\000", p)
            if end < 0:
                raise EOFError(_TRUNCATED)
            p = end + 1
    if flag & FHCRC:
        p += 2
    if p > len(data):
        raise EOFError(_TRUNCATED)
    return p, mtime


def _decompress_members(data):
    out = []
    last_mtime = None
    while True:
        pos, mtime = _parse_header(data, 0)
        if pos is None:
            return b"".join(out), last_mtime
        last_mtime = mtime
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        chunk = do.decompress(data[pos:])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, length = struct.unpack("<II", do.unused_data[:8])
        if crc != zlib.crc32(chunk):
            raise BadGzipFile("CRC check failed")
        if length != (len(chunk) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        out.append(chunk)
        data = do.unused_data[8:].lstrip(b"\x00")


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime is None:
        mtime = time.time()
    body = zlib.compress(data, compresslevel, -zlib.MAX_WBITS)
    size = len(memoryview(data).cast("B")) if not isinstance(data, (bytes, bytearray)) else len(data)
    return _header(compresslevel, mtime) + body + struct.pack("<LL", zlib.crc32(data), size & 0xffffffff)


def decompress(data):
    """Decompress a gzip compressed string in one shot."""
    return _decompress_members(bytes(data))[0]


class GzipFile(io.BufferedIOBase):
    """A file whose contents are gzip-compressed."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
            self._data = None
            self._mtime = None
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will "
                              "change in future Python releases.  "
                              "Specify the mode argument for opening it for writing.",
                              FutureWarning, 2)
            self.mode = WRITE
            if not isinstance(compresslevel, int) or not -1 <= compresslevel <= 9:
                raise ValueError("Invalid initialization option")
            self._level = compresslevel
            self._compressor = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                                zlib.DEF_MEM_LEVEL, 0)
            self._crc = zlib.crc32(b"")
            self._size = 0
            self._offset = 0
            self.name = filename
            self._write_mtime = mtime
            self._header_written = False
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        self.compresslevel = compresslevel

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        if self.mode == READ:
            self._load()
            return self._mtime
        return None

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")

    def _write_header(self):
        fname = os.path.basename(self.name)
        if not isinstance(fname, bytes):
            fname = fname.encode("latin-1")
        if fname.endswith(b".gz"):
            fname = fname[:-3]
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(self._level, mtime, fname))
        self._header_written = True

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
            data = bytes(data)
        if not self._header_written:
            self._write_header()
        if length > 0:
            self.fileobj.write(self._compressor.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    def _load(self):
        if self._data is None:
            self._check_not_closed()
            raw = self.fileobj.read()
            data, mtime = _decompress_members(bytes(raw))
            self._data = io.BytesIO(data)
            self._mtime = mtime

    def _check_read(self):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")
        self._load()

    def read(self, size=-1):
        self._check_read()
        return self._data.read(size)

    def read1(self, size=-1):
        self._check_read()
        return self._data.read(size if size is not None and size >= 0 else -1)

    def peek(self, n):
        self._check_read()
        pos = self._data.tell()
        data = self._data.read(max(n, 1))
        self._data.seek(pos)
        return data

    def readline(self, size=-1):
        self._check_read()
        return self._data.readline(size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                if not self._header_written:
                    self._write_header()
                fileobj.write(self._compressor.flush())
                fileobj.write(struct.pack("<LL", self._crc, self._size & 0xffffffff))
        finally:
            self.fileobj = None
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            if not self._header_written:
                self._write_header()
            self.fileobj.write(self._compressor.flush(zlib_mode))
            if hasattr(self.fileobj, "flush"):
                self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._check_read()
        self._data.seek(0)

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def seek(self, offset, whence=io.SEEK_SET if hasattr(io, "SEEK_SET") else 0):
        if self.mode == WRITE:
            if whence != 0:
                if whence == 1:
                    offset = self._offset + offset
                else:
                    raise ValueError("Seek from end not supported")
            if offset < self._offset:
                raise OSError("Negative seek in write mode")
            count = offset - self._offset
            self.write(b"\0" * count)
            return self._offset
        self._check_read()
        return self._data.seek(offset, whence)

    def tell(self):
        if self.mode == WRITE:
            return self._offset
        self._check_read()
        return self._data.tell()

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line
