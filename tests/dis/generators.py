def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def chain(*its):
    for it in its:
        yield from it


def echo():
    received = yield "ready"
    while received is not None:
        received = yield received
