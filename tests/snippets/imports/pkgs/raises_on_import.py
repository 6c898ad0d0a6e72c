x = 1
raise ValueError('bad module')
