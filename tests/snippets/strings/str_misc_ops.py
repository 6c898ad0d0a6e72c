s = 'abc'
print(s * 0, s * -1, 3 * s, s + '', s == 'abc', s is not None)
print('abc' < 'abcd', 'b' > 'abc', 'a' <= 'a', sorted(['b', 'A', 'a', 'B']))
print(list('héllo'), len('\U0001f600'), '\u00e9' == 'é', 'a\0b'.__len__())
print(str.upper('x'), 'x'.__add__('y'), 'ab'.__contains__('a'), 'abc'.__getitem__(1))
print('%s' % 'x', 'x'.join('abc'), ''.join([]), 'a'.join(['only']))
try:
    ''.join([1, 2])
except TypeError as e:
    print('TypeError:', e)
print('tic-tac-toe'.split('-', 1), 'a  b'.split(' '), ''.split(), ''.split(','))
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
print('Hello'.encode('ascii'), 'x'.isascii(), 'é'.isascii())
print('abc'.count(''), 'aaaa'.count('aa'), 'abc'.find(''), 'abc'.rfind(''))
print('  \t\n x'.strip(), 'a\u00a0'.strip() == 'a')
print('%r' % 'q', repr('\u00e9'), repr('\u200b'), repr('\x1b'))
print(str(object).startswith('<class'), 'ABC'.lower().upper())
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(set(words)), max(words, key=len), words.count('the'))
print({w: len(w) for w in words[:3]})
print('abc'.replace('', '-'), 'aaa'.replace('a', 'b', 0))
print(ord(min('zebra')), chr(ord('a') + 1), 'é'.upper(), 'ǆ'.title())
print('x'.center(4), '|' + 'x'.center(5, '-') + '|', 'ab'.center(5, '-'))
