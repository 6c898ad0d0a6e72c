# Threads use a class's slots while another thread adds and removes the
# dunders behind them (each change that adds or drops a slot rewrites the
# slot tables of the class and its subclasses under a stop-the-world).
import threading

class Base:
    pass

class Sub(Base):
    pass

objs = [Base(), Sub()]
stop = threading.Event()
results = []

def user():
    seen = set()
    n = 0
    while not stop.is_set() or n < 1000:
        n += 1
        for o in objs:
            try:
                seen.add(('len', len(o)))
            except TypeError:
                seen.add(('len', None))
            try:
                seen.add(('add', o + 1))
            except TypeError:
                seen.add(('add', None))
            seen.add(('bool', bool(o)))
    results.append(seen)

threads = [threading.Thread(target=user) for _ in range(4)]
for t in threads:
    t.start()
for i in range(300):
    Base.__len__ = lambda self: 3
    Base.__add__ = lambda self, other: 'added'
    if i % 3 == 0:
        Sub.__len__ = lambda self: 5
    del Base.__len__
    del Base.__add__
    if i % 3 == 0:
        del Sub.__len__
stop.set()
for t in threads:
    t.join()
allowed = {('len', 3), ('len', 5), ('len', None), ('add', 'added'), ('add', None),
           ('bool', True), ('bool', False)}
print(len(results), all(s <= allowed for s in results))
print(sorted(k for s in results for k in s if k[0] == 'bool') [:1])
# final state: no dunders, no slots
for o in objs:
    try:
        len(o)
    except TypeError as e:
        print('TypeError', e)
    print(bool(o))
Base.__len__ = lambda self: 0
print(len(Sub()), bool(Sub()))
