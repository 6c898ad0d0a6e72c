//! Design: DESIGN.md#bytecode
//!
//! THE opcode table: every instruction is declared once, here. The macro
//! generates the `Opcode` enum, `ALL`, names (CamelCase, and CPython's
//! UPPER_SNAKE for dis), operand kinds, inline-cache sizes, stack effects
//! and flags; a const block checks that ids are unique.
//!
//! Instruction format: one 32-bit word per instruction,
//!
//! ```text
//!   31          8 7        0
//!   +------------+----------+
//!   | oparg (24) | opcode 8 |      followed by cache_words() zeroed u32 words
//!   +------------+----------+
//! ```
//!
//! Opargs above 2^24 are built with `ExtendedArg` prefixes (each supplies
//! 24 more high bits). Jump opargs are absolute word offsets. Inline cache
//! words sit right after their instruction so a later specializer can
//! rewrite an instruction word and its caches in place with atomic stores
//! while other threads execute the same code (DESIGN.md#bytecode).
//!
//! Stack effects are `pop => push` in terms of `oparg` (named `n` below),
//! for the fall-through path; `jump_stack_effect` gives the taken branch of
//! the few instructions whose branch differs.
//!
//! Semantics follow CPython 3.13's instruction of the same name, except:
//! * `ForIter`: on exhaustion pops the iterator and jumps (no `END_FOR`).
//! * jumps are absolute.

#![forbid(unsafe_code)]

/// What an instruction's oparg means (for dis and the assembler).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    /// No oparg (ignored, 0).
    None,
    /// Index into `co_consts`.
    Const,
    /// Index into `co_names`.
    Name,
    /// `co_names` index << 1 | push-null flag (LoadGlobal).
    GlobalName,
    /// `co_names` index << 1 | method flag (LoadAttr).
    AttrName,
    /// `co_names` index << 2 | flags (LoadSuperAttr: bit 0 method, bit 1 two-arg form).
    SuperAttrName,
    /// Index into the fast locals (`co_localsplusnames`).
    Local,
    /// Two local indices packed as (a << 4) | b.
    LocalPair,
    /// Index of a cell or free variable in `co_localsplusnames`.
    Deref,
    /// Absolute target word offset.
    Jump,
    /// A count (items, arguments, stack depth).
    Count,
    /// `BinOpKind` (including in-place variants).
    BinOp,
    /// Comparison: `CmpOp as u32` << 5 | 16 if the result is coerced to bool.
    Compare,
    /// 0 or 1: `is not` / `not in`.
    Invert,
    /// `Intrinsic1`.
    Intrinsic1,
    /// `Intrinsic2`.
    Intrinsic2,
    /// Conversion for f-strings: 1 str, 2 repr, 3 ascii.
    Convert,
    /// `MakeFunction` attribute flag (defaults, kwdefaults, annotations, closure).
    FunctionAttr,
    /// Resume kind: 0 start, 1 after yield, 2 after yield from, 3 after await.
    Resume,
    /// GetAwaitable context: 0 plain, 1 after __aenter__, 2 after __aexit__.
    Awaitable,
    /// UnpackEx: before | after << 8.
    UnpackEx,
    /// CallFunctionEx: 1 if a kwargs mapping is on the stack.
    CallExFlags,
    /// RaiseVarargs form, Reraise depth, etc.
    Raw,
}

/// Instruction flags.
pub mod flags {
    /// Uses its oparg.
    pub const HAS_ARG: u32 = 1 << 0;
    /// May jump to its oparg target.
    pub const JUMP: u32 = 1 << 1;
    /// Never falls through to the next instruction.
    pub const NO_FALLTHROUGH: u32 = 1 << 2;
    /// Polls the eval breaker (function entry, back-edges).
    pub const CHECK_BREAKER: u32 = 1 << 3;
    /// May raise an exception.
    pub const ERROR: u32 = 1 << 4;
    /// May run arbitrary Python code (calls, operator dispatch).
    pub const ESCAPES: u32 = 1 << 5;
}

