def show(e):
    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('implicit')
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('explicit') from z
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('suppressed') from None
except ValueError as e:
    show(e)
try:
    raise KeyError('k') from ValueError('v')
except KeyError as e:
    show(e)
try:
    try:
        raise TypeError('first')
    finally:
        raise IndexError('from finally')
except IndexError as e:
    show(e)
e = RuntimeError('manual')
e.__cause__ = OSError('os')
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise ValueError('x') from 5
except TypeError as t:
    print('TypeError:', t)
try:
    try:
        raise ValueError('a')
    except ValueError as a:
        try:
            raise KeyError('b')
        except KeyError as b:
            raise IndexError('c')
except IndexError as c:
    print(repr(c.__context__), repr(c.__context__.__context__))
