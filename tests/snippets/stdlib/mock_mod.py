from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel, DEFAULT, PropertyMock
import os, os.path

m = Mock(return_value=3)
print(m(1, 2, k=3), m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
m.assert_called_with(1, 2, k=3)
m.assert_called_once_with(1, 2, k=ANY)
m.assert_any_call(1, ANY, k=3)
m.foo.bar(5)
print(m.mock_calls, m.method_calls)
print(m.mock_calls == [call(1, 2, k=3), call.foo.bar(5)])
print(call(1) == call(1), call(1) == call(2), call.a(1) == call.b(1), call(1, x=2) == ((1,), {'x': 2}))
print(repr(call), repr(call.foo), repr(call.foo(1).bar(2)), call.foo(1).bar(2).call_list())
# side effects
s = Mock(side_effect=[1, 2, ValueError('boom')])
print(s(), s())
try:
    s()
except ValueError as e:
    print('ValueError', e)
try:
    s()
except StopIteration:
    print('StopIteration')
s = Mock(side_effect=KeyError('k'))
try:
    s()
except KeyError as e:
    print('KeyError', e)
s = Mock(side_effect=lambda x: x * 2)
print(s(21))
s = Mock(side_effect=lambda: DEFAULT, return_value='rv')
print(s())
s.side_effect = None
s.return_value = 'new'
print(s())
# wraps
w = Mock(wraps=lambda a, b: a + b)
print(w(2, 3), w.call_args)
class Obj:
    def meth(self, x):
        return x + 1
ow = Mock(wraps=Obj())
print(ow.meth(1))
# configure and kwargs
c = Mock(**{'method.return_value': 3, 'other.side_effect': KeyError, 'attr': 7})
print(c.method(), c.attr)
try:
    c.other()
except KeyError:
    print('KeyError raised')
c.configure_mock(**{'a.b.c': 9})
print(c.a.b.c)
# reset
c.method(); c.reset_mock()
print(c.method.call_count, c.method.called, c.mock_calls, c.method())
c.reset_mock(return_value=True)
print(type(c.method()).__name__)
# names
n = Mock(name='thing')
print(repr(n).split(' id=')[0], repr(n.x.y).split(' id=')[0], repr(n().z).split(' id=')[0])
print(repr(Mock()).split(' id=')[0], repr(MagicMock()).split(' id=')[0])
# spec
class Spec:
    x = 1
    def method(self, a):
        pass
sp = Mock(spec=Spec)
print(isinstance(sp, Spec), sp.__class__ is Spec, repr(sp).split(' id=')[0])
sp.method(1)
try:
    sp.missing
except AttributeError as e:
    print('AttributeError', e)
ss = Mock(spec_set=['a', 'b'])
ss.a = 1
try:
    ss.c = 2
except AttributeError as e:
    print('AttributeError', e)
try:
    Mock().assert_called_once_wiht()
except AttributeError as e:
    print('AttributeError', e)
# asserts
a = Mock()
for f in [lambda: a.assert_called(), lambda: a.assert_called_once(), lambda: a.assert_called_with(1)]:
    try:
        f()
    except AssertionError as e:
        print('AssertionError', e)
a(1); a(2)
for f in [lambda: a.assert_called_once(), lambda: a.assert_called_with(1), lambda: a.assert_called_once_with(2),
          lambda: a.assert_not_called(), lambda: a.assert_any_call(3),
          lambda: a.assert_has_calls([call(2), call(1)]), lambda: a.assert_has_calls([call(2), call(3)], any_order=True)]:
    try:
        f()
        print('passed')
    except AssertionError as e:
        print('AssertionError', e)
a.assert_has_calls([call(1), call(2)])
a.assert_has_calls([call(2), call(1)], any_order=True)
# MagicMock
mm = MagicMock()
print(len(mm), bool(mm), int(mm), float(mm), 3 in mm, mm == mm, mm != mm, mm == 3)
print(list(iter(mm)))
mm.__len__.return_value = 5
mm.__iter__.return_value = [1, 2]
mm.__getitem__.side_effect = lambda k: k * 10
mm.__contains__.return_value = True
print(len(mm), list(iter(mm)), list(iter(mm)), mm[4], 'x' in mm)
with mm as v:
    print(v is mm.__enter__.return_value)
mm.__exit__.assert_called_once_with(None, None, None)
print(mm.__len__.call_count, mm.__getitem__.call_args)
print(mm.mock_calls[-2:])
mm2 = MagicMock()
mm2.__str__.return_value = 'custom'
print(str(mm2), mm2 + 1 is mm2.__add__.return_value)
print(isinstance(len(MagicMock()), int), type(MagicMock().__hash__()).__name__)
nc = mock.NonCallableMock()
try:
    nc()
except TypeError as e:
    print('TypeError', e)
ncm = mock.NonCallableMagicMock()
print(len(ncm), type(ncm.attr).__name__)
# children types
print(type(Mock().x).__name__, type(MagicMock().x).__name__, type(Mock()()).__name__)
# attach_mock
parent = Mock()
child = Mock(return_value=None)
parent.attach_mock(child, 'child')
child(1)
print(parent.mock_calls)
# sentinel
print(sentinel.foo, sentinel.foo is sentinel.foo, DEFAULT)
# PropertyMock
class P:
    @property
    def prop(self):
        return 'real'
with patch.object(P, 'prop', new_callable=PropertyMock) as pm:
    pm.return_value = 'mocked'
    p = P()
    print(p.prop)
    p.prop = 5
    print(pm.mock_calls)
print(P().prop)
# patch as context manager
with patch('os.getcwd') as g:
    g.return_value = '/fake'
    print(os.getcwd(), repr(g).split(' id=')[0])
print(os.getcwd() != '/fake')
with patch('os.path.join', return_value='joined'):
    print(os.path.join('a', 'b'))
print(os.path.join('a', 'b'))
with patch('os.sep', '#'):
    print(os.sep)
print(os.sep)
# decorator
@patch('os.getpid')
@patch('os.cpu_count', return_value=99)
def f(extra, cpu, pid):
    pid.return_value = 1234
    return os.getpid(), os.cpu_count(), extra, type(cpu).__name__
print(f('x'))
@patch('os.getpid', lambda: 7)
def g():
    return os.getpid()
print(g())
# patch.object
class Target:
    value = 1
    def method(self):
        return 'orig'
with patch.object(Target, 'method', return_value='patched') as pm:
    print(Target().method(), pm.call_count)
print(Target().method())
with patch.object(Target, 'value', 2):
    print(Target.value)
print(Target.value)
try:
    with patch.object(Target, 'nonexistent'):
        pass
except AttributeError as e:
    print('AttributeError', str(e).split(' does')[1])
with patch.object(Target, 'nonexistent', create=True, new=5):
    print(Target.nonexistent)
print(hasattr(Target, 'nonexistent'))
# patch.dict
d = {'a': 1}
with patch.dict(d, {'b': 2}):
    print(sorted(d.items()))
print(d)
with patch.dict(d, clear=True):
    print(d)
print(d)
@patch.dict(os.environ, {'MY_VAR': 'yes'})
def envf():
    return os.environ['MY_VAR']
print(envf(), 'MY_VAR' in os.environ)
# patch.multiple
with patch.multiple('os', getpid=mock.DEFAULT, sep='!') as vals:
    print(sorted(vals), os.sep)
# start / stop
p = patch('os.getcwd', return_value='started')
p.start()
print(os.getcwd())
p.stop()
print(os.getcwd() != 'started')
patch('os.getpid', return_value=1).start()
patch.stopall()
print(os.getpid() != 1)
# class decorator
@patch('os.getcwd', return_value='cls')
class TC:
    def test_one(self, m):
        return os.getcwd()
    def helper(self):
        return os.getcwd()
print(TC().test_one(), TC().helper() != 'cls')
try:
    patch('nodots')
except TypeError as e:
    print('TypeError', e)
try:
    patch.object('os', 'x')
except TypeError as e:
    print('TypeError', e)
# mock_open
mo = mock.mock_open(read_data='line1\nline2\n')
with patch('builtins.open', mo):
    with open('somefile') as fh:
        print(repr(fh.read()))
    with open('other') as fh:
        print(fh.readline(), end='')
        print(list(fh))
print(mo.call_args_list)
mo.assert_called_with('other')
# autospec
def func(a, b, *, c=1):
    return a
af = mock.create_autospec(func, return_value=5)
print(af(1, 2, c=3))
try:
    af(1)
except TypeError as e:
    print('TypeError', e)
af.assert_called_once_with(1, 2, c=3)
class K:
    def m(self, x):
        pass
ak = mock.create_autospec(K)
inst = ak()
inst.m(1)
try:
    inst.m(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    inst.nothere
except AttributeError as e:
    print('AttributeError', e)
# seal
sm = Mock()
sm.known.attr = 1
mock.seal(sm)
print(sm.known.attr)
try:
    sm.unknown
except AttributeError as e:
    print('AttributeError', e)
# dunder set on a Mock instance
dm = Mock()
dm.__len__ = lambda self: 42
print(len(dm))
mm = MagicMock()
del mm.__len__
try:
    len(mm)
except TypeError as e:
    print('TypeError', e)
print(mock.FILTER_DIR, 'assert_called_with' in dir(Mock()))
