import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.wrap(s, 30)); print(textwrap.fill(s, 25)); print(textwrap.fill("a well-known long-winded example of hyphen-ated words here", 15))
print(textwrap.shorten("Hello  world!  This is a long sentence", width=20), textwrap.shorten("short", 20))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.dedent("  x\n\n  y")), repr(textwrap.dedent("\ta\n\tb")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n b", "+", lambda l: True)))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10), textwrap.wrap("", 10), textwrap.wrap("x  y", 1))
w = textwrap.TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ", max_lines=2); print(w.wrap(s))
print(textwrap.fill("tab\there", 20), textwrap.wrap("a b c d e f g", 3, break_long_words=False))
