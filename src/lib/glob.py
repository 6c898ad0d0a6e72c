"""Weft's glob: pathname expansion with *, ?, [...] and ** (recursive)."""

import os
import fnmatch

__all__ = ['glob', 'iglob', 'escape', 'has_magic']


def _has_magic(s):
    return any(c in s for c in '*?[')


has_magic = _has_magic


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    base = root_dir if root_dir is not None else None
    for p in _iglob(pathname, base, recursive, include_hidden):
        yield p


def _join(base, p):
    return os.path.join(base, p) if base else p


def _exists(base, p):
    return os.path.lexists(_join(base, p)) if p else True


def _isdir(base, p):
    return os.path.isdir(_join(base, p) if p else (base or '.'))


def _iglob(pathname, base, recursive, hidden):
    dirname, basename = os.path.split(pathname)
    if not _has_magic(pathname):
        if basename:
            if _exists(base, pathname):
                yield pathname
        elif _isdir(base, dirname):
            yield pathname
        return
    if not dirname:
        if recursive and basename == '**':
            yield from _rlistdir(base, '', hidden, include_self=True)
        else:
            yield from _glob1(base, '', basename, hidden)
        return
    if dirname != pathname and _has_magic(dirname):
        dirs = _iglob(dirname, base, recursive, hidden)
    else:
        dirs = [dirname]
    for d in dirs:
        if recursive and basename == '**':
            for name in _rlistdir(base, d, hidden, include_self=True):
                yield os.path.join(d, name) if name else os.path.join(d, '')
        elif _has_magic(basename):
            for name in _glob1(base, d, basename, hidden):
                yield os.path.join(d, name)
        else:
            if (basename and _exists(base, os.path.join(d, basename))) or \
                    (not basename and _isdir(base, d)):
                yield os.path.join(d, basename)


def _listdir(base, d):
    try:
        return sorted(os.listdir(_join(base, d) if d else (base or '.')))
    except OSError:
        return []


def _glob1(base, d, pattern, hidden):
    names = _listdir(base, d)
    if not (hidden or pattern.startswith('.')):
        names = [x for x in names if not x.startswith('.')]
    return fnmatch.filter(names, pattern)


def _rlistdir(base, d, hidden, include_self=False):
    if include_self:
        yield ''
    for name in _listdir(base, d):
        if not hidden and name.startswith('.'):
            continue
        yield name
        p = os.path.join(d, name) if d else name
        if _isdir(base, p) and not os.path.islink(_join(base, p)):
            for y in _rlistdir(base, p, hidden):
                yield os.path.join(name, y)


def escape(pathname):
    drive, pathname = os.path.splitdrive(pathname)
    out = []
    for c in pathname:
        out.append('[' + c + ']' if c in '*?[' else c)
    return drive + ''.join(out)
