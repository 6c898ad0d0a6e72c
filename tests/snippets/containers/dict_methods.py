d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d.get('a'), d.get('z'), d.get('z', 0), 'a' in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop('a'), d.pop('z', 'none'), d)
try:
    d.pop('z')
except KeyError as e:
    print('KeyError:', e)
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e)
print(d.setdefault('b', 100), d.setdefault('n', []), d)
d.update({'x': 1}, y=2); d.update([('z', 3)]); print(d)
print(d.popitem(), d)
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([(1, 2)]), dict({'k': 'v'}, extra=1))
e = {'one': 1} | {'two': 2}
e |= {'one': 11}
print(e, {1: 'a'} == {1: 'a'}, {1: 'a'} != {1: 'b'})
k = d.keys()
d['late'] = 0
print(len(k), 'late' in k, k & {'late', 'q'}, sorted(k - {'late'}))
print(list(reversed({'p': 1, 'q': 2})))
c = d.copy(); c.clear(); print(c, len(d) > 0)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    for key in d:
        d['new' + key] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
print({(1, 2): 'tuple key', 1.0: 'float', True: 'bool'})
try:
    {[]: 1}
except TypeError as e:
    print('TypeError:', e)
del d['b']
print('b' in d, {}.get(1), dict())
