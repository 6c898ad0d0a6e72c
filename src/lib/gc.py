"""Weft's gc module. Weft frees objects by reference counting with QSBR
reclamation (DESIGN.md#reclamation) and has no cycle collector yet, so
``collect()`` finds nothing to free; the switches are recorded so that
programs that toggle them run unchanged."""

__all__ = ['collect', 'enable', 'disable', 'isenabled', 'get_count',
           'get_threshold', 'set_threshold', 'freeze', 'unfreeze',
           'get_freeze_count', 'is_tracked', 'is_finalized', 'garbage',
           'callbacks', 'DEBUG_STATS', 'DEBUG_COLLECTABLE', 'DEBUG_UNCOLLECTABLE',
           'DEBUG_SAVEALL', 'DEBUG_LEAK', 'set_debug', 'get_debug']

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []
_state = {'enabled': True, 'threshold': (2000, 10, 0), 'debug': 0}


def collect(generation=2):
    if not isinstance(generation, int) or not 0 <= generation <= 2:
        raise ValueError('invalid generation')
    # No cycles to find, but garbage that other threads made deferred is
    # freed now (its weak references cleared and their callbacks run).
    import _weakref
    _weakref._collect()
    return 0


def enable():
    _state['enabled'] = True


def disable():
    _state['enabled'] = False


def isenabled():
    return _state['enabled']


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _state['threshold']


def set_threshold(threshold0, threshold1=None, threshold2=None):
    t = list(_state['threshold'])
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _state['threshold'] = tuple(t)


def set_debug(flags):
    _state['debug'] = flags


def get_debug():
    return _state['debug']


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def is_tracked(obj):
    return not isinstance(obj, (int, float, complex, str, bytes, bool, type(None)))


def is_finalized(obj):
    return False
