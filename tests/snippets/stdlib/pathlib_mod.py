from pathlib import Path, PurePath, PurePosixPath
p = PurePosixPath("/usr/lib/python3/site.tar.gz")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.anchor, p.is_absolute(), list(p.parents)[:2])
q = Path("a") / "b" / "c.txt"; print(q, repr(q), q.with_suffix(".py"), q.with_name("z.md"), q.with_stem("d"), q.relative_to("a"), q.is_relative_to("a/b"), q.match("*.txt"), q.match("b/*.txt"), Path("x/../y"), Path(".") , Path(), Path("/") / "etc")
print(PurePath("a/b") == PurePath("a//b/./"), sorted([Path("b"), Path("a")]), str(Path("/a", "/b", "c")), "/tmp" / Path("x"))
import os
here = Path(__file__).resolve().parent
d = here / "_pathlib_tmp"; d.mkdir(exist_ok=True)
f = d / "hello.txt"; print(f.write_text("hi there"), f.read_text(), f.exists(), f.is_file(), d.is_dir(), f.stat().st_size, f.read_bytes())
(d / "sub").mkdir(parents=True, exist_ok=True); (d / "sub" / "x.py").touch()
print(sorted(x.name for x in d.iterdir()), sorted(str(x.relative_to(d)) for x in d.glob("*.txt")), sorted(str(x.relative_to(d)) for x in d.rglob("*.py")))
(d / "sub" / "x.py").unlink(); (d / "sub").rmdir(); f.unlink(); f.unlink(missing_ok=True); d.rmdir(); print(d.exists())
try: Path("a").relative_to("b")
except ValueError as e: print("VE", e)
try: Path("nope_file_x").read_text()
except FileNotFoundError as e: print("FNF", e.errno)
