//! Free-threading stress: 16 Rust threads run Python code (through
//! `weft::embed`) against shared dicts, lists, sets, bytearrays, instance
//! and class attributes, function attributes, cells and shared iterators.
//! Each test runs for `WEFT_STRESS_SECS` seconds (default 5; fractions
//! allowed) and then checks the exact final state, or, for the
//! mutation-during-iteration tests, that only CPython's documented
//! exceptions were raised. Run in release mode (`cargo test --release
//! --test thread_stress`); DESIGN.md#type-safety lists what is covered.

use std::sync::{Arc, Barrier};
use std::thread;
use std::time::{Duration, Instant};

use weft::embed::{PyError, PyHandle, Runtime};

const THREADS: usize = 16;

fn duration() -> Duration {
    let secs: f64 = std::env::var("WEFT_STRESS_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(5.0);
    // Debug builds are ~20x slower: keep `cargo test` (debug) short.
    let secs = if cfg!(debug_assertions) { secs.min(0.5) } else { secs };
    Duration::from_secs_f64(secs)
}

/// Runs `source` as a fresh module (tests run concurrently in one process,
/// so each gets its own namespace).
fn module(name: &str, source: &str) -> PyHandle {
    let rt = Runtime::new();
    match rt.run_module_source(name, source) {
        Ok(m) => m,
        Err(e) => panic!("{e:?}"),
    }
}

fn func(m: &PyHandle, name: &str) -> PyHandle {
    m.getattr(name).unwrap()
}

/// Starts `n` threads at once; thread `t` calls `f(t)` until the deadline
/// (f returns false to stop early). Returns each thread's call count.
fn run_for<F>(n: usize, dur: Duration, f: F) -> Vec<u64>
where
    F: Fn(usize, u64) -> Result<bool, PyError> + Send + Sync + 'static,
{
    let f = Arc::new(f);
    let barrier = Arc::new(Barrier::new(n));
    let hs: Vec<_> = (0..n)
        .map(|t| {
            let (f, barrier) = (f.clone(), barrier.clone());
            thread::spawn(move || {
                barrier.wait();
                let start = Instant::now();
                let mut calls = 0u64;
                while start.elapsed() < dur {
                    match f(t, calls) {
                        Ok(true) => calls += 1,
                        Ok(false) => break,
                        Err(e) => panic!("thread {t}: {e:?}"),
                    }
                }
                calls
            })
        })
        .collect();
    hs.into_iter().map(|h| h.join().expect("stress thread panicked")).collect()
}

fn check(m: &PyHandle, what: &str, counts: &[u64]) {
    let r: String = match func(m, "check").call((counts.to_vec(),)) {
        Ok(r) => r.extract().unwrap(),
        Err(e) => panic!("{what}: check raised {e:?}"),
    };
    assert_eq!(r, "ok", "{what}: counts {counts:?}");
}

const CONTAINERS: &str = r#"
N = 20
d = {}
lst = []
s = set()
shared_set = set()
buckets = {}
sd = {}
class Obj:
    pass
o = Obj()

def step(tid, b):
    for i in range(b * N, b * N + N):
        d[(tid, i)] = i
        lst.append((tid, i))
        s.add((tid, i))
        shared_set.add(i % 257)
        buckets.setdefault(i % 64, []).append(1)
        sd.setdefault(i % 100, (tid, i))
        setattr(o, "a%d" % tid, i)
        o.shared = (tid, i)
        if i % 3 == 0:
            del d[(tid, i)]
            s.discard((tid, i))
            setattr(o, "t%d" % tid, i)
            delattr(o, "t%d" % tid)
        if d.pop((tid, -1), None) is not None:
            raise AssertionError("popped a key nobody stored")

def check(counts):
    errs = []
    total = sum(counts) * N
    if len(lst) != total:
        errs.append("list has %d items, want %d" % (len(lst), total))
    per = {}
    for t, i in lst:
        per.setdefault(t, []).append(i)
    for t, c in enumerate(counts):
        if per.get(t, []) != list(range(c * N)):
            errs.append("list items of thread %d lost, duplicated or reordered" % t)
    want = {(t, i): i for t, c in enumerate(counts) for i in range(c * N) if i % 3}
    if d != want:
        errs.append("dict: %d keys, want %d" % (len(d), len(want)))
    if s != set(want):
        errs.append("set: %d items, want %d" % (len(s), len(want)))
    most = max(counts) * N
    if shared_set != set(range(min(257, most))):
        errs.append("shared set %r" % (sorted(shared_set)[:5],))
    if sum(len(v) for v in buckets.values()) != total:
        errs.append("setdefault+append lost %d" % (total - sum(len(v) for v in buckets.values())))
    if sorted(sd) != list(range(min(100, most))):
        errs.append("setdefault keys")
    for k, (t, i) in sd.items():
        if i % 100 != k:
            errs.append("setdefault value")
    for t, c in enumerate(counts):
        if c and getattr(o, "a%d" % t) != c * N - 1:
            errs.append("o.a%d = %r, want %d" % (t, getattr(o, "a%d" % t), c * N - 1))
    if o.shared not in [(t, c * N - 1) for t, c in enumerate(counts) if c]:
        errs.append("o.shared = %r is no thread's last write" % (o.shared,))
    if any(k.startswith("t") for k in o.__dict__):
        errs.append("a deleted attribute survived")
    if len(o.__dict__) != 1 + sum(1 for c in counts if c):
        errs.append("o.__dict__ keys %r" % (sorted(o.__dict__),))
    return "; ".join(errs) or "ok"
"#;

#[test]
fn shared_containers_end_in_exact_state() {
    let m = module("stress_containers", CONTAINERS);
    let step = func(&m, "step");
    let counts = run_for(THREADS, duration(), move |t, b| step.call((t, b)).map(|_| true));
    assert!(counts.iter().all(|&c| c > 0), "a thread never ran: {counts:?}");
    check(&m, "containers", &counts);
}

const MUTATION: &str = r#"
lst = list(range(50))
d = {i: i for i in range(50)}
s = set(range(50))
ba = bytearray(b"ab" * 50)
class Obj:
    pass
o = Obj()
for i in range(20):
    setattr(o, "x%d" % i, i)

def mutate(tid, b):
    base = 1000 * (tid + 1)
    for i in range(20):
        k = base + (b * 20 + i) % 100
        lst.append(i)
        lst.insert(i % 7, i)
        lst[i % 5 : i % 5 + 2] = [i, i, i]
        for _ in range(3):
            try:
                lst.pop()
            except IndexError:
                pass
        if i % 5 == 0:
            lst.extend([i] * 4)
            del lst[:4]
        d[k] = i
        d.pop(k - 50, None)
        s.add(k)
        s.discard(k - 50)
        ba.extend(b"xy")
        del ba[:2]
        ba[i % 10] = 65
        setattr(o, "y%d" % tid, i)
        if i % 2:
            delattr(o, "y%d" % tid)
    if len(lst) > 400:
        del lst[200:]

errors = {}

def note(e):
    key = type(e).__name__ + ": " + str(e)
    errors[key] = errors.get(key, 0) + 1

def read(tid, b):
    for x in lst:
        if type(x) is not int:
            raise AssertionError("list item %r" % (x,))
    lst[:10]
    lst[::3]
    len(repr(lst))
    try:
        for k in d:
            pass
    except RuntimeError as e:
        note(e)
    try:
        for k, v in d.items():
            pass
    except RuntimeError as e:
        note(e)
    try:
        for k in s:
            pass
    except RuntimeError as e:
        note(e)
    list(d.values())
    d.copy()
    s.copy()
    sorted(s)
    k = list(d)
    len(k)
    tuple(d.items())
    sorted(d.values())
    3 in s
    bytes(ba)
    ba.find(b"xy")
    len(o.__dict__)
    vars(o).copy()
    dir(o)
    if tid % 4 == 1:
        try:
            lst.sort()
        except ValueError as e:
            note(e)
    if tid % 4 == 3:
        c = lst.copy()
        c.sort(key=lambda x: -x)
    return True

ALLOWED = {
    "RuntimeError: dictionary changed size during iteration",
    "RuntimeError: Set changed size during iteration",
    "ValueError: list modified during sort",
}

def check(counts):
    bad = [k for k in errors if k not in ALLOWED]
    if bad:
        return "unexpected errors %r" % bad
    if any(type(x) is not int for x in lst):
        return "list corrupted"
    if len(ba) != 100 or ba.count(b"x") + ba.count(b"y") + ba.count(b"a") + ba.count(b"b") + ba.count(b"A") != 100:
        return "bytearray %r" % (ba,)
    return "ok"
"#;

#[test]
fn iteration_during_mutation_never_crashes() {
    let m = module("stress_mutation", MUTATION);
    let mutate = func(&m, "mutate");
    let read = func(&m, "read");
    let counts = run_for(THREADS, duration(), move |t, b| {
        if t % 2 == 0 {
            mutate.call((t, b)).map(|_| true)
        } else {
            read.call((t, b)).map(|_| true)
        }
    });
    check(&m, "mutation", &counts);
    let seen: String = m.getattr("errors").unwrap().repr().unwrap();
    eprintln!("iteration during mutation: calls {counts:?}, caught {seen}");
}

const ITERATORS: &str = r#"
KINDS = ["list", "tuple", "range", "str", "dict", "dict_items", "set", "enumerate",
         "zip", "map", "filter", "reversed", "gen", "iter_seq"]
N = 4000

class Seq:
    def __getitem__(self, i):
        if i >= N:
            raise IndexError(i)
        return i

def make(kind):
    if kind == "list":
        return iter(list(range(N)))
    if kind == "tuple":
        return iter(tuple(range(N)))
    if kind == "range":
        return iter(range(N))
    if kind == "str":
        return iter("".join(chr(0x4e00 + i) for i in range(N)))
    if kind == "dict":
        return iter({i: None for i in range(N)})
    if kind == "dict_items":
        return iter({i: i for i in range(N)}.items())
    if kind == "set":
        return iter(set(range(N)))
    if kind == "enumerate":
        return enumerate(range(N))
    if kind == "zip":
        return zip(range(N), range(N))
    if kind == "map":
        return map(lambda x: x, range(N))
    if kind == "filter":
        return filter(None, range(1, N + 1))
    if kind == "reversed":
        return reversed(list(range(N)))
    if kind == "gen":
        return (x for x in range(N))
    if kind == "iter_seq":
        return iter(Seq())

def expected(kind):
    if kind == "str":
        return sorted(chr(0x4e00 + i) for i in range(N))
    if kind in ("dict_items", "enumerate", "zip"):
        return sorted((i, i) for i in range(N))
    if kind == "filter":
        return list(range(1, N + 1))
    return list(range(N))

busy = 0

def consume(it):
    out = []
    while True:
        try:
            x = next(it)
        except StopIteration:
            break
        except ValueError as e:
            if str(e) != "generator already executing":
                raise
            global busy
            busy += 1
            continue
        out.append(x)
    return out

def check_kind(kind, outs):
    if kind in ("enumerate", "zip"):
        # The count (or each inner iterator) advances atomically, but the
        # pair is not one atomic step (nor in CPython): check each column.
        for col in (0, 1):
            got = sorted(x[col] for o in outs for x in o)
            if got != list(range(N)):
                return "%s column %d: %d items" % (kind, col, len(got))
        return "ok"
    got = sorted(x for o in outs for x in o)
    if got != expected(kind):
        return "%s: %d items, want %d, first %r" % (kind, len(got), len(expected(kind)), got[:3])
    return "ok"
"#;

#[test]
fn shared_iterators_yield_each_item_once() {
    let m = module("stress_iterators", ITERATORS);
    let kinds: Vec<String> = m.getattr("KINDS").unwrap().extract().unwrap();
    let make = func(&m, "make");
    let consume = func(&m, "consume");
    let check_kind = func(&m, "check_kind");
    let start = Instant::now();
    let dur = duration();
    let mut rounds = 0;
    let mut failures = Vec::new();
    'outer: loop {
        for kind in &kinds {
            let it = make.call((kind.as_str(),)).unwrap();
            let barrier = Arc::new(Barrier::new(THREADS));
            let hs: Vec<_> = (0..THREADS)
                .map(|_| {
                    let (it, consume, barrier) = (it.clone(), consume.clone(), barrier.clone());
                    thread::spawn(move || {
                        barrier.wait();
                        consume.call((it,)).unwrap_or_else(|e| panic!("{e:?}"))
                    })
                })
                .collect();
            let outs: Vec<PyHandle> = hs.into_iter().map(|h| h.join().unwrap()).collect();
            let r: String = check_kind.call((kind.as_str(), outs)).unwrap().extract().unwrap();
            if r != "ok" {
                failures.push(r);
            }
            if start.elapsed() >= dur {
                break 'outer;
            }
        }
        rounds += 1;
    }
    let busy: i64 = m.getattr("busy").unwrap().extract().unwrap();
    eprintln!("shared iterators: {rounds} full rounds; 'generator already executing' raised {busy} times");
    assert!(failures.is_empty(), "{failures:?}");
}

