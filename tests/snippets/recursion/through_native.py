def key(x):
    return sorted(x) if isinstance(x, list) else x
def deep_sort(xs, n):
    if n == 0:
        return xs
    return sorted([deep_sort(xs, n - 1)], key=lambda v: len(v))[0]
print(deep_sort([3, 1, 2], 50))
class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None
    def __repr__(self):
        return "N(" + repr(self.child) + ")" if self.child else "N"
print(Node(20))
