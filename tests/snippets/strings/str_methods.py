s = 'Hello, World'
print(s.lower(), s.upper(), s.swapcase(), s.title(), 'hello world'.capitalize(), 'ß'.casefold())
print(s.find('o'), s.rfind('o'), s.find('z'), s.index('W'), s.rindex('l'), s.count('l'))
try:
    s.index('z')
except ValueError as e:
    print('ValueError:', e)
print(s.startswith('He'), s.endswith(('x', 'ld')), s.startswith('World', 7))
print(s.replace('l', 'L'), s.replace('l', 'L', 2), s.split(', '), 'a b  c'.split(), 'a,b,,c'.split(','))
print('a b c d'.split(' ', 2), 'a b c d'.rsplit(' ', 2), 'x\ny\r\nz'.splitlines(), 'x\ny\n'.splitlines(True))
print('  pad  '.strip(), '  pad  '.lstrip(), '  pad  '.rstrip() + '|', 'xxhixx'.strip('x'))
print('-'.join(['a', 'b', 'c']), ''.join(reversed('abc')))
print('abc'.center(9, '*'), 'abc'.ljust(6) + '|', 'abc'.rjust(6, '.'), '42'.zfill(5), '-42'.zfill(5))
print('a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('x'))
print('abc123'.isalnum(), 'abc'.isalpha(), '123'.isdigit(), '   '.isspace(), 'Ab'.istitle(), 'ab'.islower(), 'AB'.isupper())
print('12'.isdecimal(), '½'.isnumeric(), 'x_1'.isidentifier(), '1x'.isidentifier(), ''.isalpha())
print('prefix_body'.removeprefix('prefix_'), 'body.py'.removesuffix('.py'), 'a\tb'.expandtabs(4))
t = str.maketrans('abc', 'xyz', 'd')
print('abcd'.translate(t), str.maketrans({'a': '1'}))
print('ab' * 3, 'b' in 'abc', 'abc' < 'abd', 'Z' < 'a', min('hello'), sorted('cba'))
try:
    'abc' + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'abc'[5]
except IndexError as e:
    print('IndexError:', e)
try:
    s[0] = 'x'
except TypeError as e:
    print('TypeError:', e)
print('abcdef'[::-1], 'abcdef'[1:5:2], 'abc'[-10:10], len('héllo'), 'é'.encode())
print(str(123), str(b'x'), str(1.5), str([1]), str(), str(b'ab', 'ascii'))
