"""Weft's importlib: import_module and reload over the built-in import
system."""

import sys as _sys

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return _sys.modules[name]


def reload(module):
    name = getattr(module, '__name__', None)
    if name is None or _sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    del _sys.modules[name]
    try:
        new = import_module(name)
    except BaseException:
        _sys.modules[name] = module
        raise
    module.__dict__.update(new.__dict__)
    _sys.modules[name] = module
    return module


def invalidate_caches():
    pass
