"""Cross-interpreter channels, laid out as CPython 3.13's
test.support.interpreters.channels.

create() returns (RecvChannel, SendChannel). send() waits until the
object is received; send_nowait() only enqueues it. Closing the sending
end lets the receiver drain what was sent, then recv raises
ChannelClosedError; closing the receiving end while items wait raises
ChannelNotEmptyError unless force=True.
"""

from concurrent.interpreters import _crossinterp
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


UNBOUND, UNBOUND_ERROR, UNBOUND_REMOVE, _serialize_unbound = _crossinterp.unbound_kinds(__name__)


def create(*, unbounditems=UNBOUND):
    """Return (recv, send) for a new cross-interpreter channel."""
    return _channels.create(_serialize_unbound(unbounditems))


def list_all():
    """Return a list of (recv, send) for all open channels."""
    return _channels.list_all()


_channels._register_heap_types(ItemInterpreterDestroyed, UNBOUND, UNBOUND_REMOVE, UNBOUND_ERROR)
