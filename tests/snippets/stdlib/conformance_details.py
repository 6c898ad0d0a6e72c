import io, json, re
from collections import namedtuple
P = namedtuple("P", "x y"); p = P(1, 2)
try: p.x = 5
except AttributeError as e: print("AE", e)
print(p.x, p.y)
w = io.TextIOWrapper(io.BytesIO("l\u00edne 1\nline 2\r\nx".encode("utf-8")), encoding="utf-8"); print(w.readlines(), w.encoding)
b = io.BytesIO(); t = io.TextIOWrapper(b, encoding="utf-8"); t.write("héllo\n"); t.flush(); print(b.getvalue())
e = json.JSONEncoder()
print(list(e.iterencode([1, "a"])), list(e.iterencode({"a": [1, {"b": None}], "c": 2})), list(json.JSONEncoder(indent=2).iterencode([1, [2]])), list(e.iterencode([[1], 2])))
for bad in ["[z-a]", "[a-c]", "[\\d-z]"]:
    try: print(re.compile(bad).pattern)
    except re.error as ex: print("error", ex)
