import argparse
p = argparse.ArgumentParser(prog='prog')
p.add_argument('--n', type=int)
print(p.parse_args(['--n', '4']))
p.parse_args(['--n', 'four'])
print('not reached')
