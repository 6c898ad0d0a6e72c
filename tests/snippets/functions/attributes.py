def f(): pass
f.x = 10
print(f.x, f.__dict__, f.__module__)
f.__name__ = "renamed"
print(f.__name__, f.__code__.co_name, f.__code__.co_argcount)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
