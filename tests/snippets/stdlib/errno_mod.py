import errno, os
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EPIPE, errno.EINTR)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[35], len(errno.errorcode))
try:
    os.stat('/nonexistent/path/x')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
try:
    os.mkdir('/')
except OSError as e:
    print(e.errno == errno.EEXIST)
print(sorted(n for n in dir(errno) if n.startswith('E'))[:10])
