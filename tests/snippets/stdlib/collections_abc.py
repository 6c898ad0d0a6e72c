from collections.abc import *
from collections import deque, OrderedDict
print(isinstance([], Sequence), isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance({}, Mapping), isinstance({}, MutableMapping))
print(isinstance("s", Iterable), isinstance(iter([]), Iterator), isinstance(5, Hashable), isinstance([], Hashable), isinstance(len, Callable), isinstance(1, Callable))
print(isinstance(deque(), MutableSequence), isinstance(OrderedDict(), Mapping), isinstance(set(), Set), isinstance(frozenset(), MutableSet), isinstance((x for x in []), Generator))
class M(Mapping):
    def __init__(s, d): s.d = d
    def __getitem__(s, k): return s.d[k]
    def __len__(s): return len(s.d)
    def __iter__(s): return iter(s.d)
m = M({"a": 1}); print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), m == {"a": 1}, len(m))
class S(Sequence):
    def __getitem__(s, i): return "abc"[i]
    def __len__(s): return 3
print(list(S()), "b" in S(), S().index("c"), list(reversed(S())), S().count("a"))
try: Sequence()
except TypeError as e: print("TE", e)
class It:
    def __iter__(s): return s
    def __next__(s): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable), isinstance(It(), Sized))
