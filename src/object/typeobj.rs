//! Design: DESIGN.md#types
//!
//! Type objects and the slot table the eval loop calls. A slot left `None`
//! means "this type does not support the operation"; the generic dispatchers
//! in `ops.rs` turn that into CPython's TypeError wording.

use crate::error::PyResult;
use crate::object::header::ObjHeader;
use crate::object::handle::Value;

/// Comparison operators, in CPython's order (`Py_LT` ... `Py_GE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    /// The operator with operands swapped (`a < b` == `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    /// Applies the operator to an `Ordering`.
    pub fn test(self, ord: core::cmp::Ordering) -> bool {
        use core::cmp::Ordering::*;
        match self {
            CmpOp::Lt => ord == Less,
            CmpOp::Le => ord != Greater,
            CmpOp::Eq => ord == Equal,
            CmpOp::Ne => ord != Equal,
            CmpOp::Gt => ord == Greater,
            CmpOp::Ge => ord != Less,
        }
    }
    /// Applies the operator to two floats (IEEE: every test with a NaN is
    /// false but `!=`).
    #[inline]
    pub fn test_f64(self, x: f64, y: f64) -> bool {
        match self {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        }
    }
}

pub type UnaryFn = fn(&Value) -> PyResult<Value>;
/// Binary number slot: called for both `a op b` and the reflected `b rop a`
/// with the operands in source order; returns `NotImplemented` for types it
/// does not handle (CPython's `nb_*` convention).
pub type BinaryFn = fn(&Value, &Value) -> PyResult<Value>;
pub type TernaryFn = fn(&Value, &Value, Option<&Value>) -> PyResult<Value>;
pub type HashFn = fn(&Value) -> PyResult<i64>;
/// Rich comparison; may return `NotImplemented`.
pub type RichCmpFn = fn(&Value, &Value, CmpOp) -> PyResult<Value>;
pub type BoolFn = fn(&Value) -> PyResult<bool>;
pub type LenFn = fn(&Value) -> PyResult<usize>;
/// `__getattr__`-style lookup; `name` is a str.
pub type GetAttrFn = fn(&Value, &Value) -> PyResult<Value>;
/// Set (`Some`) or delete (`None`) an attribute.
pub type SetAttrFn = fn(&Value, &Value, Option<&Value>) -> PyResult<()>;
/// Next item, `Ok(None)` when exhausted (no StopIteration object needed).
pub type NextFn = fn(&Value) -> PyResult<Option<Value>>;
/// Vectorcall-style: positional args then keyword values, `kwnames` a tuple.
pub type CallFn = fn(&Value, &[Value], Option<&Value>) -> PyResult<Value>;
pub type GetItemFn = fn(&Value, &Value) -> PyResult<Value>;
/// Set (`Some`) or delete (`None`) an item.
pub type SetItemFn = fn(&Value, &Value, Option<&Value>) -> PyResult<()>;
pub type ContainsFn = fn(&Value, &Value) -> PyResult<bool>;
/// Calls `visit` on every reference the object holds (for the cycle GC).
pub type TraverseFn = fn(&ObjHeader, &mut dyn FnMut(&Value));
/// A native function or method: `self` (the bound object, the module, or
/// the type for class methods), positional arguments then keyword values,
/// and the keyword names as a tuple (vectorcall convention).
pub type NativeFn = fn(&Value, &[Value], Option<&Value>) -> PyResult<Value>;
/// `tp_new`: the type being instantiated, then the call's arguments.
pub type NewFn = fn(&Value, &[Value], Option<&Value>) -> PyResult<Value>;
/// `tp_init`: the new instance, then the call's arguments.
pub type InitFn = fn(&Value, &[Value], Option<&Value>) -> PyResult<()>;
/// `tp_descr_get(descr, instance or None, owner type)`.
pub type DescrGetFn = fn(&Value, Option<&Value>, &Value) -> PyResult<Value>;
/// `tp_descr_set(descr, instance, value or None to delete)`.
pub type DescrSetFn = fn(&Value, &Value, Option<&Value>) -> PyResult<()>;

/// How a native `MethodDef` binds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    /// Bound to the instance (`self`).
    Method,
    /// Bound to the type (`cls`).
    ClassMethod,
    /// Not bound.
    StaticMethod,
    /// A read-only attribute computed from the instance (`func(self, [])`).
    Getter,
}

/// A native method or attribute of a builtin type.
#[derive(Clone, Copy)]
pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: MethodKind,
    pub doc: &'static str,
}

/// The number protocol (CPython's `PyNumberMethods`).
#[derive(Clone, Copy)]
pub struct NumberSlots {
    pub add: Option<BinaryFn>,
    pub sub: Option<BinaryFn>,
    pub mul: Option<BinaryFn>,
    pub truediv: Option<BinaryFn>,
    pub floordiv: Option<BinaryFn>,
    pub rem: Option<BinaryFn>,
    pub divmod: Option<BinaryFn>,
    pub pow: Option<TernaryFn>,
    pub lshift: Option<BinaryFn>,
    pub rshift: Option<BinaryFn>,
    pub and: Option<BinaryFn>,
    pub or: Option<BinaryFn>,
    pub xor: Option<BinaryFn>,
    pub matmul: Option<BinaryFn>,
    pub neg: Option<UnaryFn>,
    pub pos: Option<UnaryFn>,
    pub abs: Option<UnaryFn>,
    pub invert: Option<UnaryFn>,
    pub bool: Option<BoolFn>,
    /// `__int__`
    pub int: Option<UnaryFn>,
    /// `__float__`
    pub float: Option<UnaryFn>,
    /// `__index__`
    pub index: Option<UnaryFn>,
}

