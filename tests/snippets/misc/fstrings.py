x, y = 3, 4.5
name = "weft"
print(f"{x} + {y} = {x + y}")
print(f"{name!r} {name!s} {name:>8}|{x:05d}|{y:.3f}")
print(f"{'nested ' + name}")
print(f"{x=}, {y = }")
print(f"{{literal}}")
