try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}[1]
    except KeyError as k:
        raise RuntimeError("explicit") from k
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
