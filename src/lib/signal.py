"""Set handlers for asynchronous events (Weft's signal module).

The native `_signal` module does the work (vm/signals.rs): handlers run in
the main thread at its next eval-breaker poll. This wrapper gives the
numbers CPython's `Signals`/`Handlers`/`Sigmasks` IntEnums.
"""

import _signal
from _signal import (default_int_handler, getsignal as _getsignal,
                     signal as _signal_fn, raise_signal as _raise_signal,
                     strsignal as _strsignal, NSIG)


from enum import IntEnum as _IntEnum


def _members(pred):
    # CPython's `IntEnum._convert_`: sorted by value then name, so the
    # first name of an alias group (SIGABRT before SIGIOT) is canonical.
    found = [(v, k) for k, v in _signal.__dict__.items() if pred(k)]
    found.sort()
    return [(k, v) for v, k in found]


Signals = _IntEnum('Signals', _members(
    lambda n: n.isupper() and n.startswith('SIG') and not n.startswith('SIG_')),
    module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', _signal.SIG_DFL),
                                 ('SIG_IGN', _signal.SIG_IGN)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1),
                                 ('SIG_SETMASK', 2)], module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)


def _int_to_enum(value, enum_klass):
    """`value` as a member of `enum_klass` when it names one."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _as_handler(h):
    return _int_to_enum(h, Handlers)


def signal(signalnum, handler, /):
    """Set the action for signal `signalnum`; returns the previous one."""
    return _as_handler(_signal_fn(signalnum, handler))


def getsignal(signalnum, /):
    """The current action for signal `signalnum`."""
    return _as_handler(_getsignal(signalnum))


def raise_signal(signalnum, /):
    """Send a signal to the executing process."""
    _raise_signal(signalnum)


def strsignal(signalnum, /):
    """The description of signal `signalnum`."""
    return _strsignal(signalnum)


def valid_signals():
    """The set of valid signal numbers on this platform."""
    return {_int_to_enum(n, Signals) for n in range(1, NSIG)
            if not 32 <= n < Signals.SIGRTMIN}
