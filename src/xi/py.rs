//! Design: DESIGN.md#channels-and-queues
//!
//! The Python face of queues and channels: the `Queue`, `RecvChannel` and
//! `SendChannel` types (static, so every interpreter shares the immortal
//! type objects while each object holds only an `Arc` of its core), the
//! static exception types (`QueueError`, `ChannelError`, ...), and the
//! per-interpreter pieces the Python modules register (`QueueEmpty` and
//! `QueueFull` derive from `queue.Empty`/`queue.Full`, which are classes of
//! each interpreter's own `queue` module).
//!
//! Hot path: `q.put(x)` is a method-cache hit on a builtin type, one
//! `Payload::from_value` (small values packed inline: `xi::packed`, no
//! allocation) and one push on the queue's pipe (`xi::pipe`); `q.get()` a
//! pop and the objects built from the packed bytes (a `Shareable`'s
//! str/bytes storage moves, no copy). Waits
//! detach the thread; on the main thread they are cut into 20 ms slices
//! with pending signals run between them (Ctrl-C interrupts a get).

#![forbid(unsafe_code)]

use std::time::{Duration, Instant};

use crate::builtins::args::{self, Params};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::exc;
use crate::object::handle::{PyObject, PyPayload, Value};
use crate::object::header::ObjHeader;
use crate::object::methods::{getter, method};
use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
use crate::object::typeobj::{type_flags, CmpOp, MethodDef, PyType, Slots};
use crate::object::{float, int, module, ops, str as pystr};
use crate::sync::{Arc, OnceLock};
use crate::xi::channel::{finish_cancel, ChanError, ChannelCore};
use crate::xi::gate::AckState;
use crate::xi::queue::{PutError, QueueCore};
use crate::xi::shareable::Shareable;
use crate::xi::{current_interp_id, is_destroyed, Item, Payload, UNBOUND_ERROR, UNBOUND_REMOVE, UNBOUND_REPLACE};

/// How often a wait on the main thread looks for pending signals.
const SIGNAL_SLICE: Duration = Duration::from_millis(20);

// ---- exception types ---------------------------------------------------------------

macro_rules! xi_exc {
    ($($stat:ident : $name:literal < $base:expr;)*) => {
        $(
            pub static $stat: PyType = PyType {
                head: ObjHeader::new_static(&TYPE_TYPE),
                name: $name,
                base: $base,
                flags: type_flags::BASETYPE | type_flags::HAVE_GC,
                slots: exc::BASE_SLOTS,
                free: PyObject::<exc::PyBaseException>::free,
                methods: &[],
                dict: OnceLock::new(),
            };
        )*
        static XI_EXC_TYPES: &[&PyType] = &[$(&$stat),*];
    };
}

xi_exc! {
    QUEUE_ERROR_TYPE: "test.support.interpreters.QueueError" < &exc::RUNTIME_ERROR_TYPE;
    QUEUE_NOT_FOUND_ERROR_TYPE: "_interpqueues.QueueNotFoundError" < &QUEUE_ERROR_TYPE;
    CHANNEL_ERROR_TYPE: "_interpchannels.ChannelError" < &exc::RUNTIME_ERROR_TYPE;
    CHANNEL_NOT_FOUND_ERROR_TYPE: "_interpchannels.ChannelNotFoundError" < &CHANNEL_ERROR_TYPE;
    CHANNEL_CLOSED_ERROR_TYPE: "_interpchannels.ChannelClosedError" < &CHANNEL_ERROR_TYPE;
    CHANNEL_EMPTY_ERROR_TYPE: "_interpchannels.ChannelEmptyError" < &CHANNEL_ERROR_TYPE;
    CHANNEL_NOT_EMPTY_ERROR_TYPE: "_interpchannels.ChannelNotEmptyError" < &CHANNEL_ERROR_TYPE;
}

/// Lets Python classes derive from the static exception types here
/// (idempotent).
pub fn register_exc_layouts() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        let layout = || crate::object::class::layout_of::<exc::PyBaseException>();
        crate::object::class::register_base_layout(&crate::xi::shareable::NOT_SHAREABLE_ERROR_TYPE, layout());
        for t in XI_EXC_TYPES {
            crate::object::class::register_base_layout(t, layout());
        }
    });
}

/// An exception of static type `ty` with message `msg`.
pub fn new_exc(ty: &'static PyType, msg: impl Into<String>) -> PyErr {
    register_exc_layouts();
    PyErr::from_value(exc::alloc_exception(&ty.to_value(), vec![pystr::new_str(&msg.into())]))
}

