class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration('done-it')
        return self.i
def inner():
    got = yield 'i1'
    print('inner got', got)
    try:
        yield 'i2'
    except KeyError as e:
        print('inner caught', repr(e))
        yield 'i3'
    return 'inner-ret'
def outer():
    r = yield from inner()
    print('outer got', r)
    r2 = yield from It()
    print('iter ret', r2)
    r3 = yield from [7, 8]
    print('list ret', r3)
    return 'outer-ret'
g = outer()
print(next(g), g.send('hello'), g.throw(KeyError('x')), next(g))
print(list(g))
def closer():
    try:
        yield 1
    finally:
        print('inner closed')
def deleg():
    try:
        yield from closer()
    finally:
        print('outer closed')
d = deleg()
next(d)
d.close()
print(d.gi_frame is None)
def flat(x):
    for item in x:
        if isinstance(item, list):
            yield from flat(item)
        else:
            yield item
print(list(flat([1, [2, [3, [4]], 5]])))