impl NumberSlots {
    pub const EMPTY: NumberSlots = NumberSlots {
        add: None,
        sub: None,
        mul: None,
        truediv: None,
        floordiv: None,
        rem: None,
        divmod: None,
        pow: None,
        lshift: None,
        rshift: None,
        and: None,
        or: None,
        xor: None,
        matmul: None,
        neg: None,
        pos: None,
        abs: None,
        invert: None,
        bool: None,
        int: None,
        float: None,
        index: None,
    };
}

/// The slot table the eval loop dispatches through.
#[derive(Clone, Copy)]
pub struct Slots {
    pub repr: Option<UnaryFn>,
    pub str: Option<UnaryFn>,
    pub hash: Option<HashFn>,
    pub richcompare: Option<RichCmpFn>,
    pub getattr: Option<GetAttrFn>,
    pub setattr: Option<SetAttrFn>,
    pub iter: Option<UnaryFn>,
    pub next: Option<NextFn>,
    pub call: Option<CallFn>,
    pub len: Option<LenFn>,
    pub getitem: Option<GetItemFn>,
    pub setitem: Option<SetItemFn>,
    pub contains: Option<ContainsFn>,
    pub number: NumberSlots,
    pub traverse: Option<TraverseFn>,
    pub new: Option<NewFn>,
    pub init: Option<InitFn>,
    pub descr_get: Option<DescrGetFn>,
    pub descr_set: Option<DescrSetFn>,
}

impl Slots {
    pub const EMPTY: Slots = Slots {
        repr: None,
        str: None,
        hash: None,
        richcompare: None,
        getattr: None,
        setattr: None,
        iter: None,
        next: None,
        call: None,
        len: None,
        getitem: None,
        setitem: None,
        contains: None,
        number: NumberSlots::EMPTY,
        traverse: None,
        new: None,
        init: None,
        descr_get: None,
        descr_set: None,
    };
}

/// Type flags.
pub mod type_flags {
    /// Instances may be subclassed.
    pub const BASETYPE: u32 = 1 << 0;
    /// Instances hold references (tracked by the cycle collector).
    pub const HAVE_GC: u32 = 1 << 1;
    /// Instances are immutable (safe to share read-only across threads
    /// without locks).
    pub const IMMUTABLE: u32 = 1 << 2;
    /// A class created at run time (`class` statement or `type(n, b, d)`):
    /// the object is a `class::HeapType` whose first field is this PyType.
    pub const HEAPTYPE: u32 = 1 << 3;
    /// Attributes of this type bind like functions: `attr::lookup_method`
    /// may skip creating a bound method (Python functions, method
    /// descriptors).
    pub const METHOD_DESCRIPTOR: u32 = 1 << 4;
}

/// A type object. Builtin types are immortal statics; heap types (classes)
/// arrive with the eval loop.
#[repr(C)]
pub struct PyType {
    pub head: ObjHeader,
    pub name: &'static str,
    /// The base type, null only for `object`.
    pub base: *const PyType,
    pub flags: u32,
    pub slots: Slots,
    /// Drops an instance's payload and hands its memory to the reclaimer.
    /// Set by `PyObject::<T>::TYPE_FREE` for the payload type.
    pub free: unsafe fn(*mut ObjHeader),
    /// Native methods and attributes (builtin types; empty for classes).
    pub methods: &'static [MethodDef],
    /// The type's attribute dict, built on first use from `methods` for
    /// builtin types (write-once; classes fill it at creation).
    pub dict: crate::sync::OnceLock<Value>,
}

// SAFETY: all fields are immutable after construction except the header,
// whose mutable fields are atomics (see ObjHeader's Sync impl).
unsafe impl Sync for PyType {}
// SAFETY: as above.
unsafe impl Send for PyType {}

impl PyType {
    /// Is `self` the same type as, or a subtype of, `other`?
    pub fn is_subtype(&self, other: &PyType) -> bool {
        let mut t: *const PyType = self;
        while !t.is_null() {
            if core::ptr::eq(t, other) {
                return true;
            }
            // SAFETY: base pointers point at live (immortal or base-referenced)
            // type objects; the chain ends with null at `object`.
            t = unsafe { (*t).base };
        }
        false
    }

    /// A new reference to this type as a value.
    pub fn to_value(&self) -> Value {
        // SAFETY: a PyType is a heap object (repr(C), header first) and the
        // borrow keeps it alive for the call; the new reference is counted.
        unsafe { Value::from_raw_new_ref(self as *const PyType as usize) }
    }

    #[inline]
    pub fn is_heap(&self) -> bool {
        self.flags & type_flags::HEAPTYPE != 0
    }

    pub fn base(&self) -> Option<&PyType> {
        // SAFETY: `base` is null or a live type (see `is_subtype`).
        unsafe { self.base.as_ref() }
    }
}

impl core::fmt::Debug for PyType {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "<class '{}'>", self.name)
    }
}
