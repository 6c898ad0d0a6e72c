# dir(module) lists the module's own names (sorted), or what a module-level
# __dir__ returns (PEP 562).
import sys

import math

names = dir(math)
print(names == sorted(names), "pi" in names, "sqrt" in names, "__name__" in names)
print("__class__" in names, "__eq__" in names)

import threading
print("Thread" in dir(threading), "Lock" in dir(threading))

this = sys.modules[__name__]
value = 1
print([n for n in dir(this) if not n.startswith("__")])


def __dir__():
    return ["zeta", "alpha", "mid"]


print(dir(this))