/// An exception of class `cls` (a per-interpreter class) with `args`.
fn exc_of_class(cls: &Value, args: Vec<Value>) -> PyResult<PyErr> {
    let e = ops::call(cls, &args, None)?;
    Ok(PyErr::from_value(e))
}

/// A class or object the Python side of module `m` registered under
/// `name` in this interpreter (`None` before the Python module ran).
fn registered(m: &str, name: &str) -> Option<Value> {
    let module = crate::vm::interp::import_absolute(m).ok()?;
    let d = module::module_dict(&module)?;
    d.get(&pystr::new_str(name)).ok().flatten()
}

/// Stores `v` under `name` in native module `m`'s dict.
fn register(m: &Value, name: &str, v: &Value) -> PyResult<()> {
    let d = module::module_dict(m).ok_or_else(|| PyErr::type_error("not a module"))?;
    d.set(pystr::intern(name), v.clone())
}

fn queue_exc(name: &str, fallback: &'static PyType, msg: String) -> PyErr {
    match registered("_interpqueues", name) {
        Some(cls) => exc_of_class(&cls, vec![pystr::new_str(&msg)]).unwrap_or_else(|e| e),
        None => new_exc(fallback, msg),
    }
}

fn chan_err(c: &ChannelCore, e: ChanError) -> PyErr {
    match e {
        ChanError::Closed => new_exc(&CHANNEL_CLOSED_ERROR_TYPE, format!("channel {} is closed", c.id())),
        ChanError::Empty => new_exc(&CHANNEL_EMPTY_ERROR_TYPE, format!("channel {} is empty", c.id())),
        ChanError::NotEmpty => new_exc(
            &CHANNEL_NOT_EMPTY_ERROR_TYPE,
            format!("channel {} may not be closed if not empty (try force=True)", c.id()),
        ),
        ChanError::Timeout => PyErr::new(ExcKind::TimeoutError, "timed out"),
    }
}

// ---- waiting -------------------------------------------------------------------------

/// A timeout argument: `None` → wait forever; seconds otherwise.
fn parse_timeout(t: Option<&Value>) -> PyResult<Option<Instant>> {
    let Some(t) = t.filter(|t| !t.is_none()) else { return Ok(None) };
    let secs = match float::to_f64(t) {
        Some(x) => x,
        None if int::int_ref(t).is_some() => return Err(PyErr::overflow_error("timeout too large")),
        None => {
            return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer or float", t.ty().name)))
        }
    };
    if secs.is_nan() || secs < 0.0 {
        return Err(PyErr::value_error("timeout value must be non-negative"));
    }
    let d = Duration::try_from_secs_f64(secs).map_err(|_| PyErr::overflow_error("timeout too large"))?;
    Ok(Some(Instant::now().checked_add(d).unwrap_or_else(|| Instant::now() + Duration::from_secs(1 << 40))))
}

/// Runs `attempt(slice_end)` detached until it returns `Some` or
/// `deadline` passes (`Ok(None)`). On the main thread each attempt lasts
/// at most 20 ms and pending signal handlers run between attempts (one
/// that raises ends the wait with its exception).
pub fn wait_detached<R>(deadline: Option<Instant>, mut attempt: impl FnMut(Option<Instant>) -> Option<R>) -> PyResult<Option<R>> {
    let main = crate::vm::signals::on_main_thread();
    loop {
        let slice_end = if main {
            let s = Instant::now() + SIGNAL_SLICE;
            Some(deadline.map_or(s, |d| d.min(s)))
        } else {
            deadline
        };
        if let Some(r) = crate::vm::thread::detached(|| attempt(slice_end)) {
            return Ok(Some(r));
        }
        if main {
            crate::vm::signals::run_pending()?;
        }
        if let Some(d) = deadline {
            if Instant::now() >= d {
                return Ok(None);
            }
        }
    }
}

/// The unbound-item operation argument (`None` → the default): one of the
/// module's registered `UNBOUND*` objects, or the operation's number.
#[inline]
fn unbound_arg(v: Option<&Value>, default: u8, module: &str) -> PyResult<u8> {
    match v {
        None => Ok(default),
        Some(v) => unbound_arg_given(v, default, module),
    }
}

