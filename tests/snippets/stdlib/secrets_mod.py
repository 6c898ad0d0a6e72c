import secrets, random
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(3)).__name__)
print(len(secrets.token_hex()), len(secrets.token_hex(4)), all(c in '0123456789abcdef' for c in secrets.token_hex(16)))
t = secrets.token_urlsafe(16)
print(len(t), all(c.isalnum() or c in '-_' for c in t), len(secrets.token_urlsafe()))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)))
try:
    secrets.randbelow(0)
except ValueError as e:
    print('ValueError', e)
print(secrets.choice('abc') in 'abc', 0 <= secrets.randbits(8) < 256, secrets.randbits(0))
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('a', 'b'))
print(secrets.DEFAULT_ENTROPY, isinstance(secrets.SystemRandom(), random.Random))
r = random.SystemRandom()
x = r.random(); print(0 <= x < 1, 0 <= r.randint(1, 6) <= 6, len(r.randbytes(4)), r.seed(5))
try:
    r.getstate()
except NotImplementedError as e:
    print('NotImplementedError', e)
print(len(set(secrets.token_hex(8) for _ in range(50))))
s = r.sample(range(100), 10); print(len(set(s)))
