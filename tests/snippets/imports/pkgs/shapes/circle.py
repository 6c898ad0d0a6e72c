from .consts import PI
def area(r):
    return PI * r * r