#[inline(never)]
fn unbound_arg_given(v: &Value, default: u8, module: &str) -> PyResult<u8> {
    if v.is_none() {
        return Ok(default);
    }
    for (name, op) in [("UNBOUND", UNBOUND_REPLACE), ("UNBOUND_REMOVE", UNBOUND_REMOVE), ("UNBOUND_ERROR", UNBOUND_ERROR)] {
        if registered(module, name).is_some_and(|r| r.is(v)) {
            return Ok(op);
        }
    }
    match int::to_i64(v) {
        Some(op @ 1..=3) if !v.is_true_obj() && !v.is_false_obj() => Ok(op as u8),
        _ => Err(PyErr::new(ExcKind::NotImplementedError, format!("unsupported unbound replacement object {}", ops::repr_string(v)?))),
    }
}

/// The value delivered for a received item: the value, or what its
/// unbound operation says when the sending interpreter is gone (`None`:
/// removed, take the next).
fn deliver(item: Item, module: &str) -> PyResult<Option<Value>> {
    // is_destroyed first: while no interpreter was ever closed it is one
    // load of a rarely-written counter.
    if is_destroyed(item.interp) && item.interp != current_interp_id() {
        return match item.unbound {
            UNBOUND_REMOVE => Ok(None),
            UNBOUND_ERROR => {
                let msg = "item's original interpreter destroyed".to_string();
                Err(match registered(module, "ItemInterpreterDestroyed") {
                    Some(cls) => exc_of_class(&cls, vec![pystr::new_str(&msg)])?,
                    None => PyErr::runtime_error(msg),
                })
            }
            _ => Ok(Some(registered(module, "UNBOUND").unwrap_or_else(Value::none))),
        };
    }
    item.payload.into_value().map(Some)
}

// ---- Queue ---------------------------------------------------------------------------

/// A queue object: a handle on the shared core.
pub struct PyQueue(pub Arc<QueueCore>);

impl PyPayload for PyQueue {
    fn class() -> &'static PyType {
        &QUEUE_TYPE
    }
}

pub static QUEUE_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "test.support.interpreters.queues.Queue",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE,
    slots: Slots {
        repr: Some(queue_repr),
        hash: Some(queue_hash),
        richcompare: Some(queue_richcompare),
        new: Some(queue_new),
        ..Slots::EMPTY
    },
    free: PyObject::<PyQueue>::free,
    methods: QUEUE_METHODS,
    dict: OnceLock::new(),
};

static QUEUE_METHODS: &[MethodDef] = &[
    method("put", queue_put),
    method("put_nowait", queue_put_nowait),
    method("get", queue_get),
    method("get_nowait", queue_get_nowait),
    method("empty", queue_empty),
    method("full", queue_full),
    method("qsize", queue_qsize),
    getter("id", queue_id),
    getter("maxsize", queue_maxsize),
];

/// Is `t` one of the queue / channel-end types (whose methods CALL may
/// call directly, `builtins::fast`)?
#[inline]
pub fn is_xi_type(t: &PyType) -> bool {
    core::ptr::eq(t, &QUEUE_TYPE) || core::ptr::eq(t, &RECV_CHANNEL_TYPE) || core::ptr::eq(t, &SEND_CHANNEL_TYPE)
}

/// A new queue object for `core` in the current interpreter.
pub fn queue_object(core: Arc<QueueCore>) -> Value {
    PyObject::alloc(&QUEUE_TYPE, PyQueue(core))
}

#[inline]
fn this_queue(v: &Value) -> PyResult<&Arc<QueueCore>> {
    v.downcast_sub::<PyQueue>().map(|q| &q.0).ok_or_else(|| PyErr::type_error("descriptor requires a 'Queue' object"))
}

fn type_name(v: &Value) -> String {
    let n = v.ty().name;
    n.rsplit('.').next().unwrap_or(n).to_string()
}

fn queue_repr(v: &Value) -> PyResult<Value> {
    Ok(pystr::new_str(&format!("{}({})", type_name(v), this_queue(v)?.id())))
}

fn queue_hash(v: &Value) -> PyResult<i64> {
    Ok(int::hash_i64(this_queue(v)?.id() as i64))
}

fn queue_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast_sub::<PyQueue>(), b.downcast_sub::<PyQueue>()) else {
        return Ok(Value::not_implemented());
    };
    let same = Arc::ptr_eq(&x.0, &y.0);
    match op {
        CmpOp::Eq => Ok(Value::bool(same)),
        CmpOp::Ne => Ok(Value::bool(!same)),
        _ => Ok(Value::not_implemented()),
    }
}

