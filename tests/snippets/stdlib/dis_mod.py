# dis disassembles the running interpreter's own bytecode: check what holds
# for any bytecode (names, resolved arguments, the listing's shape)
import dis, io
def f(a, b):
    total = 0
    for i in a:
        if i < b:
            print(i)
    return total + b
ins = list(dis.get_instructions(f))
names = [i.opname for i in ins]
print(all(isinstance(i, dis.Instruction) for i in ins))
print('RETURN_VALUE' in names or 'RETURN_CONST' in names)
print([i.argval for i in ins if i.opname == 'LOAD_GLOBAL'])
print(sorted({i.argval for i in ins if i.opname in ('STORE_FAST', 'LOAD_FAST')} - {None})[:1])
print(any(i.is_jump_target for i in ins), any(i.starts_line for i in ins))
print(all(dis.opname[i.opcode] == i.opname for i in ins))
print(all(dis.opmap[i.opname] == i.opcode for i in ins))
print(min(i.line_number for i in ins if i.line_number) >= f.__code__.co_firstlineno)
print(dis.opname[dis.opmap['LOAD_CONST']], dis.opmap['LOAD_CONST'] in dis.hasconst)
print(dis.opmap['LOAD_FAST'] in dis.haslocal, dis.opmap['LOAD_GLOBAL'] in dis.hasname)
print(dis.cmp_op)
out = io.StringIO()
dis.dis(f, file=out)
text = out.getvalue()
print('LOAD_GLOBAL' in text, '(print + NULL)' in text, '(to L' in text)
first = text.splitlines()[0].split()
print(first[0] == str(f.__code__.co_firstlineno), len(first))
out = io.StringIO()
dis.dis("x = 1", file=out)
print('STORE_NAME' in out.getvalue(), '(x)' in out.getvalue())
bc = dis.Bytecode(f)
print(repr(bc).startswith('Bytecode(<function f at'), [i.opname for i in bc] == names)
print('LOAD_GLOBAL' in bc.dis())
print(bc.info().splitlines()[0], bc.info().splitlines()[2])
print(dis.code_info(f).splitlines()[-3:])
try:
    dis.dis(42)
except TypeError as e:
    print('TypeError', e)
class C:
    def m(self):
        return 1
out = io.StringIO()
dis.dis(C, file=out)
print(out.getvalue().splitlines()[0])
print(list(dis.findlinestarts(f.__code__))[0][1] == f.__code__.co_firstlineno)
