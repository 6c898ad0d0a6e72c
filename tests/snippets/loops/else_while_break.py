def find(xs, t):
    i = 0
    while i < len(xs):
        if xs[i] == t:
            break
        i += 1
    else:
        return -1
    return i
print(find([4, 5, 6], 6), find([4, 5, 6], 7))
