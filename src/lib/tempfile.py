"""Weft's tempfile: temporary files and directories with random names
(created exclusively, so two threads or processes never share one)."""

import os
import io
import random as _random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'gettempdir', 'gettempprefix',
           'gettempdirb', 'SpooledTemporaryFile', 'TMP_MAX', 'template', 'tempdir']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_rng = _random.Random()
_chars = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _name():
    return ''.join(_rng.choice(_chars) for _ in range(8))


def gettempdir():
    global tempdir
    if tempdir is None:
        for env in ('TMPDIR', 'TEMP', 'TMP'):
            d = os.environ.get(env)
            if d and os.path.isdir(d):
                tempdir = d
                break
        else:
            tempdir = '/tmp'
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def gettempprefix():
    return template


def _resolve(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, dir


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Returns (file object's name...) — Weft has no raw fds: the first
    item is an open binary file object instead of an fd."""
    suffix, prefix, dir = _resolve(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _name() + suffix)
        if os.path.exists(path):
            continue
        f = open(path, 'x' if text else 'xb')
        return f, os.path.abspath(path)
    raise FileExistsError('No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    suffix, prefix, dir = _resolve(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _name() + suffix)
        try:
            os.mkdir(path)
        except FileExistsError:
            continue
        return os.path.abspath(path)
    raise FileExistsError('No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _name() + suffix)
        if not os.path.exists(path):
            return path
    raise FileExistsError('No usable temporary filename found')


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *,
                       errors=None, delete_on_close=True):
    suffix, prefix, dir = _resolve(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.abspath(os.path.join(dir, prefix + _name() + suffix))
        if os.path.exists(path):
            continue
        open(path, 'x').close()
        if 'b' in mode:
            f = open(path, mode)
        else:
            f = open(path, mode, encoding=encoding, newline=newline)
        return _TemporaryFileWrapper(f, path, delete)
    raise FileExistsError('No usable temporary file name found')


TemporaryFile = NamedTemporaryFile
SpooledTemporaryFile = NamedTemporaryFile


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False,
                 *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore = ignore_cleanup_errors
        self._delete = delete

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        import shutil
        if os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore)
