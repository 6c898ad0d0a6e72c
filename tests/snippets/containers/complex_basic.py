z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 2, z + 1, z * z)
print(complex(1, 2), complex('1+2j'), complex(5), 1j ** 2, (1 + 2j) / (3 - 4j))
print(repr(2j), repr(-0j), repr(complex(0, -1)), type(z).__name__, z == complex(3, 4))
try:
    z < z
except TypeError as e:
    print('TypeError:', e)
print(f'{z}', str(1.5j), (1+0j) == 1, hash(1+0j) == hash(1))
