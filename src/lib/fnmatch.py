"""Weft's fnmatch: shell-style wildcard matching (translated to a regular
expression, as CPython's)."""

import re
import functools
import posixpath

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']


def fnmatch(name, pat):
    name = posixpath.normcase(name)
    pat = posixpath.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        res = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
    else:
        res = translate(pat)
    return re.compile(res).match


def filter(names, pat):
    pat = posixpath.normcase(pat)
    match = _compile_pattern(pat)
    return [name for name in names if match(posixpath.normcase(name))]


def fnmatchcase(name, pat):
    return _compile_pattern(pat)(name) is not None


def translate(pat):
    i, n = 0, len(pat)
    res = []
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not res or res[-1] != '.*':
                res.append('.*')
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                res.append('\\[')
            else:
                stuff = pat[i:j]
                if '-' not in stuff:
                    stuff = stuff.replace('\\', r'\\')
                else:
                    stuff = stuff.replace('\\', r'\\')
                i = j + 1
                if not stuff:
                    res.append('(?!)')
                elif stuff == '!':
                    res.append('.')
                else:
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    res.append(f'[{stuff}]')
        else:
            res.append(re.escape(c))
    return '(?s:' + ''.join(res) + ')\\Z'
