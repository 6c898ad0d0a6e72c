import logging, threading, os, tempfile, sys
# thread-safe handlers: lines from several threads never interleave
class ListStream:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
st = ListStream()
lg = logging.getLogger("workers")
lg.propagate = False
h = logging.StreamHandler(st)
h.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(message)s"))
lg.addHandler(h)
lg.setLevel(logging.INFO)
def work(i):
    for j in range(200):
        lg.info("worker %d item %d", i, j)
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
lines = "".join(st.parts).splitlines()
print(len(lines), all(l.startswith("workers:INFO:worker ") for l in lines))
print(sorted(set(int(l.split()[1]) for l in lines)))
# threadName
h.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
st.parts.clear()
t = threading.Thread(target=lambda: lg.warning("from thread"), name="T-1"); t.start(); t.join()
lg.warning("from main")
print("".join(st.parts), end="")
# FileHandler
d = tempfile.mkdtemp()
path = os.path.join(d, "out.log")
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
flog = logging.getLogger("file")
flog.addHandler(fh)
flog.error("written %s", "to file")
def inner():
    raise KeyError("k")
def outer():
    inner()
try:
    outer()
except KeyError:
    flog.exception("caught")
flog.error("with info", exc_info=ValueError("v"))
fh.close()
text = open(path).read()
print(text.replace(__file__, "FILE"), end="")
print(repr(fh).replace(d, "DIR"))
os.remove(path); os.rmdir(d)
# hierarchy and placeholders
c = logging.getLogger("a.b.c")
a = logging.getLogger("a")
print(c.parent is a, logging.getLogger("a.b").parent is a, c.parent.name)
print(c.getEffectiveLevel(), a.isEnabledFor(logging.INFO), logging.getLogger("a").getChild("b.c") is c)
a.setLevel("ERROR")
print(c.getEffectiveLevel(), c.isEnabledFor(logging.WARNING), c.hasHandlers())
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(logging.getLevelNamesMapping()["WARN"])
# lastResort: logger without handlers
logging.getLogger("lonely").propagate = False
sys.stderr = sys.stdout
logging.getLogger("lonely").warning("last resort %d", 1)
logging.getLogger("lonely").info("not shown")
# stacklevel
sh = logging.StreamHandler(sys.stdout)
sh.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
s = logging.getLogger("stk"); s.addHandler(sh); s.propagate = False
def helper(msg):
    s.warning(msg, stacklevel=2)
def caller():
    helper("via helper")
caller()
print(logging.root, logging.getLogger("root") is logging.root)
try:
    logging.getLogger(5)
except TypeError as e:
    print(e)
r = logging.LogRecord("n", 10, "/x/y/mod.py", 7, "m", None, None, func="fn")
print(r, r.filename, r.module, r.levelname)
