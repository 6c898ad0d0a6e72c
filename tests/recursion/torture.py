# Twenty shapes of deep nesting; each must raise RecursionError (never
# crash). N is set by the runner: deep enough to exhaust the thread's stack.
import sys

results = []

def case(f):
    if VERBOSE:
        print("case", f.__name__, flush=True)
    try:
        f()
    except RecursionError:
        results.append((f.__name__, "RecursionError"))
    except BaseException as e:
        results.append((f.__name__, type(e).__name__ + ": " + str(e)))
    else:
        results.append((f.__name__, "no error"))
    return f

def nest(n, wrap, start):
    x = start
    for _ in range(n):
        x = wrap(x)
    return x

@case
def repr_list():
    repr(nest(N, lambda x: [x], []))

@case
def repr_tuple():
    repr(nest(N, lambda x: (x,), ()))

@case
def repr_dict():
    repr(nest(N, lambda x: {"k": x}, {}))

@case
def str_list_of_dicts():
    str(nest(N, lambda x: [{1: x}], None))

@case
def repr_frozensets():
    repr(nest(N, lambda x: frozenset([x]), frozenset()))

@case
def eq_lists():
    nest(N, lambda x: [x], []) == nest(N, lambda x: [x], [])

@case
def lt_tuples():
    nest(N, lambda x: (x,), (1,)) < nest(N, lambda x: (x,), (2,))

@case
def eq_dicts():
    nest(N, lambda x: {1: x}, {}) == nest(N, lambda x: {1: x}, {})

@case
def hash_tuple():
    hash(nest(N, lambda x: (x,), ()))

@case
def sort_nested_lists():
    sorted([nest(N, lambda x: [x], [2]), nest(N, lambda x: [x], [1])])

@case
def getattr_recursion():
    class G:
        def __getattr__(self, name):
            return getattr(self, name + "x")
    G().a

@case
def python_calls():
    def f(n):
        return f(n + 1)
    f(0)

class Node:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return "Node(" + repr(self.child) + ")"

@case
def repr_instances():
    repr(nest(N, Node, None))

class Cyc:
    def __repr__(self):
        return repr(self)

@case
def repr_cycle_through_method():
    repr(Cyc())

@case
def native_python_native_sort():
    class K:
        def __lt__(self, other):
            return sorted([K(), K()]) is None
    sorted([K(), K()])

@case
def eq_through_list():
    class E:
        def __eq__(self, other):
            return [self] == [other]
    E() == E()

@case
def hash_through_tuple():
    class H:
        def __hash__(self):
            return hash((self,))
    hash(H())

@case
def generators_yield_from():
    def g(n):
        yield from g(n + 1)
    next(g(0))

@case
def generators_next_chain():
    def g():
        yield next(g())
    next(g())

@case
def isinstance_nested_tuple():
    isinstance(1, nest(N, lambda x: (x,), str))

@case
def class_bases_mro():
    class Meta(type):
        def mro(cls):
            return type.mro(type("X", (cls,) if False else (), {})) and super().mro()
    # __init_subclass__ chains: each class creates a subclass of itself.
    class Base:
        def __init_subclass__(cls):
            type("Sub", (cls,), {})
    type("Sub", (Base,), {})

@case
def compile_nested_expression():
    eval("-" * (N // 4) + "1")

@case
def compile_nested_lambdas():
    compile("x = " + "lambda: " * (N // 4) + "0", "<deep>", "exec")

@case
def exec_recursion():
    def f():
        exec("f()", {"f": f})
    f()

@case
def map_recursion():
    def f(x):
        return list(map(f, [x]))
    f(0)

@case
def format_recursion():
    class F:
        def __format__(self, spec):
            return format(self, spec)
    format(F(), "")
