import configparser, io
text = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes
home = /home/user

[forge.example]
User = hg
path = %(home)s/forge
pct = 100%%

[topsecret.server.example]
Port = 50022
ForwardX11 = no
multi = first line
   second line

   fourth line
# a comment
; another
key: colon value  ; not inline by default
empty =
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections())
print(cp.defaults())
print('forge.example' in cp, 'nope' in cp, 'DEFAULT' in cp, len(cp), list(cp))
print(cp['forge.example']['user'], cp['forge.example']['Compression'])
print(cp.get('forge.example', 'path'), cp.get('forge.example', 'path', raw=True), cp.get('forge.example', 'pct'))
print(cp.getint('topsecret.server.example', 'port'), cp.getboolean('topsecret.server.example', 'forwardx11'))
print(cp.getfloat('DEFAULT', 'compressionlevel'), cp.getboolean('forge.example', 'compression'))
print(repr(cp.get('topsecret.server.example', 'multi')))
print(repr(cp['topsecret.server.example']['key']), repr(cp['topsecret.server.example']['empty']))
print(cp.items('forge.example'))
print(cp.options('topsecret.server.example'))
print(list(cp.items()))
print(cp['forge.example'], repr(cp['DEFAULT']), cp['forge.example'].name)
print(cp.has_option('forge.example', 'USER'), cp.has_option('forge.example', 'home'), cp.has_option('x', 'y'))
print(cp.get('forge.example', 'missing', fallback='fb'), cp.getint('nosect', 'x', fallback=3))
print(cp['forge.example'].get('missing'), cp['forge.example'].getint('compressionlevel'), cp['forge.example'].getboolean('nope', True))
print(cp.get('forge.example', 'path', vars={'home': '/other'}))
for call in [lambda: cp.get('nosect', 'x'), lambda: cp.get('forge.example', 'nope'), lambda: cp['nosect'],
             lambda: cp.getint('forge.example', 'user'), lambda: cp.getboolean('forge.example', 'user'),
             lambda: cp.add_section('forge.example'), lambda: cp.add_section('DEFAULT'),
             lambda: cp.set('forge.example', 'x', 5), lambda: cp.add_section(3),
             lambda: cp.set('forge.example', 'bad', '100%'), lambda: cp.set('nosect', 'a', 'b'),
             lambda: cp['forge.example']['nope'], lambda: cp.options('nosect'), lambda: cp.items('nosect')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e, e.args)
cp.set('forge.example', 'new', 'value')
cp['newsect'] = {'a': 1, 'B': 'two'}
cp['forge.example']['added'] = 'yes'
print(cp.remove_option('forge.example', 'user'), cp.remove_option('forge.example', 'user'))
print(cp.remove_section('topsecret.server.example'), cp.remove_section('nothere'))
del cp['newsect']['a']
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue())
# interpolation errors
cp2 = configparser.ConfigParser()
cp2.read_string("[s]\na = %(b)s\nb = %(a)s\nc = %(zz)s\nd = %z\ne = %(unterminated\nf = ok %(g)s\ng = G\n")
for o in 'abcdef':
    try:
        print(o, cp2.get('s', o))
    except Exception as e:
        print(o, type(e).__name__, e)
# extended
cp3 = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
cp3.read_string("[common]\nroot = /usr\nlib = ${root}/lib\ndollar = $$5\n[app]\npath = ${common:lib}/app\nbad = ${nope:x}\nbad2 = $x\nbad3 = ${a:b:c}\n")
for o in ['path', 'bad', 'bad2', 'bad3']:
    try:
        print(o, cp3.get('app', o))
    except Exception as e:
        print(o, type(e).__name__, e)
print(cp3.get('common', 'dollar'), cp3.get('common', 'lib'))
# parsing errors
for src in ["no header = 1\n", "[a]\nx = 1\nx = 2\n", "[a]\n[a]\n", "[a]\ngarbage\nmore garbage\n[b]\nok = 1\n",
            "[a]\n  indented = 1\n", "[a]\nx=1\n[b]\n=novalue\n"]:
    p = configparser.ConfigParser()
    try:
        p.read_string(src)
        print(p.sections(), {s: dict(p[s]) for s in p.sections()})
    except configparser.Error as e:
        print(type(e).__name__, e, e.args)
p = configparser.ConfigParser(strict=False)
p.read_string("[a]\nx = 1\nx = 2\n[a]\ny = 3\n")
print(dict(p['a']))
p = configparser.RawConfigParser()
p.read_string("[a]\nx = 100%\n")
print(p.get('a', 'x'))
p.set('a', 'n', 5)
print(p.get('a', 'n'))
p = configparser.ConfigParser(allow_no_value=True)
p.read_string("[mysqld]\nskip-bdb\nport = 3306\n")
print(p.get('mysqld', 'skip-bdb'), p.items('mysqld'))
o = io.StringIO(); p.write(o); print(o.getvalue())
p = configparser.ConfigParser(inline_comment_prefixes=(';', '#'), delimiters=('=',), comment_prefixes=('//',))
p.read_string("[s]\na = 1 ; comment\nb = x;y\nc: d = e\n// full\n# notcomment = 2\n")
print(dict(p['s']))
p = configparser.ConfigParser(defaults={'k': 'v', 'n': 5})
print(p.defaults(), p.get('DEFAULT', 'k'))
p = configparser.ConfigParser(converters={'list': lambda v: v.split(',')})
p.read_string("[s]\nitems = a,b,c\n")
print(p.getlist('s', 'items'), p['s'].getlist('items'), sorted(p.converters))
p = configparser.ConfigParser(empty_lines_in_values=False)
p.read_string("[s]\na = 1\n  cont\n\n  notcont = 2\n")
print(dict(p['s']))
p = configparser.ConfigParser()
try:
    p.read_dict({'x': {'a': 1, 'b': None}, 'y': {}})
except TypeError as e:
    print('TypeError', e)
print(p.sections(), dict(p['x']))
p.optionxform = str
p.read_string("[Case]\nMixedKey = 1\n")
print(dict(p['Case']))
print(p.read(['/nonexistent/file.ini']))
try:
    del p['DEFAULT']
except ValueError as e:
    print('ValueError', e)
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
print(issubclass(configparser.ParsingError, configparser.Error), issubclass(configparser.NoSectionError, configparser.Error))
p = configparser.ConfigParser()
p.read_string("[s]\ndeep = %(deep)s\n")
try:
    p.get('s', 'deep')
except configparser.InterpolationDepthError as e:
    print('depth', e)
p = configparser.ConfigParser()
p.read_file(["[s]\n", "k = v\n"])
print(dict(p['s']))
try:
    p.read_file(io.StringIO("[s]\nkey\n  continued\n"))
except Exception as e:
    print(type(e).__name__, e)
p = configparser.ConfigParser(allow_no_value=True)
try:
    p.read_string("[s]\nkey\n  continued\n")
except Exception as e:
    print(type(e).__name__, e)
p = configparser.ConfigParser(allow_unnamed_section=True)
p.read_string("top = 1\n[s]\nk = v\n")
print(p.sections(), p.get(configparser.UNNAMED_SECTION, 'top'))
o = io.StringIO(); p.write(o); print(repr(o.getvalue()))
