"""Weft's posixpath (os.path): pure path manipulation on POSIX paths, plus
the existence/type tests over ``posix._stat``."""

import posix as _posix

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime',
           'getatime', 'getctime', 'islink', 'exists', 'lexists', 'isdir',
           'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath',
           'abspath', 'samefile', 'curdir', 'pardir', 'sep', 'pathsep',
           'defpath', 'altsep', 'extsep', 'devnull', 'realpath',
           'relpath', 'commonpath', 'splitroot']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(p).__name__)
    return f(p)


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith('/' if isinstance(s, str) else b'/')


def join(a, *p):
    a = _fspath(a)
    sep_ = '/' if isinstance(a, str) else b'/'
    path = a
    for b in map(_fspath, p):
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(sep_):
            path = b
        elif not path or path.endswith(sep_):
            path += b
        else:
            path += sep_ + b
    return path


def split(p):
    p = _fspath(p)
    sep_ = '/' if isinstance(p, str) else b'/'
    i = p.rfind(sep_) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep_ * len(head):
        head = head.rstrip(sep_)
    return head, tail


def splitext(p):
    p = _fspath(p)
    if isinstance(p, str):
        sep_, dot = '/', '.'
    else:
        sep_, dot = b'/', b'.'
    sep_index = p.rfind(sep_)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    p = _fspath(p)
    sep_ = '/' if isinstance(p, str) else b'/'
    empty = p[:0]
    if p[:1] != sep_:
        return empty, empty, p
    elif p[1:2] != sep_ or p[2:3] == sep_:
        return empty, sep_, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    p = _fspath(p)
    sep_ = '/' if isinstance(p, str) else b'/'
    return p[p.rfind(sep_) + 1:]


def dirname(p):
    p = _fspath(p)
    sep_ = '/' if isinstance(p, str) else b'/'
    i = p.rfind(sep_) + 1
    head = p[:i]
    if head and head != sep_ * len(head):
        head = head.rstrip(sep_)
    return head


def commonprefix(m):
    if not m:
        return ''
    m = [x if isinstance(x, (list, tuple)) else _fspath(x) for x in m]
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def _stat(path):
    try:
        return _posix._stat(_fspath(path), True)
    except (OSError, ValueError, TypeError):
        return None


def exists(path):
    return _stat(path) is not None


def lexists(path):
    try:
        _posix._stat(_fspath(path), False)
    except (OSError, ValueError):
        return False
    return True


def isdir(s):
    st = _stat(s)
    return st is not None and (st[0] & 0o170000) == 0o040000


def isfile(path):
    st = _stat(path)
    return st is not None and (st[0] & 0o170000) == 0o100000


def islink(path):
    try:
        st = _posix._stat(_fspath(path), False)
    except (OSError, ValueError):
        return False
    return (st[0] & 0o170000) == 0o120000


def ismount(path):
    path = abspath(path)
    if path == '/':
        return True
    a = _stat(path)
    b = _stat(join(path, '..'))
    if a is None or b is None:
        return False
    return a[2] != b[2] or a[1] == b[1]


def getsize(filename):
    return _posix._stat(_fspath(filename), True)[6]


def getatime(filename):
    return _posix._stat(_fspath(filename), True)[7]


def getmtime(filename):
    return _posix._stat(_fspath(filename), True)[8]


def getctime(filename):
    return _posix._stat(_fspath(filename), True)[9]


def samefile(f1, f2):
    a = _posix._stat(_fspath(f1), True)
    b = _posix._stat(_fspath(f2), True)
    return a[1] == b[1] and a[2] == b[2]


def expanduser(path):
    path = _fspath(path)
    tilde = '~' if isinstance(path, str) else b'~'
    if not path.startswith(tilde):
        return path
    sep_ = '/' if isinstance(path, str) else b'/'
    i = path.find(sep_, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    env = dict(_posix._environ())
    home = env.get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(sep_)
    return (home + path[i:]) or sep_


def expandvars(path):
    path = _fspath(path)
    if '$' not in path:
        return path
    env = dict(_posix._environ())
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == '$' and i + 1 < n:
            if path[i + 1] == '{':
                j = path.find('}', i + 2)
                if j < 0:
                    out.append(path[i:])
                    break
                name = path[i + 2:j]
                if name in env:
                    out.append(env[name])
                else:
                    out.append(path[i:j + 1])
                i = j + 1
                continue
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            if name and name in env:
                out.append(env[name])
            else:
                out.append(path[i:j])
            i = j if j > i + 1 else i + 1
            continue
        out.append(c)
        i += 1
    return ''.join(out)


def normpath(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        return normpath(path.decode()).encode()
    if not path:
        return '.'
    initial_slashes = path.startswith('/')
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    path = abspath(filename)
    parts = path.split('/')
    result = '/'
    seen = 0
    i = 1
    while i < len(parts):
        part = parts[i]
        i += 1
        if not part:
            continue
        candidate = join(result, part)
        if islink(candidate) and seen < 40:
            seen += 1
            target = _posix.readlink(candidate)
            rest = parts[i:]
            if isabs(target):
                result = '/'
            parts = [''] + [p for p in target.split('/')] + rest
            i = 1
            continue
        result = normpath(candidate)
    return result


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    if start is None:
        start = curdir
    start = _fspath(start)
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    split_paths = [p.split('/') for p in paths]
    try:
        isabs_, = set(p[:1] == '/' for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if isabs_ else ''
    return prefix + '/'.join(common)
