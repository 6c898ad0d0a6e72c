import getopt
print(getopt.getopt(['-a', '-b', 'val', '-cfoo', 'x', '-d'], 'ab:c:d'))
print(getopt.getopt(['--alpha', '--beta=1', '--gam', '2', 'rest'], '', ['alpha', 'beta=', 'gamma=']))
print(getopt.getopt(['-a', '--', '-b'], 'ab'))
print(getopt.getopt(['-', '-a'], 'a'))
print(getopt.gnu_getopt(['x', '-a', 'y', '--long', 'z', '--', '-b'], 'ab', ['long']))
print(getopt.gnu_getopt(['x', '-a'], '+a'))
print(getopt.getopt(['--lo'], '', ['long']))
print(getopt.getopt(['--alpha'], '', 'alpha'))
for args, s, l in [(['-z'], 'a', []), (['-b'], 'b:', []), (['--nope'], '', ['yes']), (['--req'], '', ['req=']),
                   (['--flag=1'], '', ['flag']), (['--a'], '', ['ab', 'ac'])]:
    try:
        getopt.getopt(args, s, l)
    except getopt.GetoptError as e:
        print('GetoptError', e, repr(e.opt), e.msg, e.args)
print(getopt.error is getopt.GetoptError)
