def fmt(name, value, width=10):
    a = f"{name}"
    b = f"{name!r} = {value:>{width}.2f}"
    c = f"{name!s}{value!a}"
    d = f"nested {f'{name}'} {value=}"
    return a + b + c + d