const ATTRS: &str = r#"
class K:
    v = -1
    p = -1
    def m(self):
        return -1
k = K()

def f(a=-1):
    return a

def make_cell():
    c = -1
    def get():
        return c
    def put(v):
        nonlocal c
        c = v
    return get, put
cget, cput = make_cell()

def write(i):
    K.v = i
    # A plain value and a data descriptor in turn: cached lookups must
    # notice the change of kind as well as of value.
    K.p = property(lambda self, i=i: i) if i % 2 else i
    K.m = lambda self, i=i: i
    f.__defaults__ = (i,)
    cput(i)

last = {}

def read(tid, n):
    # Values written by the single writer only grow: a reader must never
    # see an older value after a newer one (no stale type-cache entry).
    seen = last.get(tid, (-1, -1, -1, -1, -1))
    for _ in range(n):
        now = (k.v, k.m(), f(), cget(), k.p)
        for a, b in zip(seen, now):
            if b < a:
                raise AssertionError("went back from %r to %r" % (seen, now))
        seen = now
    last[tid] = seen
    return seen

def final(i):
    return (k.v, k.m(), f(), cget(), k.p) == (i, i, i, i, i)
"#;

#[test]
fn class_function_and_cell_attributes_stay_consistent() {
    let m = module("stress_attrs", ATTRS);
    let write = func(&m, "write");
    let read = func(&m, "read");
    let counts = run_for(THREADS, duration(), move |t, b| {
        if t == 0 {
            write.call((b as i64,)).map(|_| true)
        } else {
            read.call((t, 20)).map(|_| true)
        }
    });
    let last = counts[0] as i64 - 1;
    let ok: bool = func(&m, "final").call((last,)).unwrap().extract().unwrap();
    assert!(ok, "after the writer stopped, readers do not see its last write {last}");
    eprintln!("attributes: writer made {} writes, readers {:?}", counts[0], &counts[1..]);
}

