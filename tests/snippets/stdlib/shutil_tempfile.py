import tempfile, shutil, os
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), d.startswith(tempfile.gettempdir()))
    p = os.path.join(d, "a.txt")
    with open(p, "w") as f: f.write("data")
    shutil.copy(p, os.path.join(d, "b.txt")); os.makedirs(os.path.join(d, "sub/inner"))
    shutil.copyfile(p, os.path.join(d, "sub/inner/c.txt"))
    shutil.copytree(os.path.join(d, "sub"), os.path.join(d, "sub2"))
    print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, "sub2", "inner"))))
    shutil.move(os.path.join(d, "b.txt"), os.path.join(d, "sub"))
    print(sorted(os.listdir(os.path.join(d, "sub"))))
    shutil.rmtree(os.path.join(d, "sub")); print(os.path.exists(os.path.join(d, "sub")))
    try: shutil.copyfile(p, p)
    except shutil.SameFileError as e: print("same file")
print(os.path.exists(d))
with tempfile.NamedTemporaryFile("w", suffix=".log", delete=True) as f:
    f.write("hello"); f.flush(); name = f.name
    print(name.endswith(".log"), os.path.exists(name))
print(os.path.exists(name))
dd = tempfile.mkdtemp(prefix="weft"); print(os.path.basename(dd).startswith("weft")); os.rmdir(dd)
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-cmd"))