/// `Queue(id)`: the live queue with that id.
fn queue_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "Queue", names: &["id"], posonly: 1, maxpos: 1, required: 1 };
    let [id] = args::parse::<1>(p, a, kw)?;
    let id = id.expect("required");
    let Some(n) = int::to_i64(id) else {
        return Err(PyErr::type_error(format!("id must be an int, got {}", ops::repr_string(id)?)));
    };
    let core = QueueCore::lookup(n as u64).ok_or_else(|| new_exc(&QUEUE_NOT_FOUND_ERROR_TYPE, format!("queue {} not found", n)))?;
    let cls_t = cls.as_type().expect("type");
    Ok(crate::object::class::alloc_instance(cls_t, PyQueue(core)))
}

fn new_item(payload: Payload, unbound: u8) -> Item {
    Item { payload, interp: current_interp_id(), unbound, ack: None }
}

/// Parses `put(obj, timeout=None, *, syncobj=None, unbound=None)`.
fn put_args<'a>(fname: &str, a: &'a [Value], kw: Option<&Value>, with_timeout: bool) -> PyResult<(&'a Value, Option<&'a Value>, Option<&'a Value>)> {
    if kw.is_none() && a.len() == 1 {
        return Ok((&a[0], None, None));
    }
    if with_timeout {
        let p = Params { fname, names: &["obj", "timeout", "syncobj", "unbound"], posonly: 0, maxpos: 2, required: 1 };
        let [o, t, _s, u] = args::parse::<4>(p, a, kw)?;
        Ok((o.expect("required"), t, u))
    } else {
        let p = Params { fname, names: &["obj", "syncobj", "unbound"], posonly: 0, maxpos: 1, required: 1 };
        let [o, _s, u] = args::parse::<3>(p, a, kw)?;
        Ok((o.expect("required"), None, u))
    }
}

fn queue_full_err(q: &QueueCore) -> PyErr {
    queue_exc("QueueFull", &QUEUE_ERROR_TYPE, format!("queue {} is full", q.id()))
}

fn queue_put(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let q = this_queue(s)?;
    let (obj, timeout, unbound) = put_args("put", a, kw, true)?;
    let op = unbound_arg(unbound, q.default_unbound(), "_interpqueues")?;
    let item = new_item(Payload::from_value(obj)?, op);
    let item = match q.try_put(item) {
        Ok(()) => return Ok(Value::none()),
        Err(PutError::Full(i)) => i,
    };
    let deadline = parse_timeout(timeout)?;
    let mut pending = Some(item);
    let done = wait_detached(deadline, |until| {
        let it = pending.take().expect("item");
        match q.put_until(it, until) {
            Ok(()) => Some(()),
            Err(PutError::Full(i)) => {
                pending = Some(i);
                None
            }
        }
    })?;
    match done {
        Some(()) => Ok(Value::none()),
        None => Err(queue_full_err(q)),
    }
}

fn queue_put_nowait(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let q = this_queue(s)?;
    let (obj, _, unbound) = put_args("put_nowait", a, kw, false)?;
    let op = unbound_arg(unbound, q.default_unbound(), "_interpqueues")?;
    match q.try_put(new_item(Payload::from_value(obj)?, op)) {
        Ok(()) => Ok(Value::none()),
        Err(PutError::Full(_)) => Err(queue_full_err(q)),
    }
}

fn queue_empty_err(q: &QueueCore) -> PyErr {
    queue_exc("QueueEmpty", &QUEUE_ERROR_TYPE, format!("queue {} is empty", q.id()))
}

/// What a get found in the queue's slot.
enum Got {
    /// A packed value of a live interpreter, built in place.
    Value(Value),
    /// Anything else, moved out for `deliver` (which may run Python code:
    /// not under the queue's lock).
    Item(Item),
}

/// The hot path of `get`: a packed item whose interpreter is alive is
/// built straight from its slot (no copy of the 64-byte item); runs under
/// the pipe's head lock, and building packed values runs no Python code.
#[inline]
fn take_in_place(it: &mut Item) -> Got {
    if let Payload::Packed(p) = &it.payload {
        if !is_destroyed(it.interp) {
            return Got::Value(p.to_value());
        }
    }
    Got::Item(core::mem::replace(it, Item::placeholder()))
}

fn queue_get(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let q = this_queue(s)?;
    let timeout = if a.is_empty() && kw.is_none() {
        None
    } else {
        let p = Params { fname: "get", names: &["timeout"], posonly: 0, maxpos: 1, required: 0 };
        let [t] = args::parse::<1>(p, a, kw)?;
        t
    };
    let mut deadline: Option<Option<Instant>> = None;
    loop {
        let item = match q.try_get_with(take_in_place) {
            Some(Got::Value(v)) => return Ok(v),
            Some(Got::Item(it)) => it,
            None => {
                let d = match deadline {
                    Some(d) => d,
                    None => *deadline.insert(parse_timeout(timeout)?),
                };
                match wait_detached(d, |until| q.get_until(until))? {
                    Some(it) => it,
                    None => return Err(queue_empty_err(q)),
                }
            }
        };
        if let Some(v) = deliver(item, "_interpqueues")? {
            return Ok(v);
        }
    }
}

