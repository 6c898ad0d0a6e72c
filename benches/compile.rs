//! Compile throughput: `weft::compile::compile` on a generated 10,000-line
//! program of ordinary code (functions, classes, loops, comprehensions,
//! try blocks, string formatting). Reports lines/s and MB/s for the best
//! of several runs.
//!
//! ```text
//! cargo bench --bench compile                      # human-readable figures
//! cargo bench --bench compile -- --write FILE.py   # write the program only
//! cargo bench --bench compile -- --best-seconds    # print best time (scripts)
//! ```
//!
//! `scripts/bench-compile` runs this side by side with CPython 3.13's
//! `compile()` on the same file and prints the ratio.

use std::time::{Duration, Instant};

/// Lines in the generated program (at least; it ends on a whole block).
const TARGET_LINES: usize = 10_000;
const RUNS: usize = 5;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let src = generate(TARGET_LINES);
    if let Some(i) = args.iter().position(|a| a == "--write") {
        let path = args.get(i + 1).expect("--write needs a path");
        std::fs::write(path, &src).expect("write program");
        return;
    }
    let lines = src.lines().count();
    if args.iter().any(|a| a == "--phases") {
        // The parser (ruff) is a fixed cost: its share bounds what the
        // compiler proper can gain.
        let mut parse = Duration::MAX;
        let mut total = Duration::MAX;
        for _ in 0..RUNS {
            let t = Instant::now();
            let parsed = ruff_python_parser::parse_module(&src).expect("parses");
            drop(parsed);
            parse = parse.min(t.elapsed());
            let t = Instant::now();
            drop(weft::compile::compile(&src, "bench.py", weft::compile::Mode::Exec).expect("compiles"));
            total = total.min(t.elapsed());
        }
        println!(
            "parse (ruff, incl. drop) {:.2} ms; whole compile {:.2} ms; parse share {:.0}%",
            parse.as_secs_f64() * 1e3,
            total.as_secs_f64() * 1e3,
            100.0 * parse.as_secs_f64() / total.as_secs_f64()
        );
        return;
    }
    // Warm up (and check the program compiles at all).
    if let Err(e) = weft::compile::compile(&src, "bench.py", weft::compile::Mode::Exec) {
        eprintln!("compile failed: {:?}", e);
        std::process::exit(1);
    }
    let mut best = Duration::MAX;
    for _ in 0..RUNS {
        let t = Instant::now();
        let code = weft::compile::compile(&src, "bench.py", weft::compile::Mode::Exec).expect("compiles");
        let el = t.elapsed();
        drop(code);
        best = best.min(el);
    }
    let secs = best.as_secs_f64();
    if args.iter().any(|a| a == "--best-seconds") {
        println!("{:.6}", secs);
        return;
    }
    println!(
        "compile: {} lines, {:.1} KB: best of {} {:.2} ms = {:.0} lines/s, {:.1} MB/s",
        lines,
        src.len() as f64 / 1024.0,
        RUNS,
        secs * 1e3,
        lines as f64 / secs,
        src.len() as f64 / secs / 1e6
    );
}

/// Deterministic pseudo-random numbers (no dependency, same program on
/// every machine).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() as usize) % xs.len()]
    }
}

