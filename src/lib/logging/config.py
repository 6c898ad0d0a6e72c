"""logging.config (Weft): dictConfig for the common schema (version 1:
formatters, filters, handlers, loggers, root, disable_existing_loggers,
incremental). fileConfig is not provided (no configparser yet)."""

import re
import sys
import logging
import logging.handlers

IDENTIFIER = re.compile("^[a-z_][a-z0-9_]*$", re.I)


def _resolve(name):
    name = name.split(".")
    used = name.pop(0)
    found = __import__(used)
    for n in name:
        used = used + "." + n
        try:
            found = getattr(found, n)
        except AttributeError:
            __import__(used)
            found = getattr(found, n)
    return found


class ConvertingDict(dict):
    pass


def _copy(x):
    if isinstance(x, dict):
        return {k: _copy(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_copy(v) for v in x]
    return x


class DictConfigurator(object):
    """Configures logging from a dictionary."""

    def __init__(self, config):
        # The caller's dicts are left alone (entries are replaced by the
        # objects they configure).
        self.config = _copy(config)

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            v = ValueError("Cannot resolve %r: %s" % (s, e))
            raise v from e

    def convert(self, value):
        if isinstance(value, str):
            if value.startswith("ext://"):
                return self.resolve(value[6:])
            if value.startswith("cfg://"):
                path = value[6:]
                d = self.config
                for part in re.split(r"[.\[\]]+", path):
                    if not part:
                        continue
                    d = d[int(part)] if part.isdigit() and isinstance(d, list) else d[part]
                return d
        return value

    def configure(self):
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        incremental = config.pop("incremental", False)
        EMPTY_DICT = {}
        with logging._lock:
            if incremental:
                handlers = config.get("handlers", EMPTY_DICT)
                for name in handlers:
                    if name not in logging._handlers:
                        raise ValueError("No handler found with name %r" % name)
                    handler = logging._handlers[name]
                    level = handlers[name].get("level", None)
                    if level:
                        handler.setLevel(logging._checkLevel(level))
                loggers = config.get("loggers", EMPTY_DICT)
                for name in loggers:
                    self.common_logger_config(logging.getLogger(name), loggers[name], True)
                root = config.get("root", None)
                if root:
                    self.common_logger_config(logging.getLogger(), root, True)
                return
            disable_existing = config.pop("disable_existing_loggers", True)
            logging._handlers.clear()
            del logging._handlerList[:]
            formatters = config.get("formatters", EMPTY_DICT)
            for name in formatters:
                try:
                    formatters[name] = self.configure_formatter(formatters[name])
                except Exception as e:
                    raise ValueError("Unable to configure formatter %r" % name) from e
            filters = config.get("filters", EMPTY_DICT)
            for name in filters:
                try:
                    filters[name] = self.configure_filter(filters[name])
                except Exception as e:
                    raise ValueError("Unable to configure filter %r" % name) from e
            handlers = config.get("handlers", EMPTY_DICT)
            deferred = []
            for name in sorted(handlers):
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    if "target not configured yet" in str(e.__cause__):
                        deferred.append(name)
                    else:
                        raise ValueError("Unable to configure handler %r" % name) from e
            for name in deferred:
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    raise ValueError("Unable to configure handler %r" % name) from e
            root = logging.root
            existing = list(root.manager.loggerDict.keys())
            existing.sort()
            child_loggers = []
            loggers = config.get("loggers", EMPTY_DICT)
            for name in loggers:
                if name in existing:
                    i = existing.index(name) + 1
                    prefixed = name + "."
                    pflen = len(prefixed)
                    num_existing = len(existing)
                    while i < num_existing:
                        if existing[i][:pflen] == prefixed:
                            child_loggers.append(existing[i])
                        i += 1
                    existing.remove(name)
                try:
                    self.configure_logger(name, loggers[name])
                except Exception as e:
                    raise ValueError("Unable to configure logger %r" % name) from e
            _handle_existing_loggers(existing, child_loggers, disable_existing)
            root = config.get("root", None)
            if root:
                try:
                    self.configure_root(root)
                except Exception as e:
                    raise ValueError("Unable to configure root logger") from e

    def configure_formatter(self, config):
        if "()" in config:
            factory = config.pop("()")
            if isinstance(factory, str):
                factory = self.resolve(factory)
            return factory(**{k: v for k, v in config.items() if k != "."})
        fmt = config.get("format", None)
        dfmt = config.get("datefmt", None)
        style = config.get("style", "%")
        cname = config.get("class", None)
        defaults = config.get("defaults", None)
        if not cname:
            c = logging.Formatter
        else:
            c = self.resolve(cname)
        kwargs = {}
        if "validate" in config:
            kwargs["validate"] = config["validate"]
        if defaults:
            kwargs["defaults"] = defaults
        return c(fmt, dfmt, style, **kwargs)

    def configure_filter(self, config):
        if "()" in config:
            factory = config.pop("()")
            if isinstance(factory, str):
                factory = self.resolve(factory)
            return factory(**{k: v for k, v in config.items() if k != "."})
        name = config.get("name", "")
        return logging.Filter(name)

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, "filter", None)):
                    filter_ = f
                else:
                    filter_ = self.config["filters"][f]
                filterer.addFilter(filter_)
            except Exception as e:
                raise ValueError("Unable to add filter %r" % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop("formatter", None)
        if formatter:
            try:
                formatter = self.config["formatters"][formatter]
            except Exception as e:
                raise ValueError("Unable to set formatter %r" % formatter) from e
        level = config.pop("level", None)
        filters = config.pop("filters", None)
        if "()" in config:
            c = config.pop("()")
            if isinstance(c, str):
                c = self.resolve(c)
            factory = c
        else:
            cname = config.pop("class")
            klass = self.resolve(cname) if isinstance(cname, str) else cname
            if issubclass(klass, logging.handlers.MemoryHandler) and "target" in config:
                try:
                    th = self.config["handlers"][config["target"]]
                    if not isinstance(th, logging.Handler):
                        config["class"] = cname
                        raise ValueError("target not configured yet")
                    config["target"] = th
                except Exception as e:
                    raise ValueError("Unable to set target handler %r" % config["target"]) from e
            factory = klass
        props = config.pop(".", None)
        kwargs = {k: self.convert(config[k]) for k in config if k != "class" and IDENTIFIER.match(k)}
        result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config["handlers"][h])
            except Exception as e:
                raise ValueError("Unable to add handler %r" % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get("level", None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get("handlers", None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get("filters", None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get("propagate", None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        root = logging.getLogger()
        self.common_logger_config(root, config, incremental)


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    root = logging.root
    for log in existing:
        logger = root.manager.loggerDict[log]
        if log in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            if isinstance(logger, logging.Logger):
                logger.disabled = disable_existing


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()
