import importlib, sys
m = importlib.import_module("math"); print(m is sys.modules["math"], m.__name__)
c = importlib.import_module("collections.abc"); print(c.__name__)
try: importlib.import_module("nope_mod")
except ModuleNotFoundError as e: print("MNF", e, e.name)
try: importlib.import_module(".x")
except TypeError as e: print("TE", e)
