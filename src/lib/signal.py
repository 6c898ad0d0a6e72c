"""Set handlers for asynchronous events (Weft's signal module).

The native `_signal` module does the work (vm/signals.rs): handlers run in
the main thread at its next eval-breaker poll. This wrapper gives the
numbers the `Signals`/`Handlers` names CPython prints.
"""

import _signal
from _signal import (default_int_handler, getsignal as _getsignal,
                     signal as _signal_fn, raise_signal as _raise_signal,
                     strsignal as _strsignal, NSIG)


class _Named(int):
    """An int with an enum-style name (a tiny IntEnum)."""

    def __new__(cls, value, name):
        self = int.__new__(cls, value)
        self._name_ = name
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return (self + 0)

    def __repr__(self):
        return '<%s.%s: %d>' % (type(self).__name__, self._name_, (self + 0))

    def __str__(self):
        return str((self + 0))

    def __format__(self, spec):
        return format((self + 0), spec)

    def __reduce__(self):
        return (type(self)._lookup, ((self + 0),))


class Signals(_Named):
    _members = {}

    @classmethod
    def _lookup(cls, value):
        return cls._members[value]

    def __class_getitem__(cls, name):
        for m in cls._members.values():
            if m._name_ == name:
                return m
        raise KeyError(name)


class Handlers(_Named):
    _members = {}

    @classmethod
    def _lookup(cls, value):
        return cls._members[value]


for _name, _value in list(_signal.__dict__.items()):
    if _name.startswith('SIG') and not _name.startswith('SIG_'):
        if _value not in Signals._members:
            Signals._members[_value] = Signals(_value, _name)
        globals()[_name] = Signals._members[_value]

SIG_DFL = Handlers._members[0] = Handlers(_signal.SIG_DFL, 'SIG_DFL')
SIG_IGN = Handlers._members[1] = Handlers(_signal.SIG_IGN, 'SIG_IGN')
del _name, _value


def _as_handler(h):
    if type(h) is int and h in Handlers._members:
        return Handlers._members[h]
    return h


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
    return set(range(1, NSIG))
