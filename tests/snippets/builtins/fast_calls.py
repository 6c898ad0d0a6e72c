# CALL's in-place path for isinstance/len/ord/int(float) and its fallbacks.
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42

class Magic(metaclass=Meta):
    pass

class MyInt(int):
    pass

class Sized:
    def __len__(self):
        return 7

def run():
    out = []
    for x in [1, 2.5, "s", b"b", (1,), None, True, MyInt(3), 42]:
        out.append((isinstance(x, int), isinstance(x, float), isinstance(x, str),
                    isinstance(x, bytes), isinstance(x, (tuple, type(None))),
                    isinstance(x, Magic), isinstance(x, object)))
    for r in out:
        print(r)
    print(len("abc"), len(b"xy"), len((1, 2, 3, 4)), len([1]), len({1: 2}), len(Sized()))
    print(ord("a"), ord("\u20ac"), ord(b"z"), ord("\U0001f600"))
    print(int(2.75), int(-2.75), int(1e18), int(1e300) == 10**300 // 10**300 * int(1e300), int(MyInt(5)), int("12"))
    for bad in [lambda: isinstance(1, 2), lambda: isinstance(1), lambda: len(5), lambda: len(),
                lambda: ord("ab"), lambda: ord(""), lambda: ord(3), lambda: int(float("nan")),
                lambda: int(float("inf")), lambda: isinstance(1, int, str)]:
        try:
            print(bad())
        except Exception as e:
            print(type(e).__name__, e)

def shadow():
    # a global shadowing the builtin is honoured, and its removal too
    global len
    len = lambda x: "shadowed"
    print(len("abc"))
    del len
    print(len("abc"))

run()
shadow()
