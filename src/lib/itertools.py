"""Weft's itertools: iterator building blocks.

Most tools are generators (fast in Weft's eval loop); count, repeat and
tee are classes because their reprs and copy behaviour are visible."""

__all__ = ['accumulate', 'batched', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']

from _thread import allocate_lock as _allocate_lock


class count:
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(v, '__add__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        yield from saved


class repeat:
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        t = self._times
        if t is None:
            return self._obj
        if t <= 0:
            raise StopIteration
        self._times = t - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


def _add(a, b):
    return a + b


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class chain:
    """chain(*iterables) as a generator-backed class so that
    chain.from_iterable exists."""
    __slots__ = ('_gen',)

    def __init__(self, *iterables):
        self._gen = _chain_gen(iterables)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._gen = _chain_gen(iterable)
        return self

    def __class_getitem__(cls, item):
        return cls


def _chain_gen(iterables):
    for it in iterables:
        yield from it


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_id')

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is _marker or self._currkey == self._tgtkey:
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._id))

    def _step(self):
        self._currvalue = v = next(self._it)
        kf = self._keyfunc
        self._currkey = v if kf is None else kf(v)


_marker = object()


def _grouper(parent, tgtkey, gid):
    if parent._currkey is _marker:
        return
    while parent._id is gid and parent._currkey == tgtkey:
        yield parent._currvalue
        try:
            parent._step()
        except StopIteration:
            return


def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, 1 if s.step is None else s.step
    for v, what in ((start, 'Indices'), (stop, 'Stop'), (step, 'Step')):
        if v is not None and (not isinstance(v, int) or v < 0):
            if what == 'Stop':
                raise ValueError('Stop argument for islice() must be None or an '
                                 'integer: 0 <= x <= sys.maxsize.')
            if what == 'Step' and isinstance(v, int) and v >= 1:
                continue
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
    if step == 0:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice_gen(iter(iterable), start, stop, step)


def _islice_gen(it, start, stop, step):
    i = 0
    nexti = start
    if stop is not None and start >= stop:
        # consume up to stop as CPython does
        for _ in zip(range(stop), it):
            pass
        return
    for i, element in enumerate(it):
        if i == nexti:
            yield element
            nexti += step
            if stop is not None and nexti >= stop:
                # consume the items up to stop
                for _ in zip(range(stop - i - 1), it):
                    pass
                return
        if stop is not None and i + 1 >= stop:
            return


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


class _TeeData:
    __slots__ = ('it', 'buf', 'start', 'lock')

    def __init__(self, it):
        self.it = it
        self.buf = []      # values not yet read by every tee
        self.start = 0     # absolute index of buf[0]
        self.lock = _allocate_lock()


class _tee:
    __slots__ = ('_data', '_pos', '_peers', '__weakref__')

    def __iter__(self):
        return self

    def __next__(self):
        d = self._data
        with d.lock:
            i = self._pos - d.start
            if i < len(d.buf):
                v = d.buf[i]
            else:
                v = next(d.it)
                d.buf.append(v)
            self._pos += 1
            # drop what every peer has read
            low = min(p._pos for p in self._peers)
            if low > d.start:
                del d.buf[:low - d.start]
                d.start = low
            return v

    def __copy__(self):
        t = _tee.__new__(_tee)
        t._data = self._data
        t._pos = self._pos
        t._peers = self._peers
        self._peers.append(t)
        return t




def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee.__new__(_tee)
        first._data = _TeeData(it)
        first._pos = 0
        first._peers = [first]
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product_gen(pools)


def _product_gen(pools):
    n = len(pools)
    if n == 0:
        yield ()
        return
    for p in pools:
        if not p:
            return
    idx = [0] * n
    cur = [p[0] for p in pools]
    while True:
        yield tuple(cur)
        i = n - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                cur[i] = pools[i][idx[i]]
                break
            idx[i] = 0
            cur[i] = pools[i][0]
            i -= 1
        if i < 0:
            return


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError('Expected int as r')
    elif r < 0:
        raise ValueError('r must be non-negative')
    return _perm_gen(pool, n, r)


def _perm_gen(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _comb_gen(tuple(iterable), r)


def _comb_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _cwr_gen(tuple(iterable), r)


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def pairwise(iterable):
    it = iter(iterable)
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


def batched(iterable, n, *, strict=False):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched_gen(iter(iterable), n, strict)


def _batched_gen(it, n, strict):
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        if strict and len(batch) != n:
            raise ValueError('batched(): incomplete batch')
        yield batch
