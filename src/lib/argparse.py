"""Weft's argparse: command-line parsing with CPython 3.13's behaviour,
help layout and error messages for the common features (positional and
optional arguments, types, defaults, choices, nargs, the store/append/
count/const/help/version actions, subparsers, mutually exclusive groups,
argument groups, parse_known_args)."""

import sys as _sys
import os as _os

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'Namespace',
           'Action', 'HelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'FileType', 'SUPPRESS', 'OPTIONAL', 'ZERO_OR_MORE', 'ONE_OR_MORE',
           'PARSER', 'REMAINDER', 'BooleanOptionalAction']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


class Namespace:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        parts = []
        star = {}
        for k, v in self.__dict__.items():
            if k.isidentifier():
                parts.append('%s=%r' % (k, v))
            else:
                star[k] = v
        if star:
            parts.append('**%r' % (star,))
        return 'Namespace(%s)' % ', '.join(parts)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _get_action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


# ---- actions -------------------------------------------------------------------

class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None,
                 deprecated=False):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.deprecated = deprecated

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                 'choices', 'required', 'help', 'metavar', 'deprecated']
        return [(n, getattr(self, n)) for n in names]

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % kv for kv in self._get_kwargs()))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None,
                 deprecated=False):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have '
                             'nothing to store, actions such as store true or '
                             'store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, const=True, default=default,
                         required=required, help=help, deprecated=deprecated)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, const=False, default=default,
                         required=required, help=help, deprecated=deprecated)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None,
                 deprecated=False):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg '
                             'strings are not supplying the value to append, '
                             'the append const action may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         required=required, help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit", deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help,
                         deprecated=deprecated)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None,
                 deprecated=False):
        _option_strings = []
        for option_string in option_strings:
            _option_strings.append(option_string)
            if option_string.startswith('--'):
                _option_strings.append('--no-' + option_string[2:])
        super().__init__(_option_strings, dest, nargs=0, default=default,
                         required=required, help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        if 'help' in kwargs:
            help = kwargs.pop('help')
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            args = {'parser_name': parser_name,
                    'choices': ', '.join(map(repr, self._name_parser_map))}
            raise ArgumentError(self, 'unknown parser %(parser_name)r (choices: %(choices)s)' % args)
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            vars(namespace).setdefault('_UNRECOGNIZED_ARGS_ATTR', [])
            getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR').extend(arg_strings)


class FileType:
    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin
            return _sys.stdout
        try:
            return open(string, self._mode, encoding=self._encoding, errors=self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        return 'FileType(%r)' % self._mode


_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction,
    'extend': _ExtendAction, 'count': _CountAction, 'help': _HelpAction,
    'version': _VersionAction, 'parsers': _SubParsersAction,
}


# ---- help formatting ---------------------------------------------------------------

def _fill(text, width, indent):
    import textwrap
    text = ' '.join(text.split())
    return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)


