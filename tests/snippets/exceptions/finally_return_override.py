def f():
    try:
        return 1
    finally:
        return 2
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            continue
        finally:
            print("finally", i)
    return "done"
print(h())
