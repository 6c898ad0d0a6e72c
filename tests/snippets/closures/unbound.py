def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
f()
def g():
    def h():
        return y
    try:
        h()
    except NameError as e:
        print(type(e).__name__, e)
    y = 2
g()
try:
    undefined_name
except NameError as e:
    print(e)
