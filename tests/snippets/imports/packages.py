import sys
sys.path.insert(0, sys.path[0] + '/pkgs')
import shapes
print(shapes.VERSION, shapes.Square(3).area(), shapes.circle.area(2))
import shapes.square
print(shapes.square.Square is shapes.Square)
from shapes.sub.deep import info
print(info())
import shapes.sub as s
print(s.BASE, s.__name__, s.__package__)
print(shapes.__name__, shapes.__package__, shapes.__file__.endswith('__init__.py'))
print(sorted(k for k in sys.modules if k.startswith('shapes')))
