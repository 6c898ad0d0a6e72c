import base64
import zlib

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__module__, type(e).__name__ + ":", e)

data = b"".join(b"line %d: the quick brown fox jumps over the lazy dog %d\n" % (i, i * i) for i in range(200))
for level in range(-1, 10):
    c = zlib.compress(data, level)
    assert zlib.decompress(c) == data
    print(level, c[:2], len(c) < len(data) or level == 0)
print(zlib.compress(b"hello"), zlib.compress(b"hello", 0), zlib.compress(b"hello", wbits=-15), zlib.compress(b"hello", wbits=31))
for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(data, 6, wbits)
    back = zlib.decompress(c, wbits if wbits > 0 or True else 0)
    print(wbits, back == data, zlib.decompress(c, 47) == data if wbits > 0 else "raw")
print(zlib.decompress(zlib.compress(data), 0) == data, zlib.decompress(zlib.compress(data, wbits=31), 32 + 15) == data)
# streams made by the real zlib
data2 = b"".join(b"row %d: %s\n" % (i, (b"abcdefghij"[i % 10:] + b"XYZ") * (i % 4 + 1)) for i in range(60))
made = base64.b64decode('eNqd1DkSwjAMBdCeU+gIRAuLTgJ07EvDTBquD8RkHNuy49Ak1peb/HmT9vmCucL+cDydL9fb/bHZ7mbtJ2wUhlmyR4VBZB+7i6Tgk/Kpu88KYSAK/RzkC4XfGL665VLBTemz268U/LBW+J79t8eN5Ad3v1BWscQmbNFlmcLccthOenB3jMLMAhvfoJuj0lzYN+UfLh+UFpSHJicc9VQNCqeKwoQU5kxhERWOqcKAFcauaKIr+tcVGa6o5IoqXFGtK4pckeWKMq4o54pNVzzmiqtd8eQ/VeKKc6646IrHXHHgimNXMtGV/OtKDFdSciUVrqTWlUSuxHIlGVdiuXoDM/NoaQ==')
made_gz = base64.b64decode('H4sIAAAAAAAAA53UORLCMAwF0J5T6AhEC4tOAnTsS8NMGq4PxGQc27Lj0CTWl5v8eZP2+YK5wv5wPJ0v19v9sdnuZu0nbBSGWbJHhUFkH7uLpOCT8qm7zwphIAr9HOQLhd8YvrrlUsFN6bPbrxT8sFb4nv23x43kB3e/UFaxxCZs0WWZwtxy2E56cHeMwswCG9+gm6PSXNg35R8uH5QWlIcmJxz1VA0Kp4rChBTmTGERFY6pwoAVxq5ooiv61xUZrqjkiipcUa0rilyR5Yoyrijnik1XPOaKq13x5D9V4opzrrjoisdcceCKY1cy0ZX860oMV1JyJRWupNaVRK7EciUZV2K5egOLJQvI/gYAAA==')
print(zlib.decompress(made) == data2, zlib.decompress(made_gz, 31) == data2, zlib.decompress(made_gz, 47) == data2)
print(zlib.decompress(made + b"junk") == data2)
show(zlib.decompress, made[:-1] + bytes([made[-1] ^ 1]))
show(zlib.decompress, made[:len(made) // 2])
show(zlib.decompress, b"garbage")
show(zlib.decompress, zlib.compress(b"hello world")[:-3])
show(zlib.decompress, zlib.compress(b"abc")[:-1] + b"\x00")
show(zlib.decompress, b"\x78\x9c\xff\xff")
show(zlib.decompress, b"x", wbits=99)
show(zlib.compress, b"x", 10)
show(zlib.compress, b"x", wbits=99)
show(zlib.compressobj, wbits=99)
show(zlib.decompressobj, wbits=99)
show(zlib.compressobj, level=11)
show(zlib.compress, "text")
show(zlib.decompress, zlib.compress(b"abc", wbits=31), 15)
show(zlib.decompress, b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x06\x00\x00\x00", 31)

co = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(co.flush())
raw = b"".join(parts)
print(zlib.decompress(raw, -15) == data)
co = zlib.compressobj()
a = co.compress(b"first part ")
b = co.flush(zlib.Z_SYNC_FLUSH)
print(b[-4:], zlib.decompressobj().decompress(a + b))
c = co.compress(b"second part")
d = co.flush()
print(zlib.decompress(a + b + c + d))
show(co.flush)
show(co.compress, b"more")

do = zlib.decompressobj()
stream = zlib.compress(data) + b"tail bytes"
out = []
for i in range(0, len(stream), 37):
    out.append(do.decompress(stream[i:i + 37]))
out.append(do.flush())
print(b"".join(out) == data, do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
chunk = do.decompress(zlib.compress(b"abc" * 100) + b"tail", 10)
print(chunk, do.eof, do.unused_data, len(do.unconsumed_tail) > 0)
rest = b""
for _ in range(100):
    if do.eof or not do.unconsumed_tail:
        break
    rest += do.decompress(do.unconsumed_tail, 64)
print(len(chunk + rest), (chunk + rest) == b"abc" * 100, do.eof, do.unused_data)
show(do.decompress, b"", -1)
show(zlib.decompressobj().flush, 0)
d2 = zlib.decompressobj(wbits=47)
half = zlib.compress(data, wbits=31)
x = d2.decompress(half[:50])
cp = d2.copy()
print((x + d2.decompress(half[50:])) == data, (x + cp.decompress(half[50:])) == data, cp.eof)
print(zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.adler32(b"hello"), zlib.adler32(b""), zlib.adler32(b"x" * 100000), zlib.adler32(b"abc", 12345))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH)
print(zlib.error.__mro__, isinstance(zlib.ZLIB_VERSION, str))
big = bytes(range(256)) * 2000
print(zlib.decompress(zlib.compress(big, 1)) == big, zlib.decompress(zlib.compress(b"")) == b"", zlib.decompress(zlib.compress(b"", wbits=-15), -15))
