# CALL sites that the eval loop answers inline once quickened (isinstance
# with a plain class, len of builtin containers, int of ints and floats),
# the TO_BOOL + POP_JUMP fusion after them, and every way such a site must
# fall back to the general call: hooks, subclasses, rebinding, errors.


class Meta(type):
    def __instancecheck__(cls, x):
        return x == "yes"


class Hooked(metaclass=Meta):
    pass


class Base:
    pass


class Child(Base):
    pass


class MyList(list):
    def __len__(self):
        return 42


class MyFloat(float):
    pass


class MyInt(int):
    pass


def checks(values):
    out = []
    for x in values:
        row = []
        # one site per class, run for every value (quickened on the first)
        row.append(isinstance(x, int))
        row.append(isinstance(x, float))
        row.append(isinstance(x, Base))
        row.append(isinstance(x, Hooked))
        row.append(isinstance(x, (str, bytes)))
        row.append(isinstance(x, object))
        if isinstance(x, Child):
            row.append("child")
        elif isinstance(x, Base):
            row.append("base")
        if not isinstance(x, str):
            row.append("not-str")
        b = isinstance(x, bool)
        row.append(b)
        out.append(row)
    return out


def lengths(values):
    out = []
    for x in values:
        try:
            out.append(len(x))
        except TypeError as e:
            out.append(("TypeError", str(e)))
    return out


def ints(values):
    out = []
    for x in values:
        try:
            out.append(int(x))
        except (TypeError, ValueError, OverflowError) as e:
            out.append((type(e).__name__, str(e)))
    return out


values = [1, -2.5, "yes", b"ab", True, None, Base(), Child(), MyInt(3), MyFloat(2.5), (1,), [1, 2]]
for _ in range(3):
    for row in checks(values):
        print(row)

print(lengths(["", "abc", "é€", b"xyz", [1, 2, 3], (), {1: 2, 3: 4}, MyList([1]), {1, 2}, range(7), 5, None]))
print(ints([0, -7, 2 ** 40, 3.99, -3.99, 1e18, 1e30, -0.0, float("inf"), float("nan"), True, MyInt(5), MyFloat(9.5), "12", " 7 ", "x", 2 ** 100]))
for _ in range(3):
    print(ints([7.5, 8, -1.5]), lengths(["ab", [1], b""]))


# Rebinding the builtin name: the quickened site must call the new object.
def rebinding():
    global isinstance, len, int
    out = []
    saved = (isinstance, len, int)
    for i in range(4):
        if i == 2:
            isinstance = lambda a, b: "shadow-isinstance"
            len = lambda a: "shadow-len"
            int = lambda a: "shadow-int"
        out.append((isinstance(i, int if i < 2 else object), len("abc"), int(2.5)))
        if isinstance(i, str):
            out.append("truthy shadow")
    isinstance, len, int = saved
    del isinstance, len, int
    return out


print(rebinding())
print(isinstance(1, int), len("ab"), int(2.5))


# Errors raised at a quickened site keep CPython's messages.
def bad(cls):
    return isinstance(1, cls)


for c in [int, int, 3, "x", (int, 3)]:
    try:
        print(bad(c))
    except TypeError as e:
        print("TypeError", e)