/// A realistic module of at least `target` lines, built from varied blocks.
pub fn generate(target: usize) -> String {
    let mut rng = Lcg(0x5eed);
    let mut out = String::from(
        "\"\"\"Generated benchmark module for compile throughput.\"\"\"\n\
         import os\nimport sys\nfrom collections import defaultdict, OrderedDict\n\n\n",
    );
    let names = ["alpha", "beta", "gamma", "delta", "items", "records", "values", "table", "count", "total"];
    let ops = ["+", "-", "*", "//", "%"];
    let mut n = 0usize;
    let mut lines = out.lines().count();
    while lines < target {
        let a = rng.pick(&names);
        let mut b = rng.pick(&names);
        while b == a {
            b = rng.pick(&names);
        }
        let op = rng.pick(&ops);
        let k = rng.next() % 100;
        let block = match n % 6 {
            0 => format!(
                "def compute_{n}({a}, {b}_x=None, *args, scale={k}, **options):\n\
                 \x20   \"\"\"Compute something from {a}.\"\"\"\n\
                 \x20   result = 0\n\
                 \x20   for index, item in enumerate({a}):\n\
                 \x20       if item is None:\n\
                 \x20           continue\n\
                 \x20       elif index % 3 == 0 and item > {k}:\n\
                 \x20           result += item {op} scale\n\
                 \x20       else:\n\
                 \x20           result -= len(str(item))\n\
                 \x20   while result > 1000:\n\
                 \x20       result //= 2\n\
                 \x20   return result if {b}_x is None else ({b}_x, result)\n\n\n"
            ),
            1 => format!(
                "class Model{n}(object):\n\
                 \x20   kind = \"model_{n}\"\n\
                 \x20   limit = {k}\n\n\
                 \x20   def __init__(self, {a}, {b}=()):\n\
                 \x20       self.{a} = {a}\n\
                 \x20       self.extra = list({b})\n\
                 \x20       self._cache = {{}}\n\n\
                 \x20   def describe(self):\n\
                 \x20       return f\"{{self.kind}}<{{self.{a}!r}}, {{len(self.extra):>4}}>\"\n\n\
                 \x20   @property\n\
                 \x20   def size(self):\n\
                 \x20       return sum(x {op} 1 for x in self.extra if x)\n\n\
                 \x20   def update(self, **changes):\n\
                 \x20       for key, value in changes.items():\n\
                 \x20           setattr(self, key, value)\n\
                 \x20       return self\n\n\n"
            ),
            2 => format!(
                "def transform_{n}(rows):\n\
                 \x20   squares = [r * r for r in rows if r % 2 == 0]\n\
                 \x20   lookup = {{str(r): r {op} {k} for r in rows}}\n\
                 \x20   unique = {{r % 7 for r in rows}}\n\
                 \x20   pairs = [(x, y) for x in squares for y in unique if x != y]\n\
                 \x20   groups = defaultdict(list)\n\
                 \x20   for x, y in pairs:\n\
                 \x20       groups[y].append(x)\n\
                 \x20   return sorted(groups.items(), key=lambda kv: (len(kv[1]), kv[0]))\n\n\n"
            ),
            3 => format!(
                "def load_{n}(path, default=None):\n\
                 \x20   try:\n\
                 \x20       with open(path, encoding=\"utf-8\") as handle:\n\
                 \x20           data = handle.read().splitlines()\n\
                 \x20   except FileNotFoundError:\n\
                 \x20       return default\n\
                 \x20   except (ValueError, OSError) as exc:\n\
                 \x20       print(\"error: %s (%d)\" % (exc, {k}), file=sys.stderr)\n\
                 \x20       raise RuntimeError(\"cannot load\") from exc\n\
                 \x20   else:\n\
                 \x20       {a} = [line.strip() for line in data]\n\
                 \x20   finally:\n\
                 \x20       print(\"loaded {{}}\".format(path))\n\
                 \x20   return {a}\n\n\n"
            ),
            4 => format!(
                "{a}_{n} = {{\"name\": \"{b}\", \"size\": {k}, \"tags\": [\"x\", \"y\", \"z\"], \"ratio\": {k}.5}}\n\
                 {b}_{n} = ({k}, {k} {op} 3, \"{a}\" * 2, None, True)\n\
                 if {a}_{n}[\"size\"] > {k} // 2 or not {b}_{n}:\n\
                 \x20   {a}_{n}[\"big\"] = True\n\
                 first_{n}, *rest_{n} = {b}_{n}\n\n\n"
            ),
            _ => format!(
                "def walk_{n}(tree, depth=0):\n\
                 \x20   def visit(node, path):\n\
                 \x20       nonlocal depth\n\
                 \x20       depth += 1\n\
                 \x20       if isinstance(node, dict):\n\
                 \x20           for key in node:\n\
                 \x20               yield from visit(node[key], path + (key,))\n\
                 \x20       elif isinstance(node, (list, tuple)):\n\
                 \x20           for i, child in enumerate(node):\n\
                 \x20               yield from visit(child, (*path, i))\n\
                 \x20       else:\n\
                 \x20           yield \"/\".join(map(str, path)), node {op} {k}\n\
                 \x20   return dict(visit(tree, ()))\n\n\n"
            ),
        };
        lines += block.lines().count();
        out.push_str(&block);
        n += 1;
    }
    out
}
