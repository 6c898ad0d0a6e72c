import sys
path = sys.path[0] + '/__open_files_tmp.txt'
with open(path, 'w', encoding='utf-8') as f:
    n = f.write('line one\nline two\nhéllo\n')
    print('wrote', n)
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readline().rstrip(), f.readlines())
with open(path) as f:
    print([line.rstrip('\n') for line in f])
with open(path, 'a') as f:
    print('appended', file=f)
with open(path, 'rb') as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:8])
with open(path, 'wb') as f:
    f.write(b'\x00\x01binary')
with open(path, 'rb') as f:
    print(f.read(3), f.read())
f = open(path)
print(f.closed)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)
try:
    open(sys.path[0] + '/does_not_exist.txt')
except FileNotFoundError as e:
    print('FileNotFoundError:', e.errno, e.strerror)
import os
os.remove(path)
print(os.path.exists(path))