use flags::*;

macro_rules! define_opcodes {
    (
        oparg $n:ident;
        $( $(#[$doc:meta])* $name:ident = $id:literal, $operand:ident, $cache:literal, ($pop:expr) => ($push:expr), $flags:expr; )*
    ) => {
        /// A bytecode instruction's opcode.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Opcode {
            $( $(#[$doc])* $name = $id, )*
        }

        impl Opcode {
            /// Every opcode, in declaration order.
            pub const ALL: &'static [Opcode] = &[ $( Opcode::$name, )* ];

            /// CamelCase name (`LoadFast`).
            pub const fn name(self) -> &'static str {
                match self { $( Opcode::$name => stringify!($name), )* }
            }

            pub const fn operand(self) -> Operand {
                match self { $( Opcode::$name => Operand::$operand, )* }
            }

            /// Inline cache words that follow the instruction word.
            pub const fn cache_words(self) -> u32 {
                match self { $( Opcode::$name => $cache, )* }
            }

            pub const fn flags(self) -> u32 {
                match self { $( Opcode::$name => $flags, )* }
            }

            /// `(pop, push)` on the fall-through path for oparg `$n`.
            #[allow(unused_variables, clippy::identity_op)]
            pub const fn stack_effect(self, $n: u32) -> (u32, u32) {
                match self { $( Opcode::$name => ($pop, $push), )* }
            }

            pub const fn from_u8(b: u8) -> Option<Opcode> {
                match b {
                    $( $id => Some(Opcode::$name), )*
                    _ => None,
                }
            }
        }

        const _: () = {
            let ids = [ $( $id, )* ];
            let mut seen = [false; 256];
            let mut i = 0;
            while i < ids.len() {
                assert!(!seen[ids[i] as usize], "duplicate opcode id");
                seen[ids[i] as usize] = true;
                i += 1;
            }
        };
    };
}

define_opcodes! {
    oparg n;
    //                    id   operand       cache  pop => push                      flags
    Nop                 =  0,  None,          0,  (0) => (0),                          0;
    /// Pops the top of stack.
    PopTop              =  1,  None,          0,  (1) => (0),                          0;
    PushNull            =  2,  None,          0,  (0) => (1),                          0;
    /// Reached when the interpreter returns from a Python-to-Rust boundary.
    InterpreterExit     =  3,  None,          0,  (1) => (0),                          NO_FALLTHROUGH;
    EndSend             =  4,  None,          0,  (2) => (1),                          0;
    UnaryNegative       =  5,  None,          0,  (1) => (1),                          ERROR | ESCAPES;
    UnaryNot            =  6,  None,          0,  (1) => (1),                          0;
    UnaryInvert         =  7,  None,          0,  (1) => (1),                          ERROR | ESCAPES;
    /// Converts the top of stack to a bool (`__bool__`, `__len__`).
    ToBool              =  8,  None,          1,  (1) => (1),                          ERROR | ESCAPES;
    BinarySubscr        =  9,  None,          1,  (2) => (1),                          ERROR | ESCAPES;
    /// container[start:stop]
    BinarySlice         = 10,  None,          0,  (3) => (1),                          ERROR | ESCAPES;
    /// container[start:stop] = v   (v, container, start, stop --)
    StoreSlice          = 11,  None,          0,  (4) => (0),                          ERROR | ESCAPES;
    GetLen              = 12,  None,          0,  (1) => (2),                          ERROR | ESCAPES;
    MatchMapping        = 13,  None,          0,  (1) => (2),                          0;
    MatchSequence       = 14,  None,          0,  (1) => (2),                          0;
    /// (subject, keys -- subject, keys, values_or_none)
    MatchKeys           = 15,  None,          0,  (2) => (3),                          ERROR | ESCAPES;
    /// (exc -- prev_exc, exc)
    PushExcInfo         = 16,  None,          0,  (1) => (2),                          0;
    /// (left, right -- left, matches)
    CheckExcMatch       = 17,  None,          0,  (2) => (2),                          ERROR;
    /// (exc, type -- rest, match)
    CheckEgMatch        = 18,  None,          0,  (2) => (2),                          ERROR | ESCAPES;
    /// (exit_func, lasti, unused, val -- exit_func, lasti, unused, val, res)
    WithExceptStart     = 19,  None,          0,  (4) => (5),                          ERROR | ESCAPES;
    /// (mgr -- exit, res)
    BeforeWith          = 20,  None,          0,  (1) => (2),                          ERROR | ESCAPES;
    BeforeAsyncWith     = 21,  None,          0,  (1) => (2),                          ERROR | ESCAPES;
    /// (awaitable, exc --)
    EndAsyncFor         = 22,  None,          0,  (2) => (0),                          ERROR | ESCAPES;
    /// (sub_iter, last_sent_val, exc -- none, value)
    CleanupThrow        = 23,  None,          0,  (3) => (2),                          ERROR;
    /// (v, container, sub --)
    StoreSubscr         = 24,  None,          1,  (3) => (0),                          ERROR | ESCAPES;
    DeleteSubscr        = 25,  None,          0,  (2) => (0),                          ERROR | ESCAPES;
    GetIter             = 26,  None,          0,  (1) => (1),                          ERROR | ESCAPES;
    GetYieldFromIter    = 27,  None,          0,  (1) => (1),                          ERROR | ESCAPES;
    LoadBuildClass      = 28,  None,          0,  (0) => (1),                          ERROR;
    LoadAssertionError  = 29,  None,          0,  (0) => (1),                          0;
    ReturnGenerator     = 30,  None,          0,  (0) => (1),                          0;
    ReturnValue         = 31,  None,          0,  (1) => (0),                          NO_FALLTHROUGH;
    SetupAnnotations    = 32,  None,          0,  (0) => (0),                          ERROR;
    LoadLocals          = 33,  None,          0,  (0) => (1),                          ERROR;
    /// (exc_value --): restores the previous exception.
    PopExcept           = 34,  None,          0,  (1) => (0),                          0;
    GetAiter            = 35,  None,          0,  (1) => (1),                          ERROR | ESCAPES;
    /// (aiter -- aiter, awaitable)
    GetAnext            = 36,  None,          0,  (1) => (2),                          ERROR | ESCAPES;
    FormatSimple        = 37,  None,          0,  (1) => (1),                          ERROR | ESCAPES;
    /// (value, spec -- str)
    FormatWithSpec      = 38,  None,          0,  (2) => (1),                          ERROR | ESCAPES;
    /// (should_be_none --)
    ExitInitCheck       = 39,  None,          0,  (1) => (0),                          ERROR;
    MakeFunction        = 40,  None,          0,  (1) => (1),                          ERROR;

    // ---- with oparg ----------------------------------------------------
    StoreName           = 50,  Name,          1,  (1) => (0),                          HAS_ARG | ERROR | ESCAPES;
    DeleteName          = 51,  Name,          0,  (0) => (0),                          HAS_ARG | ERROR | ESCAPES;
    UnpackSequence      = 52,  Count,         1,  (1) => (n),                          HAS_ARG | ERROR | ESCAPES;
    /// Consumes an iterator: jumps to the target with the iterator popped
    /// when it is exhausted.
    ForIter             = 53,  Jump,          1,  (1) => (2),                          HAS_ARG | JUMP | ERROR | ESCAPES;
    UnpackEx            = 54,  UnpackEx,      0,  (1) => ((n & 0xFF) + 1 + (n >> 8)),  HAS_ARG | ERROR | ESCAPES;
    /// (v, owner --)
    StoreAttr           = 55,  Name,          1,  (2) => (0),                          HAS_ARG | ERROR | ESCAPES;
    DeleteAttr          = 56,  Name,          0,  (1) => (0),                          HAS_ARG | ERROR | ESCAPES;
    StoreGlobal         = 57,  Name,          1,  (1) => (0),                          HAS_ARG | ERROR;
    DeleteGlobal        = 58,  Name,          0,  (0) => (0),                          HAS_ARG | ERROR;
    /// Swaps TOS with the n-th item (n >= 2).
    Swap                = 59,  Count,         0,  (n) => (n),                          HAS_ARG;
    LoadConst           = 60,  Const,         0,  (0) => (1),                          HAS_ARG;
    LoadName            = 61,  Name,          2,  (0) => (1),                          HAS_ARG | ERROR | ESCAPES;
    BuildTuple          = 62,  Count,         0,  (n) => (1),                          HAS_ARG | ERROR;
    BuildList           = 63,  Count,         0,  (n) => (1),                          HAS_ARG | ERROR;
    BuildSet            = 64,  Count,         0,  (n) => (1),                          HAS_ARG | ERROR | ESCAPES;
    /// n key/value pairs.
    BuildMap            = 65,  Count,         0,  (2 * n) => (1),                      HAS_ARG | ERROR | ESCAPES;
    /// (owner -- attr[, self_or_null if n & 1])
    LoadAttr            = 66,  AttrName,      2,  (1) => (1 + (n & 1)),                HAS_ARG | ERROR | ESCAPES;
    CompareOp           = 67,  Compare,       1,  (2) => (1),                          HAS_ARG | ERROR | ESCAPES;
    /// (level, fromlist -- module)
    ImportName          = 68,  Name,          0,  (2) => (1),                          HAS_ARG | ERROR | ESCAPES;
    /// (module -- module, attr)
    ImportFrom          = 69,  Name,          0,  (1) => (2),                          HAS_ARG | ERROR | ESCAPES;
    JumpForward         = 70,  Jump,          0,  (0) => (0),                          HAS_ARG | JUMP | NO_FALLTHROUGH;
    PopJumpIfFalse      = 71,  Jump,          0,  (1) => (0),                          HAS_ARG | JUMP;
    PopJumpIfTrue       = 72,  Jump,          0,  (1) => (0),                          HAS_ARG | JUMP;
    /// (-- res[, null if n & 1])
    LoadGlobal          = 73,  GlobalName,    2,  (0) => (1 + (n & 1)),                HAS_ARG | ERROR;
    IsOp                = 74,  Invert,        0,  (2) => (1),                          HAS_ARG;
    ContainsOp          = 75,  Invert,        0,  (2) => (1),                          HAS_ARG | ERROR | ESCAPES;
    /// Re-raises TOS; pops n values below it first.
    Reraise             = 76,  Raw,           0,  (n + 1) => (0),                      HAS_ARG | ERROR | NO_FALLTHROUGH;
    /// Pushes a copy of the n-th item (n >= 1).
    Copy                = 77,  Count,         0,  (n) => (n + 1),                      HAS_ARG;
    ReturnConst         = 78,  Const,         0,  (0) => (0),                          HAS_ARG | NO_FALLTHROUGH;
    BinaryOp            = 79,  BinOp,         1,  (2) => (1),                          HAS_ARG | ERROR | ESCAPES;
    /// (receiver, v -- receiver, retval); jumps with the same shape when
    /// the receiver is exhausted.
    Send                = 80,  Jump,          1,  (2) => (2),                          HAS_ARG | JUMP | ERROR | ESCAPES;
    LoadFast            = 81,  Local,         0,  (0) => (1),                          HAS_ARG;
    StoreFast           = 82,  Local,         0,  (1) => (0),                          HAS_ARG;
    DeleteFast          = 83,  Local,         0,  (0) => (0),                          HAS_ARG | ERROR;
    /// LoadFast that raises UnboundLocalError if unset.
    LoadFastCheck       = 84,  Local,         0,  (0) => (1),                          HAS_ARG | ERROR;
    PopJumpIfNotNone    = 85,  Jump,          0,  (1) => (0),                          HAS_ARG | JUMP;
    PopJumpIfNone       = 86,  Jump,          0,  (1) => (0),                          HAS_ARG | JUMP;
    /// 0: re-raise, 1: raise exc, 2: raise exc from cause.
    RaiseVarargs        = 87,  Raw,           0,  (n) => (0),                          HAS_ARG | ERROR | NO_FALLTHROUGH;
    GetAwaitable        = 88,  Awaitable,     0,  (1) => (1),                          HAS_ARG | ERROR | ESCAPES;
    /// Pushes a local (or NULL if unset) and clears it (comprehension
    /// isolation, exception variables).
    LoadFastAndClear    = 89,  Local,         0,  (0) => (1),                          HAS_ARG;
    /// (count, null, args[n]...) see CPython's BUILD_SLICE: 2 or 3 items.
    BuildSlice          = 90,  Count,         0,  (n) => (1),                          HAS_ARG | ERROR;
    JumpBackwardNoInterrupt = 91, Jump,       0,  (0) => (0),                          HAS_ARG | JUMP | NO_FALLTHROUGH;
    MakeCell            = 92,  Deref,         0,  (0) => (0),                          HAS_ARG | ERROR;
    LoadDeref           = 94,  Deref,         0,  (0) => (1),                          HAS_ARG | ERROR;
    StoreDeref          = 95,  Deref,         0,  (1) => (0),                          HAS_ARG;
    DeleteDeref         = 96,  Deref,         0,  (0) => (0),                          HAS_ARG | ERROR;
    JumpBackward        = 97,  Jump,          0,  (0) => (0),                          HAS_ARG | JUMP | NO_FALLTHROUGH | CHECK_BREAKER;
    /// (func, null, callargs[, kwargs] -- result)
    CallFunctionEx      = 98,  CallExFlags,   0,  (3 + (n & 1)) => (1),                HAS_ARG | ERROR | ESCAPES;
    ExtendedArg         = 99,  Raw,           0,  (0) => (0),                          HAS_ARG;
    /// (list, unused[n-1], v -- list, unused[n-1])
    ListAppend          = 100, Count,         0,  (1) => (0),                          HAS_ARG | ERROR;
    SetAdd              = 101, Count,         0,  (1) => (0),                          HAS_ARG | ERROR | ESCAPES;
    /// (dict, unused[n-1], key, value -- dict, unused[n-1])
    MapAdd              = 102, Count,         0,  (2) => (0),                          HAS_ARG | ERROR | ESCAPES;
    CopyFreeVars        = 103, Count,         0,  (0) => (0),                          HAS_ARG;
    YieldValue          = 104, Raw,           0,  (1) => (1),                          HAS_ARG;
    /// Function entry / after yield: polls the eval breaker.
    Resume              = 105, Resume,        0,  (0) => (0),                          HAS_ARG | CHECK_BREAKER;
    /// (mapping_keys.., class, self?) see MatchClass: (subject, type, names -- attrs_or_none)
    MatchClass          = 106, Count,         0,  (3) => (1),                          HAS_ARG | ERROR | ESCAPES;
    BuildConstKeyMap    = 107, Count,         0,  (n + 1) => (1),                      HAS_ARG | ERROR | ESCAPES;
    BuildString         = 108, Count,         0,  (n) => (1),                          HAS_ARG | ERROR;
    ConvertValue        = 109, Convert,       0,  (1) => (1),                          HAS_ARG | ERROR | ESCAPES;
    ListExtend          = 110, Count,         0,  (1) => (0),                          HAS_ARG | ERROR | ESCAPES;
    SetUpdate           = 111, Count,         0,  (1) => (0),                          HAS_ARG | ERROR | ESCAPES;
    DictMerge           = 112, Count,         0,  (1) => (0),                          HAS_ARG | ERROR | ESCAPES;
    DictUpdate          = 113, Count,         0,  (1) => (0),                          HAS_ARG | ERROR | ESCAPES;
    /// (callable, self_or_null, args[n] -- res)
    Call                = 114, Count,         2,  (n + 2) => (1),                      HAS_ARG | ERROR | ESCAPES;
    /// (callable, self_or_null, args[n], kwnames -- res)
    CallKw              = 115, Count,         0,  (n + 3) => (1),                      HAS_ARG | ERROR | ESCAPES;
    /// (mapping -- value)
    LoadFromDictOrGlobals = 116, Name,        0,  (1) => (1),                          HAS_ARG | ERROR | ESCAPES;
    LoadFromDictOrDeref = 117, Deref,         0,  (1) => (1),                          HAS_ARG | ERROR | ESCAPES;
    /// (global_super, class, self -- attr[, null])
    LoadSuperAttr       = 118, SuperAttrName, 1,  (3) => (1 + (n & 1)),                HAS_ARG | ERROR | ESCAPES;
    CallIntrinsic1      = 119, Intrinsic1,    0,  (1) => (1),                          HAS_ARG | ERROR | ESCAPES;
    /// (value2, value1 -- res)
    CallIntrinsic2      = 120, Intrinsic2,    0,  (2) => (1),                          HAS_ARG | ERROR | ESCAPES;
    /// (attr, func -- func)
    SetFunctionAttribute = 121, FunctionAttr, 0,  (2) => (1),                          HAS_ARG;
    LoadFastLoadFast    = 122, LocalPair,     0,  (0) => (2),                          HAS_ARG;
    StoreFastStoreFast  = 123, LocalPair,     0,  (2) => (0),                          HAS_ARG;
    StoreFastLoadFast   = 124, LocalPair,     0,  (1) => (1),                          HAS_ARG;
}

impl Opcode {
    /// CPython's dis name (`LOAD_FAST` for `LoadFast`).
    pub fn dis_name(self) -> &'static str {
        static NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        let names = NAMES.get_or_init(|| {
            let mut v = vec![String::new(); 256];
            for op in Opcode::ALL {
                v[*op as usize] = camel_to_upper_snake(op.name());
            }
            v
        });
        &names[self as usize]
    }

    pub const fn has_arg(self) -> bool {
        self.flags() & HAS_ARG != 0
    }

    pub const fn is_jump(self) -> bool {
        self.flags() & JUMP != 0
    }

    /// Net stack effect of the fall-through path.
    pub const fn net_effect(self, oparg: u32) -> i32 {
        let (pop, push) = self.stack_effect(oparg);
        push as i32 - pop as i32
    }

    /// Net stack effect when the jump is taken (branching instructions).
    pub const fn jump_stack_effect(self, oparg: u32) -> i32 {
        match self {
            // exhausted: the iterator is popped
            Opcode::ForIter => -1,
            // (receiver, v -- receiver, retval)
            Opcode::Send => 0,
            _ => self.net_effect(oparg),
        }
    }
}

fn camel_to_upper_snake(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    let mut prev_alpha = false;
    for (i, c) in s.chars().enumerate() {
        if (c.is_ascii_uppercase() && i > 0) || (c.is_ascii_digit() && prev_alpha) {
            out.push('_');
        }
        prev_alpha = c.is_ascii_alphabetic();
        out.push(c.to_ascii_uppercase());
    }
    out
}

/// Binary operator kinds of `BinaryOp` (CPython's NB_* order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOpKind {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
    InplaceAdd = 13,
    InplaceAnd = 14,
    InplaceFloorDivide = 15,
    InplaceLshift = 16,
    InplaceMatrixMultiply = 17,
    InplaceMultiply = 18,
    InplaceRemainder = 19,
    InplaceOr = 20,
    InplacePower = 21,
    InplaceRshift = 22,
    InplaceSubtract = 23,
    InplaceTrueDivide = 24,
    InplaceXor = 25,
}

