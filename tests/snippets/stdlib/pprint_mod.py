import pprint
data = {"name": "weft", "versions": list(range(30)), "nested": {"z": [1, 2, {"deep": ("a", "b") * 10}], "a": None}, "tags": {"x", "y"}}
pprint.pprint(data)
pprint.pprint(list(range(40)), width=40)
pprint.pprint(data, width=60, sort_dicts=False)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat([1, 2]), pprint.pformat((1,)))
pprint.pprint([[1, 2, 3] * 5, {"k": "v" * 70}], compact=True)
pprint.pprint({"key%d" % i: i * 1.5 for i in range(8)}, width=30)
pprint.pprint(("tuple", ["of", "things"]) * 6)
