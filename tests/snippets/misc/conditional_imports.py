def use_math():
    import math
    return math.sqrt(81)
print(use_math())
try:
    from math import tau
    print(round(tau, 2))
except ImportError:
    print("no tau")
