def make_counters(n):
    counters = []
    for i in range(n):
        def c(i=i, state=[0]):
            state[0] += i
            return state[0]
        counters.append(c)
    return counters
cs = make_counters(3)
print([c() for c in cs], [c() for c in cs])
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return w
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
