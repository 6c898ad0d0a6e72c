"""Cache lines from Python source files (Weft's linecache).

`getline(filename, lineno)` returns one line ('' when there is none), read
through a cache keyed by file name that `checkcache` revalidates against
the file's size and mtime; lines of frozen library modules come from
their `__loader__`'s source when `module_globals` name one."""

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

import os
import sys
import threading

# filename -> (size, mtime, lines, fullname); lazily loaded entries are
# 1-tuples holding a function returning the source
cache = {}
_lock = threading.RLock()


def clearcache():
    """Clear the cache entirely."""
    with _lock:
        cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache (updating the
    cache if it has no entry); '' for a missing file or line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache."""
    with _lock:
        entry = cache.get(filename)
        if entry is not None and len(entry) != 1:
            return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries whose file changed (size or mtime) or is gone."""
    with _lock:
        if filename is None:
            filenames = list(cache.keys())
        elif filename in cache:
            filenames = [filename]
        else:
            return
        for filename in filenames:
            entry = cache.get(filename)
            if entry is None or len(entry) == 1:
                # lazy entries and entries another thread dropped
                continue
            size, mtime, lines, fullname = entry
            if mtime is None:
                continue   # no-op for files loaded via a __loader__
            try:
                stat = os.stat(fullname)
            except OSError:
                cache.pop(filename, None)
                continue
            if size != stat.st_size or mtime != stat.st_mtime:
                cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines ([] when the
    file cannot be read)."""
    with _lock:
        entry = cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        if entry is not None and len(entry) == 1:
            return _from_lazy(filename, entry)
        return []
    if entry is not None and len(entry) == 1:
        lines = _from_lazy(filename, entry)
        if lines:
            return lines
    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        basename = filename
        if lazycache(filename, module_globals):
            with _lock:
                entry = cache.get(filename)
            if entry is not None and len(entry) == 1:
                lines = _from_lazy(filename, entry)
                if lines:
                    return lines
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                stat = os.stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    try:
        with open(fullname, encoding='utf-8', errors='replace') as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if not lines:
        lines = ['\n']
    elif not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    size, mtime = stat.st_size, stat.st_mtime
    with _lock:
        cache[filename] = size, mtime, lines, fullname
    return lines


def _from_lazy(filename, entry):
    try:
        data = entry[0]()
    except (ImportError, OSError):
        return []
    if data is None:
        return []
    lines = data.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    with _lock:
        cache[filename] = (len(data), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for `filename` with a loader's get_source when
    `module_globals` has a `__loader__` (and `__name__`); True if so."""
    with _lock:
        if filename in cache:
            if len(cache[filename]) == 1:
                return True
            return False
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        spec = module_globals.get('__spec__')
        name = getattr(spec, 'name', None) or module_globals['__name__']
        loader = getattr(spec, 'loader', None)
        if loader is None:
            loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            with _lock:
                cache[filename] = (get_lines,)
            return True
    return False
