import shlex
cases = ['a b c', 'a "b c" d', "a 'b c' d", r'a\ b c', 'a "b \\" c" d', "x='y z' w",
         'echo hi # comment', 'ls -l | grep foo > out.txt', "it's", '"unterminated', 'a \\',
         'a"b"c', "'a\\b'", '"a\\b"', '"a\\\\b"', '"a\\$b"', '', '   ', 'foo=bar baz=\'q x\'',
         '\\"quoted\\"', 'a;b&&c||d', 'ß ü', '"" \'\'', 'a""b']
for c in cases:
    for posix in (True, False):
        try:
            print(repr(c), posix, shlex.split(c, posix=posix))
        except ValueError as e:
            print(repr(c), posix, 'ValueError', e)
print(shlex.split('echo hi # comment', comments=True))
for s in ['', 'abc', 'a b', "it's", 'a"b', '$HOME', 'a@b.c:1,2/x-y_z+%=', 'tab\there', 'é']:
    print(repr(shlex.quote(s)))
print(shlex.join(['ls', '-l', 'my file', "it's"]))
try:
    shlex.quote(5)
except TypeError as e:
    print('TypeError', e)
try:
    shlex.split(None)
except ValueError as e:
    print('ValueError', e)
lex = shlex.shlex('a && b || (c; d) > e', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a && b || (c; d) > e', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('foo bar(baz) "q r"')
print(list(lex))
lex = shlex.shlex('one two three', posix=True)
print(lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('x\ny\nz')
print([lex.get_token() for _ in range(4)], lex.lineno)
print(lex.error_leader())
lex = shlex.shlex('a b', infile='f.txt')
print(lex.error_leader(), lex.punctuation_chars, repr(lex.eof))
lex = shlex.shlex('a;b', punctuation_chars=';')
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex("ls -l ~/x.txt *.py", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a b c')
lex.push_source('inner tokens')
print(list(lex))
