"""Disassembler of Weft's bytecode (Weft's dis).

The listing has CPython 3.13's layout (line numbers, `L1:` labels, opname,
oparg, resolved argument) and is made by the native `_dis` module from
Weft's own instructions, which are not CPython's: Weft's opcodes are one
32-bit word each, so offsets (`show_offsets=True`) count words, and the
opcode numbers and some instructions differ from CPython's."""

import collections
import sys
import types

import _dis

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode",
           "Positions", "opname", "opmap", "cmp_op", "hasarg", "hasconst",
           "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare",
           "hasfree", "hasexc", "HAVE_ARGUMENT", "EXTENDED_ARG"]

_OPCODES = _dis.opcodes()
opname = ['<%r>' % (op,) for op in range(256)]
opmap = {}
hasarg = []
hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []
hasexc = []
_KINDS = {'const': hasconst, 'name': hasname, 'local': haslocal,
          'free': hasfree, 'jump': hasjrel, 'compare': hascompare}
for _name, _num, _has_arg, _kind in _OPCODES:
    opname[_num] = _name
    opmap[_name] = _num
    if _has_arg:
        hasarg.append(_num)
    if _kind in _KINDS:
        _KINDS[_kind].append(_num)
del _name, _num, _has_arg, _kind
cmp_op = ('<', '<=', '==', '!=', '>', '>=')
HAVE_ARGUMENT = min(hasarg) if hasarg else 0
EXTENDED_ARG = opmap.get('EXTENDED_ARG', 0)

Positions = collections.namedtuple(
    'Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset",
     "start_offset", "starts_line", "line_number", "label", "positions",
     "cache_info"],
    defaults=[None, None, None])


class Instruction(_Instruction):
    """Details for a bytecode operation: opname, opcode, arg, argval,
    argrepr, offset (in words), start_offset, starts_line, line_number,
    label, positions, cache_info."""

    @property
    def oparg(self):
        return self.arg

    @property
    def baseopcode(self):
        return self.opcode

    @property
    def baseopname(self):
        return self.opname

    @property
    def is_jump_target(self):
        return self.label is not None

    @property
    def jump_target(self):
        if self.opcode in hasjrel:
            return self.argval
        return None

    def __str__(self):
        line = '%4s' % self.line_number if self.starts_line and self.line_number is not None else '    '
        label = ('L%d:' % self.label) if self.label is not None else ''
        fields = [line, '%5s' % label, '   ', self.opname.ljust(20)]
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(5))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _get_code_object(x):
    """The code object of a function, method, generator, class body
    source string or code object."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code') or isinstance(x, types.CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" %
                    type(x).__name__)


def _try_compile(source, name):
    """Compile `source` as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _print(text, file):
    if file is None:
        file = sys.stdout
    file.write(text)


def dis(x=None, *, file=None, depth=None, show_caches=False,
        adaptive=False, show_offsets=False):
    """Disassemble classes, methods, functions, generators, code objects
    and source strings; with no argument, the last traceback."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive,
              show_offsets=show_offsets)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    if hasattr(x, '__dict__') and not isinstance(x, types.CodeType):
        items = sorted(x.__dict__.items())
        for name, x1 in items:
            if isinstance(x1, (types.MethodType, types.FunctionType,
                               types.CodeType, classmethod, staticmethod,
                               type)):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth, show_caches=show_caches,
                        adaptive=adaptive, show_offsets=show_offsets)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
        return
    if isinstance(x, (bytes, bytearray)):
        raise TypeError("Weft cannot disassemble raw bytecode bytes")
    if isinstance(x, str):
        x = _try_compile(x, "<dis>")
    if not isinstance(x, types.CodeType):
        raise TypeError("don't know how to disassemble %s objects" %
                        type(x).__name__)
    _print(_dis.dis_text(x, show_offsets, depth is None or depth > 0), file)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False,
          show_offsets=False):
    """Disassemble the code of a traceback (default: the last one)."""
    if tb is None:
        try:
            if hasattr(sys, 'last_exc'):
                tb = sys.last_exc.__traceback__
            else:
                tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, file=file, show_offsets=show_offsets)


def disassemble(co, lasti=-1, *, file=None, show_caches=False,
                adaptive=False, show_offsets=False):
    """Disassemble one code object (not the ones nested in it)."""
    _print(_dis.dis_text(co, show_offsets, False), file)


disco = disassemble


def get_instructions(x, *, first_line=None, show_caches=False,
                     adaptive=False):
    """An iterator of the Instructions of a function, method, source
    string or code object."""
    co = _get_code_object(x)
    return iter(_instructions(co, first_line))


def _instructions(co, first_line=None):
    shift = 0
    if first_line is not None:
        shift = first_line - co.co_firstlineno
    out = []
    for (name, op, arg, argval, argrepr, offset, starts, line,
         label) in _dis.instructions(co):
        if line is not None:
            line += shift
        if op in hasjrel:
            argval = arg
        out.append(Instruction(name, op, arg, argval, argrepr, offset,
                               offset, starts, line, label,
                               Positions(line, line)))
    return out


def findlinestarts(code):
    """(offset, line) for every instruction that starts a line."""
    for ins in _instructions(code):
        if ins.starts_line:
            yield ins.offset, ins.line_number


def findlabels(code):
    """The offsets that are jump targets."""
    return [ins.offset for ins in _instructions(code)
            if ins.label is not None]


_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS",
    16: "NESTED", 32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE",
    256: "ITERABLE_COROUTINE", 512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    co = _get_code_object(x)
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append("Constants:")
        for i_c in enumerate(co.co_consts):
            lines.append("%4d: %r" % i_c)
    if co.co_names:
        lines.append("Names:")
        for i_n in enumerate(co.co_names):
            lines.append("%4d: %s" % i_n)
    if co.co_varnames:
        lines.append("Variable names:")
        for i_n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % i_n)
    if co.co_freevars:
        lines.append("Free variables:")
        for i_n in enumerate(co.co_freevars):
            lines.append("%4d: %s" % i_n)
    if co.co_cellvars:
        lines.append("Cell variables:")
        for i_n in enumerate(co.co_cellvars):
            lines.append("%4d: %s" % i_n)
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*."""
    print(code_info(co), file=file)


class Bytecode:
    """The bytecode operations of a piece of code: iterate for
    Instructions; dis() gives the listing."""

    def __init__(self, x, *, first_line=None, current_offset=None,
                 show_caches=False, adaptive=False, show_offsets=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_offsets = show_offsets

    def __iter__(self):
        return iter(_instructions(self.codeobj,
                                  self.first_line if self._line_offset else None))

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__,
                                 self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """Construct a Bytecode from the given traceback."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        """Return formatted information about the code object."""
        return code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        return _dis.dis_text(self.codeobj, self.show_offsets, False)


def main(args=None):
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('-C', '--show-caches', action='store_true')
    parser.add_argument('-O', '--show-offsets', action='store_true')
    parser.add_argument('infile', nargs='?', default='-')
    args = parser.parse_args(args=args)
    if args.infile == '-':
        name = '<stdin>'
        source = sys.stdin.buffer.read()
    else:
        name = args.infile
        with open(args.infile, 'rb') as infile:
            source = infile.read()
    code = compile(source, name, "exec")
    dis(code, show_offsets=args.show_offsets)


if __name__ == "__main__":
    main()
