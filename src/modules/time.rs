//! Design: DESIGN.md#modules
//!
//! The `time` module: clocks (`time`, `monotonic`, `perf_counter`,
//! `process_time` and their `_ns` forms), `sleep` (the thread is detached
//! while it sleeps, so it holds up neither reclamation nor a stop-the-world), and
//! calendar conversions. Local time is UTC (weft reads no time-zone
//! database yet): `localtime` == `gmtime`, `timezone` == 0.

#![forbid(unsafe_code)]

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::error::{PyErr, PyResult};
use crate::modules::structseq::{self, StructSeqDesc, STRUCT_TIME_TYPE};
use crate::object::typeobj::{MethodDef, MethodKind};
use crate::object::{float, int, ops, str as pystr, tuple, Value};
use crate::sync::OnceLock;

fn no_args(name: &str, args: &[Value], kw: Option<&Value>) -> PyResult<()> {
    if kw.and_then(tuple::items).is_some_and(|k| !k.is_empty()) {
        return Err(PyErr::type_error(format!("time.{}() takes no keyword arguments", name)));
    }
    if !args.is_empty() {
        return Err(PyErr::type_error(format!("time.{}() takes no arguments ({} given)", name, args.len())));
    }
    Ok(())
}

fn max_args(name: &str, args: &[Value], kw: Option<&Value>, max: usize) -> PyResult<()> {
    if kw.and_then(tuple::items).is_some_and(|k| !k.is_empty()) {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", name)));
    }
    if args.len() > max {
        return Err(PyErr::type_error(format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            args.len()
        )));
    }
    Ok(())
}

fn since_epoch() -> Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn base_instant() -> Instant {
    static BASE: OnceLock<Instant> = OnceLock::new();
    *BASE.get_or_init(Instant::now)
}

/// Nanoseconds on the monotonic clock (from an arbitrary start).
pub fn monotonic_ns() -> u128 {
    // Offset by a day so values look like CPython's (never near zero).
    base_instant().elapsed().as_nanos() + 86_400_000_000_000
}

/// CPU time of the process in nanoseconds (from /proc; 0 if unavailable).
fn process_time_ns() -> u128 {
    let Ok(s) = std::fs::read_to_string("/proc/self/stat") else { return 0 };
    // Fields after the parenthesised command name: state is field 3;
    // utime and stime are fields 14 and 15 (clock ticks, 100 Hz).
    let Some(rest) = s.rfind(')').map(|i| &s[i + 2..]) else { return 0 };
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u128 = f.get(11).and_then(|x| x.parse().ok()).unwrap_or(0u128)
        + f.get(12).and_then(|x| x.parse().ok()).unwrap_or(0u128);
    ticks * 10_000_000
}

fn ns_value(ns: u128) -> Value {
    Value::from_bigint(num_bigint::BigInt::from(ns))
}

fn t_time(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_args("time", a, k)?;
    Ok(Value::from_f64(since_epoch().as_secs_f64()))
}
fn t_time_ns(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_args("time_ns", a, k)?;
    Ok(ns_value(since_epoch().as_nanos()))
}
fn t_monotonic(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_args("monotonic", a, k)?;
    Ok(Value::from_f64(monotonic_ns() as f64 / 1e9))
}
fn t_monotonic_ns(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_args("monotonic_ns", a, k)?;
    Ok(ns_value(monotonic_ns()))
}
fn t_perf_counter(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_args("perf_counter", a, k)?;
    Ok(Value::from_f64(monotonic_ns() as f64 / 1e9))
}
fn t_perf_counter_ns(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_args("perf_counter_ns", a, k)?;
    Ok(ns_value(monotonic_ns()))
}
fn t_process_time(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_args("process_time", a, k)?;
    Ok(Value::from_f64(process_time_ns() as f64 / 1e9))
}
fn t_process_time_ns(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    no_args("process_time_ns", a, k)?;
    Ok(ns_value(process_time_ns()))
}

/// Seconds from a float or int argument (`sleep`, `gmtime`).
fn secs_arg(v: &Value) -> PyResult<f64> {
    if let Some(x) = float::as_float(v) {
        return Ok(x);
    }
    if int::int_ref(v).is_some() {
        return int::int_to_f64(v);
    }
    let i = ops::index(v)?;
    int::int_to_f64(&i)
}

