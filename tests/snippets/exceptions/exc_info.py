import sys
try:
    raise TypeError("t")
except TypeError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
print(sys.exc_info())
