def outer():
    x = 0
    def mid():
        nonlocal x
        def inner():
            nonlocal x
            x += 10
        inner()
        x += 1
    mid(); mid()
    return x
print(outer())
def del_cell():
    v = 1
    def r(): return v
    del v
    try:
        r()
    except NameError as e:
        print(e)
del_cell()