fn t_sleep(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    if a.len() != 1 || k.and_then(tuple::items).is_some_and(|k| !k.is_empty()) {
        return Err(PyErr::type_error(format!("time.sleep() takes exactly one argument ({} given)", a.len())));
    }
    let s = secs_arg(&a[0])?;
    if s.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    if s > 9.2e9 {
        return Err(PyErr::overflow_error("sleep length is too large"));
    }
    // A SIGINT on the main thread cuts the sleep short (KeyboardInterrupt).
    crate::vm::signals::sleep(Duration::from_secs_f64(s))?;
    Ok(Value::none())
}

/// Sleeps with the thread detached (`vm::thread::detached`: other threads'
/// reclamation and stop-the-world do not wait for it).
pub fn sleep_detached(d: Duration) {
    crate::vm::thread::detached(|| std::thread::sleep(d));
}

// ---- calendar -----------------------------------------------------------------------

/// Broken-down UTC time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tm {
    pub year: i64,
    /// 1..=12
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    /// Monday = 0
    pub wday: i64,
    /// 1..=366
    pub yday: i64,
}

#[cfg(test)]
fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Civil date of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

pub fn gmtime(secs: i64) -> Tm {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (year, mon, mday) = civil_from_days(days);
    let yday = days - days_from_civil(year, 1, 1) + 1;
    Tm {
        year,
        mon,
        mday,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        wday: (days + 3).rem_euclid(7),
        yday,
    }
}

static STRUCT_TIME_DESC: StructSeqDesc = StructSeqDesc {
    repr_name: "time.struct_time",
    fields: &[
        "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone",
        "tm_gmtoff",
    ],
    visible: 9,
};

pub fn struct_time(t: &Tm) -> Value {
    let i = Value::from_i64;
    structseq::new_structseq(
        &STRUCT_TIME_TYPE,
        &STRUCT_TIME_DESC,
        vec![
            i(t.year),
            i(t.mon),
            i(t.mday),
            i(t.hour),
            i(t.min),
            i(t.sec),
            i(t.wday),
            i(t.yday),
            i(0),
            pystr::new_str("UTC"),
            i(0),
        ],
    )
}

fn secs_or_now(name: &str, a: &[Value], k: Option<&Value>) -> PyResult<i64> {
    max_args(name, a, k, 1)?;
    match a.first() {
        None => Ok(since_epoch().as_secs() as i64),
        Some(v) if v.is_none() => Ok(since_epoch().as_secs() as i64),
        Some(v) => {
            let s = secs_arg(v)?;
            if !s.is_finite() {
                return Err(PyErr::value_error(if s.is_nan() { "Invalid value NaN (not a number)" } else { "cannot convert float infinity to integer" }));
            }
            let f = s.floor();
            if !(-9.2e18..9.2e18).contains(&f) {
                return Err(PyErr::overflow_error("timestamp out of range for platform time_t"));
            }
            let secs = f as i64;
            if !(-67_768_040_609_740_800..=67_768_036_191_676_799).contains(&secs) {
                return Err(PyErr::os_error("Value too large for defined data type"));
            }
            Ok(secs)
        }
    }
}

fn t_gmtime(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    Ok(struct_time(&gmtime(secs_or_now("gmtime", a, k)?)))
}
fn t_localtime(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    Ok(struct_time(&gmtime(secs_or_now("localtime", a, k)?)))
}

/// A struct_time or 9-tuple argument.
fn tm_arg(name: &str, v: &Value) -> PyResult<Tm> {
    let items = ops::collect(v)?;
    if tuple::items(v).is_none() || items.len() < 9 {
        if tuple::items(v).is_none() {
            return Err(PyErr::type_error("Tuple or struct_time argument required"));
        }
        return Err(PyErr::type_error(format!("{}(): illegal time tuple argument", name)));
    }
    let mut f = [0i64; 9];
    for (i, x) in items.iter().take(9).enumerate() {
        f[i] = int::to_i64(x).ok_or_else(|| PyErr::type_error("'float' object cannot be interpreted as an integer"))?;
    }
    Ok(Tm { year: f[0], mon: f[1], mday: f[2], hour: f[3], min: f[4], sec: f[5], wday: f[6], yday: f[7] })
}

