print('init shapes')
from .square import Square
from . import circle
VERSION = '1.0'
__all__ = ['Square', 'VERSION']
