import sys
sys.path.insert(0, sys.path[0] + '/pkgs')
import helper_mod
import helper_mod as hm
print(helper_mod is hm, hm.bump(), hm.bump(), helper_mod.counter)
from helper_mod import bump, counter
print(bump(), counter, helper_mod.counter)
print(helper_mod.__name__, type(helper_mod).__name__, sys.modules['helper_mod'] is hm)
del sys.modules['helper_mod']
import helper_mod as fresh
print(fresh is hm, fresh.counter)
from helper_mod import *
print(public, '_private' in dir())
