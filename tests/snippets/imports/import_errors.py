import sys
sys.path.insert(0, sys.path[0].rsplit('/snippets', 1)[0] + '/snippets/imports/pkgs')
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
try:
    import shapes.nope
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
try:
    from shapes import nothing_here
except ImportError as e:
    print(type(e).__name__ + ':', e.args[0][:40], e.name)
try:
    from math import nonexistent
except ImportError as e:
    print(type(e).__name__ + ':', str(e).split(' (')[0], e.name)
try:
    import broken
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    import raises_on_import
except ValueError as e:
    print('ValueError:', e, 'raises_on_import' in sys.modules)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import math.nothing
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
