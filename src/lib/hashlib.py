"""Weft's hashlib: md5, sha1 and the SHA-2 family over the native `_hashlib`
(src/modules/hashlib.rs, the RustCrypto digests). BLAKE2, SHA-3 and SHAKE
are not available yet."""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'))
algorithms_available = set(algorithms_guaranteed)



def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm."""
    return _hashlib.new(name, data, **kwargs)


new = __hash_new
md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 with HMAC over `hash_name` (RFC 8018)."""
    if not isinstance(hash_name, str):
        raise TypeError(f"pbkdf2_hmac() argument 'hash_name' must be str, not {type(hash_name).__name__}")
    password = bytes(memoryview(password))
    salt = bytes(memoryview(salt))
    inner = new(hash_name)
    outer = new(hash_name)
    blocksize = inner.block_size
    if len(password) > blocksize:
        password = new(hash_name, password).digest()
    password = password + b'\x00' * (blocksize - len(password))
    inner.update(bytes(x ^ 0x36 for x in password))
    outer.update(bytes(x ^ 0x5C for x in password))

    def prf(msg):
        icpy = inner.copy()
        ocpy = outer.copy()
        icpy.update(msg)
        ocpy.update(icpy.digest())
        return ocpy.digest()

    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if dklen is None:
        dklen = outer.digest_size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    dkey = b''
    loop = 1
    while len(dkey) < dklen:
        prev = prf(salt + loop.to_bytes(4, 'big'))
        rkey = int.from_bytes(prev, 'big')
        for _ in range(iterations - 1):
            prev = prf(prev)
            rkey ^= int.from_bytes(prev, 'big')
        loop += 1
        dkey += rkey.to_bytes(inner.digest_size, 'big')
    return dkey[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object opened for reading in binary mode."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'readinto') or hasattr(fileobj, 'read')):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
