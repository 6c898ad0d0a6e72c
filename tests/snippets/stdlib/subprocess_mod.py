import subprocess, sys, os

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__module__, type(e).__name__ + ":", e)

print(subprocess.run(["echo", "hi"], capture_output=True))
print(subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True))
r = subprocess.run(["sh", "-c", "printf 'a\\r\\nb\\rc\\n'"], stdout=subprocess.PIPE, text=True)
print(repr(r.stdout), r.returncode, r.stderr)
show(subprocess.run, ["sh", "-c", "exit 2"], check=True)
show(subprocess.check_output, ["false"])
show(subprocess.run, ["nosuchcmd_xyz_weft"])
try:
    subprocess.run(["sleep", "5"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("timed out:", e.cmd, e.timeout <= 0.3, e.output)
print(subprocess.check_output("echo $((1+2))", shell=True), subprocess.call(["true"]), subprocess.check_call(["true"]))
print(subprocess.check_output(["cat"], input=b"fed in"), subprocess.check_output(["cat"], input="text in", text=True))
print(subprocess.getoutput("echo a; echo b"), subprocess.getstatusoutput("echo x; exit 4"))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b"data"), p.returncode, p.args, p.poll(), p.wait())
p = subprocess.Popen(["sh", "-c", "read x; echo got $x; echo warn >&2"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
out, err = p.communicate("hello\n")
print(repr(out), repr(err), p.returncode)
with subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo line$i; done"], stdout=subprocess.PIPE) as p:
    for line in p.stdout:
        print("read", line)
print("exit", p.returncode)
p = subprocess.Popen(["sh", "-c", "echo one; echo two"], stdout=subprocess.PIPE, text=True)
print(repr(p.stdout.readline()), repr(p.stdout.read()), p.wait())
p = subprocess.Popen(["sleep", "10"])
print(p.poll())
p.terminate()
print(p.wait(), p.returncode)
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
show(p.wait, timeout=0.1)
p.kill(); p.wait()
print(subprocess.run(["sh", "-c", "kill -9 $$"]).returncode)
print(subprocess.run("echo x 1>&2", shell=True, stderr=subprocess.STDOUT, stdout=subprocess.PIPE).stdout)
print(subprocess.run(["sh", "-c", "echo $WEFT_T"], env={"WEFT_T": "from env", "PATH": os.environ.get("PATH", "")}, capture_output=True).stdout)
print(subprocess.run(["pwd"], cwd="/", capture_output=True).stdout)
print(subprocess.run(["echo", "quiet"], stdout=subprocess.DEVNULL).stdout)
print(subprocess.run([sys.executable, "-c", "print(6 * 7)"], capture_output=True).stdout)
big = subprocess.run(["sh", "-c", "i=0; while [ $i -lt 20000 ]; do echo 0123456789; i=$((i+1)); done; echo done >&2"],
                     capture_output=True)
print(len(big.stdout), big.stderr)
e = subprocess.CalledProcessError(1, ["x"], b"o", b"e"); print(e, repr(e.output), e.stdout, e.stderr)
print(subprocess.CalledProcessError(-9, "cmd"))
e = subprocess.TimeoutExpired(["x"], 1.5); print(e, e.timeout, e.stdout)
print(subprocess.CompletedProcess(["a"], 0), subprocess.CompletedProcess(["a"], 0, "o", "e"))
show(subprocess.CompletedProcess(["a"], 5).check_returncode)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL, subprocess.SubprocessError.__mro__)
print(subprocess.list2cmdline(["a b", "c", 'say "hi"', "back\\slash\\", ""]))
show(subprocess.run, ["echo"], input=b"x", stdin=subprocess.PIPE)
show(subprocess.run, ["echo"], capture_output=True, stdout=subprocess.PIPE)
show(subprocess.check_output, ["echo"], stdout=subprocess.PIPE)
