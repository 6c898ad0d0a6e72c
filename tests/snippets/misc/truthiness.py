class Empty:
    def __len__(self): return 0
class Falsy:
    def __bool__(self): return False
for v in [0, 1, "", "a", [], [0], {}, None, Empty(), Falsy(), 0.0, 2j]:
    print(bool(v), end=" ")
print()
print(1 and 2, 0 and 2, 0 or "x", None or 0, not [])
