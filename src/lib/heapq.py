"""Heap queue (priority queue) on plain lists (Weft's own code, following
the documented behaviour of CPython 3.13's heapq module): heap[k] <=
heap[2*k+1] and heap[k] <= heap[2*k+2]; heap[0] is the smallest item."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _up(heap, pos, start=0):
    # Moves heap[pos] towards heap[start] while it is smaller than its
    # parent.
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _down(heap, pos):
    # Moves heap[pos] down to a leaf along the smaller children, then back
    # up to its place (fewer comparisons than stopping early).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _up(heap, pos, start)


def _check(heap, func, which):
    # CPython's argument-clinic wording: "argument" for a single
    # parameter, "argument 1" when there are two.
    if not isinstance(heap, list):
        raise TypeError("%s() %s must be list, not %s" % (func, which, type(heap).__name__))


def heappush(heap, item):
    """Pushes item onto heap, keeping the heap invariant."""
    _check(heap, "heappush", "argument 1")
    heap.append(item)
    _up(heap, len(heap) - 1)


def heappop(heap):
    """Pops and returns the smallest item of heap."""
    _check(heap, "heappop", "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _down(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    """Pops and returns the smallest item, then pushes item."""
    _check(heap, "heapreplace", "argument 1")
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _down(heap, 0)
    return top


def heappushpop(heap, item):
    """Pushes item, then pops and returns the smallest item (faster than
    the two calls)."""
    _check(heap, "heappushpop", "argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _down(heap, 0)
    return item


def heapify(x):
    """Turns list x into a heap in place, in linear time."""
    _check(x, "heapify", "argument")
    for i in reversed(range(len(x) // 2)):
        _down(x, i)


def nsmallest(n, iterable, key=None):
    """The n smallest items: sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items: sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator; equal items come in
    the order of their inputs."""
    # Entries: [sort key, input order, value, iterator]. `before` orders
    # them using only `<` on the keys, as sorted() does.
    def before(a, b):
        if reverse:
            if b[0] < a[0]:
                return True
            if a[0] < b[0]:
                return False
        else:
            if a[0] < b[0]:
                return True
            if b[0] < a[0]:
                return False
        return a[1] < b[1]

    def down(h, pos):
        end = len(h)
        while True:
            best = pos
            for child in (2 * pos + 1, 2 * pos + 2):
                if child < end and before(h[child], h[best]):
                    best = child
            if best == pos:
                return
            h[pos], h[best] = h[best], h[pos]
            pos = best

    h = []
    for order, it in enumerate(iterables):
        it = iter(it)
        for v in it:
            h.append([v if key is None else key(v), order, v, it])
            break
    for i in reversed(range(len(h) // 2)):
        down(h, i)
    while h:
        top = h[0]
        yield top[2]
        for v in top[3]:
            top[0] = v if key is None else key(v)
            top[2] = v
            down(h, 0)
            break
        else:
            last = h.pop()
            if h:
                h[0] = last
                down(h, 0)
