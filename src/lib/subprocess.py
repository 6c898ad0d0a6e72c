"""Subprocesses with accessible I/O streams (Weft's implementation of CPython 3.13's subprocess).

POSIX only. Children are spawned by the native `_subprocess` module
(std::process::Command); the standard streams may be inherited, PIPE,
DEVNULL, or (stderr) STDOUT. Waiting and pipe I/O run detached from the
runtime, so other threads go on while one waits. communicate() reads the
pipes on helper threads when more than one is open.
"""

import os
import sys
import time
import signal
import threading
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_mswindows = False


class SubprocessError(Exception):
    pass


def _signal_member(n):
    lookup = getattr(signal.Signals, "_lookup", None)  # Weft's Signals
    if lookup is None:
        return signal.Signals(n)
    try:
        return lookup(n)
    except KeyError:
        raise ValueError(n) from None


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, _signal_member(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a
    child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess(object):
    """A process that has finished running (what run() returns)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _PipeFile:
    """A binary file over one end of a pipe (stdin, stdout or stderr)."""

    def __init__(self, pipe, mode):
        self._pipe = pipe
        self.mode = mode
        self._buf = b""

    @property
    def closed(self):
        return self._pipe.closed

    def readable(self):
        return "r" in self.mode

    def writable(self):
        return "w" in self.mode

    def read(self, n=-1):
        if n is None or n < 0:
            data = self._buf + self._pipe.read()
            self._buf = b""
            return data
        if len(self._buf) >= n:
            data, self._buf = self._buf[:n], self._buf[n:]
            return data
        data = self._buf + self._pipe.read(n - len(self._buf))
        self._buf = b""
        return data

    def read1(self, n=-1):
        if self._buf:
            data = self._buf if n is None or n < 0 else self._buf[:n]
            self._buf = self._buf[len(data):]
            return data
        return self._pipe.read1(65536 if n is None or n < 0 else n)

    def readline(self, size=-1):
        while b"\n" not in self._buf:
            chunk = self._pipe.read1(65536)
            if not chunk:
                break
            self._buf += chunk
        i = self._buf.find(b"\n")
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and 0 <= size < end:
            end = size
        line, self._buf = self._buf[:end], self._buf[end:]
        return line

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        return self._pipe.write(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def close(self):
        self._pipe.close()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


class _TextPipe:
    """Text over a _PipeFile (universal newlines when reading)."""

    def __init__(self, raw, encoding, errors, translate):
        self.buffer = raw
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        self._translate = translate
        self._pending = b""

    @property
    def closed(self):
        return self.buffer.closed

    def _decode(self, data, final):
        data = self._pending + data
        self._pending = b""
        if not final:
            # keep an incomplete UTF-8 sequence (and a lone '\r') for later
            cut = len(data)
            for back in range(1, 4):
                if cut - back < 0:
                    break
                b = data[cut - back]
                if b & 0xC0 == 0xC0:
                    need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4
                    if back < need:
                        cut -= back
                    break
                if b & 0x80 == 0:
                    break
            if self._translate and cut and data[cut - 1:cut] == b"\r":
                cut -= 1
            data, self._pending = data[:cut], data[cut:]
        text = data.decode(self.encoding, self.errors)
        if self._translate:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, n=-1):
        if n is None or n < 0:
            return self._decode(self.buffer.read(), True)
        out = ""
        while len(out) < n:
            chunk = self.buffer.read1(n - len(out))
            if not chunk:
                out += self._decode(b"", True)
                break
            out += self._decode(chunk, False)
        return out

    def readline(self):
        raw = self.buffer.readline()
        if raw.endswith(b"\r") and self._translate:
            nxt = self.buffer.read1(1)
            if nxt != b"\n" and nxt:
                self.buffer._buf = nxt + self.buffer._buf
        return self._decode(raw, True)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self):
        return list(self)

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        data = s.encode(self.encoding, self.errors)
        if self._translate:
            data = data.replace(b"\n", os.linesep.encode())
        self.buffer.write(data)
        return len(s)

    def flush(self):
        pass

    def close(self):
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


def _stream_mode(v, name):
    if v is None:
        return 0
    if v in (PIPE, DEVNULL) or (v == STDOUT and name == "stderr"):
        return v
    if v == STDOUT:
        raise ValueError("STDOUT can only be used for stderr")
    if hasattr(v, "fileno") or isinstance(v, int):
        raise NotImplementedError("Weft's subprocess supports only None, PIPE, DEVNULL and STDOUT "
                                  "for %s (no raw file descriptors yet)" % name)
    raise TypeError("bad value for %s: %r" % (name, v))


class Popen:
    """Execute a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self._comm = None
        if preexec_fn is not None:
            raise NotImplementedError("preexec_fn is not supported by Weft")
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        self.universal_newlines = universal_newlines
        if isinstance(args, (str, bytes)) or hasattr(args, "__fspath__"):
            args = [args]
        else:
            args = list(args)
        args = [os.fspath(a) if hasattr(a, "__fspath__") else a for a in args]
        if shell:
            unix_shell = "/bin/sh"
            if executable:
                unix_shell = executable
            args = [unix_shell, "-c"] + args
            executable = unix_shell
        elif executable is not None and hasattr(executable, "__fspath__"):
            executable = os.fspath(executable)
        if cwd is not None and hasattr(cwd, "__fspath__"):
            cwd = os.fspath(cwd)
        if env is None:
            # os.environ is the environment as Python code has set it
            # (Weft keeps changes in the mapping): the child gets that.
            env = dict(os.environ)
        modes = (_stream_mode(stdin, "stdin"), _stream_mode(stdout, "stdout"), _stream_mode(stderr, "stderr"))
        sys.stdout.flush() if hasattr(sys.stdout, "flush") else None
        proc, pin, pout, perr = _subprocess.spawn(args, executable, cwd, env, *modes)
        self._proc = proc
        self.pid = proc.pid
        if pin is not None:
            self.stdin = _PipeFile(pin, "wb")
            if self.text_mode:
                self.stdin = _TextPipe(self.stdin, encoding, errors, True)
        if pout is not None:
            self.stdout = _PipeFile(pout, "rb")
            if self.text_mode:
                self.stdout = _TextPipe(self.stdout, encoding, errors, True)
        if perr is not None:
            self.stderr = _PipeFile(perr, "rb")
            if self.text_mode:
                self.stderr = _TextPipe(self.stderr, encoding, errors, True)

    def __repr__(self):
        obj_repr = "<%s: returncode: %s args: %r>" % (self.__class__.__name__, self.returncode, self.args)
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        finally:
            if exc_type != KeyboardInterrupt:
                self.wait()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def poll(self):
        """Check if child process has terminated; returncode or None."""
        if self.returncode is None:
            self.returncode = self._proc.poll()
        return self.returncode

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if self.returncode is not None:
            return self.returncode
        rc = self._proc.wait(timeout)
        if rc is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = rc
        return rc

    def send_signal(self, sig):
        """Send a signal to the process."""
        self.poll()
        if self.returncode is not None:
            return
        self._proc.send_signal(int(sig))

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(15)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(9)

    def communicate(self, input=None, timeout=None):
        """Send input to stdin, read stdout/stderr to EOF, wait for the
        process; returns (stdout_data, stderr_data)."""
        if self._comm is None and input is not None and self.stdin is not None and self.stdin.closed:
            raise ValueError("Cannot send input after starting communication")
        deadline = None if timeout is None else time.monotonic() + timeout
        if self._comm is None:
            self._comm = self._start_communication(input)
        threads, results = self._comm
        for t in threads:
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            t.join(remaining)
            if t.is_alive():
                raise TimeoutExpired(self.args, timeout)
        for err in results["errors"]:
            if not isinstance(err, BrokenPipeError):
                raise err
        out = results.get("stdout")
        err = results.get("stderr")
        remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
        try:
            self.wait(remaining)
        except TimeoutExpired:
            raise TimeoutExpired(self.args, timeout) from None
        return (out, err)

    def _start_communication(self, input):
        results = {"errors": []}
        threads = []

        def feed():
            try:
                if input:
                    self.stdin.write(input)
            except Exception as e:
                results["errors"].append(e)
            finally:
                try:
                    self.stdin.close()
                except Exception:
                    pass

        def drain(name, f):
            try:
                results[name] = f.read()
            except Exception as e:
                results["errors"].append(e)
                results[name] = None
            finally:
                f.close()

        if self.stdin is not None:
            t = threading.Thread(target=feed, daemon=True)
            t.start()
            threads.append(t)
        for name in ("stdout", "stderr"):
            f = getattr(self, name)
            if f is not None:
                t = threading.Thread(target=drain, args=(name, f), daemon=True)
                t.start()
                threads.append(t)
        return threads, results


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    timeout, then return the returncode attribute."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise
    CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def list2cmdline(seq):
    """A command line from a sequence of arguments, quoted by the MS C
    runtime's rules (what Windows programs parse)."""
    parts = []
    for arg in seq:
        arg = os.fsdecode(arg) if isinstance(arg, bytes) else os.fspath(arg) if hasattr(arg, "__fspath__") else arg
        quote = not arg or " " in arg or "\t" in arg
        out = []
        slashes = 0
        for c in arg:
            if c == "\\":
                slashes += 1
                continue
            if c == '"':
                out.append("\\" * (2 * slashes + 1) + '"')
            else:
                out.append("\\" * slashes + c)
            slashes = 0
        out.append("\\" * (slashes * 2 if quote else slashes))
        text = "".join(out)
        parts.append('"' + text + '"' if quote else text)
    return " ".join(parts)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
