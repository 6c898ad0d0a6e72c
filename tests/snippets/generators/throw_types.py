def g():
    while True:
        try:
            yield
        except KeyError as e:
            print("KeyError", e)
        except Exception as e:
            print("other", type(e).__name__)
            return "done"
it = g(); next(it)
it.throw(KeyError("k"))
it.throw(KeyError)
try:
    it.throw(ValueError("v"))
except StopIteration as e:
    print("stopped", e.value)
def fresh():
    yield 1
try:
    fresh().throw(IndexError("early"))
except IndexError as e:
    print("early", e)
