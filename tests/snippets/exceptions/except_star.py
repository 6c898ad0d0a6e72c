try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("values", [str(x) for x in e.exceptions])
except* TypeError as e:
    print("types", [str(x) for x in e.exceptions])
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled values")
except ExceptionGroup as rest:
    print("rest", repr(rest.exceptions))
