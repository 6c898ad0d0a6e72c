import json
data = {"name": "Weft", "n": 3, "f": 1.5, "ok": True, "none": None, "list": [1, 2.0, "x", [], {}], "nested": {"b": 1, "a": [1, {"z": None}]}, "uni": "é\u2603\U0001F600\n\t\"\\"}
s = json.dumps(data); print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, [2, [3]]], indent="\t"), json.dumps({}), json.dumps([]), json.dumps("s"), json.dumps(1e100), json.dumps(float("inf")), json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
print(json.loads(s) == data, json.loads('  [1, 2.5, -3e2, "a\\u00e9\\ud83d\\ude00", true, false, null, {"k": {}}] '))
class P:
    def __init__(s): s.x = 1
print(json.dumps({"p": P()}, default=lambda o: o.__dict__))
for bad in ['', '[1,]', '{"a" 1}', '{"a": 1,}', '{1: 2}', '[1 2]', '"abc', '[1] x', 'nul', '{"a": 1', '"\\x"', '[-]', '"a\nb"', '{"a":1}}', '01']:
    try:
        json.loads(bad); print("no error", repr(bad))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
try: json.dumps({"p": P()})
except TypeError as e: print("TE", e)
try: json.dumps({(1,): 2})
except TypeError as e: print("TE", e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print("VE", e)
try: json.dumps(float("nan"), allow_nan=False)
except ValueError as e: print("VE", e)
print(json.loads('{"a": 1.0}', parse_float=str), json.loads('[1]', parse_int=float), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)), json.loads('{"b":1,"a":2}', object_pairs_hook=list))
print(json.loads(b'{"x": [1]}'), json.loads("NaN"), json.loads("-Infinity"), json.dumps(json.loads("1.0")), json.loads("123456789012345678901234567890"))
import io
f = io.StringIO(); json.dump({"a": [1, 2]}, f, indent=1); print(f.getvalue()); f.seek(0); print(json.load(f))
print(json.dumps((1, 2)), json.dumps({"a": 1}, skipkeys=True), json.dumps({(1,): 1, "b": 2}, skipkeys=True))
print(json.loads('"\\ud800"') == "\ud800", json.dumps("\ud800"))
