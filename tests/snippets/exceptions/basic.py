def div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("error:", e)
        return None
    finally:
        print("finally")
print(div(1, 2), div(1, 0))
try:
    raise KeyError("k")
except (TypeError, KeyError) as e:
    print(type(e).__name__, e)
try:
    [][1]
except IndexError as e:
    print(e)
try:
    {}["x"]
except LookupError as e:
    print(repr(e))
