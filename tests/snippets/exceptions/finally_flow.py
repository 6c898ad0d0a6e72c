def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("fin", i)
    return i
print(g())
def h():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        print("h finally")
print(h())
