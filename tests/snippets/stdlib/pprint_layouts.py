import pprint
data = {'name': 'weft', 'items': list(range(30)), 'nested': {'a': [1, 2, {'b': 'x' * 30}], 'c': (1, 2, 3)}, 'z': None}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, compact=True)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=1)
pprint.pprint(data, sort_dicts=False, width=50)
print(pprint.pformat(list(range(40)), width=30, compact=True))
pprint.pp(data, width=50)
print(pprint.saferepr([1, {'a': 2}]), pprint.isreadable([1, 2]), pprint.isrecursive([1]))
l = [1, 2]; l.append(l)
print(pprint.pformat(l).split(" with id=")[0])
print(pprint.pformat('a' * 100, width=30))
print(pprint.pformat(b'b' * 60, width=30))
pp = pprint.PrettyPrinter(width=20, indent=2)
pp.pprint({'k%d' % i: i for i in range(5)})
print(pp.pformat(set(range(15))))
print(pprint.pformat(frozenset(range(12)), width=20))
import collections
print(pprint.pformat(collections.OrderedDict((str(i), i) for i in range(8)), width=30))
print(pprint.pformat(collections.defaultdict(list, {'a': [1]*20}), width=30))
print(pprint.pformat(collections.Counter('abracadabra' * 3), width=30))
print(pprint.pformat(collections.deque(range(20), maxlen=30), width=30))
from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: list
print(pprint.pformat(P(1, list(range(20))), width=30))
print(pprint.pformat(tuple(range(20)), width=20))
print(pprint.pformat([[1, 2, 3]] * 5, width=15))
print(pprint.pformat(bytearray(b'x' * 50), width=30))
import types
print(pprint.pformat(types.SimpleNamespace(a=list(range(15)), b='q'), width=30))
print(pprint.pformat(collections.ChainMap({'a': list(range(10))}, {'b': 2}), width=30))
print(pprint.pformat(collections.UserList(range(20)), width=30))
print(pprint.pformat([b'ab' * 30], width=30))
print(pprint.pformat(collections.OrderedDict(), width=30), pprint.pformat(collections.Counter(), width=5))
