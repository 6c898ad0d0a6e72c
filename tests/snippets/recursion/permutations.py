def perms(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([xs[i]] + p)
    return out
print(len(perms([1, 2, 3, 4, 5])), perms([1, 2, 3])[:3])
def queens(n, row=0, cols=()):
    if row == n:
        return 1
    return sum(queens(n, row + 1, cols + (c,)) for c in range(n)
               if all(c != q and abs(c - q) != row - r for r, q in enumerate(cols)))
print(queens(6))
