def between(lo, x, hi):
    return lo < x <= hi


def chain4(a, b, c, d):
    if a == b != c is not d:
        return 1
    return a in b and c not in d or a is None


def ternary(x):
    return "pos" if x > 0 else "neg" if x < 0 else "zero"