impl BinOpKind {
    pub fn from_u32(n: u32) -> Option<BinOpKind> {
        if n <= 25 {
            // The enum is dense in 0..=25.
            Some(BIN_OPS[n as usize])
        } else {
            None
        }
    }
    /// The operator as dis prints it (`+`, `+=`, ...).
    pub fn symbol(self) -> &'static str {
        [
            "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=", "@=", "*=",
            "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
        ][self as usize]
    }
    pub fn is_inplace(self) -> bool {
        (self as u8) >= 13
    }
}

const BIN_OPS: [BinOpKind; 26] = {
    use BinOpKind::*;
    [
        Add, And, FloorDivide, Lshift, MatrixMultiply, Multiply, Remainder, Or, Power, Rshift, Subtract, TrueDivide,
        Xor, InplaceAdd, InplaceAnd, InplaceFloorDivide, InplaceLshift, InplaceMatrixMultiply, InplaceMultiply,
        InplaceRemainder, InplaceOr, InplacePower, InplaceRshift, InplaceSubtract, InplaceTrueDivide, InplaceXor,
    ]
};

/// `CallIntrinsic1` functions (CPython's INTRINSIC_* 1-arg order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Intrinsic1 {
    Invalid = 0,
    Print = 1,
    ImportStar = 2,
    StopIterationError = 3,
    AsyncGenWrap = 4,
    UnaryPositive = 5,
    ListToTuple = 6,
    TypeVar = 7,
    ParamSpec = 8,
    TypeVarTuple = 9,
    SubscriptGeneric = 10,
    TypeAlias = 11,
}

