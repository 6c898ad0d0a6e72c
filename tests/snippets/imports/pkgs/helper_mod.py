print('loading helper_mod')
counter = 0
def bump():
    global counter
    counter += 1
    return counter
_private = 1
public = 2
