import hashlib
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for n in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = getattr(hashlib, n)(b'abc')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest(), h.digest()[:4])
    h2 = h.copy(); h2.update(b'def'); print(h.hexdigest()[:16], h2.hexdigest()[:16], hashlib.new(n, b'abcdef').hexdigest()[:16])
print(hashlib.sha256().hexdigest())
print(hashlib.new('SHA256', b'x').name, hashlib.new('sha256', data=b'x').hexdigest()[:8], hashlib.sha1(string=b'x').hexdigest()[:8])
h = hashlib.md5(); h.update(b'a'); h.update(bytearray(b'b')); h.update(memoryview(b'c')); print(h.hexdigest())
t(lambda: hashlib.new('foo'))
t(lambda: hashlib.md5('abc'))
t(lambda: hashlib.md5(1))
t(lambda: hashlib.md5().update('x'))
t(lambda: hashlib.md5().update())
t(lambda: hashlib.md5(b'', usedforsecurity=False).hexdigest())
print(hashlib.algorithms_available >= hashlib.algorithms_guaranteed)
t(lambda: hashlib.md5(b'', b''))
t(lambda: hashlib.new('sha256', b'x', b'y'))
t(lambda: hashlib.new(5))
print(type(hashlib.md5()).__name__, repr(hashlib.md5()).split(' object')[0])
print(hashlib.sha512(b'a' * 1000).hexdigest())
import hmac
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.new(b'key', b'msg', hashlib.md5).hexdigest())
print(hmac.digest(b'k' * 100, b'm', 'sha1').hex(), hmac.compare_digest(b'a', b'a'), hmac.compare_digest('a', 'b'))
m = hmac.new(b'key', digestmod='sha512'); m.update(b'x'); m2 = m.copy(); m2.update(b'y'); print(m.name, m.digest_size, m.block_size, m.hexdigest()[:16], m2.hexdigest()[:16])
t(lambda: hmac.new(b'key', b'msg'))
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 100).hex(), hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 3, 10).hex())
import io
print(hashlib.file_digest(io.BytesIO(b'hello'), 'sha1').hexdigest())
