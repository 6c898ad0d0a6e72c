d = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    d[w] = d.get(w, 0) + 1
for k in sorted(d, key=lambda k: (-d[k], k))[:3]:
    print(k, d[k])
try:
    for k in d:
        d[k + "x"] = 1
except RuntimeError as e:
    print(e)
