"""Mathematical functions over complex numbers (Weft's implementation of CPython 3.13's cmath).

The formulas are the ones CPython's cmath uses for accuracy (Kahan's
branch-cut-aware forms for the inverse functions, scaled paths for huge
and tiny arguments), written over the float functions of `math`. Infinite
and NaN arguments follow C99 Annex G for the common cases.
"""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _m.sqrt(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_LOG_LARGE = _m.log(_DBL_MAX) - _m.log(2.0)     # 708.3964185322641
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_MANT = 53
_SCALE_UP = 2 * (_MANT // 2) + 1
_SCALE_DOWN = -(_SCALE_UP + 1) // 2

_copysign = _m.copysign
_hypot = _m.hypot
_atan2 = _m.atan2
_isfinite = _m.isfinite
_isnan = _m.isnan
_isinf = _m.isinf


def _arg(z):
    if isinstance(z, complex):
        return z.real, z.imag
    if isinstance(z, float):
        return z, 0.0
    if isinstance(z, int):
        return float(z), 0.0
    t = type(z)
    if hasattr(t, "__complex__"):
        c = z.__complex__()
        if not isinstance(c, complex):
            raise TypeError("__complex__ returned non-complex (type %s)" % type(c).__name__)
        return c.real, c.imag
    if hasattr(t, "__float__") or hasattr(t, "__index__"):
        return float(z), 0.0
    raise TypeError("must be real number, not %s" % t.__name__)


def _domain():
    return ValueError("math domain error")


def _range():
    return OverflowError("math range error")


def _finite_in(x, y):
    return _isfinite(x) and _isfinite(y)


def _check(x, y, rx, ry):
    """Raises as CPython does when finite arguments give a non-finite result."""
    if _isnan(rx) or _isnan(ry):
        raise _domain()
    if _isinf(rx) or _isinf(ry):
        raise _range()
    return complex(rx, ry)


def _sqrt(x, y):
    if not _finite_in(x, y):
        if _isinf(y):
            return inf, y
        if _isnan(x):
            return x, x if not _isinf(y) else y
        if _isinf(x):
            if _isnan(y):
                return (x, y) if x > 0 else (y, inf)
            return (inf, _copysign(0.0, y)) if x > 0 else (0.0, _copysign(inf, y))
        return nan, nan
    if x == 0.0 and y == 0.0:
        return 0.0, y
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _m.ldexp(ax, _SCALE_UP)
        s = _m.ldexp(_m.sqrt(ax + _hypot(ax, _m.ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _copysign(d, y)
    return d, _copysign(s, y)


def sqrt(z):
    """Return the square root of z."""
    x, y = _arg(z)
    return complex(*_sqrt(x, y))


def _log(x, y):
    ax, ay = abs(x), abs(y)
    if not _finite_in(x, y):
        if _isinf(x) or _isinf(y):
            return inf, _atan2(y, x)
        return nan, nan
    if ax > _LARGE or ay > _LARGE:
        re = _m.log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = _m.log(_hypot(_m.ldexp(ax, _MANT), _m.ldexp(ay, _MANT))) - _MANT * _LN2
        else:
            raise _domain()
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = max(ax, ay)
            an = min(ax, ay)
            re = _m.log1p((am - 1) * (am + 1) + an * an) / 2
        else:
            re = _m.log(h)
    return re, _atan2(y, x)


def log(z, base=None):
    """log(z[, base]) -> the logarithm of z to the given base (default e)."""
    x, y = _arg(z)
    r = complex(*_log(x, y))
    if base is None:
        return r
    bx, by = _arg(base)
    b = complex(*_log(bx, by))
    try:
        return r / b
    except ZeroDivisionError:
        raise _domain() from None


def log10(z):
    """Return the base-10 logarithm of z."""
    x, y = _arg(z)
    re, im = _log(x, y)
    return complex(re / _LN10, im / _LN10)


def exp(z):
    """Return the exponential value e**z."""
    x, y = _arg(z)
    if not _finite_in(x, y):
        if _isinf(x) and _isfinite(y):
            if x > 0:
                if y == 0:
                    return complex(inf, y)
                return complex(_copysign(inf, _m.cos(y)), _copysign(inf, _m.sin(y)))
            return complex(_copysign(0.0, _m.cos(y)), _copysign(0.0, _m.sin(y)))
        if _isinf(x) and x < 0:
            return complex(0.0, 0.0)
        if _isnan(x) and y == 0:
            return complex(x, y)
        if _isinf(x) and x > 0:
            return complex(inf, nan)
        if _isinf(y):
            raise _domain()
        return complex(nan, nan)
    if x > _LOG_LARGE:
        l = _m.exp(x - 1.0)
        rx, ry = l * _m.cos(y) * e, l * _m.sin(y) * e
    else:
        l = _m.exp(x)
        rx, ry = l * _m.cos(y), l * _m.sin(y)
    if y == 0.0:
        ry = y
    return _check(x, y, rx, ry)


def _cosh(x, y):
    if abs(x) > _LOG_LARGE:
        xm1 = x - _copysign(1.0, x)
        rx = _m.cos(y) * _m.cosh(xm1) * e
        ry = _m.sin(y) * _m.sinh(xm1) * e
    else:
        rx = _m.cos(y) * _m.cosh(x)
        ry = _m.sin(y) * _m.sinh(x)
    if _isinf(rx) or _isinf(ry):
        raise _range()
    return rx, ry


def _sinh(x, y):
    if abs(x) > _LOG_LARGE:
        xm1 = x - _copysign(1.0, x)
        rx = _m.cos(y) * _m.sinh(xm1) * e
        ry = _m.sin(y) * _m.cosh(xm1) * e
    else:
        rx = _m.cos(y) * _m.sinh(x)
        ry = _m.sin(y) * _m.cosh(x)
    if _isinf(rx) or _isinf(ry):
        raise _range()
    return rx, ry


def _tanh(x, y):
    if abs(x) > _LOG_LARGE:
        return _copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx


def _need_finite(x, y):
    if not _finite_in(x, y):
        if _isinf(y) and _isfinite(x) or _isinf(x) and _isfinite(y) and False:
            raise _domain()
        if _isinf(y) and not _isnan(x):
            raise _domain()


def cosh(z):
    """Return the hyperbolic cosine of z."""
    x, y = _arg(z)
    if not _finite_in(x, y):
        return _nonfinite(x, y, "cosh")
    return complex(*_cosh(x, y))


def sinh(z):
    """Return the hyperbolic sine of z."""
    x, y = _arg(z)
    if not _finite_in(x, y):
        return _nonfinite(x, y, "sinh")
    return complex(*_sinh(x, y))


def tanh(z):
    """Return the hyperbolic tangent of z."""
    x, y = _arg(z)
    if not _finite_in(x, y):
        return _nonfinite(x, y, "tanh")
    return complex(*_tanh(x, y))


def cos(z):
    """Return the cosine of z."""
    x, y = _arg(z)
    if not _finite_in(-y, x):
        return _nonfinite(-y, x, "cosh")
    return complex(*_cosh(-y, x))


def sin(z):
    """Return the sine of z."""
    x, y = _arg(z)
    if not _finite_in(x, y):
        r = _nonfinite(-y, x, "sinh")
        return complex(r.imag, -r.real)
    rx, ry = _sinh(-y, x)
    return complex(ry, -rx)


def tan(z):
    """Return the tangent of z."""
    x, y = _arg(z)
    if not _finite_in(x, y):
        r = _nonfinite(-y, x, "tanh")
        return complex(r.imag, -r.real)
    rx, ry = _tanh(-y, x)
    return complex(ry, -rx)


def _nonfinite(x, y, fn):
    # Annex G special values for cosh/sinh/tanh (enough for the common cases).
    if _isnan(x) or _isnan(y):
        if fn == "tanh" and _isinf(x):
            return complex(_copysign(1.0, x), _copysign(0.0, y) if not _isnan(y) else 0.0)
        if y == 0.0 and fn != "cosh":
            return complex(x if fn == "sinh" else nan, y)
        if y == 0.0:
            return complex(nan, 0.0)
        if x == 0.0 and fn != "cosh":
            return complex(x, nan)
        if _isinf(x) and fn == "cosh":
            return complex(inf, nan)
        if _isinf(x):
            return complex(x, nan)
        return complex(nan, nan)
    if _isinf(y):
        if fn == "tanh" and _isinf(x):
            return complex(_copysign(1.0, x), 0.0)
        raise _domain()
    # x infinite, y finite
    if fn == "tanh":
        return complex(_copysign(1.0, x), _copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y)))
    c, s = _m.cos(y), _m.sin(y)
    if y == 0.0:
        if fn == "cosh":
            return complex(inf, _copysign(0.0, x) * _copysign(1.0, y))
        return complex(x, y)
    if fn == "cosh":
        return complex(_copysign(inf, c), _copysign(inf, s) * _copysign(1.0, x))
    return complex(_copysign(inf, c) * _copysign(1.0, x), _copysign(inf, s))


def _asinh(x, y):
    if abs(x) > _LARGE or abs(y) > _LARGE:
        if y >= 0:
            re = _copysign(_m.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            re = -_copysign(_m.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return re, _atan2(y, abs(x))
    s1x, s1y = _sqrt(1.0 + y, -x)
    s2x, s2y = _sqrt(1.0 - y, x)
    return _m.asinh(s1x * s2y - s2x * s1y), _atan2(y, s1x * s2x - s1y * s2y)


def asinh(z):
    """Return the inverse hyperbolic sine of z."""
    x, y = _arg(z)
    if not _finite_in(x, y):
        if _isnan(x) or _isnan(y):
            if _isinf(x) or _isinf(y):
                return complex(inf if _isinf(x) else inf, nan) if True else None
            return complex(nan, y if (x == 0 or _isnan(x)) and y == 0 else nan)
        return complex(_copysign(inf, x), _atan2(y, abs(x)) if _isinf(y) and _isinf(x)
                       else _copysign(pi / 2 if _isinf(y) else 0.0, y))
    return complex(*_asinh(x, y))


def asin(z):
    """Return the arc sine of z."""
    x, y = _arg(z)
    r = asinh(complex(-y, x))
    return complex(r.imag, -r.real)


def acos(z):
    """Return the arc cosine of z."""
    x, y = _arg(z)
    if not _finite_in(x, y):
        if _isnan(x) or _isnan(y):
            if _isinf(y):
                return complex(nan, -y)
            if _isinf(x):
                return complex(nan, inf)
            if x == 0 and _isnan(y):
                return complex(pi / 2, y)
            return complex(nan, nan)
        if _isinf(x) and _isinf(y):
            return complex(3 * pi / 4 if x < 0 else pi / 4, -y)
        if _isinf(x):
            return complex(pi if x < 0 else 0.0, -_copysign(inf, y) if x < 0 else _copysign(inf, -y))
        return complex(pi / 2, -y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        re = _atan2(abs(y), x)
        if x < 0:
            im = -_copysign(_m.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y)
        else:
            im = _copysign(_m.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -y)
        return complex(re, im)
    s1x, s1y = _sqrt(1.0 - x, -y)
    s2x, s2y = _sqrt(1.0 + x, y)
    return complex(2.0 * _atan2(s1x, s2x), _m.asinh(s2x * s1y - s2y * s1x))


def acosh(z):
    """Return the inverse hyperbolic cosine of z."""
    x, y = _arg(z)
    if not _finite_in(x, y):
        r = acos(complex(x, y))
        # acosh(z) = +/- i acos(z), sign chosen for a non-negative real part
        if _isnan(r.imag) and _isnan(r.real):
            return complex(nan, nan)
        re, im = -r.imag, r.real
        if re < 0 or (re == 0 and _copysign(1.0, re) < 0):
            re, im = -re, -im
        return complex(abs(re) if not _isnan(re) else re, _copysign(abs(im), y) if not _isnan(im) else im)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _atan2(y, x))
    s1x, s1y = _sqrt(x - 1.0, y)
    s2x, s2y = _sqrt(x + 1.0, y)
    return complex(_m.asinh(s1x * s2x + s1y * s2y), 2.0 * _atan2(s1y, s2x))


def _atanh(x, y):
    if x < 0:
        rx, ry = _atanh(-x, -y)
        return -rx, -ry
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, -_copysign(pi / 2, -y)
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _domain()
        return -_m.log(_m.sqrt(ay) / _m.sqrt(_hypot(ay, 2.0))), _copysign(_atan2(2.0, -ay) / 2, y)
    return (_m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
            -_atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def atanh(z):
    """Return the inverse hyperbolic tangent of z."""
    x, y = _arg(z)
    if not _finite_in(x, y):
        if _isnan(x) or _isnan(y):
            if _isinf(x):
                return complex(_copysign(0.0, x), nan)
            if _isinf(y):
                return complex(_copysign(0.0, x) if not _isnan(x) else 0.0, _copysign(pi / 2, y))
            if x == 0 and _isnan(y):
                return complex(x, nan)
            return complex(nan, nan)
        return complex(_copysign(0.0, x), _copysign(pi / 2, y))
    return complex(*_atanh(x, y))


def atan(z):
    """Return the arc tangent of z."""
    x, y = _arg(z)
    r = atanh(complex(-y, x))
    return complex(r.imag, -r.real)


def phase(z):
    """Return argument, also known as the phase angle, of a complex."""
    x, y = _arg(z)
    return _atan2(y, x)


def polar(z):
    """Convert a complex from rectangular coordinates to polar coordinates."""
    x, y = _arg(z)
    r = _hypot(x, y)
    if _isinf(r) and _isfinite(x) and _isfinite(y):
        raise _range()
    return r, _atan2(y, x)


def _real(v):
    if isinstance(v, float):
        return v
    if isinstance(v, int):
        return float(v)
    if isinstance(v, complex) or isinstance(v, str) or not (
            hasattr(type(v), "__float__") or hasattr(type(v), "__index__")):
        raise TypeError("must be real number, not %s" % type(v).__name__)
    return float(v)


def rect(r, phi):
    """Convert from polar coordinates to rectangular coordinates."""
    r = _real(r)
    phi = _real(phi)
    if not (_isfinite(r) and _isfinite(phi)):
        if _isinf(r) and _isfinite(phi) and phi != 0.0:
            rx = _copysign(inf, _m.cos(phi)) if r > 0 else -_copysign(inf, _m.cos(phi))
            ry = _copysign(inf, _m.sin(phi)) if r > 0 else -_copysign(inf, _m.sin(phi))
            return complex(rx, ry)
        if _isinf(r) and phi == 0.0:
            return complex(r, phi * (1.0 if r > 0 else -1.0))
        if _isinf(phi) and r != 0.0 and not _isnan(r):
            raise _domain()
        if r == 0.0:
            return complex(0.0, 0.0)
        return complex(nan, nan)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    x, y = _arg(z)
    return _isfinite(x) and _isfinite(y)


def isnan(z):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    x, y = _arg(z)
    return _isnan(x) or _isnan(y)


def isinf(z):
    """Checks if the real or imaginary part of z is infinite."""
    x, y = _arg(z)
    return _isinf(x) or _isinf(y)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    ax, ay = _arg(a)
    bx, by = _arg(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if ax == bx and ay == by:
        return True
    if _isinf(ax) or _isinf(ay) or _isinf(bx) or _isinf(by):
        return False
    diff = abs(complex(ax - bx, ay - by))
    return (diff <= rel_tol * abs(complex(bx, by)) or
            diff <= rel_tol * abs(complex(ax, ay)) or
            diff <= abs_tol)
