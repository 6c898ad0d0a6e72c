# threading.settrace/setprofile apply to threads started afterwards (not
# the calling thread); sys.settrace in one thread does not trace others.
import sys
import threading

events = []
lock = threading.Lock()

def tracer(frame, event, arg):
    with_name = (threading.current_thread().name, event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name in ('work', 'helper'):
        lock.acquire()
        events.append(with_name)
        lock.release()
    return tracer

def helper(x):
    return x * 2

def work(n):
    total = 0
    for i in range(n):
        total += helper(i)
    return total

threading.settrace(tracer)
print(threading.gettrace() is tracer, sys.gettrace())
t = threading.Thread(target=work, args=(2,), name='T1')
t.start()
t.join()
work(1)   # the main thread is not traced
threading.settrace(None)
for e in events:
    print(e)
events.clear()

profiled = []
def prof(frame, event, arg):
    if event == 'c_call' and getattr(arg, '__name__', '') == 'len':
        profiled.append((threading.current_thread().name, event))

def uses_len():
    return len([1, 2, 3])

threading.setprofile(prof)
print(threading.getprofile() is prof)
t = threading.Thread(target=uses_len, name='T2')
t.start()
t.join()
threading.setprofile(None)
print(profiled)

# sys.settrace in a worker thread traces only that thread.
seen = []
def worker_tracer(frame, event, arg):
    if event == 'call':
        seen.append((threading.current_thread().name, frame.f_code.co_name))
    return None

go = threading.Event()
done = threading.Event()

def other():
    go.wait()
    helper(5)
    done.set()

def self_traced():
    sys.settrace(worker_tracer)
    go.set()
    done.wait()
    helper(1)
    sys.settrace(None)

a = threading.Thread(target=other, name='other')
b = threading.Thread(target=self_traced, name='tracer')
a.start(); b.start(); a.join(); b.join()
print(sorted(set(s for s in seen if s[1] == 'helper')))
