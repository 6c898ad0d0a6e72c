import fnmatch, glob, os
print(fnmatch.fnmatch("file.txt", "*.txt"), fnmatch.fnmatch("file.py", "*.txt"), fnmatch.fnmatchcase("A.TXT", "*.txt"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"))
print(fnmatch.fnmatch("x1", "x[0-9]"), fnmatch.fnmatch("xa", "x[!0-9]"), fnmatch.fnmatch("a?c", "a[?]c"), fnmatch.translate("*.py"), fnmatch.translate("a?[!x]"))
here = os.path.dirname(os.path.abspath(__file__))
d = os.path.join(here, "_glob_tmp")
os.makedirs(os.path.join(d, "sub", "deep"), exist_ok=True)
for p in ["a.py", "b.txt", "sub/c.py", "sub/deep/d.py", ".hidden.py"]:
    with open(os.path.join(d, p), "w") as f: f.write("x")
rel = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
print(rel(glob.glob(os.path.join(d, "*.py"))), rel(glob.glob(os.path.join(d, "*"))), rel(glob.glob(os.path.join(d, "*", "*.py"))))
print(rel(glob.glob(os.path.join(d, "**", "*.py"), recursive=True)), glob.has_magic("a*"), glob.escape("a*b?"), rel(glob.glob(os.path.join(d, "b.txt"))), glob.glob(os.path.join(d, "nope*")))
for p in ["a.py", "b.txt", "sub/c.py", "sub/deep/d.py", ".hidden.py"]: os.remove(os.path.join(d, p))
os.rmdir(os.path.join(d, "sub", "deep")); os.rmdir(os.path.join(d, "sub")); os.rmdir(d)
