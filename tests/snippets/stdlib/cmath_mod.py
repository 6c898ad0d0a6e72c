import cmath, math

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

vals = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 2 + 3j, -2.5 + 0.5j, 0.5 - 4j, 1e-310 + 1e-310j, 1e300 + 1e300j,
        -0.0 + 0j, complex(0.0, -0.0), 3, -4.0, 0.7 + 0.7j, 1.2 - 0.3j, 1 + 1e-200j, 1e-5 + 1j, 700 + 1j, -700 + 2j]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(3 + 4j), cmath.polar(-2), cmath.rect(2, math.pi / 2), cmath.rect(1, 0))
print(cmath.log(8, 2), cmath.log(1j, 10), cmath.log(-1))
show(cmath.log, 0)
show(cmath.log, 1, 1)
show(cmath.sqrt, "x")
show(cmath.exp, 1000)
show(cmath.cosh, 1000)
show(cmath.atanh, 1)
show(cmath.rect, 1j, 0)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1 + 2j), cmath.isfinite(cmath.infj), cmath.isnan(cmath.nanj), cmath.isinf(complex(1, cmath.inf)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
show(cmath.isclose, 1, 2, rel_tol=-1)
print(cmath.sqrt(-4), cmath.sqrt(cmath.inf), cmath.exp(complex(-cmath.inf, 1)), cmath.sqrt(complex(-cmath.inf, 2)))
class C:
    def __complex__(self):
        return 3 + 4j
print(cmath.sqrt(C()), cmath.phase(C()), abs(cmath.exp(1j * math.pi) + 1) < 1e-15)