def _split_lines(text, width):
    import textwrap
    text = ' '.join(text.split())
    return textwrap.wrap(text, width)


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        self._sections = []   # (kind, payload)

    # -- collecting
    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._sections.append(('usage', (usage, actions, groups, prefix)))

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._sections.append(('text', text))

    def start_section(self, heading):
        self._sections.append(('start', heading))

    def end_section(self):
        self._sections.append(('end', None))

    def add_argument(self, action):
        if action.help is not SUPPRESS:
            inv = [self._format_action_invocation(action)]
            for sub in self._iter_subactions(action):
                inv.append(' ' * self._indent_increment + self._format_action_invocation(sub))
            length = max(len(s) for s in inv) + self._indent_increment
            self._action_max_length = max(self._action_max_length, length)
            self._sections.append(('action', action))

    def add_arguments(self, actions):
        for a in actions:
            self.add_argument(a)

    # -- rendering
    def format_help(self):
        out = []
        blocks = []       # list of (heading or None, [strings])
        cur = None
        for kind, payload in self._sections:
            if kind == 'usage':
                out.append(self._format_usage(*payload))
            elif kind == 'text':
                out.append(self._format_text(payload))
            elif kind == 'start':
                cur = (payload, [])
            elif kind == 'end':
                heading, items = cur
                if items:
                    out.append('%s:\n' % heading + ''.join(items))
                cur = None
            elif kind == 'action':
                s = self._format_action(payload, 2)
                if cur is None:
                    out.append(s)
                else:
                    cur[1].append(s)
        text = '\n'.join(x for x in out if x)
        text = text.strip('\n')
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text + '\n' if text else ''

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, text_width, '') + '\n'

    def _fill_text(self, text, width, indent):
        return _fill(text, width, indent)

    def _split_lines(self, text, width):
        return _split_lines(text, width)

    def _get_help_string(self, action):
        return action.help

    def _iter_subactions(self, action):
        get = getattr(action, '_get_subactions', None)
        return get() if get else []

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            prog = self._prog
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            opt_parts = self._get_actions_usage_parts(optionals, groups)
            pos_parts = self._get_actions_usage_parts(positionals, groups)
            usage = ' '.join(s for s in [prog] + opt_parts + pos_parts if s)
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                def get_lines(parts, indent, prefix=None):
                    lines = []
                    line = []
                    indent_length = len(indent)
                    line_len = len(prefix) - 1 if prefix is not None else indent_length - 1
                    for part in parts:
                        if line_len + 1 + len(part) > text_width and line:
                            lines.append(indent + ' '.join(line))
                            line = []
                            line_len = indent_length - 1
                        line.append(part)
                        line_len += len(part) + 1
                    if line:
                        lines.append(indent + ' '.join(line))
                    if prefix is not None:
                        lines[0] = lines[0][len(indent):]
                    return lines

                if len(prefix) + len(prog) <= 0.75 * text_width:
                    indent = ' ' * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = get_lines([prog] + opt_parts, indent, prefix)
                        lines.extend(get_lines(pos_parts, indent))
                    elif pos_parts:
                        lines = get_lines([prog] + pos_parts, indent, prefix)
                    else:
                        lines = [prog]
                else:
                    indent = ' ' * len(prefix)
                    parts = opt_parts + pos_parts
                    lines = get_lines(parts, indent)
                    if len(lines) > 1:
                        lines = []
                        lines.extend(get_lines(opt_parts, indent))
                        lines.extend(get_lines(pos_parts, indent))
                    lines = [prog] + lines
                usage = '\n'.join(lines)
        return '%s%s\n\n' % (prefix, usage)

    def _get_actions_usage_parts(self, actions, groups):
        group_of = {}
        for g in groups:
            for a in g._group_actions:
                group_of.setdefault(a, g)
        parts = []
        done = set()
        for action in actions:
            g = group_of.get(action)
            if g is not None:
                if id(g) in done:
                    continue
                done.add(id(g))
                members = [a for a in g._group_actions if a.help is not SUPPRESS and a in actions]
                inner = [self._usage_part(a, inside_group=True) for a in members]
                if not inner:
                    continue
                if len(inner) == 1 and not g.required:
                    parts.append('[%s]' % inner[0])
                elif g.required:
                    parts.append('(%s)' % ' | '.join(inner))
                else:
                    parts.append('[%s]' % ' | '.join(inner))
                continue
            if action.help is SUPPRESS:
                continue
            parts.append(self._usage_part(action))
        return parts

    def _usage_part(self, action, inside_group=False):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            part = self._format_args(action, default)
            if inside_group and part[:1] == '[' and part[-1:] == ']':
                part = part[1:-1]
            return part
        option_string = action.format_usage()
        if action.nargs == 0:
            part = option_string
        else:
            default = self._get_default_metavar_for_optional(action)
            part = '%s %s' % (option_string, self._format_args(action, default))
        if not action.required and not inside_group:
            part = '[%s]' % part
        return part

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return ' '.join(self._metavar_formatter(action, default)(1))
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ', '.join(action.option_strings) + ' ' + args_string

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        n = action.nargs
        if n is None:
            return '%s' % get_metavar(1)
        if n == OPTIONAL:
            return '[%s]' % get_metavar(1)
        if n == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if n == ONE_OR_MORE:
            return '%s [%s ...]' % get_metavar(2)
        if n == REMAINDER:
            return '...'
        if n == PARSER:
            return '%s ...' % get_metavar(1)
        if n == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _ in range(n)]
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(formats) % get_metavar(n)

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _format_action(self, action, indent):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            parts = ['%*s%s\n' % (indent, '', header)]
        elif len(header) <= action_width:
            tup = indent, '', action_width, header
            parts = ['%*s%-*s  ' % tup]
            indent_first = 0
        else:
            parts = ['%*s%s\n' % (indent, '', header)]
            indent_first = help_position
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                help_lines = self._split_lines(help_text, help_width)
                parts.append('%*s%s\n' % (indent_first, '', help_lines[0]))
                for line in help_lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not parts[0].endswith('\n'):
            parts.append('\n')
        for sub in self._iter_subactions(action):
            parts.append(self._format_action(sub, indent + self._indent_increment))
        return ''.join(parts)


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---- containers and groups -------------------------------------------------------

