import base64
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:70]]:
    e = base64.b64encode(data); print(e, base64.b64decode(e) == data, base64.b32encode(data), base64.b32decode(base64.b32encode(data)) == data, base64.b16encode(data)[:20])
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs\nbG8="), base64.encodebytes(b"x" * 60), base64.b16decode("4142"))
for bad in ["abc", "a"]:
    try: base64.b64decode(bad)
    except Exception as e: print(type(e).__name__, e)
