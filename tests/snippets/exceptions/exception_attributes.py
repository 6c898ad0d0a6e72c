try:
    int("abc")
except ValueError as e:
    print(e.args, str(e))
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror)
e = KeyError("k")
print(repr(e), e.args, str(e))
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value)
