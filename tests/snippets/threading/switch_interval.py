# sys.getswitchinterval / setswitchinterval round-trip and errors.
import sys

print(sys.getswitchinterval())
for v in [0.001, 0.0005, 1, True, 2.5, 1e-6, 1e-9]:
    sys.setswitchinterval(v)
    print(v, sys.getswitchinterval())

class F:
    def __float__(self):
        return 0.25

sys.setswitchinterval(F())
print(sys.getswitchinterval())

for bad in ["x", None, 0, -1, 0.0, -0.5, [1]]:
    try:
        sys.setswitchinterval(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getswitchinterval())

for args in [(), (1, 2)]:
    try:
        sys.setswitchinterval(*args)
    except TypeError as e:
        print(e)
try:
    sys.setswitchinterval(interval=0.1)
except TypeError as e:
    print(e)
try:
    sys.getswitchinterval(1)
except TypeError as e:
    print(e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