const PRINT_LINES: usize = 400;

/// The child half of `print_from_many_threads_writes_whole_lines` (does
/// nothing unless that test started this process).
#[test]
fn print_child() {
    if std::env::var_os("WEFT_PRINT_CHILD").is_none() {
        return;
    }
    let m = module(
        "stress_print",
        "def out(t, i):\n    print('line', t, i, 'x' * (t * 7 % 50), 'end', sep=':')\n",
    );
    let out = func(&m, "out");
    run_for(THREADS, Duration::from_secs(60), move |t, i| {
        if i as usize >= PRINT_LINES {
            return Ok(false);
        }
        out.call((t, i)).map(|_| true)
    });
    weft::builtins::io::flush_stdout();
}

#[test]
fn print_from_many_threads_writes_whole_lines() {
    if std::env::var_os("WEFT_PRINT_CHILD").is_some() {
        return;
    }
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .args(["--exact", "print_child", "--nocapture", "--test-threads=1"])
        .env("WEFT_PRINT_CHILD", "1")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut seen = vec![vec![false; PRINT_LINES]; THREADS];
    for line in text.lines().filter(|l| l.contains("line:") || l.contains(":end")) {
        // The harness prints "test print_child ... " without a newline.
        let line = line.strip_prefix("test print_child ... ").unwrap_or(line);
        let parts: Vec<&str> = line.split(':').collect();
        assert_eq!(parts.len(), 5, "torn line {line:?}");
        assert_eq!((parts[0], parts[4]), ("line", "end"), "torn line {line:?}");
        let (t, i): (usize, usize) = (parts[1].parse().unwrap(), parts[2].parse().unwrap());
        assert_eq!(parts[3], "x".repeat(t * 7 % 50), "torn line {line:?}");
        assert!(!seen[t][i], "line printed twice: {line:?}");
        seen[t][i] = true;
    }
    assert!(seen.iter().all(|v| v.iter().all(|&b| b)), "lines missing");
}

