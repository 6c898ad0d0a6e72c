# An exception leaving a `with` block whose __exit__ returns False must
# restore the previously handled exception (None here): a later error's
# __context__ is not polluted by the with machinery.
class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def f():
    with CM():
        raise TimeoutError("from f")


def g():
    with CM():
        yield 1
        raise TimeoutError("from g")


try:
    f()
except TimeoutError as e:
    print("caught", e, repr(e.__context__))
try:
    sorted([1, "a"])
except TypeError as e:
    print("context after f:", repr(e.__context__))

try:
    for x in g():
        pass
except TimeoutError as e:
    print("caught", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("context after g:", repr(e.__context__))

# Inside an outer handler the saved exception is the outer one.
try:
    raise KeyError("outer")
except KeyError:
    try:
        f()
    except TimeoutError as e:
        print("inner context:", repr(e.__context__))
    try:
        sorted([1, "a"])
    except TypeError as e:
        print("context inside handler:", repr(e.__context__))

# Nested with blocks, the inner one suppressing.
class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


def h():
    with CM():
        with Suppress():
            raise ValueError("swallowed")
        raise IndexError("after")


try:
    h()
except IndexError as e:
    print("caught", repr(e), repr(e.__context__))
try:
    {}["missing"]
except KeyError as e:
    print("final context:", repr(e.__context__))
