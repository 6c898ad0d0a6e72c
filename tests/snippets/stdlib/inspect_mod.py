import inspect
def f(a, b: int = 2, /, c=3, *args, d, e: "str" = 5, **kw) -> int:
    """Doc.

        Indented more.
    """
    return 1
sig = inspect.signature(f)
print(sig)
print(repr(sig))
for p in sig.parameters.values():
    print(repr(p), p.kind, p.default is p.empty, p.annotation)
print(sig.return_annotation, str(sig.parameters['b'].kind), sig.parameters['b'].kind.description)
print(inspect.Parameter.POSITIONAL_ONLY < inspect.Parameter.VAR_KEYWORD)
ba = sig.bind(1, d=4)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults(); print(ba)
try: sig.bind()
except TypeError as e: print(e)
try: sig.bind(1, 2, 3, 4, d=1, zz=2, c=3)
except TypeError as e: print(e)
print(inspect.signature(lambda x, *, y=1: 0))
class A:
    def m(self, x, y=1): pass
    @classmethod
    def c(cls, z): pass
    @staticmethod
    def s(q): pass
    def __init__(self, v, w=2): pass
print(inspect.signature(A.m), inspect.signature(A(1).m), inspect.signature(A.c), inspect.signature(A.s), inspect.signature(A))
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.ismethod(A(1).m), inspect.ismethod(A.m), inspect.isclass(A), inspect.ismodule(inspect))
def g(): yield 1
print(inspect.isgeneratorfunction(g), inspect.isgenerator(g()), inspect.iscoroutinefunction(f), inspect.isroutine(len), inspect.iscode(f.__code__), inspect.isframe(inspect.currentframe()))
print(inspect.getdoc(f))
print(repr(inspect.cleandoc("""
    Hello
      world
    end
    """)))
print([(n, f.__qualname__) for n, f in inspect.getmembers(A, inspect.isfunction)])
print([n for n, _ in inspect.getmembers(A) if not n.startswith('__')])
print(inspect.getsource(f), end='')
print(inspect.getsource(A.m), end='')
print(inspect.getsourcelines(g))
print(inspect.getmodule(f).__name__, inspect.getfile(f) == __file__)
p = inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3)
print(p, p.replace(name='y'), inspect.Signature([p]))
try: inspect.Parameter('x', 5)
except Exception as e: print(type(e).__name__, e)
print(inspect.getfullargspec(f))
print(inspect.unwrap(f) is f, inspect.isabstract(A), inspect.getmro(A))
print(type(inspect.getattr_static(A, 'c')).__name__)
print(inspect.signature(f).replace(return_annotation=inspect.Signature.empty))
import functools
@functools.wraps(f)
def w(*a, **k): return f(*a, **k)
print(inspect.signature(w))
print(inspect.formatannotation(int), inspect.formatannotation(list[int]))
print(inspect.getcallargs(f, 1, d=2))
print(inspect.stack()[0].function, inspect.currentframe().f_code.co_name)
