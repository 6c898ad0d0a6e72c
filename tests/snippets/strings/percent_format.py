print('%s and %r' % ('str', 'repr'))
print('%d %i %5d|%-5d|%05d' % (42, 7, 3, 3, 3))
print('%x %X %o %#x %#o %e %E' % (255, 255, 8, 255, 8, 12345.678, 0.00012))
print('%f %.2f %10.3f|%-10.1f|' % (3.14159, 3.14159, 2.5, 2.5))
print('%g %g %g %G' % (0.0001, 1e-5, 123456789.0, 1e-10))
print('%c%c' % (72, 'i'), '%%', '%s' % [1, 2], '%s' % (1,))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%+d % d %+.1f' % (5, 5, -2.25))
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%s' % None, '%a' % 'é', '%5s|%-5s|' % ('ab', 'cd'), '%.2s' % 'abcdef')
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    '%s %s' % ('a',)
except TypeError as e:
    print('TypeError:', e)
try:
    '%s' % ('a', 'b')
except TypeError as e:
    print('TypeError:', e)
try:
    '%(k)s' % {'x': 1}
except KeyError as e:
    print('KeyError:', e)
print('%d' % 3.99, '%d' % True, '%x' % -255, '%5.1s|' % 'xyz')
print(b'%s %d' % (b'bytes', 10))