fn queue_get_nowait(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("get_nowait", a, kw)?;
    let q = this_queue(s)?;
    loop {
        match q.try_get() {
            Some(it) => {
                if let Some(v) = deliver(it, "_interpqueues")? {
                    return Ok(v);
                }
            }
            None => return Err(queue_empty_err(q)),
        }
    }
}

fn queue_empty(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("empty", a, kw)?;
    Ok(Value::bool(this_queue(s)?.is_empty()))
}

fn queue_full(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("full", a, kw)?;
    Ok(Value::bool(this_queue(s)?.is_full()))
}

fn queue_qsize(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("qsize", a, kw)?;
    Ok(Value::from_i64(this_queue(s)?.len() as i64))
}

fn queue_id(s: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(this_queue(s)?.id() as i64))
}

fn queue_maxsize(s: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(this_queue(s)?.maxsize() as i64))
}

/// `_interpqueues.create(maxsize=0, unboundop=3)`.
pub fn create_queue(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "create", names: &["maxsize", "unboundop"], posonly: 0, maxpos: 2, required: 0 };
    let [maxsize, unbound] = args::parse::<2>(p, a, kw)?;
    let maxsize = match maxsize {
        None => 0,
        Some(v) => int::to_i64(v).ok_or_else(|| PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name)))?,
    };
    let maxsize = if maxsize < 0 { 0 } else { maxsize as usize };
    let op = unbound_arg(unbound, UNBOUND_REPLACE, "_interpqueues")?;
    Ok(queue_object(QueueCore::create(maxsize, op)))
}

/// `_interpqueues.list_all()`.
pub fn list_queues(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("list_all", a, kw)?;
    Ok(crate::object::list::new_list(QueueCore::all().into_iter().map(queue_object).collect()))
}

/// `_interpqueues._register_heap_types(QueueEmpty, QueueFull,
/// ItemInterpreterDestroyed, UNBOUND, UNBOUND_REMOVE, UNBOUND_ERROR)`.
pub fn register_queue_types(m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("_register_heap_types", kw)?;
    args::check_count("_register_heap_types", a, 6, 6)?;
    for (name, v) in ["QueueEmpty", "QueueFull", "ItemInterpreterDestroyed", "UNBOUND", "UNBOUND_REMOVE", "UNBOUND_ERROR"].iter().zip(a) {
        register(m, name, v)?;
    }
    Ok(Value::none())
}

// ---- channels ------------------------------------------------------------------------

/// A channel end object.
pub struct PyChanEnd(pub Arc<ChannelCore>);

/// The receiving end's payload type.
pub struct PyRecvEnd(pub PyChanEnd);
/// The sending end's payload type.
pub struct PySendEnd(pub PyChanEnd);

impl PyPayload for PyRecvEnd {
    fn class() -> &'static PyType {
        &RECV_CHANNEL_TYPE
    }
}
impl PyPayload for PySendEnd {
    fn class() -> &'static PyType {
        &SEND_CHANNEL_TYPE
    }
}

pub static RECV_CHANNEL_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "test.support.interpreters.channels.RecvChannel",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE,
    slots: Slots {
        repr: Some(chan_repr),
        hash: Some(chan_hash),
        richcompare: Some(chan_richcompare),
        new: Some(recv_new),
        ..Slots::EMPTY
    },
    free: PyObject::<PyRecvEnd>::free,
    methods: RECV_METHODS,
    dict: OnceLock::new(),
};

pub static SEND_CHANNEL_TYPE: PyType = PyType {
    head: ObjHeader::new_static(&TYPE_TYPE),
    name: "test.support.interpreters.channels.SendChannel",
    base: &OBJECT_TYPE,
    flags: type_flags::BASETYPE,
    slots: Slots {
        repr: Some(chan_repr),
        hash: Some(chan_hash),
        richcompare: Some(chan_richcompare),
        new: Some(send_new),
        ..Slots::EMPTY
    },
    free: PyObject::<PySendEnd>::free,
    methods: SEND_METHODS,
    dict: OnceLock::new(),
};

