"""Weft's os module: the POSIX functions of the native ``posix`` module,
``os.path`` (posixpath), ``environ`` and the usual constants."""

import sys
import posix as _posix
from posix import (getcwd, chdir, listdir, remove, unlink, rmdir, mkdir,
                   rename, replace, getpid, urandom, cpu_count, readlink)
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(p).__name__)
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f'expected {type(p).__name__}.__fspath__() to return str '
                        f'or bytes, not {type(r).__name__}')
    return r


class PathLike:
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, '__fspath__') or NotImplemented


class _Environ(dict):
    """os.environ: a dict of the process environment read at import.
    Changes stay in this mapping (Weft does not call setenv yet)."""

    def __repr__(self):
        return 'environ(' + dict.__repr__(self) + ')'

    def copy(self):
        return dict(self)


environ = _Environ(_posix._environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


class stat_result(tuple):
    n_sequence_fields = 10
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, t):
        t = tuple(t)
        ints = tuple(int(x) for x in t[:10])
        self = tuple.__new__(cls, ints)
        self._floats = t
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._floats[7])
    st_mtime = property(lambda self: self._floats[8])
    st_ctime = property(lambda self: self._floats[9])

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            f'{n}={v}' for n, v in zip(self._names, self)) + ')'


def stat(path, *, follow_symlinks=True):
    return stat_result(_posix._stat(fspath(path), follow_symlinks))


def lstat(path):
    return stat(path, follow_symlinks=False)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in sorted(names):
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


class DirEntry:
    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class _ScandirIterator:
    def __init__(self, p):
        self._it = iter([DirEntry(p, n) for n in listdir(p)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass

    def close(self):
        pass


def scandir(p='.'):
    return _ScandirIterator(fspath(p))


def access(p, mode):
    return path.exists(p)


def get_terminal_size(fd=1):
    cols = int(environ.get('COLUMNS', 80))
    lines = int(environ.get('LINES', 24))
    return terminal_size((cols, lines))


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode() if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode() if isinstance(filename, bytes) else filename
