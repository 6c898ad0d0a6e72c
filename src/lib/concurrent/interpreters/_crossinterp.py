"""What queues and channels share: the objects that say what becomes of
an item whose interpreter was destroyed (PEP 734's unbound items)."""


class UnboundItem:
    """UNBOUND, UNBOUND_ERROR or UNBOUND_REMOVE of one module."""

    __slots__ = ('_name',)

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return self._name


def unbound_kinds(module):
    """The module's (UNBOUND, UNBOUND_ERROR, UNBOUND_REMOVE, serializer):
    the serializer turns one of them into the native code (1 remove,
    2 error, 3 replace with UNBOUND)."""
    unbound = UnboundItem(f'{module}.UNBOUND')
    error = UnboundItem(f'{module}.UNBOUND_ERROR')
    remove = UnboundItem(f'{module}.UNBOUND_REMOVE')
    ops = {remove: 1, error: 2, unbound: 3}

    def serialize(item):
        try:
            return ops[item]
        except (KeyError, TypeError):
            raise NotImplementedError(f'unsupported unbound replacement object {item!r}') from None

    return unbound, error, remove, serialize