static RECV_METHODS: &[MethodDef] = &[
    method("recv", chan_recv),
    method("recv_nowait", chan_recv_nowait),
    method("close", recv_close),
    getter("id", chan_id),
    getter("is_closed", recv_is_closed),
];

static SEND_METHODS: &[MethodDef] = &[
    method("send", chan_send),
    method("send_nowait", chan_send_nowait),
    method("send_buffer", chan_send_buffer),
    method("send_buffer_nowait", chan_send_buffer_nowait),
    method("close", send_close),
    getter("id", chan_id),
    getter("is_closed", send_is_closed),
];

pub fn recv_object(core: Arc<ChannelCore>) -> Value {
    PyObject::alloc(&RECV_CHANNEL_TYPE, PyRecvEnd(PyChanEnd(core)))
}

pub fn send_object(core: Arc<ChannelCore>) -> Value {
    PyObject::alloc(&SEND_CHANNEL_TYPE, PySendEnd(PyChanEnd(core)))
}

fn end_of(v: &Value) -> Option<(&Arc<ChannelCore>, bool /*recv*/)> {
    if let Some(r) = v.downcast_sub::<PyRecvEnd>() {
        return Some((&r.0 .0, true));
    }
    v.downcast_sub::<PySendEnd>().map(|s| (&s.0 .0, false))
}

#[inline]
fn this_chan(v: &Value) -> PyResult<&Arc<ChannelCore>> {
    end_of(v).map(|(c, _)| c).ok_or_else(|| PyErr::type_error("descriptor requires a channel end"))
}

fn chan_repr(v: &Value) -> PyResult<Value> {
    Ok(pystr::new_str(&format!("{}(id={})", type_name(v), this_chan(v)?.id())))
}

fn chan_hash(v: &Value) -> PyResult<i64> {
    Ok(int::hash_i64(this_chan(v)?.id() as i64))
}

fn chan_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some((x, xr)), Some((y, yr))) = (end_of(a), end_of(b)) else {
        return Ok(Value::not_implemented());
    };
    if xr != yr {
        return Ok(Value::not_implemented());
    }
    let same = Arc::ptr_eq(x, y);
    match op {
        CmpOp::Eq => Ok(Value::bool(same)),
        CmpOp::Ne => Ok(Value::bool(!same)),
        _ => Ok(Value::not_implemented()),
    }
}

fn chan_lookup(fname: &str, a: &[Value], kw: Option<&Value>) -> PyResult<Arc<ChannelCore>> {
    let p = Params { fname, names: &["cid"], posonly: 0, maxpos: 1, required: 1 };
    let [id] = args::parse::<1>(p, a, kw)?;
    let id = id.expect("required");
    let n = int::to_i64(id).ok_or_else(|| PyErr::type_error(format!("channel ID must be an int, got {}", ops::repr_string(id).unwrap_or_default())))?;
    ChannelCore::lookup(n as u64).ok_or_else(|| new_exc(&CHANNEL_NOT_FOUND_ERROR_TYPE, format!("channel {} not found", n)))
}

fn recv_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let c = chan_lookup("RecvChannel", a, kw)?;
    Ok(crate::object::class::alloc_instance(cls.as_type().expect("type"), PyRecvEnd(PyChanEnd(c))))
}

fn send_new(cls: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let c = chan_lookup("SendChannel", a, kw)?;
    Ok(crate::object::class::alloc_instance(cls.as_type().expect("type"), PySendEnd(PyChanEnd(c))))
}

fn chan_id(s: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::from_i64(this_chan(s)?.id() as i64))
}

fn recv_is_closed(s: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(this_chan(s)?.is_closed()))
}

fn send_is_closed(s: &Value, _a: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    Ok(Value::bool(this_chan(s)?.is_closing()))
}

/// `recv(timeout=None)`: TimeoutError at the deadline, ChannelClosedError
/// once closed and drained.
fn chan_recv(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let c = this_chan(s)?;
    let p = Params { fname: "recv", names: &["timeout"], posonly: 0, maxpos: 1, required: 0 };
    let [timeout] = args::parse::<1>(p, a, kw)?;
    let mut deadline: Option<Option<Instant>> = None;
    loop {
        let item = match c.try_pop() {
            Ok(it) => it,
            Err(ChanError::Empty) => {
                let d = match deadline {
                    Some(d) => d,
                    None => *deadline.insert(parse_timeout(timeout)?),
                };
                let r = wait_detached(d, |until| match c.pop_until(until) {
                    Err(ChanError::Empty) => None,
                    r => Some(r),
                })?;
                match r {
                    Some(Ok(it)) => it,
                    Some(Err(e)) => return Err(chan_err(c, e)),
                    None => return Err(PyErr::from_value(exc::alloc_exception(&exc::TIMEOUT_ERROR_TYPE.to_value(), vec![]))),
                }
            }
            Err(e) => return Err(chan_err(c, e)),
        };
        if let Some(v) = deliver(item, "_interpchannels")? {
            return Ok(v);
        }
    }
}

