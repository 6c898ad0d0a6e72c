def m(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return f'one {x}'
        case [1, *rest]:
            return f'starts 1, rest {rest}'
        case [x, y, *_] if x > y:
            return 'descending start'
        case (a, b, c):
            return f'three {a} {b} {c}'
        case {'type': 'user', 'name': str(name), **extra}:
            return f'user {name} {extra}'
        case {'type': t}:
            return f'typed {t}'
        case 'a' | 'b' | 'c':
            return 'letter'
        case None:
            return 'none'
        case True:
            return 'true'
        case str(s) if len(s) > 3:
            return 'long string'
        case _:
            return 'other'
tests = [[], [5], [1, 2, 3], [9, 2, 1, 0], (4, 5, 6), {'type': 'user', 'name': 'ann', 'age': 3},
         {'type': 'x', 'z': 1}, 'b', None, True, 'hello', 'xy', 1, 'abc', (1, 2), b'ab']
for t in tests:
    print(repr(t), '->', m(t))
RED = 'red'
class Color:
    RED = 'red'
    BLUE = 'blue'
for c in ['red', 'blue', 'green']:
    match c:
        case Color.RED:
            print('value pattern red')
        case Color.BLUE:
            print('value pattern blue')
        case other:
            print('capture', other)
match 42:
    case 0 | 1 as small:
        print('small', small)
    case (40 | 41 | 42) as n:
        print('forties', n)
match {'a': 1}:
    case {}:
        print('mapping matches empty pattern')
