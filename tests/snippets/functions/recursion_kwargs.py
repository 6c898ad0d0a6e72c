def walk(tree, depth=0, *, out):
    for k, v in tree.items():
        out.append("  " * depth + k)
        if isinstance(v, dict):
            walk(v, depth + 1, out=out)
    return out
print("\n".join(walk({"a": {"b": {}, "c": {"d": 1}}, "e": 2}, out=[])))
