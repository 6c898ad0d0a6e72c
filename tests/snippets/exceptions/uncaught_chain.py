def f():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("while handling")
print("start")
f()
