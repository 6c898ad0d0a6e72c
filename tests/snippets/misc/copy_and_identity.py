import copy
a = [1, [2, 3], {'k': [4]}]
sh = copy.copy(a)
dp = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(100)
print(sh, dp, sh[1] is a[1], dp[1] is a[1])
l = [1, 2]
l2 = l
l2 += [3]
t = (1, 2)
t2 = t
t2 += (3,)
print(l, t, l is l2, t is t2)
x = [[0] * 2] * 2
x[0][0] = 1
print(x)
y = [[0] * 2 for _ in range(2)]
y[0][0] = 1
print(y)
print([] is [], None is None, (1, 2) == (1, 2), [1] == [1.0])
d = {'a': [1]}
d2 = dict(d)
d2['a'].append(2)
d2['b'] = 0
print(d, d2)
s = 'abc'
print(s[:] is s or True, list(l) is not l, l[:] == l)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
n = Node(1)
n.children.append(Node(2))
n2 = copy.deepcopy(n)
n2.children[0].v = 20
print(n.children[0].v, n2.children[0].v)
