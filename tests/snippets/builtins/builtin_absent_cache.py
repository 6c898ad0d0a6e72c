# LOAD_GLOBAL of a builtin caches "not in the globals" (an absent-key stamp):
# a global inserted later, in this module or through globals()/exec, must
# win at once; removing it brings the builtin back; one code object run
# with two globals dicts keeps them apart.
def use_len():
    return len("abcd")

for _ in range(3):
    print(use_len())
len = lambda s: "global len"
print(use_len())
del len
print(use_len())
globals()["len"] = lambda s: "via globals()"
print(use_len())
del globals()["len"]
print(use_len())

code = compile("def f():\n    return abs(-2)\n", "<cached>", "exec")
g1 = {"other": 0}  # as many keys as g2: equal insertion counts
g2 = {"abs": lambda x: "g2 abs"}
exec(code, g1)
exec(code, g2)
f1, f2 = g1["f"], g2["f"]
print(f1.__code__ is f2.__code__)
for _ in range(3):
    print(f1(), f2())
g1["abs"] = lambda x: "g1 abs now"
print(f1(), f2())
del g2["abs"]
print(f1(), f2())

# many new keys between two uses: the stamp moves, the answer stays right
def use_min():
    return min(3, 1, 2)
print(use_min())
for i in range(70000):
    globals()["k%d" % i] = i
print(use_min())
min = lambda *a: "global min"
print(use_min())
