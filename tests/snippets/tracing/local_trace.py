# Local trace functions: the 'call' result becomes f_trace; a line handler
# may replace itself; f_trace_lines = False; frame.f_trace set by hand; a
# trace function that raises stops tracing.
import sys

log = []

def local_a(frame, event, arg):
    log.append(('A', event, frame.f_lineno))
    if event == 'line' and frame.f_lineno == 23:
        return local_b
    return local_a

def local_b(frame, event, arg):
    log.append(('B', event, frame.f_lineno))
    return None   # keeps local_b (a None result does not clear f_trace)

def global_tracer(frame, event, arg):
    log.append(('G', event, frame.f_code.co_name))
    if frame.f_code.co_name == 'quiet':
        frame.f_trace_lines = False
        return local_a
    if frame.f_code.co_name == 'untraced':
        return None
    return local_a

def target():
    a = 1
    b = 2
    c = 3
    return a + b + c

def quiet():
    x = 1
    return x

def untraced():
    y = 2
    return y

def show(title):
    print(title)
    for e in log:
        print('   ', e)
    log.clear()

sys.settrace(global_tracer)
target()
quiet()
untraced()
sys.settrace(None)
show('replace / no lines / untraced')

def bad_tracer(frame, event, arg):
    if event == 'line':
        raise RuntimeError('tracer failed')
    return bad_tracer

def victim():
    v = 1
    return v

sys.settrace(bad_tracer)
try:
    victim()
except RuntimeError as e:
    print('caught', e, sys.gettrace())
sys.settrace(None)

def by_hand():
    def lt(frame, event, arg):
        log.append(('H', event, frame.f_lineno))
        return lt
    sys._getframe().f_trace = lt
    sys.settrace(lambda *a: None)
    p = 1
    q = 2
    sys.settrace(None)
    return p + q

by_hand()
show('f_trace set by hand')

def gettrace_inside(frame, event, arg):
    log.append(('inside', sys.gettrace() is gettrace_inside))
    return None

def plain():
    return 1

sys.settrace(gettrace_inside)
plain()
sys.settrace(None)
show('gettrace inside')
