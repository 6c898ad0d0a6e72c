# A real Python program for Weft's first command.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

counts = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    counts[word] = counts.get(word, 0) + 1
print(fib(90), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
