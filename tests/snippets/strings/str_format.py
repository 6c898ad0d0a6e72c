print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0[0]} {0[1]} {d[k]}'.format([5, 6], d={'k': 'v'}))
class P:
    x = 3
    y = 4
print('{p.x},{p.y}'.format(p=P()))
print('{!r} {!s} {!a}'.format('s', 's', 'é'))
print('{{literal}} {}'.format(1))
print('{:>8}|{:<8}|{:^8}|{:*^9}'.format('r', 'l', 'c', 'mid'))
print('{:d} {:5d} {:05d} {:+d} {:,} {:_}'.format(1, 2, 3, 4, 1234567, 1234567))
print('{:x} {:#x} {:X} {:o} {:#o} {:b} {:#b} {:08b}'.format(255, 255, 255, 8, 8, 5, 5, 5))
print('{:.3f} {:10.2f}| {:e} {:.2e} {:g} {:%} {:.1%}'.format(3.14159, 2.5, 1234.5, 0.00012, 1e20, 0.25, 0.125))
print('{:,.2f} {:>10,} {:=+8d}'.format(1234567.891, 98765, 42))
print('{:c} {:s} {:10s}|'.format(65, 'str', 'abc'))
w = 10
print('{:{w}}|{:>{w}.3f}|'.format('x', 2.0, w=w))
print(format(3.5), format(42, 'x'), format('s', '>3'), format(0.5, '.0%'), format(12, ''))
class Money:
    def __format__(self, spec):
        return '$' + (spec or 'plain')
print('{}'.format(Money()), '{:fmt}'.format(Money()), f'{Money():zz}')
try:
    '{}'.format()
except IndexError as e:
    print('IndexError:', e)
try:
    '{x}'.format()
except KeyError as e:
    print('KeyError:', e)
try:
    format('s', 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print('ValueError:', e)
print('{:.2}'.format('abcdef'), '{:g}'.format(100000.0), '{:g}'.format(1000000.0), '{:.3g}'.format(3.14159))
print(format(-0.0, '.1f'), format(float('inf'), 'f'), format(float('nan'), '>5'), format(1e100, '.3'))
