def m(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return f"go {d}"
        case ["take", *items] if items:
            return f"take {items}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return "unknown"
for c in ["go north", "go up", "take a b", "take", "exit", ""]:
    print(repr(c), m(c))
def shape(v):
    match v:
        case {"type": "circle", "r": r}:
            return 3 * r * r
        case {"type": "rect", **rest}:
            return rest
        case None | True:
            return "singleton"
        case float() | int():
            return "number"
    return "nothing"
print(shape({"type": "circle", "r": 2}), shape({"type": "rect", "w": 1}), shape(None), shape(2.5), shape("x"))
