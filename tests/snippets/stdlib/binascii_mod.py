import binascii

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__module__, type(e).__name__ + ":", e)

print(binascii.hexlify(b"\x00\x01\xfeHi"), binascii.b2a_hex(bytearray(b"ab")), binascii.hexlify(memoryview(b"xyz")))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2), binascii.hexlify(b"\x01\x02\x03\x04\x05", " ", -2))
print(binascii.unhexlify(b"0001feff"), binascii.unhexlify("ABcd"), binascii.a2b_hex(bytearray(b"41")))
show(binascii.unhexlify, b"abc")
show(binascii.unhexlify, b"zz")
show(binascii.unhexlify, "é0")
show(binascii.unhexlify, 5)
show(binascii.hexlify, "ab")
show(binascii.hexlify, b"ab", "--")
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))]:
    enc = binascii.b2a_base64(s)
    assert binascii.a2b_base64(enc) == s
    print(enc[:40], binascii.b2a_base64(s, newline=False)[-4:])
print(binascii.a2b_base64(b"Zm9v\nYmFy\n"), binascii.a2b_base64("Zm9 vYg=="), binascii.a2b_base64(b"Zm9vYg==trailing"), binascii.a2b_base64(b"Zm!9v"))
show(binascii.a2b_base64, b"abc")
show(binascii.a2b_base64, b"abcde")
show(binascii.a2b_base64, b"ab=c", strict_mode=True)
show(binascii.a2b_base64, b"=abc", strict_mode=True)
show(binascii.a2b_base64, b"ab!c", strict_mode=True)
show(binascii.a2b_base64, b"YQ==YQ", strict_mode=True)
show(binascii.a2b_base64, b"YQ==", strict_mode=True)
print(binascii.crc32(b"hello"), binascii.crc32(b"hello", -1), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b"hello world"), binascii.crc32(b""))
print(binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"123456789", 0xffff), binascii.crc_hqx(b"", 7))
show(binascii.crc32, "x")
show(binascii.crc32, b"x", 1.5)
print(binascii.crc32(b"x", 2**40 + 5), binascii.crc32(b"abc" * 1000))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Error.__name__, binascii.Incomplete.__mro__[1])
try:
    binascii.unhexlify(b"1")
except ValueError as e:
    print("caught as ValueError:", e)
