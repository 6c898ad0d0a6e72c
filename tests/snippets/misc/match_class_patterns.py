class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    def __init__(self, c, r):
        self.c = c
        self.r = r
def describe(s):
    match s:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Point(x, y):
            return f'point {x},{y}'
        case Circle(c=Point(0, 0), r=r):
            return f'centred circle r={r}'
        case Circle():
            return 'circle'
        case int(n) | float(n):
            return f'number {n}'
        case str() as text:
            return f'text {text!r}'
        case _:
            return 'unknown'
for s in [Point(0, 0), Point(0, 5), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 3), Circle(Point(1, 1), 1), 4, 2.5, 'hi', None]:
    print(describe(s))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print('TypeError:', e)
match True:
    case bool(b):
        print('bool', b)
match [1, 2]:
    case list([a, b]):
        print('list of two', a, b)
