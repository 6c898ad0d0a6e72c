try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(e)
def f():
    e = 1
    try:
        raise KeyError
    except KeyError as e:
        pass
    return "e" in locals()
print(f())
