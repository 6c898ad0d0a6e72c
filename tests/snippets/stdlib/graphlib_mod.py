from graphlib import TopologicalSorter, CycleError
g = {'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}}
print(tuple(TopologicalSorter({'D': ['B', 'C'], 'C': ['A'], 'B': ['A']}).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.add(7, 3); ts.add(5, 4)
print(list(ts.static_order()))
ts = TopologicalSorter({2: [11], 9: [11, 8], 10: [11, 3], 11: [7, 5], 8: [7, 3]})
ts.prepare()
order = []
while ts.is_active():
    r = ts.get_ready(); order.append(r); ts.done(*r)
print(order, bool(ts))
try:
    list(TopologicalSorter({1: [2], 2: [3], 3: [1]}).static_order())
except CycleError as e:
    print('CycleError', e.args, isinstance(e, ValueError))
try:
    list(TopologicalSorter({'a': ['a']}).static_order())
except CycleError as e:
    print('CycleError', e.args)
try:
    list(TopologicalSorter({0: [1, 2], 1: [3], 3: [4], 4: [1], 2: []}).static_order())
except CycleError as e:
    print('CycleError', e.args)
ts = TopologicalSorter()
try:
    ts.get_ready()
except ValueError as e:
    print('ValueError', e)
try:
    ts.is_active()
except ValueError as e:
    print('ValueError', e)
try:
    ts.done(1)
except ValueError as e:
    print('ValueError', e)
ts.add('a'); ts.prepare()
try:
    ts.prepare()
except ValueError as e:
    print('ValueError', e)
try:
    ts.add('b')
except ValueError as e:
    print('ValueError', e)
try:
    ts.done('a')
except ValueError as e:
    print('ValueError', e)
try:
    ts.done('zz')
except ValueError as e:
    print('ValueError', e)
print(ts.get_ready()); ts.done('a')
try:
    ts.done('a')
except ValueError as e:
    print('ValueError', e)
print(ts.is_active(), ts.get_ready())
print(TopologicalSorter[int])
print(list(TopologicalSorter({}).static_order()))
ts = TopologicalSorter({'x': ['y', 'y']})
print(list(ts.static_order()))
