try:
    try:
        raise ValueError("first")
    finally:
        try:
            raise KeyError("second")
        except KeyError as k:
            print("inner", repr(k.__context__))
except ValueError as v:
    print("outer", v, v.__context__)
