import os
import os.path
import collections.abc as cabc
from sys import argv, path as sys_path
from . import sibling
from ..pkg import thing as other


def lazy():
    import json
    from math import pi
    return json, pi
