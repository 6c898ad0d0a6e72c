eg = ExceptionGroup('many', [ValueError('v1'), TypeError('t'), ExceptionGroup('inner', [ValueError('v2'), KeyError('k')])])
print(eg, eg.message, len(eg.exceptions), repr(eg.exceptions[0]))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
sub = eg.subgroup(lambda e: isinstance(e, KeyError))
print(repr(sub))
print(eg.subgroup(OSError))
try:
    raise eg
except* ValueError as g:
    print('values', [str(e) for e in g.exceptions], type(g).__name__)
except* (TypeError, KeyError) as g:
    print('others', repr(g))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('wrapped', repr(g))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), OSError(2)])
    except* ValueError:
        print('handled ValueError part')
except ExceptionGroup as leftover:
    print('leftover', repr(leftover))
try:
    ExceptionGroup('bad', [])
except ValueError as e:
    print('ValueError:', e)
try:
    ExceptionGroup('bad', [1])
except ValueError as e:
    print('ValueError:', e)
bg = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(bg).__name__, type(BaseExceptionGroup('m', [ValueError()])).__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
d = eg.derive([KeyError('new')])
print(repr(d))
try:
    raise ExceptionGroup('x', [ValueError('a')])
except* ValueError:
    try:
        raise KeyError('inside handler')
    except KeyError as k:
        print('nested ok', repr(k))