/// `recv_nowait(default=<unset>)`.
fn chan_recv_nowait(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let c = this_chan(s)?;
    let p = Params { fname: "recv_nowait", names: &["default"], posonly: 0, maxpos: 1, required: 0 };
    let [default] = args::parse::<1>(p, a, kw)?;
    loop {
        match c.try_pop() {
            Ok(it) => {
                if let Some(v) = deliver(it, "_interpchannels")? {
                    return Ok(v);
                }
            }
            Err(ChanError::Empty) if default.is_some() => return Ok(default.expect("checked").clone()),
            Err(e) => return Err(chan_err(c, e)),
        }
    }
}

fn send_args<'a>(fname: &str, a: &'a [Value], kw: Option<&Value>, with_timeout: bool) -> PyResult<(&'a Value, Option<&'a Value>, Option<&'a Value>)> {
    if kw.is_none() && a.len() == 1 {
        return Ok((&a[0], None, None));
    }
    if with_timeout {
        let p = Params { fname, names: &["obj", "timeout", "unbound"], posonly: 0, maxpos: 2, required: 1 };
        let [o, t, u] = args::parse::<3>(p, a, kw)?;
        Ok((o.expect("required"), t, u))
    } else {
        let p = Params { fname, names: &["obj", "unbound"], posonly: 0, maxpos: 1, required: 1 };
        let [o, u] = args::parse::<2>(p, a, kw)?;
        Ok((o.expect("required"), None, u))
    }
}

/// A blocking send: enqueue, then wait (detached, interruptible) until the
/// item is received; at the deadline or on an interrupt the item is
/// withdrawn unless it was received meanwhile.
fn send_blocking(c: &ChannelCore, value: Shareable, op: u8, timeout: Option<&Value>) -> PyResult<Value> {
    let deadline = parse_timeout(timeout)?;
    let ack = c.push_acked(value, current_interp_id(), op).map_err(|e| chan_err(c, e))?;
    let waited = wait_detached(deadline, |until| match ack.wait(until) {
        AckState::Pending => None,
        s => Some(s),
    });
    let state = match waited {
        Ok(Some(s)) => s,
        Ok(None) => return finish_cancel(&ack).map(|_| Value::none()).map_err(|e| chan_err(c, e)),
        Err(e) => {
            // Interrupted (Ctrl-C): withdraw the item, then raise.
            let _ = finish_cancel(&ack);
            return Err(e);
        }
    };
    match state {
        AckState::Received => Ok(Value::none()),
        _ => Err(chan_err(c, ChanError::Closed)),
    }
}

fn chan_send(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let c = this_chan(s)?;
    let (obj, timeout, unbound) = send_args("send", a, kw, true)?;
    let op = unbound_arg(unbound, c.default_unbound(), "_interpchannels")?;
    send_blocking(c, Shareable::from_value(obj)?, op, timeout)
}

fn chan_send_nowait(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let c = this_chan(s)?;
    let (obj, _, unbound) = send_args("send_nowait", a, kw, false)?;
    let op = unbound_arg(unbound, c.default_unbound(), "_interpchannels")?;
    c.push(new_item(Payload::from_value(obj)?, op)).map_err(|e| chan_err(c, e))?;
    Ok(Value::none())
}

/// The bytes of a buffer object, shared read-only.
fn buffer_of(obj: &Value) -> PyResult<Shareable> {
    if let Some(b) = crate::object::bytes::as_bytes(obj) {
        return Ok(Shareable::Buffer(Arc::from(b)));
    }
    if let Some(b) = crate::object::bytearray::as_vec(obj) {
        return Ok(Shareable::Buffer(Arc::from(b)));
    }
    Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", obj.ty().name)))
}

fn chan_send_buffer(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let c = this_chan(s)?;
    let (obj, timeout, unbound) = send_args("send_buffer", a, kw, true)?;
    let op = unbound_arg(unbound, c.default_unbound(), "_interpchannels")?;
    send_blocking(c, buffer_of(obj)?, op, timeout)
}

