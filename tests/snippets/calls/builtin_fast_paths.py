# CALL's fast paths for builtins (builtins/fast.rs): the same results,
# exception types and messages as the general path, at call sites that
# stay quickened while the callable changes.
print(isinstance(1, int), isinstance(True, int), isinstance(1.5, (int, float)), isinstance("a", (int, float)), isinstance(1, bool))
print(len("abc"), len([1, 2]), next(iter([5])), ord("a"), chr(97), abs(-5), abs(-5.5), abs(-2**70))
print(min(3, 4), max(3, 4), max(3.5, 4.5), min("b", "a"), max(1, 2.5), min(float("nan"), 1), max(1, float("nan")))
print(max(2, 2.0), min(2.0, 2), max([1], [1]) is not None)
print(int(3.7), int("37"), int(-2.5), int(True), int(2**70), float(3), float("1.5"), str(37), str(1.5), str("x"))
print(bool(0), bool([1]), bool(None), tuple([1, 2]), tuple((1,)), tuple("ab"), type(1), type("a"), type(None))
print(hash(37), hash("a") == hash("a"), id(5) == id(5), list(iter((1, 2))))

cases = [(len, (1,)), (ord, ("ab",)), (ord, (1,)), (chr, (-1,)), (chr, ("a",)), (next, ([],)),
         (abs, ("a",)), (min, (1, "a")), (max, (None, 1)), (int, ("x",)), (int, (None,)),
         (float, ("y",)), (tuple, (1,)), (isinstance, (1,)), (isinstance, (1, 2)),
         (isinstance, (1, (int, 2))), (len, ()), (hash, ([],)), (iter, (1,)), (min, ()),
         (max, (1,)), (abs, ()), (type, (1, 2)), (next, (1,))]
for f, a in cases:
    # The same call site sees every callable in turn.
    try:
        if len(a) == 1:
            r = f(a[0])
        elif len(a) == 2:
            r = f(a[0], a[1])
        else:
            r = f()
        print(f.__name__, "->", r)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

it = iter([])
try:
    next(it)
except StopIteration as e:
    print("stop", e.args)


def g():
    yield 1
    return 7


gg = g()
print(next(gg))
try:
    next(gg)
except StopIteration as e:
    print("ret", e.value)
print(next(iter([]), "dflt"), next(g(), "d"))


class M(type):
    def __instancecheck__(cls, x):
        return True


class A(metaclass=M):
    pass


class B:
    pass


class C(B):
    pass


print(isinstance(1, A), isinstance(1, (str, A)), isinstance(C(), B), isinstance(C(), (int, B)), isinstance(B(), C))


class L:
    def __len__(self):
        return 7

    def __abs__(self):
        return "abs"

    def __index__(self):
        return 65

    def __hash__(self):
        return 99

    def __bool__(self):
        return False

    def __str__(self):
        return "ell"

    def __int__(self):
        return 3

    def __float__(self):
        return 2.5

    def __lt__(self, other):
        return True

    def __gt__(self, other):
        return False


x = L()
print(len(x), abs(x), chr(x), hash(x), bool(x), str(x), int(x), float(x), min(1, x) is x, max(1, x))


class Bad:
    def __len__(self):
        raise KeyError("inner")


try:
    len(Bad())
except KeyError as e:
    print("KeyError", e)


def site(f, v):
    return f(v)


# One call site, many callables: builtins, types, Python functions, classes.
for f in [len, str, (lambda v: v * 2), int, list, repr, type, float, tuple, B.__init__.__class__, bool]:
    try:
        print(site(f, "12") if f is not float else site(f, "1.5"))
    except Exception as e:
        print(type(e).__name__, e)

# Frame-dependent builtins still see the calling frame.
print(globals()["__name__"], sorted(dir())[:3])


def h():
    a = 1
    return vars(), locals(), eval("a + 1")


print(h())
import sys
print(sys._getframe().f_code.co_name)
print(divmod(7, 2), sorted([3, 1]), getattr(1, "real"), hasattr(1, "x"), sum([1, 2]), repr("a"), pow(2, 10), round(2.5))
l = []
for i in range(3):
    l.append(i)
print(l, [].append.__self__, "".join(["a", "b"]))

# Builtin types called through `type`'s call slot on the stack slots.
print(list(range(3)), list(reversed([1, 2])), list(enumerate("ab")), list(zip("ab", "cd")), list("xy"))
print(dict([(1, 2)]), sorted(set([3, 3, 1])), frozenset(), bytes(2), complex(1, 2), slice(1, 2))
e = ValueError("bad", 1)
print(type(e).__name__, e.args, KeyError("k"), type("X", (), {}).__name__, type("Y", (int,), {})(5) + 1)
for f, a in [(range, ()), (range, ("a",)), (list, (1,)), (enumerate, ()), (object, (1,)), (type, (1, 2))]:
    try:
        print(f(*a) if len(a) != 1 else f(a[0]))
    except Exception as ex:
        print(type(ex).__name__, ex)


class P:
    def m(self):
        return "P.m"


class Q(P):
    def m(self):
        return "Q>" + super().m()


print(Q().m())
