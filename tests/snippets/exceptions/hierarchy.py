names = ['ArithmeticError', 'ZeroDivisionError', 'OverflowError', 'LookupError', 'IndexError', 'KeyError',
         'OSError', 'FileNotFoundError', 'PermissionError', 'RuntimeError', 'RecursionError', 'NotImplementedError',
         'NameError', 'UnboundLocalError', 'AttributeError', 'ValueError', 'UnicodeError', 'UnicodeDecodeError',
         'TypeError', 'StopIteration', 'StopAsyncIteration', 'ImportError', 'ModuleNotFoundError', 'AssertionError',
         'SyntaxError', 'IndentationError', 'EOFError', 'MemoryError', 'BufferError', 'Warning', 'UserWarning',
         'DeprecationWarning', 'KeyboardInterrupt', 'SystemExit', 'GeneratorExit', 'TimeoutError', 'ConnectionError',
         'BrokenPipeError', 'IsADirectoryError', 'FloatingPointError', 'TabError', 'LookupError']
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, cls.__mro__[1].__name__, issubclass(cls, Exception))
print(IOError is OSError, EnvironmentError is OSError)
e = KeyError('k')
print(str(e), repr(e), e.args, str(KeyError()), str(KeyError('a', 'b')))
print(str(ValueError()), str(ValueError('x', 2)), repr(ValueError('x', 2)))
s = StopIteration(5)
print(s.value, SystemExit(3).code, SystemExit().code)
o = OSError(2, 'No such file')
print(o.errno, o.strerror, str(o), type(OSError(2, 'x')).__name__)
n = NameError('msg', name='foo')
print(n.name, AttributeError('m', name='a', obj=1).obj)
class MyErr(ValueError):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    raise MyErr(7)
except ValueError as err:
    print(repr(err), err.code, err.args, isinstance(err, MyErr))
e2 = Exception('a')
e2.add_note('note one')
e2.add_note('note two')
print(e2.__notes__)
print(e2.with_traceback(None) is e2, BaseException.__subclasses__ is not None)
