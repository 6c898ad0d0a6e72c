def squares(n):
    return [i * i for i in range(n) if i % 2]


def table(rows):
    return {k: v for k, v in rows}


def uniq(xs):
    return {x.lower() for x in xs}


def pairs(a, b):
    return [(x, y) for x in a for y in b if x != y]


gen = (c for c in "abc")
