import gzip, io, os, tempfile, zlib

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__module__, type(e).__name__ + ":", e)

data = b"".join(b"record %d: %s\n" % (i, b"spam" * (i % 7)) for i in range(500))
c = gzip.compress(data, mtime=0)
print(c[:10], gzip.decompress(c) == data, gzip.compress(b"", mtime=12345)[:10], gzip.compress(b"x", 1, mtime=1)[:10])
print(gzip.decompress(gzip.compress(b"one", mtime=0) + gzip.compress(b"two", mtime=0)), gzip.decompress(b""))
print(gzip.decompress(gzip.compress(b"pad", mtime=0) + b"\x00\x00\x00"))
# a stream made by CPython's zlib, with a file name in its header
made = bytes.fromhex("1f8b08080700000002ff612e74787400cb48cdc9c957c84bcc4d4d5128cf2fca490100ee0ef30211000000")
print(gzip.decompress(made))
show(gzip.decompress, b"not gzip data")
show(gzip.decompress, c[:-5])
show(gzip.decompress, c[:-8] + b"\x00\x00\x00\x00" + c[-4:])
show(gzip.decompress, c[:5])
print(zlib.decompress(c, 31) == data)
d = tempfile.mkdtemp()
path = os.path.join(d, "sample.txt.gz")
with gzip.open(path, "wb") as f:
    f.write(b"first line\n")
    f.write(b"second line\n")
    print(f.writable(), f.readable(), f.mode, f.name.endswith("sample.txt.gz"))
with open(path, "rb") as raw:
    head = raw.read(30)
print(head[:4], head[10:21])
with gzip.open(path) as f:
    print(f.read(5), f.readline(), list(f), f.mtime is not None)
with gzip.open(path, "rt", encoding="utf-8") as f:
    print(repr(f.read()))
with gzip.open(path, "wt") as f:
    f.write("text mode\nline two\n")
with gzip.open(path, "rt") as f:
    print(f.readlines())
with gzip.open(path, "ab") as f:
    f.write(b"appended member\n")
with gzip.open(path, "rb") as f:
    print(f.read())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(data)
print(buf.getvalue()[:10], gzip.decompress(buf.getvalue()) == data)
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(len(f.read()), f.tell())
show(gzip.open, path, "rtb")
show(gzip.open, path, "rb", encoding="utf-8")
show(gzip.open, 123)
g = gzip.GzipFile(fileobj=io.BytesIO(c))
g.close()
show(g.read)
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE)
os.remove(path)
os.rmdir(d)
