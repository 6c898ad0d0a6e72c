def f(mode):
    log = []
    try:
        log.append('try')
        if mode == 'raise':
            raise ValueError
        if mode == 'return':
            return log + ['returned']
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(f('raise'), f('ok'), f('return'))
def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            print('finally', i)
    return i
print(g())
def h():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(h())
def nested():
    try:
        try:
            raise KeyError('inner')
        except ValueError:
            print('wrong handler')
        finally:
            print('inner finally')
    except LookupError as e:
        print('outer caught', repr(e))
nested()
try:
    try:
        raise ValueError('x')
    except ValueError:
        raise
except ValueError as e:
    print('re-raised', e)
def bare_raise():
    try:
        raise
    except RuntimeError as e:
        print('RuntimeError:', e)
bare_raise()
x = 0
while True:
    try:
        x += 1
        if x < 3:
            continue
        break
    finally:
        print('loop finally', x)
try:
    raise Exception
except (TypeError, Exception) as e:
    print('tuple handler', type(e).__name__, e.args)
