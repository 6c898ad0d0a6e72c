import logging, logging.config, logging.handlers, queue, sys, os, tempfile, io
stream = io.StringIO()
cfg = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "brief": {"format": "%(levelname)s|%(name)s|%(message)s"},
        "curly": {"format": "{name}: {message}", "style": "{"},
    },
    "filters": {"only_app": {"name": "app"}},
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "brief", "level": "DEBUG"},
        "mem": {"class": "logging.StreamHandler", "stream": stream, "formatter": "curly", "filters": ["only_app"]},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["out"], "propagate": True},
        "noisy": {"level": "ERROR"},
    },
    "root": {"level": "INFO", "handlers": ["mem"]},
}
logging.config.dictConfig(cfg)
print(cfg["formatters"]["brief"])
logging.getLogger("app").debug("dbg")
logging.getLogger("app.sub").info("sub info")
logging.getLogger("noisy").warning("hidden")
logging.getLogger("other").warning("other warning")
print(repr(stream.getvalue()))
print(logging.getHandlerByName("out").name, sorted(logging.getHandlerNames()))
try:
    logging.config.dictConfig({})
except ValueError as e:
    print(e)
try:
    logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": "logging.Nope"}}})
except ValueError as e:
    print(e)

# QueueHandler / QueueListener
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qlog = logging.getLogger("queued")
qlog.propagate = False
qlog.addHandler(qh)
qlog.setLevel(logging.INFO)
out = io.StringIO()
sh = logging.StreamHandler(out)
sh.setFormatter(logging.Formatter("Q:%(message)s"))
listener = logging.handlers.QueueListener(q, sh)
listener.start()
for i in range(5):
    qlog.info("msg %d", i)
listener.stop()
print(out.getvalue(), end="")

# MemoryHandler
target_out = io.StringIO()
target = logging.StreamHandler(target_out)
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger("mem")
ml.propagate = False
ml.addHandler(mh)
ml.warning("a"); ml.warning("b")
print(repr(target_out.getvalue()))
ml.warning("c")
print(repr(target_out.getvalue()))
ml.error("d")
print(repr(target_out.getvalue()))

# RotatingFileHandler
d = tempfile.mkdtemp()
path = os.path.join(d, "r.log")
rh = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
rl = logging.getLogger("rot")
rl.propagate = False
rl.addHandler(rh)
for i in range(10):
    rl.warning("line number %02d", i)
rh.close()
for name in sorted(os.listdir(d)):
    print(name, repr(open(os.path.join(d, name)).read()))
    os.remove(os.path.join(d, name))
os.rmdir(d)
