import re
m = re.search(r"(\d+)-(\d+)", "tel: 555-1234 ok"); print(m, m.group(), m.group(1, 2), m.groups(), m.span(), m.start(2), m.end(), m[1])
print(re.match(r"\w+", "hello world"), re.match(r"\d", "x1"), re.fullmatch(r"[a-z]+", "abc"), re.fullmatch(r"[a-z]+", "abc1"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1, b=2"), re.findall(r"(\w)\d", "a1b2"), re.findall(r"x*", "axb"))
print([m.span() for m in re.finditer(r"\b\w", "hi there you")])
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@site and ann@web"), re.sub(r"\s+", " ", "a   b \t c"), re.subn("a", "b", "banana"), re.sub("a", "b", "banana", count=2))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "ab cd"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.sub("x*", "-", "abxd"), re.sub(r"(\d)", r"\g<1>0", "a1"))
print(re.split(r",\s*", "a, b,c,   d"), re.split(r"(,)", "a,b"), re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split("x*", "axbc"), re.split(r"(a)|b", "xaybz"))
p = re.compile(r"(?P<first>\w+) (?P<last>\w+)"); m = p.match("Jane Doe Smith"); print(p, p.groups, dict(p.groupindex), m.groupdict(), m.group("last"), m.lastgroup, m.lastindex)
print(re.compile("a", re.I | re.M), re.compile(r"\d"), re.search("(?i)HELLO", "say hello").group(), re.findall("^\\w", "ab\ncd", re.M), re.search("a.b", "a\nb"), re.search("a.b", "a\nb", re.S).group())
print(re.escape("a.b*c?"), re.escape("1+1=2"), re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups("-"))
print(re.search(r"(\w)\1", "hello").group(), re.search(r"(?<=\$)\d+", "cost $42").group(), re.search(r"\d+(?=%)", "50% off").group(), re.findall(r"(?!x)\w", "axb"))
print(re.search("$", "ab\n").span(), re.findall(r"a$", "a\na", re.M), re.search(r"\Aab\Z", "ab").group(), re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{,2}", "aaa").group(), re.search(r"x{", "ax{").group())
print(re.findall(r"[\w.-]+@[\w.-]+", "mail a.b@c.org, x-y@z.com"), re.findall(r"[^a-c]", "abcdef"), re.findall(r"[]a]", "a]b"), re.search("é+", "caféé").span())
print(re.findall(rb"\d+", b"a12b3"), re.sub(rb"a", b"X", b"banana"), re.match(rb"(\w+)", b"hi there").group(1))
v = re.compile(r"""
    (\d{3})  # area
    [-\s]?   # sep
    (\d{4})  # number
""", re.VERBOSE); print(v.search("call 555 1234").groups())
for bad in ["(", "a)", "[a", "*a", "a{3,1}", r"\q"]:
    try: re.compile(bad)
    except re.error as e: print("error", type(e).__name__, e.msg if hasattr(e, "msg") else e)
try: re.search("a", b"a")
except TypeError as e: print("TE", e)
print(m.re is p, m.string, m.pos, m.endpos, p.search("xx Ab Cd", 3), p.match("xx Ab Cd", 3).span(), p.fullmatch("Ab Cd"))
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups(), re.sub(r"a|(b)", r"[\1]", "ab"), m.expand(r"\2, \1"))
print(re.I, re.I | re.S, repr(re.NOFLAG), re.findall(r"\d+", "日本123語45"), re.search(r"\d+", "日本123語").span())