fn chan_send_buffer_nowait(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let c = this_chan(s)?;
    let (obj, _, unbound) = send_args("send_buffer_nowait", a, kw, false)?;
    let op = unbound_arg(unbound, c.default_unbound(), "_interpchannels")?;
    c.push(new_item(Payload::Full(buffer_of(obj)?), op)).map_err(|e| chan_err(c, e))?;
    Ok(Value::none())
}

fn close_args(fname: &str, a: &[Value], kw: Option<&Value>) -> PyResult<bool> {
    let p = Params { fname, names: &["force"], posonly: 0, maxpos: 0, required: 0 };
    let [force] = args::parse::<1>(p, a, kw)?;
    force.map(ops::is_true).transpose().map(|f| f.unwrap_or(false))
}

fn recv_close(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let force = close_args("close", a, kw)?;
    let c = this_chan(s)?;
    c.close(true, force).map_err(|e| chan_err(c, e))?;
    Ok(Value::none())
}

fn send_close(s: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let force = close_args("close", a, kw)?;
    let c = this_chan(s)?;
    c.close(false, force).map_err(|e| chan_err(c, e))?;
    Ok(Value::none())
}

/// `_interpchannels.create(unboundop=3)` → `(RecvChannel, SendChannel)`.
pub fn create_channel(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let p = Params { fname: "create", names: &["unboundop"], posonly: 0, maxpos: 1, required: 0 };
    let [unbound] = args::parse::<1>(p, a, kw)?;
    let op = unbound_arg(unbound, UNBOUND_REPLACE, "_interpchannels")?;
    let c = ChannelCore::create(op);
    Ok(crate::object::tuple::new_tuple(vec![recv_object(c.clone()), send_object(c)]))
}

/// `_interpchannels.list_all()` → `[(RecvChannel, SendChannel), ...]` of open channels.
pub fn list_channels(_m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_args("list_all", a, kw)?;
    Ok(crate::object::list::new_list(
        ChannelCore::all()
            .into_iter()
            .filter(|c| !c.is_closed())
            .map(|c| crate::object::tuple::new_tuple(vec![recv_object(c.clone()), send_object(c)]))
            .collect(),
    ))
}

/// `_interpchannels._register_heap_types(ItemInterpreterDestroyed, UNBOUND,
/// UNBOUND_REMOVE, UNBOUND_ERROR)`.
pub fn register_channel_types(m: &Value, a: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    args::no_kw("_register_heap_types", kw)?;
    args::check_count("_register_heap_types", a, 4, 4)?;
    for (name, v) in ["ItemInterpreterDestroyed", "UNBOUND", "UNBOUND_REMOVE", "UNBOUND_ERROR"].iter().zip(a) {
        register(m, name, v)?;
    }
    Ok(Value::none())
}

/// Channel exception types for the module dict.
pub fn channel_exceptions() -> [(&'static str, &'static PyType); 5] {
    register_exc_layouts();
    [
        ("ChannelError", &CHANNEL_ERROR_TYPE),
        ("ChannelNotFoundError", &CHANNEL_NOT_FOUND_ERROR_TYPE),
        ("ChannelClosedError", &CHANNEL_CLOSED_ERROR_TYPE),
        ("ChannelEmptyError", &CHANNEL_EMPTY_ERROR_TYPE),
        ("ChannelNotEmptyError", &CHANNEL_NOT_EMPTY_ERROR_TYPE),
    ]
}

/// Queue exception types for the module dict.
pub fn queue_exceptions() -> [(&'static str, &'static PyType); 2] {
    register_exc_layouts();
    [("QueueError", &QUEUE_ERROR_TYPE), ("QueueNotFoundError", &QUEUE_NOT_FOUND_ERROR_TYPE)]
}

// ---- handles as Shareable ----------------------------------------------------------------

/// The Shareable form of a queue or channel-end object.
pub fn handle_shareable(v: &Value) -> Option<Shareable> {
    if let Some(q) = v.downcast_sub::<PyQueue>() {
        return Some(Shareable::Queue(q.0.clone()));
    }
    match end_of(v)? {
        (c, true) => Some(Shareable::RecvChannel(c.clone())),
        (c, false) => Some(Shareable::SendChannel(c.clone())),
    }
}

/// A queue or channel-end object for a handle.
pub fn handle_to_value(s: &Shareable) -> PyResult<Value> {
    Ok(match s {
        Shareable::Queue(q) => queue_object(q.clone()),
        Shareable::RecvChannel(c) => recv_object(c.clone()),
        Shareable::SendChannel(c) => send_object(c.clone()),
        _ => unreachable!("handle_to_value on a data kind"),
    })
}
