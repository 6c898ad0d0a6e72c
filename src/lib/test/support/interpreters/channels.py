"""Cross-interpreter channels, laid out as CPython 3.13's
test.support.interpreters.channels.

create() returns (RecvChannel, SendChannel). send() waits until the
object is received; send_nowait() only enqueues it. Closing the sending
end lets the receiver drain what was sent, then recv raises
ChannelClosedError; closing the receiving end while items wait raises
ChannelNotEmptyError unless force=True.
"""

import _interpchannels as _channels
from _interpchannels import (
    ChannelError, ChannelNotFoundError, ChannelClosedError,
    ChannelEmptyError, ChannelNotEmptyError,
    RecvChannel, SendChannel,
)

__all__ = [
    'UNBOUND', 'UNBOUND_ERROR', 'UNBOUND_REMOVE',
    'create', 'list_all',
    'SendChannel', 'RecvChannel',
    'ChannelError', 'ChannelNotFoundError', 'ChannelEmptyError',
    'ItemInterpreterDestroyed',
]


class ItemInterpreterDestroyed(ChannelError):
    """Raised from recv() and recv_nowait() for an item whose interpreter
    was destroyed, when it was sent with unbound=UNBOUND_ERROR."""


class _UnboundItem:
    __slots__ = ('_name',)

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return self._name


UNBOUND = _UnboundItem(f'{__name__}.UNBOUND')
UNBOUND_ERROR = _UnboundItem(f'{__name__}.UNBOUND_ERROR')
UNBOUND_REMOVE = _UnboundItem(f'{__name__}.UNBOUND_REMOVE')

_UNBOUND_OPS = {UNBOUND_REMOVE: 1, UNBOUND_ERROR: 2, UNBOUND: 3}


def _serialize_unbound(unbound):
    try:
        return _UNBOUND_OPS[unbound]
    except (KeyError, TypeError):
        raise NotImplementedError(f'unsupported unbound replacement object {unbound!r}') from None


def create(*, unbounditems=UNBOUND):
    """Return (recv, send) for a new cross-interpreter channel."""
    return _channels.create(_serialize_unbound(unbounditems))


def list_all():
    """Return a list of (recv, send) for all open channels."""
    return _channels.list_all()


_channels._register_heap_types(ItemInterpreterDestroyed, UNBOUND, UNBOUND_REMOVE, UNBOUND_ERROR)