#[test]
fn file_writes_from_many_threads_are_whole() {
    let path = std::env::temp_dir().join(format!("weft_stress_{}.txt", std::process::id()));
    let m = module(
        "stress_file",
        "def opened(p):\n    return open(p, 'w')\ndef put(f, t, i):\n    f.write('w:%d:%d:%s:end\\n' % (t, i, 'y' * (t * 13 % 70)))\n",
    );
    let f = func(&m, "opened").call((path.to_str().unwrap(),)).unwrap();
    let put = func(&m, "put");
    let f2 = f.clone();
    run_for(THREADS, Duration::from_secs(60), move |t, i| {
        if i >= 300 {
            return Ok(false);
        }
        put.call((&f2, t, i)).map(|_| true)
    });
    f.call_method("close", ()).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let _ = std::fs::remove_file(&path);
    let mut n = 0;
    for line in text.lines() {
        let parts: Vec<&str> = line.split(':').collect();
        assert_eq!(parts.len(), 5, "torn write {line:?}");
        let t: usize = parts[1].parse().unwrap();
        assert_eq!(parts[3], "y".repeat(t * 13 % 70), "torn write {line:?}");
        n += 1;
    }
    assert_eq!(n, THREADS * 300);
}

const FLOATS: &str = r#"
q = []
made = {}
taken = {}

def produce(tid, b):
    total = 0.0
    for i in range(50):
        x = float(b * 50 + i) + 0.5
        q.append(x)
        total += x
    made[tid] = made.get(tid, 0.0) + total

def consume(tid, b):
    total = 0.0
    for _ in range(50):
        try:
            x = q.pop()
        except IndexError:
            break
        total += x * 2.0 - x
    taken[tid] = taken.get(tid, 0.0) + total

def check(counts):
    want = sum(made.values())
    got = sum(taken.values()) + sum(q)
    return "ok" if want == got else "made %r, taken + left %r" % (want, got)
"#;

#[test]
fn floats_made_and_freed_on_different_threads() {
    // Floats allocated by producers are freed by consumers (free lists and
    // reclamation across threads); the sums must balance exactly.
    let m = module("stress_floats", FLOATS);
    let produce = func(&m, "produce");
    let consume = func(&m, "consume");
    let counts = run_for(THREADS, duration(), move |t, b| {
        if t % 2 == 0 {
            produce.call((t, b)).map(|_| true)
        } else {
            consume.call((t, b)).map(|_| true)
        }
    });
    check(&m, "floats", &counts);
}
