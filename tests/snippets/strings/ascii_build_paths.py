a = "ab"; b = ""; c = "x"; d = "é"; e = "中"
print(repr(a + c), repr(b + c), repr(c + b), repr("" + ""), repr(c + c), repr(a + d), repr(d + a), repr(a + e))
print(repr("".join([])), repr("-".join(["a"])), repr("-".join(["a", "b"])), repr("".join(["a", ""])), repr("".join(["", ""])), repr("é".join(["a", "b"])), repr("-".join(["a", "é"])))
s = "hello world"
print(repr(s[0:0]), repr(s[1:2]), repr(s[2:7]), repr(s[-3:]), s.split(), "a,b,,c".split(","), "x".split("x"))
print(hash("ab" + "c") == hash("abc"), ("ab" + "c") == "abc", "abc" in {"ab" + "c": 1}, "".join(["a", "b"]) is not None)
print(len("a" * 3 + "b"), ("a" + "b").upper(), ("é" + "a")[1], ("ab" + "c").isascii(), "ab".join("xyz"))
class S(str): pass
print(repr(S("ab") + "c"), type(S("ab") + "c").__name__, repr("-".join([S("a"), "b"])), type(S("q")[0:1]).__name__)
