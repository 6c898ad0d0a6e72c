x = 3.14159
n = 255
name = 'weft'
print(f'{x:.2f} {n:#x} {n:>6} {name!r} {name:^10}|')
print(f'{x=}', f'{n = }', f'{name=!s}', f'{x=:.1f}')
print(f'{"nested"} {n + 1} {[1, 2][0]} {{braces}}')
width, prec = 8, 2
print(f'{x:{width}.{prec}f}|')
d = {'k': 'v'}
print(f"{d['k']}", f'{len(name)}', f'{name.upper()}')
print(f'{1000000:,}', f'{0.5:.0%}', f'{-5:+}', f'{5:+}', f'{12:04}')
items = ['a', 'b']
print(f'{", ".join(items)}')
print(f'{"multi" + "ple"!r:>12}')
print(f'{3 if n > 100 else 4}', f'{(lambda: 7)()}')
val = None
print(f'{val}', f'{val!r}', f'{True:d}', f'{True}')
print(f'''{
    n
    * 2
}''')
print(f'{x:e}', f'{x:10.3e}|', f'{n:b}', f'{n:o}', f'{n:X}', f'{65:c}')
print(f'{"left":<{width}}|{"right":>{width}}|')
for i in range(3):
    print(f'{i:>3}:{i * i:<3}|')
