# Closing an interpreter waits for the threads it started (CPython's
# Py_EndInterpreter calls threading._shutdown first).
import _interpreters

iid = _interpreters.create()
_interpreters.exec(iid, """
import threading, time
def work():
    time.sleep(0.2)
    print('thread in the interpreter done', flush=True)
threading.Thread(target=work).start()
print('started', flush=True)
""")
_interpreters.destroy(iid)
print('destroyed')
