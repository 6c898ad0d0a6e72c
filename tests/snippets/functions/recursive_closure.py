def make():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact
print(make()(10))
def counter_gen():
    count = 0
    def tick():
        nonlocal count
        count += 1
        return count
    return tick, lambda: count
t, get = counter_gen()
t(); t(); print(get())
