"""Weft's pathlib: PurePath/PurePosixPath and Path/PosixPath over os and
os.path (POSIX paths only)."""

import os
import posixpath
import fnmatch
import io

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath',
           'UnsupportedOperation']


class UnsupportedOperation(NotImplementedError):
    pass


def _parse(parts):
    segs = []
    root = ''
    for a in parts:
        if isinstance(a, PurePath):
            a = str(a)
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError('argument should be a str or an os.PathLike object '
                                'where __fspath__ returns a str, not %r' % type(a).__name__)
        if a.startswith('/'):
            root = '//' if a.startswith('//') and not a.startswith('///') else '/'
            segs = []
        segs.extend(x for x in a.split('/') if x and x != '.')
    return root, segs


class PurePath:
    __slots__ = ('_root', '_parts', '_str')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        return self

    def __init__(self, *args):
        pass

    @classmethod
    def _from(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = parts
        self._str = None
        return self

    def with_segments(self, *args):
        return type(self)(*args)

    def __str__(self):
        s = self._str
        if s is None:
            s = self._root + '/'.join(self._parts)
            if not s:
                s = '.'
            self._str = s
        return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self.as_posix())

    def __bytes__(self):
        return os.fsencode(str(self))

    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def _cmp_parts(self):
        return (self._root, self._parts)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() < other._cmp_parts()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() <= other._cmp_parts()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() > other._cmp_parts()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() >= other._cmp_parts()

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1]) if type(self) is not PurePath else self

    @property
    def parents(self):
        out = []
        p = self
        while p._parts:
            p = p.parent
            out.append(p)
        return tuple(out)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        return self.with_name(self.stem + suffix)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def relative_to(self, other, *, walk_up=False):
        other = self.with_segments(other) if not isinstance(other, PurePath) else other
        if other._root != self._root or self._parts[:len(other._parts)] != other._parts:
            if walk_up and other._root == self._root:
                common = 0
                for a, b in zip(self._parts, other._parts):
                    if a != b:
                        break
                    common += 1
                ups = ['..'] * (len(other._parts) - common)
                return self._from('', ups + self._parts[common:])
            raise ValueError(f'{str(self)!r} is not in the subpath of {str(other)!r}')
        return self._from('', self._parts[len(other._parts):])

    def is_relative_to(self, other):
        other = self.with_segments(other) if not isinstance(other, PurePath) else other
        return other._root == self._root and self._parts[:len(other._parts)] == other._parts

    def match(self, path_pattern, *, case_sensitive=None):
        pat = self.with_segments(path_pattern)
        if pat._root and len(pat._parts) != len(self._parts):
            return False
        if len(pat._parts) > len(self._parts):
            return False
        for a, b in zip(reversed(self._parts), reversed(pat._parts)):
            if not fnmatch.fnmatchcase(a, b):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        return fnmatch.fnmatchcase(str(self), str(pattern))


class PurePosixPath(PurePath):
    pass


class PureWindowsPath(PurePath):

    def __new__(cls, *args):
        raise UnsupportedOperation('Weft supports POSIX paths only')


class Path(PurePath):

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return PurePath.__new__(cls, *args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self, *, follow_symlinks=True):
        return os.path.exists(self) if follow_symlinks else os.path.lexists(self)

    def is_dir(self, *, follow_symlinks=True):
        return os.path.isdir(self)

    def is_file(self, *, follow_symlinks=True):
        return os.path.isfile(self)

    def is_symlink(self):
        return os.path.islink(self)

    def is_mount(self):
        return os.path.ismount(self)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None, newline=None):
        with self.open('r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = bytes(data)
        with self.open('wb') as f:
            return f.write(view)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from(self._root, self._parts + [name])

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        import glob as _glob
        base = str(self)
        for p in sorted(_glob.glob(pattern, root_dir=base, recursive=True)):
            yield self / p

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        return self.glob('**/' + pattern)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for d, dirs, files in os.walk(self, top_down, on_error, follow_symlinks):
            yield self.with_segments(d), dirs, files

    def absolute(self):
        if self._root:
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        p = os.path.realpath(self)
        if strict and not os.path.exists(p):
            raise FileNotFoundError(2, 'No such file or directory', str(self))
        return self.with_segments(p)

    def expanduser(self):
        return self.with_segments(os.path.expanduser(str(self)))

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with open(str(self), 'a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self, target)
        return self.with_segments(target)

    def readlink(self):
        return self.with_segments(os.readlink(self))


class PosixPath(Path, PurePosixPath):
    pass
