import binascii, random

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__module__, type(e).__name__ + ":", e)

print(binascii.b2a_qp(b"hello = world\t\nline two \r\nend."))
print(binascii.b2a_qp(b"x" * 100), binascii.b2a_qp(b"a b_c", header=True), binascii.b2a_qp(b"tab\there", quotetabs=True))
print(binascii.b2a_qp(b"\xe9t\xe9\n.\nline\r\n", istext=False), binascii.b2a_qp(b"."), binascii.b2a_qp(b"trailing "))
print(binascii.a2b_qp(b"caf=C3=A9 =\nsoft=3D=\r\nbreak=zz="), binascii.a2b_qp("a_b=5f", header=True), binascii.a2b_qp(b"=="))
rnd = random.Random(7)
alpha = b"ab =._\t\r\n\x00\xff.xyz"
acc = 0
for t in range(400):
    d = bytes(rnd.choice(alpha) for _ in range(rnd.randrange(0, 120)))
    for kw in ({}, {"quotetabs": True}, {"istext": False}, {"header": True}):
        e = binascii.b2a_qp(d, **kw)
        acc = binascii.crc32(e, acc)
        acc = binascii.crc32(binascii.a2b_qp(e, header=kw.get("header", False)), acc)
        acc = binascii.crc32(binascii.a2b_qp(d), acc)
print("qp fuzz crc", acc)
for s in [b"", b"a", b"ab", b"abc", b"hello world", bytes(range(45))]:
    e = binascii.b2a_uu(s)
    print(e, binascii.b2a_uu(s, backtick=True), binascii.a2b_uu(e) == s)
print(binascii.a2b_uu(b"#86)C\n"), binascii.a2b_uu(b"#86)C"), binascii.a2b_uu(b"&86)C"), binascii.a2b_uu(b"!"), binascii.a2b_uu(b"` "), binascii.a2b_uu(b""))
show(binascii.b2a_uu, b"x" * 46)
show(binascii.a2b_uu, b"#\x7f\x7f\x7f\x7f")
show(binascii.a2b_uu, b"!86)Cxyz")
acc = 0
for t in range(300):
    d = bytes(rnd.randrange(256) for _ in range(rnd.randrange(0, 46)))
    e = binascii.b2a_uu(d, backtick=t % 2 == 0)
    acc = binascii.crc32(e, acc)
    assert binascii.a2b_uu(e) == d
print("uu fuzz crc", acc)
