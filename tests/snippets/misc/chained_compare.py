def f(x):
    print("eval", x)
    return x
print(f(1) < f(2) < f(0) < f(5))
print(1 < 2 == 2 > 1, 1 == 1.0, "a" < "b" <= "b")
x = 5
print(0 < x < 10, not 0 < x < 3)
