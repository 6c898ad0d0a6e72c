"""Weft's base64: Base16/32/64 and URL-safe Base64 encodings."""

__all__ = ['b64encode', 'b64decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode', 'b32encode', 'b32decode',
           'b16encode', 'b16decode', 'encodebytes', 'decodebytes']

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_REV = {c: i for i, c in enumerate(_B64)}


class Error(ValueError):
    pass


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    try:
        return bytes(s)
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII '
                        'string, not %r' % s.__class__.__name__) from None


def _to_bytes(s):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(s)


def b64encode(s, altchars=None):
    s = _to_bytes(s)
    out = bytearray()
    alphabet = _B64
    n = len(s)
    for i in range(0, n - n % 3, 3):
        v = (s[i] << 16) | (s[i + 1] << 8) | s[i + 2]
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63],
                      alphabet[(v >> 6) & 63], alphabet[v & 63]))
    rem = n % 3
    if rem == 1:
        v = s[-1] << 16
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63])) + b'=='
    elif rem == 2:
        v = (s[-2] << 16) | (s[-1] << 8)
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63],
                      alphabet[(v >> 6) & 63])) + b'='
    encoded = bytes(out)
    if altchars is not None:
        altchars = _to_bytes(altchars)
        encoded = encoded.replace(b'+', altchars[0:1]).replace(b'/', altchars[1:2])
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        s = s.replace(altchars[0:1], b'+').replace(altchars[1:2], b'/')
    rev = _B64_REV
    vals = []
    pad = 0
    for c in s:
        if c == 61:  # '='
            pad += 1
            continue
        v = rev.get(c)
        if v is None:
            if validate:
                raise Error('Only base64 data is allowed')
            continue
        if pad:
            if validate:
                raise Error('Excess data after padding')
            break
        vals.append(v)
    if len(vals) % 4 == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) '
                    'cannot be 1 more than a multiple of 4' % len(vals))
    if (len(vals) % 4) and pad < (4 - len(vals) % 4):
        raise Error('Incorrect padding')
    out = bytearray()
    for i in range(0, len(vals) - len(vals) % 4, 4):
        v = (vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6) | vals[i + 3]
        out += bytes((v >> 16, (v >> 8) & 255, v & 255))
    rem = len(vals) % 4
    if rem == 2:
        v = (vals[-2] << 18) | (vals[-1] << 12)
        out.append(v >> 16)
    elif rem == 3:
        v = (vals[-3] << 18) | (vals[-2] << 12) | (vals[-1] << 6)
        out += bytes((v >> 16, (v >> 8) & 255))
    return bytes(out)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).replace(b'+', b'-').replace(b'/', b'_')


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = s.replace(b'-', b'+').replace(b'_', b'/')
    return b64decode(s)


def encodebytes(s):
    s = _to_bytes(s)
    pieces = []
    for i in range(0, len(s), 57):
        pieces.append(b64encode(s[i:i + 57]) + b'\n')
    return b''.join(pieces)


def decodebytes(s):
    return b64decode(s)


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


def b32encode(s):
    s = _to_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = len(chunk)
        v = int.from_bytes(chunk + b'\0' * (5 - n), 'big')
        enc = bytes(_B32[(v >> (35 - 5 * k)) & 31] for k in range(8))
        used = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[n]
        out += enc[:used] + b'=' * (8 - used)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        s = s.replace(b'0', b'O').replace(b'1', _bytes_from_decode_data(map01))
    if casefold:
        s = s.upper()
    rev = {c: i for i, c in enumerate(_B32)}
    out = bytearray()
    for i in range(0, len(s), 8):
        chunk = s[i:i + 8]
        stripped = chunk.rstrip(b'=')
        pad = 8 - len(stripped)
        v = 0
        for c in stripped:
            if c not in rev:
                raise Error('Non-base32 digit found')
            v = (v << 5) | rev[c]
        v <<= 5 * pad
        data = v.to_bytes(5, 'big')
        keep = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}.get(pad)
        if keep is None:
            raise Error('Incorrect padding')
        out += data[:keep]
    return bytes(out)


def b16encode(s):
    return _to_bytes(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise Error('Non-base16 digit found')
    return bytes.fromhex(s.decode('ascii'))
