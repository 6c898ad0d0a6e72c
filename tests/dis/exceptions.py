def parse(s):
    try:
        n = int(s)
    except ValueError as e:
        print("bad", e)
        n = 0
    except (TypeError, KeyError):
        raise
    else:
        n += 1
    finally:
        print("done")
    return n


def reraise():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise RuntimeError("boom") from exc
