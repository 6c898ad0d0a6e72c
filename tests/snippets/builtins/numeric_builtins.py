print(abs(-5), abs(3.5), abs(-0.0), abs(True))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2))
print(round(7.0), type(round(7.0)).__name__, round(7.25, 1))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 3), pow(-8, 1/3).__class__.__name__)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('abc'), min([], default='empty'))
print(max([1, -5, 3], key=abs), min(['bb', 'a', 'ccc'], key=len))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
try:
    min()
except TypeError as e:
    print('TypeError:', e)
print(hex(255), oct(8), bin(10), hex(-1), bin(0))
print(chr(65), ord('a'), chr(0x263a), ord('\u00e9'))
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
try:
    chr(-1)
except ValueError as e:
    print('ValueError:', e)
print(int('ff', 16), int('0b101', 0), int('  42  '), int(3.9), int(-3.9), int('1_000'))
try:
    int('abc')
except ValueError as e:
    print('ValueError:', e)
print(float('1.5'), float('inf'), float('-inf'), float(' 3 '), float(7))
try:
    float('x')
except ValueError as e:
    print('ValueError:', e)
print(bool(0), bool(''), bool([0]), bool(None), bool(0.0))
