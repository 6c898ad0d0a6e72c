def a():
    x = "a"
    def b():
        y = "b"
        def c():
            return x + y
        return c
    return b
print(a()()())
def gl():
    global G
    G = 5
gl(); print(G)
