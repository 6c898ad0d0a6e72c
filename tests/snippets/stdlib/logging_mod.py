import logging, sys, io
logging.warning("hello %s", "world")
logging.info("not shown")
log = logging.getLogger("app.db")
print(log, log.parent, logging.getLogger("app") is log.parent, log.getEffectiveLevel())
log.error("db error %d", 42)
s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter("%(levelname)-8s|%(name)s|%(message)s|%(funcName)s|%(lineno)d|%(module)s"))
app = logging.getLogger("app")
app.addHandler(h)
app.setLevel(logging.DEBUG)
def work():
    log.debug("debugging %r", [1, 2])
    log.info("info")
work()
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed: %s", "div")
print(s.getvalue().replace(__file__, "FILE"), end="")
a = logging.LoggerAdapter(log, {"user": "bob"})
h.setFormatter(logging.Formatter("%(user)s %(message)s"))
s.truncate(0); s.seek(0)
a.warning("adapted")
print(s.getvalue(), end="")
h.setFormatter(None)
print(a, repr(h), logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(5))
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
r = logging.makeLogRecord({"msg": "m", "created": 0.0, "msecs": 5.0})
print(f.format(r))
f2 = logging.Formatter("{levelname}:{message}", style="{")
print(f2.format(logging.LogRecord("n", 20, "p.py", 1, "x=%d", (3,), None)))
print(logging.Formatter().format(logging.LogRecord("n", 20, "p.py", 1, "%(a)s", ({"a": 1},), None)))
try:
    logging.Formatter("bad")
except ValueError as e:
    print("ValueError", e)
try:
    log.setLevel("BOGUS")
except ValueError as e:
    print("ValueError", e)
app.propagate = False
class F(logging.Filter):
    def filter(self, r): return "secret" not in r.getMessage()
h.addFilter(F())
s.truncate(0); s.seek(0)
log.warning("secret stuff"); log.warning("public stuff")
print(s.getvalue(), end="")
print(logging.getLogger().handlers[0].formatter._fmt, logging.root.level)
logging.disable(logging.CRITICAL)
log.critical("gone")
logging.disable(logging.NOTSET)
print(sorted(c.name for c in logging.getLogger("app").getChildren()))
print(logging.getLogger("app.db.x").parent.name)
logging.basicConfig(level=logging.DEBUG, format="%(name)s - %(message)s", force=True, stream=sys.stdout)
logging.debug("now visible")
logging.getLogger("z").info("z info")
