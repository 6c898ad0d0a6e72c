def risky(n):
    if n == 0: raise ValueError("zero")
    if n == 1: raise KeyError(n)
    if n == 2: return 1 / 0
    return n
for n in range(4):
    try:
        try:
            print("ok", risky(n))
        except ValueError as e:
            print("inner value", e)
            raise TypeError("converted") from e
        else:
            print("else", n)
        finally:
            print("finally", n)
    except TypeError as e:
        print("outer type", e, type(e.__cause__).__name__)
    except (KeyError, ZeroDivisionError) as e:
        print("outer", type(e).__name__)
