# A live memoryview pins a bytearray's size (BufferError), as in CPython.
ba = bytearray(b"abcdef")
m = memoryview(ba)

def attempt(label, f):
    try:
        f()
        print(label, "ok", bytes(ba))
    except BufferError as e:
        print(label, "BufferError:", e)

def delslice():
    del ba[1:3]

def delindex():
    del ba[0]

def grow_slice():
    ba[0:1] = b"xyz"

def same_slice():
    ba[0:2] = b"AB"

def iadd():
    global ba
    ba += b"!"

attempt("append", lambda: ba.append(1))
attempt("extend", lambda: ba.extend(b"gh"))
attempt("pop", lambda: ba.pop())
attempt("insert", lambda: ba.insert(0, 65))
attempt("remove", lambda: ba.remove(ord("a")))
attempt("clear", lambda: ba.clear())
attempt("del slice", delslice)
attempt("del index", delindex)
attempt("grow slice", grow_slice)
attempt("same-size slice", same_slice)
attempt("iadd", iadd)
ba[5] = ord("F")
attempt("reverse", lambda: ba.reverse())
print(m.tobytes())
sub = m[1:4]
m.release()
attempt("append with a slice view alive", lambda: ba.append(1))
sub.release()
attempt("append after release", lambda: ba.append(ord("z")))
try:
    m[0]
except ValueError as e:
    print("ValueError:", e)
with memoryview(ba) as v:
    attempt("inside with", lambda: ba.append(1))
attempt("after with", lambda: ba.append(ord("!")))
v2 = memoryview(ba)
del v2
attempt("after del", lambda: ba.pop())
mm = memoryview(memoryview(ba))
attempt("view of a view", lambda: ba.pop())
mm.release()
print(bytes(ba))
