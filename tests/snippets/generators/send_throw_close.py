def acc():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print('handled', e)
                x = 0
            if x is None:
                break
            total += x
    finally:
        print('cleanup')
    return total
g = acc()
print(next(g), g.send(5), g.send(10), g.throw(ValueError('v')), g.send(1))
try:
    g.send(None)
except StopIteration as e:
    print('StopIteration value', e.value)
g2 = acc()
next(g2)
print(g2.close(), g2.close())
g3 = acc()
try:
    g3.send(1)
except TypeError as e:
    print('TypeError:', e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)
def simple():
    yield 1
sg = simple()
try:
    sg.throw(KeyError('direct'))
except KeyError as e:
    print('KeyError:', e)
print(list(sg))
def running():
    yield rg.send(None)
rg = running()
try:
    next(rg)
except ValueError as e:
    print('ValueError:', e)
