b = b'hello world'
print(b[0], b[-1], b[1:4], len(b), b.upper(), b.split(), b.replace(b'o', b'0'))
print(b.find(b'o'), b.count(b'o'), b.startswith(b'he'), b.decode(), b.hex())
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes.fromhex('41 42'))
print(b'a' + b'b', b'ab' * 3, b'x' in b'xyz', 120 in b'xyz')
print(list(b'abc'), b'-'.join([b'a', b'b']), b'  x '.strip())
ba = bytearray(b'abc')
ba.append(100)
ba[0] = 65
ba.extend(b'ef')
print(ba, len(ba), bytes(ba), ba.pop(), ba)
del ba[0]
print(ba, ba.decode(), bytearray(2))
ba += b'!'
print(ba, ba == b'bcde!', ba.upper())
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError:', e)
print('héllo'.encode(), 'héllo'.encode('latin-1'), b'h\xc3\xa9'.decode('utf-8'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(b'abc'.isalpha(), b'123'.isdigit(), b'a,b'.split(b','), b'%d-%s' % (1, b'x'))
m = memoryview(b'abcdef')
print(m[0], bytes(m[1:3]), len(m), m.tobytes(), m.tolist()[:2])
