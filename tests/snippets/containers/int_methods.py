print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (7).bit_count())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\xff', 'big', signed=True))
print(2 ** 100, -2 ** 63, 10 ** 30 // 7, 10 ** 30 % 7, (2 ** 64).bit_length())
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7 / 2, -7 / 2)
print(1 << 70, (1 << 70) >> 68, -1 >> 5, 5 & 3, 5 | 3, 5 ^ 3, ~5)
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator, (3).conjugate())
print((10).__add__(5), (10).__radd__(5), (10).__add__('x'))
print(abs(-2 ** 80), int('-0'), int('+7'), int(True), int('z', 36), int('0x1f', 16))
try:
    1 // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
try:
    int('12', 1)
except ValueError as e:
    print('ValueError:', e)
print(3 == 3.0, 1 < 1.5, 2 ** -1, (-2) ** 2, -2 ** 2, pow(0, 0), 0 ** 0)
print(True + True, True * 3, False - 1, 5 * False, True / 2)
print(divmod(2 ** 70, 3), 123456789 * 987654321, (-5).__abs__())
print(int(1e20), int(-1e20), int(2.5e3), round(12345, -3), round(-15, -1))
x = 10
x //= 3; x **= 3; x <<= 1; x %= 50
print(x, isinstance(True, int), type(True + 1).__name__)
