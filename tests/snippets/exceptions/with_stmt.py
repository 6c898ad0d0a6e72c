class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow
with CM("a") as c:
    print("body", c.name)
with CM("b", True):
    raise ValueError("swallowed")
try:
    with CM("c"), CM("d"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
