"""Weft's warnings module: warn/warn_explicit with the default filters
(show once per location, DeprecationWarning only from __main__),
filterwarnings/simplefilter/resetwarnings and catch_warnings."""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning',
           'filterwarnings', 'simplefilter', 'resetwarnings', 'catch_warnings',
           'deprecated']

filters = []
defaultaction = 'default'
_onceregistry = {}
_filters_version = [1]
_seen = set()


def _default_filters():
    return [('default', None, DeprecationWarning, '__main__', 0),
            ('ignore', None, DeprecationWarning, None, 0),
            ('ignore', None, PendingDeprecationWarning, None, 0),
            ('ignore', None, ImportWarning, None, 0),
            ('ignore', None, ResourceWarning, None, 0)]


filters[:] = _default_filters()


def formatwarning(message, category, filename, lineno, line=None):
    s = f'{filename}:{lineno}: {category.__name__}: {message}\n'
    if line is None:
        line = _getline(filename, lineno)
    if line:
        s += '  %s\n' % line.strip()
    return s


def _getline(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, UnicodeDecodeError, TypeError, ValueError):
        pass
    return None


def _showwarnmsg_impl(text):
    f = sys.stderr
    if f is None:
        return
    try:
        f.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    text = formatwarning(message, category, filename, lineno, line)
    if file is None:
        _showwarnmsg_impl(text)
    else:
        try:
            file.write(text)
        except OSError:
            pass


_showwarning_orig = showwarning


def filterwarnings(action, message='', category=Warning, module='', lineno=0,
                   append=False):
    if action not in ('error', 'ignore', 'always', 'all', 'default', 'module', 'once'):
        raise ValueError(f'invalid action: {action!r}')
    if not isinstance(message, str):
        raise TypeError('message must be a string')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category must be a Warning subclass')
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    import re
    msg = re.compile(message, re.I) if message else None
    mod = re.compile(module) if module else None
    _add_filter(action, msg, category, mod, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in ('error', 'ignore', 'always', 'all', 'default', 'module', 'once'):
        raise ValueError(f'invalid action: {action!r}')
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version[0] += 1
    _seen.clear()


def resetwarnings():
    filters[:] = []
    _filters_version[0] += 1
    _seen.clear()


def _matches(pat, text):
    if pat is None:
        return True
    if isinstance(pat, str):
        return pat == text
    return pat.match(text) is not None


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals_ = sys.__dict__ if hasattr(sys, '__dict__') else {}
        filename = 'sys'
        lineno = 0
        module = 'sys'
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        module = globals_.get('__name__', '<string>')
    warn_explicit(message, category, filename, lineno, module, None, globals_)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = defaultaction
    for item in filters:
        act, msg, cat, mod, ln = item
        if ((msg is None or _matches(msg, text)) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            action = act
            break
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    key = (text, category, lineno, filename)
    if action == 'once':
        okey = (text, category)
        if okey in _onceregistry:
            return
        _onceregistry[okey] = 1
    elif action == 'module':
        mkey = (text, category, module)
        if mkey in _seen:
            return
        _seen.add(mkey)
    elif action == 'default':
        if key in _seen:
            return
        _seen.add(key)
    sys.modules['warnings'].showwarning(message, category, filename, lineno)


class WarningMessage:
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, '
                'line : %r}' % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        global filters
        filters = self._module.filters
        self._seen = set(_seen)
        self._showwarning = self._module.showwarning
        _seen.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def showwarning(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            self._module.showwarning = showwarning
            return log
        return None

    def __exit__(self, *exc_info):
        global filters
        self._module.filters = self._filters
        filters = self._filters
        _seen.clear()
        _seen.update(self._seen)
        self._module.showwarning = self._showwarning


class deprecated:
    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError(f'Expected an object of type str for \'message\', not '
                            f'{type(message).__name__!r}')
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        msg = self.message
        category = self.category
        stacklevel = self.stacklevel
        if category is None:
            arg.__deprecated__ = msg
            return arg
        if isinstance(arg, type):
            original_new = arg.__new__

            def __new__(cls, *args, **kwargs):
                if cls is arg:
                    warn(msg, category=category, stacklevel=stacklevel + 1)
                if original_new is not object.__new__:
                    return original_new(cls, *args, **kwargs)
                return original_new(cls)
            arg.__new__ = staticmethod(__new__)
            arg.__deprecated__ = msg
            return arg
        if callable(arg):
            def wrapper(*args, **kwargs):
                warn(msg, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)
            wrapper.__name__ = getattr(arg, '__name__', 'wrapper')
            wrapper.__doc__ = getattr(arg, '__doc__', None)
            wrapper.__wrapped__ = arg
            wrapper.__deprecated__ = msg
            return wrapper
        raise TypeError('@deprecated decorator with non-None category must be applied to '
                        f'a class or callable, not {arg!r}')