const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

fn day_name(t: &Tm) -> &'static str {
    DAYS[t.wday.rem_euclid(7) as usize]
}
fn mon_name(t: &Tm) -> &'static str {
    MONTHS[(t.mon - 1).clamp(0, 11) as usize]
}

pub fn asctime(t: &Tm) -> String {
    format!(
        "{} {} {:>2} {:02}:{:02}:{:02} {}",
        &day_name(t)[..3],
        &mon_name(t)[..3],
        t.mday,
        t.hour,
        t.min,
        t.sec,
        t.year
    )
}

/// C `strftime` for the C locale.
pub fn strftime(fmt: &str, t: &Tm) -> String {
    let mut out = String::new();
    let mut it = fmt.chars().peekable();
    let hour12 = if t.hour % 12 == 0 { 12 } else { t.hour % 12 };
    // Week numbers: %U (Sunday first) and %W (Monday first).
    let yday0 = t.yday - 1;
    let sunday_wday = (t.wday + 1) % 7;
    let week_u = (yday0 + 7 - sunday_wday) / 7;
    let week_w = (yday0 + 7 - t.wday) / 7;
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = it.next() else {
            out.push('%');
            break;
        };
        let s = match d {
            'Y' => t.year.to_string(),
            'y' => format!("{:02}", t.year.rem_euclid(100)),
            'C' => format!("{:02}", t.year.div_euclid(100)),
            'm' => format!("{:02}", t.mon),
            'd' => format!("{:02}", t.mday),
            'e' => format!("{:>2}", t.mday),
            'H' => format!("{:02}", t.hour),
            'I' => format!("{:02}", hour12),
            'M' => format!("{:02}", t.min),
            'S' => format!("{:02}", t.sec),
            'p' => (if t.hour < 12 { "AM" } else { "PM" }).to_string(),
            'a' => day_name(t)[..3].to_string(),
            'A' => day_name(t).to_string(),
            'b' | 'h' => mon_name(t)[..3].to_string(),
            'B' => mon_name(t).to_string(),
            'j' => format!("{:03}", t.yday),
            'w' => sunday_wday.to_string(),
            'u' => (t.wday + 1).to_string(),
            'U' => format!("{:02}", week_u),
            'W' => format!("{:02}", week_w),
            'c' => asctime(t),
            'x' => format!("{:02}/{:02}/{:02}", t.mon, t.mday, t.year.rem_euclid(100)),
            'X' | 'T' => format!("{:02}:{:02}:{:02}", t.hour, t.min, t.sec),
            'D' => format!("{:02}/{:02}/{:02}", t.mon, t.mday, t.year.rem_euclid(100)),
            'F' => format!("{}-{:02}-{:02}", t.year, t.mon, t.mday),
            'R' => format!("{:02}:{:02}", t.hour, t.min),
            'r' => format!("{:02}:{:02}:{:02} {}", hour12, t.min, t.sec, if t.hour < 12 { "AM" } else { "PM" }),
            'n' => "\n".to_string(),
            't' => "\t".to_string(),
            'Z' => "UTC".to_string(),
            'z' => "+0000".to_string(),
            's' => (days_from_civil(t.year, t.mon, t.mday) * 86400 + t.hour * 3600 + t.min * 60 + t.sec).to_string(),
            '%' => "%".to_string(),
            other => format!("%{}", other),
        };
        out.push_str(&s);
    }
    out
}

fn now_tm() -> Tm {
    gmtime(since_epoch().as_secs() as i64)
}

fn t_strftime(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    max_args("strftime", a, k, 2)?;
    let Some(f) = a.first() else {
        return Err(PyErr::type_error("strftime() takes at least 1 argument (0 given)"));
    };
    if !pystr::is_str(f) {
        return Err(PyErr::type_error(format!("strftime() argument 1 must be str, not {}", f.ty().name)));
    }
    let t = match a.get(1) {
        Some(v) => tm_arg("strftime", v)?,
        None => now_tm(),
    };
    if !(1..=12).contains(&t.mon) {
        return Err(PyErr::value_error("month out of range"));
    }
    if !(1..=31).contains(&t.mday) && t.mday != 0 {
        return Err(PyErr::value_error("day of month out of range"));
    }
    Ok(pystr::new_str(&strftime(&pystr::to_rust_string(f), &t)))
}

