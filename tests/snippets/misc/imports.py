import math, time
from math import sqrt as root, pi
import sys as system
print(root(16), round(pi, 3), math.floor(2.7), system.argv[0].endswith(".py"))
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(e)
try:
    from math import nope
except ImportError as e:
    print(type(e).__name__)
