import types
ns = types.SimpleNamespace(a=1, b="x"); ns.c = [2]; print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[2]))
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType), isinstance((x for x in []), types.GeneratorType))
class A:
    def m(self): pass
print(isinstance(A().m, types.MethodType), types.NoneType, types.MappingProxyType({"a": 1})["a"])
C = types.new_class("C", (A,), {}, lambda ns: ns.update(x=5)); print(C.x, C.__mro__[1] is A, C.__name__)