fn t_asctime(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    max_args("asctime", a, k, 1)?;
    let t = match a.first() {
        Some(v) => tm_arg("asctime", v)?,
        None => now_tm(),
    };
    Ok(pystr::new_str(&asctime(&t)))
}

fn t_ctime(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    Ok(pystr::new_str(&asctime(&gmtime(secs_or_now("ctime", a, k)?))))
}

fn t_mktime(_m: &Value, a: &[Value], k: Option<&Value>) -> PyResult<Value> {
    max_args("mktime", a, k, 1)?;
    let Some(v) = a.first() else {
        return Err(PyErr::type_error("time.mktime() takes exactly one argument (0 given)"));
    };
    let t = tm_arg("mktime", v)?;
    // Normalise the month like C mktime.
    let y = t.year + (t.mon - 1).div_euclid(12);
    let m = (t.mon - 1).rem_euclid(12) + 1;
    let days = days_from_civil(y, m, 1) + t.mday - 1;
    Ok(Value::from_f64((days * 86400 + t.hour * 3600 + t.min * 60 + t.sec) as f64))
}

macro_rules! defs {
    ($($name:literal => $f:ident),* $(,)?) => {
        &[$(MethodDef { name: $name, func: $f, kind: MethodKind::StaticMethod, doc: "" }),*]
    };
}

pub static TIME_METHODS: &[MethodDef] = defs![
    "time" => t_time, "time_ns" => t_time_ns, "monotonic" => t_monotonic, "monotonic_ns" => t_monotonic_ns,
    "perf_counter" => t_perf_counter, "perf_counter_ns" => t_perf_counter_ns,
    "process_time" => t_process_time, "process_time_ns" => t_process_time_ns,
    "sleep" => t_sleep, "gmtime" => t_gmtime, "localtime" => t_localtime, "strftime" => t_strftime,
    "asctime" => t_asctime, "ctime" => t_ctime, "mktime" => t_mktime,
];

pub fn time_constants() -> Vec<(&'static str, Value)> {
    let utc = || pystr::new_str("UTC");
    vec![
        ("timezone", Value::from_i64(0)),
        ("altzone", Value::from_i64(0)),
        ("daylight", Value::from_i64(0)),
        ("tzname", tuple::new_tuple(vec![utc(), utc()])),
        ("struct_time", crate::object::exc::type_value(&STRUCT_TIME_TYPE)),
    ]
}

/// A new `time` module.
pub fn make_time_module() -> Value {
    let m = crate::object::module::new_module("time");
    crate::object::module::add_functions(&m, TIME_METHODS);
    let d = crate::object::module::module_dict(&m).expect("module dict");
    for (k, v) in time_constants() {
        let _ = d.set(pystr::intern(k), v);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_pinned_to_cpython() {
        let r = |v: &Value| ops::repr_string(v).unwrap();
        assert_eq!(
            r(&struct_time(&gmtime(0))),
            "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)"
        );
        let t = gmtime((86400.0 * 365.25 * 30.0) as i64);
        assert_eq!(strftime("%Y-%m-%d %H:%M:%S %a %b %j %p %%", &t), "2000-01-01 12:00:00 Sat Jan 001 PM %");
        assert_eq!(asctime(&gmtime(0)), "Thu Jan  1 00:00:00 1970");
        let st = struct_time(&gmtime(0));
        assert_eq!(r(&structseq::field(&st, "tm_zone").unwrap()), "'UTC'");
        assert_eq!(ops::len(&st).unwrap(), 9);
        assert_eq!(r(&ops::getitem(&st, &Value::from_i64(0)).unwrap()), "1970");
        for d in [-1_000_000i64, -1, 0, 59, 11_016, 2_932_896] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert!(is_leap(2000) && !is_leap(1900));
        let e = t_sleep(&Value::none(), &[Value::from_i64(-1)], None).unwrap_err();
        assert_eq!(e.msg, "sleep length must be non-negative");
        let e = t_gmtime(&Value::none(), &[Value::from_f64(1e20)], None).unwrap_err();
        assert_eq!(e.msg, "timestamp out of range for platform time_t");
        t_sleep(&Value::none(), &[Value::from_f64(0.001)], None).unwrap();
    }
}
