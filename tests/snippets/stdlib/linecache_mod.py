import linecache, os, tempfile
here = __file__
print(repr(linecache.getline(here, 1)))
print(repr(linecache.getline(here, 2)))
print(repr(linecache.getline(here, 10000)), repr(linecache.getline(here, 0)), repr(linecache.getline('/no/such/file.py', 1)))
print(len(linecache.getlines(here)) > 5, here in linecache.cache)
d = tempfile.mkdtemp()
p = os.path.join(d, 'm.py')
with open(p, 'w') as f:
    f.write('a = 1\nb = 2')
print(linecache.getlines(p))
with open(p, 'w') as f:
    f.write('changed and longer\n')
print(linecache.getline(p, 1))
linecache.checkcache(p)
print(linecache.getline(p, 1), end='')
os.remove(p)
linecache.checkcache()
print(p in linecache.cache, linecache.getline(p, 1) == '')
linecache.clearcache()
print(linecache.cache)
print(linecache.getline('<string>', 1) == '')
print(linecache.lazycache('x.py', None), linecache.lazycache('<x>', {'__name__': 'x'}))
os.rmdir(d)
