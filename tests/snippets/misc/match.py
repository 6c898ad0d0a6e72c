def describe(v):
    match v:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative"
        case [x, y]:
            return f"pair {x} {y}"
        case {"k": val}:
            return f"dict {val}"
        case str() as s:
            return "str " + s
        case (1, *rest):
            return f"starts with 1, rest {rest}"
        case _:
            return "other"
for v in [0, -5, [1, 2], {"k": 3}, "hi", (1, 2, 3), 3.5]:
    print(describe(v))
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
match P(1, 2):
    case P(1, y=2):
        print("point")