impl Intrinsic1 {
    pub fn name(n: u32) -> &'static str {
        [
            "INTRINSIC_1_INVALID",
            "INTRINSIC_PRINT",
            "INTRINSIC_IMPORT_STAR",
            "INTRINSIC_STOPITERATION_ERROR",
            "INTRINSIC_ASYNC_GEN_WRAP",
            "INTRINSIC_UNARY_POSITIVE",
            "INTRINSIC_LIST_TO_TUPLE",
            "INTRINSIC_TYPEVAR",
            "INTRINSIC_PARAMSPEC",
            "INTRINSIC_TYPEVARTUPLE",
            "INTRINSIC_SUBSCRIPT_GENERIC",
            "INTRINSIC_TYPEALIAS",
        ]
        .get(n as usize)
        .copied()
        .unwrap_or("?")
    }
}

/// `CallIntrinsic2` functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Intrinsic2 {
    Invalid = 0,
    PrepReraiseStar = 1,
    TypeVarWithBound = 2,
    TypeVarWithConstraints = 3,
    SetFunctionTypeParams = 4,
    SetTypeparamDefault = 5,
}

impl Intrinsic2 {
    pub fn name(n: u32) -> &'static str {
        [
            "INTRINSIC_2_INVALID",
            "INTRINSIC_PREP_RERAISE_STAR",
            "INTRINSIC_TYPEVAR_WITH_BOUND",
            "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
            "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
            "INTRINSIC_SET_TYPEPARAM_DEFAULT",
        ]
        .get(n as usize)
        .copied()
        .unwrap_or("?")
    }
}

/// `SetFunctionAttribute` flags.
pub mod function_attr {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_round_trips() {
        for op in Opcode::ALL {
            assert_eq!(Opcode::from_u8(*op as u8), Some(*op));
            if op.flags() & JUMP != 0 {
                assert_eq!(op.operand(), Operand::Jump, "{:?}", op);
            }
            if op.operand() != Operand::None {
                assert!(op.has_arg(), "{:?} has an operand but no HAS_ARG", op);
            }
        }
        assert_eq!(Opcode::LoadFast.dis_name(), "LOAD_FAST");
        assert_eq!(Opcode::JumpBackwardNoInterrupt.dis_name(), "JUMP_BACKWARD_NO_INTERRUPT");
        assert_eq!(Opcode::CallIntrinsic1.dis_name(), "CALL_INTRINSIC_1");
        assert_eq!(Opcode::UnpackEx.stack_effect(0x0102), (1, 4));
    }

    #[test]
    fn binop_table_is_dense() {
        for i in 0..26 {
            assert_eq!(BinOpKind::from_u32(i).unwrap() as u32, i);
        }
    }
}
