class F(float):
    def __int__(self):
        return 42
print(int(F(3.5)))
class G(float):
    def __index__(self):
        return 7
print(int(G(2.5)))
class T(float):
    def __trunc__(self):
        return 9
print(int(T(1.5)))
class P(float):
    pass
print(int(P(8.9)), int(P(-8.9)))
class I(int):
    def __int__(self):
        return 5
print(int(I(3)))
class J(int):
    def __index__(self):
        return 6
print(int(J(3)))
class BadInt(float):
    def __int__(self):
        return 'x'
try:
    int(BadInt(1.0))
except TypeError as e:
    print('TypeError', e)
class S(str):
    def __int__(self):
        return 10
print(int(S('12')))
class Only:
    def __index__(self):
        return 4
print(int(Only()))
class FF:
    def __float__(self):
        return 1.5
try:
    int(FF())
except TypeError as e:
    print('TypeError', e)
