def bad():
    yield 1
    raise StopIteration("x")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print(e)
