# Subinterpreters refuse daemon threads (CPython 3.13's isolated config);
# the main interpreter allows them.
from test.support import interpreters
import _thread

it = interpreters.create()
try:
    it.exec("import threading\nthreading.Thread(target=print, daemon=True)")
except interpreters.ExecutionFailed as e:
    print(e.excinfo.type.__name__, '|', e.excinfo.msg)
it.exec("""
import threading, _thread
print(_thread.daemon_threads_allowed(), threading.current_thread().daemon)
t = threading.Thread(target=print, args=('worker ran',))
print('daemon:', t.daemon)
try:
    t.daemon = True
except RuntimeError as e:
    print('RuntimeError', e)
t.start()
t.join()
""")
it.close()
print('main allows daemon threads:', _thread.daemon_threads_allowed())
