# Lone-surrogate escapes in str literals survive compilation.
s = "\ud800"
print(repr(s), len(s), ord(s), hex(ord(s)))
print(repr("\ud83d\ude00"), len("\ud83d\ude00"))
print(repr("a\udfffb"), "a\udfffb" == "a" + chr(0xDFFF) + "b")
print(repr("\U0000dc80"), repr("x" "\udc00" r"\udc00"))
print(repr("\\ud800"), repr(r"\ud800"))
print(repr("\ud800\n\t\x41\101\u00e9\N{BULLET}\udc01"))
print("\ud800".encode("utf-8", "surrogatepass"))
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("\ud800".isprintable(), "\ufffd" == "\ud800")
print({"\udc00": 1}["\udc00"], "\udc00" in ["\udc00"])
