def describe(cmd):
    match cmd:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case ["go", direction, *rest]:
            return direction
        case {"action": action, **others}:
            return action
        case Point(x=0, y=yy):
            return yy
        case 1 | 2 | 3:
            return "small"
        case str() as s if len(s) > 3:
            return s
        case None:
            return "none"
        case _:
            return "other"
