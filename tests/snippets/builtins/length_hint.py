import operator
r = iter(range(10))
print(operator.length_hint(r), r.__length_hint__())
next(r); next(r)
print(r.__length_hint__(), operator.length_hint(iter(range(0))), iter(range(10**20, 10**20 + 5)).__length_hint__())
l = [1, 2, 3]
li = iter(l)
next(li)
print(li.__length_hint__())
l.append(4)
print(li.__length_hint__())
l.clear()
print(li.__length_hint__(), list(li), li.__length_hint__())
t = iter((1, 2, 3))
print(t.__length_hint__(), next(t), t.__length_hint__(), list(t), t.__length_hint__())
print(operator.length_hint(iter([]), 5), operator.length_hint(iter([7]), 5))
try:
    iter([]).__length_hint__(1)
except TypeError as e:
    print("TypeError:", e)
class L(list):
    def __len__(self):
        return 100
li = iter(L([1, 2]))
print(li.__length_hint__(), len(L()))