class _ActionsContainer:
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        if registry_name == 'action':
            _ACTIONS[value] = object

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument,'
                                 ' did you mean metavar?')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', None)
        action_class = _ACTIONS.get(action_name, action_name)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = action.type
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                if self.conflict_handler == 'resolve':
                    old = self._option_string_actions.pop(option_string)
                    old.option_strings.remove(option_string)
                    if not old.option_strings:
                        self._remove_action(old)
                else:
                    raise ArgumentError(action, 'conflicting option string: %s' % option_string)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        return action

    def _remove_action(self, action):
        if action in self._actions:
            self._actions.remove(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in [OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0]:
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            dest_option_string = long_option_strings[0] if long_option_strings else option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % option_string)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        super().__init__(description, container.prefix_chars,
                         container.argument_default, container.conflict_handler)
        self.title = title
        self._group_actions = []
        self._container = container
        self._defaults = container._defaults
        self._option_string_actions = container._option_string_actions
        self._actions = container._actions
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = _ActionsContainer._add_action(self, action)
        self._group_actions.append(action)
        return action


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        if action not in self._group_actions:
            self._group_actions.append(action)
        return action


# ---- the parser ------------------------------------------------------------------

class ArgumentParser(_ActionsContainer):
    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description, prefix_chars, argument_default, conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else 'python'
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        if add_help:
            default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if add_help and isinstance(action, _HelpAction):
                    continue
                self._add_action(action)
            self._defaults.update(parent._defaults)

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            raise ValueError('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            groups = self._mutually_exclusive_groups
            formatter.add_usage(self.usage, positionals, groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        parsers_class = _ACTIONS['parsers']
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    # -- help
    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            if isinstance(group, _MutuallyExclusiveGroup):
                continue
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%(prog)s: error: %(message)s\n' % {'prog': self.prog, 'message': message})

    # -- parsing
    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'):
            args.extend(getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'))
            delattr(namespace, '_UNRECOGNIZED_ARGS_ATTR')
        return namespace, args

    def _is_option(self, s):
        if not s or s[0] not in self.prefix_chars:
            return False
        if s in self._option_string_actions:
            return True
        if len(s) == 1:
            return False
        if s[1:2] in '0123456789.' and s[1:].replace('.', '', 1).isdigit():
            return bool(self._has_negative_number_optionals)
        if ' ' in s:
            return False
        return True

    def _match_option(self, s):
        """(action, option_string, explicit_arg) for an option-like string."""
        if s in self._option_string_actions:
            return self._option_string_actions[s], s, None
        if '=' in s:
            opt, arg = s.split('=', 1)
            if opt in self._option_string_actions:
                return self._option_string_actions[opt], opt, arg
        if len(s) > 2 and s[1] not in self.prefix_chars:
            short = s[:2]
            if short in self._option_string_actions:
                return self._option_string_actions[short], short, s[2:]
        if self.allow_abbrev and s.startswith('--'):
            opt = s.split('=', 1)[0]
            matches = [o for o in self._option_string_actions if o.startswith(opt)]
            if len(matches) > 1:
                args = {'option': s, 'matches': ', '.join(matches)}
                self.error('ambiguous option: %(option)s could match %(matches)s' % args)
            if len(matches) == 1:
                arg = s.split('=', 1)[1] if '=' in s else None
                return self._option_string_actions[matches[0]], matches[0], arg
        return None

    def _get_values(self, action, strings):
        if action.nargs not in (PARSER, REMAINDER):
            strings = [s for s in strings if s != '--'] if '--' in strings else strings
        if not strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str) and value is not SUPPRESS:
                value = self._get_value(action, value)
            return value
        if (not strings and action.nargs == ZERO_OR_MORE and not action.option_strings):
            value = action.default if action.default is not None else []
            return value
        if len(strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
            return value
        if action.nargs == REMAINDER:
            return [self._get_value(action, v) for v in strings]
        if action.nargs == PARSER:
            value = [self._get_value(action, v) for v in strings]
            self._check_value(action, value[0])
            return value
        if action.nargs == SUPPRESS:
            return SUPPRESS
        value = [self._get_value(action, v) for v in strings]
        for v in value:
            self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            return arg_string
        if not callable(type_func):
            raise ArgumentError(action, '%r is not callable' % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(type_func, '__name__', repr(type_func))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))

    def _parse_known_args(self, arg_strings, namespace):
        positionals = [a for a in self._actions if not a.option_strings]
        extras = []
        seen = set()
        seen_non_default = set()
        conflicts = {}
        for g in self._mutually_exclusive_groups:
            for a in g._group_actions:
                conflicts.setdefault(a, []).extend(x for x in g._group_actions if x is not a)

        def take_action(action, strings, option_string=None):
            seen.add(action)
            value = self._get_values(action, strings)
            if value is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, ()):
                    if other in seen_non_default:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _get_action_name(other))
            if value is not SUPPRESS:
                action(self, namespace, value, option_string)

        # Options are taken as they come; positional strings are collected
        # and shared out among the positional actions at the end (each gets
        # at least its minimum, earlier ones as many as they can take). A
        # subparser (or REMAINDER) positional takes everything from its
        # first string on, options included.
        pos_strings = []
        pos_index = 0
        n = len(arg_strings)
        i = 0
        after_dd = False
        threshold = None
        for k, a in enumerate(positionals):
            if a.nargs in (PARSER, REMAINDER):
                ranges = [self._nargs_range(x) for x in positionals[:k]]
                if all(lo == hi for lo, hi in ranges):
                    threshold = sum(lo for lo, hi in ranges)
                break
        tail = None
        while i < n:
            s = arg_strings[i]
            if after_dd or s == '--' or not self._is_option(s):
                if threshold is not None and s != '--' and \
                        len([x for x in pos_strings if x != '--']) == threshold:
                    tail = arg_strings[i:]
                    break
                if s == '--' and not after_dd:
                    after_dd = True
                pos_strings.append(s)
                i += 1
                continue
            if pos_strings and pos_index < len(positionals):
                # At an option: the positionals so far take what they can.
                if '--' in pos_strings:
                    pos_strings.remove('--')
                # As CPython's match_partial: the longest run of the
                # positionals left that these strings can match, each
                # taking as many as it can while leaving the later ones
                # their minimum (empty matches for '?' and '*' included).
                cands = []
                for pa in positionals[pos_index:]:
                    if pa.nargs in (PARSER, REMAINDER):
                        break
                    cands.append(pa)
                while cands and sum(self._nargs_range(x)[0] for x in cands) > len(pos_strings):
                    cands.pop()
                for k, pa in enumerate(cands):
                    lo, hi = self._nargs_range(pa)
                    rest_min = sum(self._nargs_range(x)[0] for x in cands[k + 1:])
                    count = len(pos_strings) - rest_min
                    if hi is not None:
                        count = min(count, hi)
                    taken, pos_strings = pos_strings[:count], pos_strings[count:]
                    take_action(pa, taken)
                    pos_index += 1
                if pos_index >= len(positionals) or positionals[pos_index].nargs not in (PARSER, REMAINDER):
                    extras.extend(pos_strings)
                    pos_strings = []
            match = self._match_option(s)
            if match is None:
                extras.append(s)
                i += 1
                continue
            action, option_string, explicit = match
            i += 1
            if explicit is not None:
                lo, hi = self._nargs_range(action)
                while hi == 0 and len(option_string) == 2 and explicit and \
                        explicit[0] not in self.prefix_chars and '=' not in s[:3]:
                    # -xyz: x takes no argument, y and z are more flags
                    take_action(action, [], option_string)
                    nxt = self.prefix_chars[0] + explicit[0]
                    if nxt not in self._option_string_actions:
                        break
                    action = self._option_string_actions[nxt]
                    option_string = nxt
                    explicit = explicit[1:] or None
                    if explicit is None:
                        break
                    lo, hi = self._nargs_range(action)
                if explicit is not None:
                    if hi == 0:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                    take_action(action, [explicit], option_string)
                    continue
            lo, hi = self._nargs_range(action)
            args = []
            while i < n and (hi is None or len(args) < hi):
                t = arg_strings[i]
                if t == '--' or self._is_option(t):
                    break
                args.append(t)
                i += 1
            if len(args) < lo:
                raise ArgumentError(action, self._nargs_error(action))
            take_action(action, args, option_string)

        if positionals:
            if '--' in pos_strings:
                pos_strings.remove('--')
            for k, action in enumerate(positionals):
                if k < pos_index:
                    continue
                lo, hi = self._nargs_range(action)
                if action.nargs in (PARSER, REMAINDER):
                    rest = pos_strings + (tail or [])
                    pos_strings = []
                    if rest or action.nargs == REMAINDER:
                        take_action(action, rest)
                    continue
                rest_min = sum(self._nargs_range(x)[0] for x in positionals[k + 1:])
                avail = len(pos_strings)
                count = avail - rest_min
                if hi is not None:
                    count = min(count, hi)
                if count < lo:
                    if avail >= lo:
                        count = lo
                    else:
                        continue
                taken, pos_strings = pos_strings[:count], pos_strings[count:]
                take_action(action, taken)
        extras.extend(pos_strings)

        required = []
        for action in self._actions:
            if action not in seen:
                if action.required:
                    required.append(_get_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest)
                      and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required:
            raise ArgumentError(None, 'the following arguments are required: %s' % ', '.join(required))
        for g in self._mutually_exclusive_groups:
            if g.required and not any(a in seen_non_default for a in g._group_actions):
                names = [_get_action_name(a) for a in g._group_actions if a.help is not SUPPRESS]
                raise ArgumentError(None, 'one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _nargs_range(self, action):
        n = action.nargs
        if n is None:
            return 1, 1
        if n == OPTIONAL:
            return 0, 1
        if n == ZERO_OR_MORE:
            return 0, None
        if n == ONE_OR_MORE:
            return 1, None
        if n == PARSER:
            return 1, None
        if n == REMAINDER:
            return 0, None
        if n == SUPPRESS:
            return 0, 0
        return n, n

    def _nargs_error(self, action):
        n = action.nargs
        if n is None:
            return 'expected one argument'
        if n == OPTIONAL:
            return 'expected at most one argument'
        if n == ONE_OR_MORE:
            return 'expected at least one argument'
        return 'expected %s argument%s' % (n, 's' if n != 1 else '')

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]
