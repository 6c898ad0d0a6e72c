# Python threads mutating shared builtin objects: single operations that
# are atomic in CPython stay atomic, iterating under mutation never crashes.
import threading

N, T = 2000, 8
lst, d, s, buckets = [], {}, set(), {}

class Obj:
    pass

o = Obj()
start = threading.Barrier(T)

def work(t):
    start.wait()
    for i in range(N):
        lst.append((t, i))
        d[t, i] = i
        s.add(i)
        buckets.setdefault(i % 10, []).append(t)
        setattr(o, "a%d" % t, i)
        if i % 2:
            del d[t, i]

threads = [threading.Thread(target=work, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(lst), len(set(lst)), len(d), len(s), sum(map(len, buckets.values())))
print(all([i for (u, i) in lst if u == t] == list(range(N)) for t in range(T)))
print(sorted(vars(o).items())[:3])

# A generator shared by threads: each value once, concurrent resumes raise
# "generator already executing".
gen = (i for i in range(5000))
got, errors = [], set()

def drain():
    while True:
        try:
            got.append(next(gen))
        except StopIteration:
            return
        except ValueError as e:
            errors.add(str(e))

threads = [threading.Thread(target=drain) for _ in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(got) == list(range(5000)), errors <= {"generator already executing"})

# Iterating while another thread mutates: only the documented errors.
shared = {i: i for i in range(100)}
stop = threading.Event()
seen = set()

def mutate():
    i = 0
    while not stop.is_set():
        shared[1000 + i % 50] = i
        shared.pop(1000 + (i + 25) % 50, None)
        i += 1

m = threading.Thread(target=mutate)
m.start()
for _ in range(200):
    try:
        for k in shared:
            pass
    except RuntimeError as e:
        seen.add(str(e))
    list(shared.items())
stop.set()
m.join()
print(seen <= {"dictionary changed size during iteration"})
