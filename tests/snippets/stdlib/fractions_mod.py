from fractions import Fraction as F
a = F(1, 3); b = F("2/4"); print(a, b, repr(a), a + b, a - b, a * b, a / b, a ** 2, a ** -2, -a, abs(-a), a + 1, 1 - a, a * 2.0, a < b, a == F(2, 6), F(3, 1) == 3)
print(F("3.1415"), F("1e-3"), F(0.5), F.from_float(0.1), F(0.1).limit_denominator(100), F(7, 2) // 1, F(7, 2) % 1, divmod(F(7, 2), 2), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2))
print(int(F(-7, 2)), float(F(1, 4)), hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), sum([F(1, 2), F(1, 3), F(1, 6)]), F(6, -4), F(F(1, 2), F(1, 3)), f"{F(1, 3):.3f}", str(F(4, 2)), sorted([F(1, 2), F(1, 3), 0.4]))
try: F(1, 0)
except ZeroDivisionError as e: print("ZDE", e)
try: F("x")
except ValueError as e: print("VE", e)
print(F(2) ** F(1, 2), 2 ** F(2), F(1, 2).as_integer_ratio(), F(5).is_integer())
