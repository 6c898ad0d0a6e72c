import_ok = True
def f():
    try:
        raise ValueError("inner")
    except ValueError:
        print("handling")
        raise
try:
    f()
except ValueError as e:
    print("outer got", e)
try:
    raise
except RuntimeError as e:
    print(e)
