import math
print((1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (2.5).hex(), float.fromhex('0x1.8p1'))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e-7, 100.0, 1.0e16, 12345678901234567.0)
print(3.0 // 2, -3.5 // 2, 3.5 % 2, -3.5 % 2, 2.0 ** 0.5, 10.0 / 4)
print(float('inf') > 1e308, float('inf') - float('inf'), math.isnan(float('nan')), float('nan') == float('nan'))
print(round(0.5), round(1.5), round(2.675, 2), round(-0.5), round(1e20), round(3.14159, 3))
print(int(2.9999), math.floor(-1.5), math.ceil(-1.5), math.trunc(-1.5), float(2 ** 53 + 1))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError:', e)
print(1.0 == 1, hash(1.5) == hash(1.5), 0.0 == -0.0, str(-0.0), 5e-324, 1.7976931348623157e308)
print((3.7).__trunc__(), (3.2).__floor__(), (3.2).__ceil__(), (-2.5).__abs__(), (2.5).real)
print(sum([0.1] * 3), 0.1 * 3, 1.1 * 1.1, 4.35 * 100, 1e16 + 1)
print(float(10 ** 20), 10 ** 20 / 10 ** 10, 7 / 7, type(7 / 7).__name__, 1e3, 1.5e300 * 1.5e300)
print(max(1, 2.0), min(1.0, 1), 3.0 * True, divmod(-7.5, 2))
