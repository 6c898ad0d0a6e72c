# The library modules from several threads at once: each thread's results
# must be what one thread alone computes (no shared state is corrupted).
import threading, zlib, binascii, pickle, csv, io, difflib, array, gzip, quopri

def work(seed, out):
    ok = True
    for i in range(40):
        data = (b"thread %d item %d " % (seed, i)) * (i + 1)
        ok &= zlib.decompress(zlib.compress(data, i % 10)) == data
        ok &= gzip.decompress(gzip.compress(data, mtime=0)) == data
        ok &= binascii.a2b_base64(binascii.b2a_base64(data)) == data
        ok &= quopri.decodestring(quopri.encodestring(data)) == data
        obj = {"seed": seed, "i": i, "items": [data, (i, -i), {i}]}
        ok &= pickle.loads(pickle.dumps(obj, i % 6)) == obj
        s = io.StringIO()
        csv.writer(s).writerow([seed, i, 'a,"b"'])
        ok &= next(csv.reader([s.getvalue()])) == [str(seed), str(i), 'a,"b"']
        ok &= difflib.SequenceMatcher(None, "abcd" * i, "abxd" * i).ratio() == (0.75 if i else 1.0)
        a = array.array("i", range(i))
        ok &= array.array("i", a.tobytes()) == a
    out[seed] = ok

shared = zlib.compressobj()
pieces = []
lock = threading.Lock()

def feed(k):
    for j in range(50):
        chunk = b"%d:%d;" % (k, j)
        with lock:  # order matters for the stream, so the caller serialises
            pieces.append(shared.compress(chunk))
            pieces.append(chunk)

results = {}
threads = [threading.Thread(target=work, args=(n, results)) for n in range(6)]
threads += [threading.Thread(target=feed, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
stream = b"".join(pieces[0::2]) + shared.flush()
plain = b"".join(pieces[1::2])
print(zlib.decompress(stream) == plain, len(plain))

# one Decompress object fed by several threads, each call whole: the
# chunks go in under a lock, so the output is the stream's in order
d = zlib.decompressobj()
src = zlib.compress(bytes(range(256)) * 400)
chunks = [src[i:i + 997] for i in range(0, len(src), 997)]
got = []
nxt = [0]

def pull():
    while True:
        with lock:
            k = nxt[0]
            if k == len(chunks):
                return
            nxt[0] = k + 1
            got.append(d.decompress(chunks[k]))

ts = [threading.Thread(target=pull) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(b"".join(got) == bytes(range(256)) * 400, d.eof)
