def f():
    raise ExceptionGroup("errors", [ValueError("a"), KeyError("b"), ValueError("c")])
try:
    f()
except* ValueError as eg:
    print("V", len(eg.exceptions))
except* KeyError as eg:
    print("K", len(eg.exceptions))
try:
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print(type(eg).__name__, eg.exceptions)
except Exception as e:
    print("not reached", e)
