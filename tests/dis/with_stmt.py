def copy(src, dst):
    with open(src) as f, open(dst, "w") as g:
        g.write(f.read())


def locked(lock, items):
    with lock:
        items.append(1)
    return items
