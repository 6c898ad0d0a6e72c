import array, copy

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(array.typecodes)
for tc in array.typecodes:
    if tc in "uw":
        a = array.array(tc, "hé!") if tc == "w" else None
        if a is None:
            continue
    elif tc in "fd":
        a = array.array(tc, [1.5, -0.1, 3])
    elif tc in "bhilq":
        a = array.array(tc, [1, -2, 3])
    else:
        a = array.array(tc, [1, 2, 3])
    print(tc, a, a.itemsize, a.typecode, len(a), a.tolist(), a.tobytes(), repr(a[1]))
    b = array.array(tc)
    b.frombytes(a.tobytes())
    print(b == a, b)
print(array.array("i"), array.array("d", []), array.array("w"))
for tc, v in [("b", 128), ("b", -129), ("B", 256), ("B", -1), ("h", 40000), ("H", -1), ("H", 70000), ("i", 2**31), ("I", -1), ("I", 2**32), ("l", 2**63), ("L", -1), ("L", 2**64), ("q", -2**63 - 1), ("Q", 2**64), ("i", 1.5), ("d", "x"), ("i", "1"), ("w", 5), ("w", "ab"), ("f", 10**400)]:
    show(array.array, tc, [v])
show(array.array, "x")
show(array.array, 5)
show(array.array, "ii")
show(array.array, "i", "abc")
show(array.array, "w", [1])
show(array.array, "b", b"\x01\xff")
print(array.array("B", b"\x01\xff"), array.array("i", array.array("b", [1, 2])), array.array("d", range(3)), array.array("w", ["a", "b"]))
a = array.array("i", range(10))
print(a[2], a[-1], a[2:5], a[::3], a[::-1], a[5:2])
show(a.__getitem__, 10)
show(a.__setitem__, 10, 1)
a[0] = 100
a[1:3] = array.array("i", [7, 8, 9])
print(a)
show(a.__setitem__, slice(0, 2), [1, 2])
show(a.__setitem__, slice(0, 2), array.array("d", [1, 2]))
del a[0]
del a[::2]
print(a, len(a))
a.append(5); a.extend([6, 7]); a.extend(array.array("i", [8])); a.insert(0, -1); a.insert(100, 99); a.insert(-100, -99)
print(a, a.count(5), a.index(5), a.index(5, 5) if a.count(5) > 1 else None)
show(a.index, 12345)
show(a.remove, 12345)
show(a.extend, array.array("d", [1.0]))
show(a.append, 1.5)
a.remove(99); print(a.pop(), a.pop(0), a.pop(-2), a)
show(array.array("i").pop)
a.reverse(); print(a)
a.fromlist([1, 2]); print(a)
show(a.fromlist, [1, "x"])
print(a, "after failed fromlist")
b = array.array("i", [1, 2])
print(b + array.array("i", [3]), b * 3, 2 * b, b * 0)
show(lambda: b + [3])
show(lambda: b + array.array("d", [1.0]))
b += array.array("i", [5]); b *= 2; print(b)
print(array.array("i", [1, 2]) == array.array("i", [1, 2]), array.array("i", [1, 2]) == array.array("d", [1.0, 2.0]), array.array("i", [1, 2]) < array.array("i", [1, 3]), array.array("i", [1]) == [1])
print(3 in array.array("i", [1, 3]), list(array.array("h", [4, 5])), sum(array.array("d", [0.5, 0.25])))
f = array.array("f", [0.1, 1e38])
print(f, f[0])
show(array.array("f").append, 1e39)
bs = array.array("h", [1, 256]); bs.byteswap(); print(bs)
show(bs.frombytes, b"abc")
print(array.array("w", "xyz").tounicode(), array.array("i").buffer_info()[1])
show(array.array("i").tounicode)
u = array.array("w"); u.fromunicode("hi"); print(u)
show(array.array("i").fromunicode, "x")
c = array.array("d", [1, 2]); c2 = copy.copy(c); c2[0] = 9; print(c, c2, copy.deepcopy(c))
print(array.ArrayType is array.array, type(array.array("i")), array.array.__module__, array.array.__name__)
print(isinstance(array.array("i"), array.array), hash is not None)
show(hash, array.array("i"))
it = iter(array.array("b", [1, 2])); print(next(it), list(it))
print(bytes(array.array("h", [1, 2])), bytearray(array.array("B", [65, 66])))
