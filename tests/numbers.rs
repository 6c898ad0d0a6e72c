//! Table-driven checks of int/float semantics against CPython 3.13.
//!
//! Each line of `CASES` is `op|operand...|expected`, generated once by
//! running CPython 3.13 over random and edge-case operands (the table is
//! pasted output; the test never runs Python). Operands: `i:<decimal>`,
//! `b:0|1` (bool), `f:<float.hex()>`; results: `i:`/`b:`/`f:<repr>`/
//! `t:(..)`/`s:<text>` or `E:<Kind>: <message>`. Strings given to the
//! parsers are hex-encoded UTF-8.
//!
//! Setting `WEFT_NUMBER_CASES=<file>` runs a larger table in the same format.

use weft::error::PyResult;
use weft::object::float::{as_float, float_fromhex, float_repr, parse_float, round_ndigits, round_to_int};
use weft::object::format::{format_float, format_int};
use weft::object::int::{int_to_decimal_string, is_int, parse_int, parse_int_limited};
use weft::object::ops::{self, BinOp, UnOp};
use weft::object::{CmpOp, Value};

fn operand(s: &str) -> Value {
    let (k, v) = s.split_once(':').expect("operand");
    match k {
        "i" => parse_int_limited(v, 10, 0).expect("int operand"),
        "b" => Value::bool(v == "1"),
        "f" => Value::from_f64(float_fromhex(v).expect("float operand")),
        _ => panic!("bad operand {}", s),
    }
}

fn bare(v: &Value) -> String {
    if let Some(b) = v.as_bool() {
        return if b { "True".into() } else { "False".into() };
    }
    if let Some(x) = as_float(v) {
        return float_repr(x);
    }
    if is_int(v) {
        return weft::object::int::bigint_to_decimal_limited(&weft::object::int::to_bigint(v).unwrap(), 0).unwrap();
    }
    if let Some(t) = v.downcast::<weft::object::tuple::PyTuple>() {
        let parts: Vec<String> = t.items.iter().map(bare).collect();
        return format!("({})", parts.join(", "));
    }
    panic!("unexpected result type {}", v.ty().name)
}

fn tagged(v: &Value) -> String {
    let kind = if v.as_bool().is_some() {
        "b"
    } else if as_float(v).is_some() {
        "f"
    } else if is_int(v) {
        "i"
    } else {
        "t"
    };
    format!("{}:{}", kind, bare(v))
}

fn show(r: PyResult<Value>) -> String {
    match r {
        Ok(v) => tagged(&v),
        Err(e) => format!("E:{}", e),
    }
}

fn show_s(r: PyResult<String>) -> String {
    match r {
        Ok(s) => format!("s:{}", s),
        Err(e) => format!("E:{}", e),
    }
}

fn unhex(h: &str) -> String {
    let bytes: Vec<u8> = (0..h.len()).step_by(2).map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap()).collect();
    String::from_utf8(bytes).unwrap()
}

fn binop(name: &str) -> Option<BinOp> {
    Some(match name {
        "add" => BinOp::Add,
        "sub" => BinOp::Sub,
        "mul" => BinOp::Mul,
        "truediv" => BinOp::TrueDiv,
        "floordiv" => BinOp::FloorDiv,
        "mod" => BinOp::Rem,
        "divmod" => BinOp::DivMod,
        "pow" => BinOp::Pow,
        "lshift" => BinOp::LShift,
        "rshift" => BinOp::RShift,
        "and" => BinOp::And,
        "or" => BinOp::Or,
        "xor" => BinOp::Xor,
        _ => return None,
    })
}

fn cmpop(name: &str) -> Option<CmpOp> {
    Some(match name {
        "lt" => CmpOp::Lt,
        "le" => CmpOp::Le,
        "eq" => CmpOp::Eq,
        "ne" => CmpOp::Ne,
        "gt" => CmpOp::Gt,
        "ge" => CmpOp::Ge,
        _ => return None,
    })
}

/// Runs one case; returns (got, expected).
fn run(line: &str) -> (String, String) {
    let f: Vec<&str> = line.split('|').collect();
    let op = f[0];
    let want = f[f.len() - 1].to_string();
    let got = if let Some(b) = binop(op) {
        show(ops::binary_op(&operand(f[1]), &operand(f[2]), b))
    } else if let Some(c) = cmpop(op) {
        show(ops::richcompare(&operand(f[1]), &operand(f[2]), c))
    } else {
        match op {
            "powmod" => show(ops::pow(&operand(f[1]), &operand(f[2]), Some(&operand(f[3])))),
            "neg" => show(ops::unary_op(&operand(f[1]), UnOp::Neg)),
            "pos" => show(ops::unary_op(&operand(f[1]), UnOp::Pos)),
            "abs" => show(ops::unary_op(&operand(f[1]), UnOp::Abs)),
            "invert" => show(ops::unary_op(&operand(f[1]), UnOp::Invert)),
            "hash" => show(ops::hash(&operand(f[1])).map(Value::from_i64)),
            "repr" => show_s(ops::repr_string(&operand(f[1]))),
            "float" => {
                let v = operand(f[1]);
                show((v.ty().slots.number.float.unwrap())(&v))
            }
            "int" => {
                let v = operand(f[1]);
                show((v.ty().slots.number.int.unwrap())(&v))
            }
            "bool" => show(ops::is_true(&operand(f[1])).map(Value::bool)),
            "round" => {
                let x = as_float(&operand(f[1])).unwrap();
                if f[2] == "none" {
                    show(round_to_int(x))
                } else {
                    show(round_ndigits(x, f[2].parse().unwrap()).map(Value::from_f64))
                }
            }
            "format" => {
                let v = operand(f[1]);
                match as_float(&v) {
                    Some(x) => show_s(format_float(x, f[2])),
                    None => show_s(format_int(&v, f[2])),
                }
            }
            "parseint" => show(parse_int(&unhex(f[1]), f[2].parse().unwrap())),
            "parsefloat" => show(parse_float(&unhex(f[1])).map(Value::from_f64)),
            _ => panic!("unknown op {}", op),
        }
    };
    (got, want)
}

fn check_table(text: &str) {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        n += 1;
        let (got, want) = run(line);
        if got != want {
            failures.push(format!("{}\n    got:  {}", line, got));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ from CPython:\n{}", failures.len(), n, failures.join("\n"));
}

#[test]
fn cpython_table() {
    check_table(CASES);
}

#[test]
fn external_table() {
    if let Ok(path) = std::env::var("WEFT_NUMBER_CASES") {
        check_table(&std::fs::read_to_string(path).unwrap());
    }
}

/// Pasted CPython 3.13 output (a sample of the generated tables).
const CASES: &str = r#"
invert|i:496968411222068959843003350477|i:-496968411222068959843003350478
format|f:0x1.3eaf26b74da50p+18|g|s:326333
lt|i:-1457439860744422230|f:0x1.c06a6d3ef80a8p-3|b:True
format|i:2147483648|.2f|s:2147483648.00
abs|i:9223372036854775808|i:9223372036854775808
format|f:0x1.999999999999ap-4|015,.3f|s:000,000,000.100
format|i:-228236298052889455894115860169534088423937514265411340847705|G|s:-2.28236E+59
format|f:-0x1.0000000000000p+0|.3g|s:-1
format|f:0x0.00000000000a9p-1022|f|s:0.000000
format|i:-266499452|<10|s:-266499452
round|f:0x1.139797a765f28p+63|-300|f:0.0
gt|f:0x1.0f0cf064dd592p+73|f:-0x1.7e43c8800759cp+996|b:True
format|f:0x1.1c37937e08000p+53|015,.3f|s:10,000,000,000,000,000.000
floordiv|f:0x1.309b804ae3ef0p-4|f:-0x1.9a2e0d6a15de4p-1|f:-1.0
format|i:925079021048347752|10.3d|E:ValueError: Precision not allowed in integer format specifier
format|i:-637615235030825510262894917944|#x|s:-0x80c3ef5ef838a2151e3e27938
format|f:0x1.309b804ae3ef0p-4|.17g|s:0.074367047445999424
add|f:0x1.999999999999ap-4|f:-0x1.3bf7800000000p+17|f:-161774.9
format|i:-729640348184129179|e|s:-7.296403e+17
format|i:-4611686018427387904|.3e|s:-4.612e+18
format|i:-2|.0f|s:-2
format|f:0x1.bea66147d6a1cp-1|*^+12,|s:+0.8723631286805502
ge|f:0x0.0p+0|i:-9094947017729282379150390625|b:True
format|i:-1629072112722597296|x|s:-169ba074905355b0
floordiv|i:950311517695288644976317249456631306655630876280247281577733163868266950481159992476289624358270037039763762777720332889182947747971801472528018640001464120627496163113128686574939|f:0x1.7ad3fe4483984p+19|f:1.2248808826639708e+174
truediv|i:-266499452|f:0x1.04a2af99cfde0p-2|f:-1047038669.9831177
truediv|f:0x0.00000000000a9p-1022|i:-801595503336622787951832879991061926455413503340797359714954|f:-0.0
format|f:0x1.3756200000000p+19|.|E:ValueError: Format specifier missing precision
format|f:0x1.0f0cf064dd592p+73|_b|E:ValueError: Unknown format code 'b' for object of type 'float'
sub|i:-266499452|f:-0x1.192980b10fbb8p-1|f:-266499451.45085523
format|i:-266499452|015,.3f|s:-266,499,452.000
parseint|7a|16|E:ValueError: invalid literal for int() with base 16: 'z'
format|i:1|-|s:1
format|i:-1955235997168210374|G|s:-1.95524E+18
floordiv|i:4611686018427387904|i:-9223372036854775808|i:-1
format|f:0x1.0000000000000p+53|G|s:9.0072E+15
format|i:-1|.1%|s:-100.0%
format|i:-325927485|E|s:-3.259275E+08
format|f:0x1.999999999999ap-4|.20e|s:1.00000000000000005551e-01
format|f:0x1.0624dd2f1a9fcp-10| |s: 0.001
format|i:3|.1|E:ValueError: Precision not allowed in integer format specifier
format|i:-1436299295177877506406188004410441069982476950221909551871116|,_|E:ValueError: Cannot specify both ',' and '_'.
format|i:3|x|s:3
parseint|202031322020|8|i:10
format|i:1|_.3f|s:1.000
format|f:0x1.0000000000000p-1| |s: 0.5
format|i:-9094947017729282379150390625|.1|E:ValueError: Precision not allowed in integer format specifier
truediv|i:-1955235997168210374|f:0x1.dbd995749871cp-2|f:-4.2075484442344545e+18
format|i:-13994477942530201043|.|E:ValueError: Format specifier missing precision
format|f:0x1.dbd995749871cp-2|_|s:0.464697203866409
format|f:0x1.742a92ef6c1ecp+19||s:762196.5917263604
ge|f:0x1.8000000000000p+0|f:0x1.1288d79b01c10p-27|b:True
round|f:nan|0|f:nan
format|f:0x1.73b21a3a99356p-1|%|s:72.596819%
format|i:-999999999999999999999999999993|n|s:-999999999999999999999999999993
int|i:1000000000000000000000000000000|i:1000000000000000000000000000000
format|i:-17536964941166567548|#g|s:-1.75370e+19
format|f:0x1.7e43c8800759cp+996|b|E:ValueError: Unknown format code 'b' for object of type 'float'
parseint|2d37373737373737373737373737373737373737373737373737|0|i:-7777777777777777777777777
format|f:0x0.0000000000001p-1022|>10|s:    5e-324
format|b:1|#.3g|s:1.00
round|f:0x1.0000000000000p+53|none|i:9007199254740992
format|i:40536215597144386832065866109016673800875222251012083746192454448001|>10|s:40536215597144386832065866109016673800875222251012083746192454448001
format|i:717897987691852588770249|_|s:717_897_987_691_852_588_770_249
format|f:-0x1.cb7b800000000p+19|c|E:ValueError: Unknown format code 'c' for object of type 'float'
format|f:0x1.5555555555555p-2|#.0e|s:3.e-01
format|f:-0x1.7e43c8800759cp+996|g|s:-1e+300
format|i:-11284274084039978460|s|E:ValueError: Unknown format code 's' for object of type 'int'
format|f:-0x1.cb7b800000000p+19|<015.3|s:-9.41e+05000000
mod|f:-0x1.0000000000000p-1|f:-0x1.9a2e0d6a15de4p-1|f:-0.5
format|f:0x1.4000000000000p+1|z|s:2.5
format|i:10| |s: 10
format|i:-3083697852225651776|.20e|s:-3.08369785222565171200e+18
format|i:-13994477942530201043|.3e|s:-1.399e+19
format|f:0x1.1288d79b01c10p-27|#o|E:ValueError: Unknown format code 'o' for object of type 'float'
int|b:0|i:0
format|i:-1283790301966957938809713122013656225089470382590946887765274|10.3d|E:ValueError: Precision not allowed in integer format specifier
format|f:0x1.1666666666666p+2|,|s:4.35
format|b:0|015,.3f|s:000,000,000.000
format|i:-1457439860744422230|+c|E:ValueError: Sign not allowed with integer format specifier 'c'
ne|i:7|i:-4611686018427387905|b:True
format|i:-325927485|#|s:-325927485
format|f:-0x1.9a2e0d6a15de4p-1|_.3f|s:-0.801
format|f:0x0.0000000000001p-1022|.2f|s:0.00
powmod|i:-938337985|i:5|i:100000000000000000001|i:14293996906428989760
bool|f:0x1.297eb559b2e33p+731|b:True
format|f:-inf|.20e|s:-inf
format|i:-11284274084039978460|0|s:-11284274084039978460
format|i:-8681910739204564417|=+15,.4e|s:-    8.6819e+18
format|f:0x1.4f8b588e368f1p-17|_x|E:ValueError: Unknown format code 'x' for object of type 'float'
floordiv|f:0x0.0000000000001p-1022|i:-988334041030422210|f:-1.0
format|f:0x1.0000000000000p+0|.20e|s:1.00000000000000000000e+00
divmod|f:-0x1.cb7b800000000p+19|f:0x1.297eb559b2e33p+731|t:(-1.0, 1.3127029760658737e+220)
format|i:-7897469567994392174328988784504809847540729881935024059662581894710332201|015,.3f|s:-7,897,469,567,994,391,550,804,161,012,016,054,702,996,608,556,172,259,247,532,631,372,173,672,448.000
format|f:0x1.7ad3fe4483984p+19|12.4|s:   7.758e+05
format|f:0x1.bea66147d6a1cp-1|=+15,.4e|s:+    8.7236e-01
format|f:0x1.c6c522a7cfbd0p-54|s|E:ValueError: Unknown format code 's' for object of type 'float'
format|i:-11284274084039978460|10.3d|E:ValueError: Precision not allowed in integer format specifier
format|f:0x1.3756200000000p+19|^10|s: 637617.0 
repr|f:0x1.139797a765f28p+63|s:9.929253913569608e+18
bool|f:-0x1.192980b10fbb8p-1|b:True
format|f:0x1.7e43c8800759cp+996|G|s:1E+300
format|i:-2||s:-2
sub|f:0x1.0000000000000p+0|i:-8681910739204564417|f:8.681910739204564e+18
round|f:0x1.c06a6d3ef80a8p-3|3|f:0.219
format|f:0x1.e240c9fbe76c9p+16|#.0e|s:1.e+05
format|f:0x1.1666666666666p+2||s:4.35
format|i:3|n|s:3
format|i:-3083697852225651776|_.3f|s:-3_083_697_852_225_651_712.000
format|f:0x0.012688b70e62bp-1022|0|s:1e-310
format|i:-1436299295177877506406188004410441069982476950221909551871116|f|s:-1436299295177877587376349628137096150318894596017814214017024.000000
format|f:0x1.c6c522a7cfbd0p-54|.17g|s:9.8612537417768721e-17
format|i:1545214238323065764|10.3d|E:ValueError: Precision not allowed in integer format specifier
format|f:0x1.0000000000000p-1|#o|E:ValueError: Unknown format code 'o' for object of type 'float'
format|i:-4611686018427387905| |s:-4611686018427387905
format|f:0x1.297abb47bf77ep+723|.0f|s:51274782408977539676298895326309616899178788082752133748590040110213828435384378206040064509184397779386779559161005030960581699020396994433067682659755270457152741545331774444530732535131168372724164475262269881581568
format|f:0x1.0000000000000p+53|.|E:ValueError: Format specifier missing precision
format|f:0x1.92c0637726858p-586|_b|E:ValueError: Unknown format code 'b' for object of type 'float'
add|i:-1283790301966957938809713122013656225089470382590946887765274|i:-801595503336622787951832879991061926455413503340797359714954|i:-2085385805303580726761546002004718151544883885931744247480228
format|i:496968411222068959843003350477|0=12|s:496968411222068959843003350477
format|f:0x0.012688b70e62bp-1022|G|s:1E-310
abs|i:1545214238323065764|i:1545214238323065764
format|f:-inf|_b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|f:0x1.1db1171f046d8p-574|f|s:0.000000
round|f:0x1.0f72072fe04c6p-1|2|f:0.53
format|i:-670076223|.1%|s:-67007622300.0%
lshift|i:-1|i:31|i:-2147483648
format|f:0x1.4000000000000p+1|s|E:ValueError: Unknown format code 's' for object of type 'float'
format|i:-1283790301966957938809713122013656225089470382590946887765274|*^+12,|s:-1,283,790,301,966,957,938,809,713,122,013,656,225,089,470,382,590,946,887,765,274
format|f:0x1.3eaf26b74da50p+18|#g|s:326333.
format|f:0x1.0624dd2f1a9fcp-10|.10|s:0.001
round|f:0x1.c06a6d3ef80a8p-3|-300|f:0.0
format|f:-0x1.7e43c8800759cp+996|=10|s:-   1e+300
format|i:-13994477942530201043|+|s:-13994477942530201043
format|f:-0x1.e000000000000p+2|q|E:ValueError: Unknown format code 'q' for object of type 'float'
format|i:-4730393337643432168|0|s:-4730393337643432168
format|i:-13994477942530201043|f|s:-13994477942530201600.000000
format|i:3245900172204009703|X|s:2D0BC102549968E7
add|i:1891519852106363248375380589958770096304774304070485672781560063488933508213999449615518309849950951050019902205437662217417682408283275263153939660679036218190621560118350781784807|f:-0x1.f7f8800000000p+18|f:1.8915198521063633e+180
format|f:0x1.e240c9fbe76c9p+16|e|s:1.234568e+05
format|f:0x1.e240c9fbe76c9p+16|.50f|s:123456.78900000000430736690759658813476562500000000000000
format|f:0x1.04a2af99cfde0p-2|x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|f:0x1.7ad3fe4483984p+19|#b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|i:-17536964941166567548|*^+12,|s:-17,536,964,941,166,567,548
format|f:-0x0.0p+0|_.3f|s:-0.000
format|f:0x1.c06a6d3ef80a8p-3|.1|s:0.2
floordiv|f:0x1.999999999999ap-4|f:-0x1.e000000000000p+2|f:-1.0
format|i:-2|#|s:-2
format|f:-0x1.f7f8800000000p+18|_x|E:ValueError: Unknown format code 'x' for object of type 'float'
round|f:0x1.8000000000000p+0|none|i:2
format|f:0x1.1666666666666p+2|z.2f|s:4.35
format|f:0x1.5169600000000p+19|.3g|s:6.91e+05
round|f:0x1.999999999999ap-4|2|f:0.1
gt|f:0x0.00000000000a9p-1022|f:-0x1.3bf7800000000p+17|b:True
format|f:0x1.1666666666666p+2|#g|s:4.35000
format|i:2147483648|g|s:2.14748e+09
floordiv|i:255|i:0|E:ZeroDivisionError: integer division or modulo by zero
format|b:0|=10|s:         0
le|i:-1436299295177877506406188004410441069982476950221909551871116|i:-1470244707014493396|b:True
eq|i:-1846479575194004725|f:-0x0.0p+0|b:False
mul|f:0x1.c06a6d3ef80a8p-3|f:-0x1.9a2e0d6a15de4p-1|f:-0.17541038090283154
format|f:0x0.0p+0|f|s:0.000000
mul|f:0x1.0f0cf064dd592p+73|i:-1629072112722597296|f:-1.6290721127225973e+40
format|i:18446744073709551617|c|E:OverflowError: Python int too large to convert to C long
format|i:-256||s:-256
format|i:-4611686018427387905|X|s:-4000000000000001
invert|i:0|i:-1
format|f:0x1.04a2af99cfde0p-2|c|E:ValueError: Unknown format code 'c' for object of type 'float'
round|f:inf|1|f:inf
format|i:-1436299295177877506406188004410441069982476950221909551871116|.10|E:ValueError: Precision not allowed in integer format specifier
format|i:-9094947017729282379150390625|.20e|s:-9.09494701772928265544e+27
lt|f:0x1.0f0cf064dd592p+73|i:3|b:False
repr|f:0x1.0f72072fe04c6p-1|s:0.5301668401663384
repr|f:-0x1.3bf7800000000p+17|s:-161775.0
format|i:2147483648|F|s:2147483648.000000
format|f:0x1.0000000000000p+53|.2f|s:9007199254740992.00
bool|f:-0x1.f7f8800000000p+18|b:True
format|f:0x1.139797a765f28p+63|.17g|s:9.9292539135696077e+18
format|i:9223372036854775808|_b|s:1000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
format|f:0x1.3756200000000p+19|#.3g|s:6.38e+05
format|i:1000000000000000000000000000000|0|s:1000000000000000000000000000000
format|f:0x0.0p+0|q|E:ValueError: Unknown format code 'q' for object of type 'float'
format|i:16125670290659210324|010|s:16125670290659210324
format|f:0x1.999999999999ap-4|10.3d|E:ValueError: Unknown format code 'd' for object of type 'float'
format|f:-0x1.0000000000000p+0|10.3d|E:ValueError: Unknown format code 'd' for object of type 'float'
repr|i:255|s:255
truediv|f:0x1.0000000000000p-1|f:-0x1.7e43c8800759cp+996|f:-5e-301
format|i:9007199254740993|.1%|s:900719925474099200.0%
format|i:925079021048347752|b|s:110011010110100010100111011111100110110000001011110001101000
format|i:-1436299295177877506406188004410441069982476950221909551871116|*^+12,|s:-1,436,299,295,177,877,506,406,188,004,410,441,069,982,476,950,221,909,551,871,116
format|i:-1955235997168210374|-|s:-1955235997168210374
round|f:-0x1.0000000000000p+63|2|f:-9.223372036854776e+18
format|i:4611686018427387903|0=12|s:4611686018427387903
powmod|i:-256|i:-2|i:1|i:0
format|i:2147483648|x|s:80000000
format|f:0x0.0000000000001p-1022|q|E:ValueError: Unknown format code 'q' for object of type 'float'
round|f:0x0.00000000000a9p-1022|5|f:0.0
format|f:0x1.309b804ae3ef0p-4|=10|s:0.07436704744599942
format|i:-801595503336622787951832879991061926455413503340797359714954|.20e|s:-8.01595503336622758576e+59
truediv|i:-1|f:-0x1.e000000000000p+2|f:0.13333333333333333
format|i:2|%|s:200.000000%
mul|f:-0x0.0p+0|f:0x1.c6c522a7cfbd0p-54|f:-0.0
format|i:-1489428756100873344|,_|E:ValueError: Cannot specify both ',' and '_'.
pos|f:-0x1.0000000000000p+0|f:-1.0
mod|f:0x1.8000000000000p+0|i:-938337985|f:-938337983.5
int|f:0x1.c6c522a7cfbd0p-54|i:0
format|i:-729640348184129179|.2f|s:-729640348184129152.00
format|f:-0x1.7e43c8800759cp+996|q|E:ValueError: Unknown format code 'q' for object of type 'float'
parsefloat|5f31|E:ValueError: could not convert string to float: '_1'
format|i:-670076223|12.4|E:ValueError: Precision not allowed in integer format specifier
format|f:0x1.0000000000000p+53|X|E:ValueError: Unknown format code 'X' for object of type 'float'
format|i:-1|=10|s:-        1
format|f:0x1.73b21a3a99356p-1|10.3d|E:ValueError: Unknown format code 'd' for object of type 'float'
format|f:inf|.10|s:inf
format|i:-228236298052889455894115860169534088423937514265411340847705|s|E:ValueError: Unknown format code 's' for object of type 'int'
format|i:-1|#c|E:ValueError: Alternate form (#) not allowed with integer format specifier 'c'
format|f:nan|.3g|s:nan
format|f:0x1.3756200000000p+19|z.2f|s:637617.00
floordiv|i:1891519852106363248375380589958770096304774304070485672781560063488933508213999449615518309849950951050019902205437662217417682408283275263153939660679036218190621560118350781784807|f:0x1.e9258405fd6d0p-4|f:1.5839149598973678e+181
format|i:-1489428756100873344|=10|s:-1489428756100873344
format|b:0|.17g|s:0
format|f:0x1.c6c522a7cfbd0p-54|>10|s:9.861253741776872e-17
format|i:16125670290659210324|X|s:DFC9E3B11FCFF454
format|f:0x1.297abb47bf77ep+723|#g|s:5.12748e+217
format|f:0x1.0f72072fe04c6p-1||s:0.5301668401663384
format|i:-670076223|z.2f|s:-670076223.00
and|i:-204|i:-17536964941166567548|i:-17536964941166567676
format|i:-999999999999999999999999999993|+c|E:ValueError: Sign not allowed with integer format specifier 'c'
repr|i:2346697625310617636|s:2346697625310617636
format|i:0|x|s:0
divmod|i:-11284274084039978460|f:0x1.1288d79b01c10p-27|t:(-1.4122984502118384e+27, 7.83654525206701e-09)
format|i:-7897469567994392174328988784504809847540729881935024059662581894710332201|#x|s:-0x478456d4d8f40d96de727d13f815ebdd64c53c31abd8413a22fc726dc8b29
le|i:-1489428756100873344|i:0|b:True
le|i:-2|i:2346697625310617636|b:True
format|i:9007199254740993|_x|s:20_0000_0000_0001
format|i:-999999999999999999999999999993|.20e|s:-1.00000000000000001988e+30
float|f:0x1.1db1171f046d8p-574|f:1.8048463547479015e-173
parseint|e280a831e280a8|10|i:1
format|f:-0x1.b51b000000000p+17|n|s:-223798
format|i:-256|12.4|E:ValueError: Precision not allowed in integer format specifier
hash|i:-2120900515934485659|i:-2120900515934485659
sub|f:0x1.297abb47bf77ep+723|f:0x0.012688b70e62bp-1022|f:5.127478240897754e+217
format|f:0x1.1db1171f046d8p-574|>10|s:1.8048463547479015e-173
mod|f:0x1.7e43c8800759cp+996|f:0x0.012688b70e62bp-1022|f:7.3379109777517e-311
format|f:0x1.bea66147d6a1cp-1|_b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|i:1|g|s:1
format|f:0x1.3eaf26b74da50p+18|,.2f|s:326,332.60
format|f:0x1.0000000000000p-1|G|s:0.5
bool|f:-0x1.9a2e0d6a15de4p-1|b:True
format|f:0x1.5dc30f56e7306p-1|s|E:ValueError: Unknown format code 's' for object of type 'float'
format|f:0x0.0000000000001p-1022|%|s:0.000000%
mod|i:-9223372036854775808|f:0x1.0000000000000p-1|f:0.0
format|i:-942294382|_.3f|s:-942_294_382.000
round|f:0x1.297eb559b2e33p+731|10|f:1.3127029760658737e+220
format|i:3245900172204009703|>10|s:3245900172204009703
ge|f:-0x0.0p+0|f:0x1.0000000000000p+53|b:False
round|f:0x1.0f72072fe04c6p-1|10|f:0.5301668402
format|f:-0x1.3bf7800000000p+17|.1|s:-2e+05
format|b:0|.1%|s:0.0%
format|i:-637615235030825510262894917944|#b|s:-0b1000000011000011111011110101111011111000001110001010001000010101000111100011111000100111100100111000
format|f:0x1.bea66147d6a1cp-1|n|s:0.872363
round|f:0x1.3eaf26b74da50p+18|3|f:326332.605
format|f:0x1.4f8b588e368f1p-17|=+15,.4e|s:+    1.0000e-05
ge|f:0x1.c06a6d3ef80a8p-3|i:-729640348184129179|b:True
format|f:0x1.1288d79b01c10p-27|e|s:7.990007e-09
format|i:-11284274084039978460|d|s:-11284274084039978460
format|i:-999999999999999999999999999993|^10|s:-999999999999999999999999999993
format|f:-0x1.7e43c8800759cp+996|_|s:-1e+300
format|f:0x1.5555555555555p-2|_.3f|s:0.333
mul|i:2257553045074560687705365419103439697819581718581925775414403007231339365891279823653384589321476507459736210867794596341069176188918283090293410219289519080779849237547440343669510|f:nan|f:nan
format|i:2346697625310617636|,|s:2,346,697,625,310,617,636
format|f:0x1.7ad3fe4483984p+19|x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|i:-3083697852225651776|<10|s:-3083697852225651776
format|i:18446744073709551617|e|s:1.844674e+19
mul|i:-1489428756100873344|i:700099951763825407786260317998542169129588058526868734022236|i:-1042749000301875906188938186444296788311240280529244407896106804868285515677184
neg|f:0x1.0624dd2f1a9fcp-10|f:-0.001
round|f:0x1.309b804ae3ef0p-4|3|f:0.074
format|i:2346697625310617636|<015.3|E:ValueError: Precision not allowed in integer format specifier
format|f:0x1.1db1171f046d8p-574|+c|E:ValueError: Unknown format code 'c' for object of type 'float'
hash|i:-11284274084039978460|i:-2060902047185202656
format|i:-1470244707014493396|.2f|s:-1470244707014493440.00
format|i:-801595503336622787951832879991061926455413503340797359714954|#o|s:-0o1775471361505431411242332342262633453750255633271251420036422471212
format|i:0|>10|s:         0
format|i:-4611686018427387904|.0f|s:-4611686018427387904
gt|i:1|i:1267650600228229401496703205375|b:False
format|i:-266499452|_x|s:-fe2_757c
format|f:0x1.0000000000000p+53|_.3f|s:9_007_199_254_740_992.000
parseint|352e|0|E:ValueError: invalid literal for int() with base 0: '5.'
format|f:-0x1.0000000000000p+63|=10|s:-9.223372036854776e+18
format|f:-0x1.e000000000000p+2|.17g|s:-7.5
format|f:0x1.0000000000000p+63|_.3f|s:9_223_372_036_854_775_808.000
format|i:7|X|s:7
lt|f:0x1.bea66147d6a1cp-1|i:3|b:True
mod|i:-1955235997168210374|f:-0x1.9a2e0d6a15de4p-1|f:-0.698888943731717
ne|i:9223372036854775808|i:1267650600228229401496703205375|b:True
repr|i:-942294382|s:-942294382
pos|f:0x0.00000000000a9p-1022|f:8.35e-322
float|f:0x1.04a2af99cfde0p-2|f:0.2545268476132758
format|f:0x1.e240c9fbe76c9p+16|0=12|s:00123456.789
format|i:0|<10|s:0         
format|i:-4611686018427387904|s|E:ValueError: Unknown format code 's' for object of type 'int'
format|i:-17536964941166567548|.10|E:ValueError: Precision not allowed in integer format specifier
format|f:0x1.c06a6d3ef80a8p-3|#.0e|s:2.e-01
format|f:-0x1.7e43c8800759cp+996|12.4|s:     -1e+300
parseint|312e35|8|E:ValueError: invalid literal for int() with base 8: '1.5'
format|i:-8681910739204564417|-|s:-8681910739204564417
format|i:-1470244707014493396|e|s:-1.470245e+18
format|i:-1470244707014493396|.17g|s:-1.4702447070144934e+18
neg|i:255|i:-255
format|i:1000000000000000000000000000000|d|s:1000000000000000000000000000000
format|i:7|+|s:+7
format|f:0x1.297eb559b2e33p+731|0|s:1.3127029760658737e+220
format|f:0x1.1c37937e08000p+53|.|E:ValueError: Format specifier missing precision
int|i:-11284274084039978460|i:-11284274084039978460
format|f:-0x1.80671aea15c1ep-1|c|E:ValueError: Unknown format code 'c' for object of type 'float'
format|f:0x1.1666666666666p+2|<015.3|s:4.3500000000000
ge|f:-0x0.0p+0|i:16125670290659210324|b:False
format|i:-1629072112722597296|q|E:ValueError: Unknown format code 'q' for object of type 'int'
mod|i:-1846479575194004725|f:0x1.297eb559b2e33p+731|f:1.3127029760658737e+220
format|i:-1846479575194004725|n|s:-1846479575194004725
le|i:-988334041030422210|f:-0x1.f7f8800000000p+18|b:True
format|i:-266499452|E|s:-2.664995E+08
bool|f:0x1.8000000000000p+0|b:True
abs|i:16125670290659210324|i:16125670290659210324
format|i:-1470244707014493396|10.3d|E:ValueError: Precision not allowed in integer format specifier
repr|i:-256|s:-256
format|f:0x1.7ad3fe4483984p+19|.50f|s:775839.94586353050544857978820800781250000000000000000000
format|f:-0x1.cb7b800000000p+19|0=12|s:-000941020.0
format|i:-942294382|.50f|s:-942294382.00000000000000000000000000000000000000000000000000
le|i:-7897469567994392174328988784504809847540729881935024059662581894710332201|i:-1436299295177877506406188004410441069982476950221909551871116|b:True
format|f:0x1.3eaf26b74da50p+18|,_|E:ValueError: Cannot specify both ',' and '_'.
format|f:0x1.1666666666666p+2|g|s:4.35
format|i:2|,|s:2
format|f:-0x1.b51b000000000p+17|z|s:-223798.0
eq|i:9007199254740993|f:0x1.4000000000000p+1|b:False
format|i:-4611686018427387904|.3g|s:-4.61e+18
format|i:-1283790301966957938809713122013656225089470382590946887765274|c|E:OverflowError: Python int too large to convert to C long
format|i:-999999999999999999999999999993|_x|s:-c_9f2c_9cd0_4674_edea_3fff_fff9
format|f:-0x1.b51b000000000p+17|<10|s:-223798.0 
format|f:-0x1.0000000000000p+63|^10|s:-9.223372036854776e+18
int|i:255|i:255
format|f:-0x0.0p+0|#g|s:-0.00000
format|i:-9223372036854775808|=10|s:-9223372036854775808
powmod|i:-13994477942530201043|i:100|i:0|E:ValueError: pow() 3rd argument cannot be 0
divmod|i:-256|f:-0x1.3bf7800000000p+17|t:(0.0, -256.0)
format|i:-999999999999999999999999999993| |s:-999999999999999999999999999993
sub|i:-999999999999999999999999999993|i:-999999999999999999999999999993|i:0
format|f:0x1.7ad3fe4483984p+19|.3e|s:7.758e+05
parseint|316535|8|E:ValueError: invalid literal for int() with base 8: '1e5'
gt|f:0x1.139797a765f28p+63|f:0x1.139797a765f28p+63|b:False
format|i:-13994477942530201043|-|s:-13994477942530201043
pos|i:2147483648|i:2147483648
mod|f:-0x1.7e43c8800759cp+996|i:-2|f:-0.0
round|f:-0x1.0000000000000p+63|0|f:-9.223372036854776e+18
format|i:-7|n|s:-7
format|f:-0x1.cb7b800000000p+19|_b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|i:-1955235997168210374|010|s:-1955235997168210374
hash|f:0x1.bea66147d6a1cp-1|i:2011532421763832832
neg|i:4611686018427387903|i:-4611686018427387903
format|i:-228236298052889455894115860169534088423937514265411340847705|q|E:ValueError: Unknown format code 'q' for object of type 'int'
hash|f:0x1.0f72072fe04c6p-1|i:1222481502114465280
format|i:-7|=+15,.4e|s:-    7.0000e+00
pos|f:0x1.3eaf26b74da50p+18|f:326332.6049379455
ge|f:-0x1.0000000000000p+63|i:-9094947017729282379150390625|b:True
format|i:-637615235030825510262894917944|015,.3f|s:-637,615,235,030,825,473,627,295,580,160.000
format|i:-942294382|q|E:ValueError: Unknown format code 'q' for object of type 'int'
format|f:0x1.0f0cf064dd592p+73|%|s:999999999999999983222784.000000%
format|i:1000000000000000000000000000000|<015.3|E:ValueError: Precision not allowed in integer format specifier
format|f:0x1.1666666666666p+2|F|s:4.350000
format|i:2147483648|d|s:2147483648
format|f:0x1.8000000000000p+0|,.2f|s:1.50
format|i:622348177387547234476031965415|<10|s:622348177387547234476031965415
ge|f:0x1.0000000000000p+63|i:0|b:True
round|f:0x1.742a92ef6c1ecp+19|-1|f:762200.0
format|f:0x0.00000000000a9p-1022|%|s:0.000000%
parseint|2b5f31|2|E:ValueError: invalid literal for int() with base 2: '+_1'
mod|i:4611686018427387904|b:0|E:ZeroDivisionError: integer modulo by zero
truediv|i:9007199254740993|f:0x1.4f8b588e368f1p-17|f:9.007199254740991e+20
sub|i:255|i:-4730393337643432168|i:4730393337643432423
format|b:1|.1%|s:100.0%
format|f:0x1.e9258405fd6d0p-4|<015.3|s:0.1190000000000
format|i:-1629072112722597296|.20e|s:-1.62907211272259737600e+18
format|i:-228236298052889455894115860169534088423937514265411340847705|.1|E:ValueError: Precision not allowed in integer format specifier
format|i:-11284274084039978460|0=12|s:-11284274084039978460
format|i:9007199254740993|,_|E:ValueError: Cannot specify both ',' and '_'.
format|i:-988334041030422210|<10|s:-988334041030422210
lt|f:0x1.1288d79b01c10p-27|f:0x1.5dc30f56e7306p-1|b:True
lt|f:0x1.0f0cf064dd592p+73|i:-1846479575194004725|b:False
format|i:-1629072112722597296|d|s:-1629072112722597296
format|f:0x1.297eb559b2e33p+731|X|E:ValueError: Unknown format code 'X' for object of type 'float'
format|f:-0x0.0p+0| |s:-0.0
hash|i:-2|i:-2
format|i:-256|_|s:-256
format|i:0|=+15,.4e|s:+    0.0000e+00
format|f:0x1.d3b7254b8b418p+18|G|s:478941
format|b:1|#b|s:0b1
format|f:0x1.0000000000000p+0|z|s:1.0
format|f:-0x1.9a2e0d6a15de4p-1|=10|s:-0.8011326019285971
format|i:-4730393337643432168|.10|E:ValueError: Precision not allowed in integer format specifier
format|i:4611686018427387903|g|s:4.61169e+18
round|f:0x0.0000000000001p-1022|0|f:0.0
format|f:0x1.0f0cf064dd592p+73|-|s:1e+22
round|f:0x1.742a92ef6c1ecp+19|300|f:762196.5917263604
format|i:-7897469567994392174328988784504809847540729881935024059662581894710332201|c|E:OverflowError: Python int too large to convert to C long
round|f:0x1.e9258405fd6d0p-4|-300|f:0.0
format|i:255|_x|s:ff
format|i:-2120900515934485659|.50f|s:-2120900515934485760.00000000000000000000000000000000000000000000000000
eq|i:-4611686018427387905|f:-0x1.80671aea15c1ep-1|b:False
format|i:18446744073709551617|<10|s:18446744073709551617
ne|i:7|f:0x1.0f0cf064dd592p+73|b:True
format|i:-228236298052889455894115860169534088423937514265411340847705|#x|s:-0x245c3222ff72e7655211b372396cf5bbda72411c54caa1ca59
ne|i:1891519852106363248375380589958770096304774304070485672781560063488933508213999449615518309849950951050019902205437662217417682408283275263153939660679036218190621560118350781784807|i:-1955235997168210374|b:True
format|f:0x0.00000000000a9p-1022|#.3g|s:8.35e-322
format|f:-0x1.3bf7800000000p+17|s|E:ValueError: Unknown format code 's' for object of type 'float'
format|f:0x1.742a92ef6c1ecp+19|=10|s:762196.5917263604
format|i:-1470244707014493396|E|s:-1.470245E+18
format|i:-2|,|s:-2
format|i:-11284274084039978460|,|s:-11,284,274,084,039,978,460
format|i:-7897469567994392174328988784504809847540729881935024059662581894710332201|-|s:-7897469567994392174328988784504809847540729881935024059662581894710332201
mod|i:-1|f:0x1.1288d79b01c10p-27|f:3.5316415723432093e-09
format|i:2346697625310617636|.1|E:ValueError: Precision not allowed in integer format specifier
round|f:0x1.0000000000000p+53|-1|f:9007199254740990.0
format|i:622348177387547234476031965415|=+15,.4e|s:+    6.2235e+29
format|f:-0x1.80671aea15c1ep-1|#b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|i:40536215597144386832065866109016673800875222251012083746192454448001|#o|s:0o600724123454453614437204036717056466574150627741673123677627723263206371601
format|i:255|d|s:255
format|i:245828600311961528152743470533232154132675206538833153739424| |s: 245828600311961528152743470533232154132675206538833153739424
ge|i:700099951763825407786260317998542169129588058526868734022236|f:0x1.999999999999ap-4|b:True
format|f:0x1.0f0cf064dd592p+73|.|E:ValueError: Format specifier missing precision
format|f:0x1.92c0637726858p-586|.50f|s:0.00000000000000000000000000000000000000000000000000
format|f:0x1.1288d79b01c10p-27|+|s:+7.990006703149316e-09
format|f:0x1.e9258405fd6d0p-4|.1%|s:11.9%
gt|i:-7|f:0x1.5dc30f56e7306p-1|b:False
format|i:10|_.3f|s:10.000
format|i:-1|+|s:-1
truediv|i:245828600311961528152743470533232154132675206538833153739424|f:-0x1.9a2e0d6a15de4p-1|f:-3.068513248870024e+59
format|i:10|.2f|s:10.00
format|i:-3083697852225651776|#b|s:-0b10101011001011011111101101101111000100100010111000010001000000
le|i:-17536964941166567548|i:-637615235030825510262894917944|b:False
format|b:0|+|s:+0
format|b:1|10.3d|E:ValueError: Precision not allowed in integer format specifier
le|i:622348177387547234476031965415|f:-0x1.0000000000000p+0|b:False
le|i:-17536964941166567548|f:0x1.0000000000000p+53|b:True
parseint|e280a831e280a8|0|i:1
format|f:-0x1.f7f8800000000p+18|_b|E:ValueError: Unknown format code 'b' for object of type 'float'
sub|f:0x1.999999999999ap-4|f:0x1.297eb559b2e33p+731|f:-1.3127029760658737e+220
format|i:-9094947017729282379150390625|q|E:ValueError: Unknown format code 'q' for object of type 'int'
format|i:-2120900515934485659|F|s:-2120900515934485760.000000
format|f:0x1.999999999999ap-4|b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|f:0x1.0000000000000p+0|z.2f|s:1.00
hash|f:0x1.0000000000000p+63|i:4
format|f:0x1.1288d79b01c10p-27|,|s:7.990006703149316e-09
format|f:0x1.7e43c8800759cp+996|<10|s:1e+300    
format|i:2346697625310617636|=+15,.4e|s:+    2.3467e+18
eq|f:0x1.dbd995749871cp-2|f:0x1.7e43c8800759cp+996|b:False
format|f:0x0.0000000000001p-1022|015,.3f|s:000,000,000.000
round|f:0x0.0p+0|0|f:0.0
round|f:0x1.1c37937e08000p+53|-2|f:1e+16
repr|f:0x1.999999999999ap-4|s:0.1
float|i:-637615235030825510262894917944|f:-6.376152350308255e+29
format|i:-1629072112722597296|z|E:ValueError: Negative zero coercion (z) not allowed in integer format specifier
format|i:40536215597144386832065866109016673800875222251012083746192454448001|0|s:40536215597144386832065866109016673800875222251012083746192454448001
powmod|i:-988334041030422210|i:12345|i:-7|i:-6
format|f:inf|x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|f:0x1.297eb559b2e33p+731|_x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|i:1000000000000000000000000000000|.10|E:ValueError: Precision not allowed in integer format specifier
abs|i:-17536964941166567548|i:17536964941166567548
round|f:-0x1.192980b10fbb8p-1|1|f:-0.5
invert|i:-637615235030825510262894917944|i:637615235030825510262894917943
format|f:0x1.0000000000000p+53|<10|s:9007199254740992.0
floordiv|i:-4611686018427387904|f:0x1.73b21a3a99356p-1|f:-6.352462943809979e+18
format|i:622348177387547234476031965415|015,.3f|s:622,348,177,387,547,259,477,883,355,136.000
parseint|2d696e66|8|E:ValueError: invalid literal for int() with base 8: '-inf'
format|f:0x1.0624dd2f1a9fcp-10|-|s:0.001
round|f:0x1.0f72072fe04c6p-1|1|f:0.5
round|f:0x1.4000000000000p+1|3|f:2.5
format|i:1267650600228229401496703205375|X|s:FFFFFFFFFFFFFFFFFFFFFFFFF
format|i:-637615235030825510262894917944|x|s:-80c3ef5ef838a2151e3e27938
format|f:0x1.e240c9fbe76c9p+16|_|s:123_456.789
bool|f:0x1.dbd995749871cp-2|b:True
pow|f:0x1.0624dd2f1a9fcp-10|f:0x1.5dc30f56e7306p-1|f:0.008925109596049665
format|i:255|e|s:2.550000e+02
format|i:-256|,.2f|s:-256.00
lt|f:0x1.0000000000000p+53|i:3655557015901707830518128285579080324109253874945544448779080537703777864539957300288840159200137710206709869091548673951105034170313877531491065668959571473866447908991087996893705|b:True
format|i:-729640348184129179|12.4|E:ValueError: Precision not allowed in integer format specifier
format|i:-801595503336622787951832879991061926455413503340797359714954|c|E:OverflowError: Python int too large to convert to C long
format|f:0x1.1666666666666p+2|<10|s:4.35      
format|i:-256|_b|s:-1_0000_0000
format|f:0x1.0f0cf064dd592p+73|_x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|i:-325927485|_.3f|s:-325_927_485.000
format|f:0x1.e240c9fbe76c9p+16|^10|s:123456.789
format|f:0x0.0p+0|.3g|s:0
sub|i:7|f:-0x1.7e43c8800759cp+996|f:1e+300
format|i:-1489428756100873344|g|s:-1.48943e+18
format|i:-1470244707014493396|+#012x|s:-0x14675bc5767f44d4
parseint|30|36|i:0
format|i:4611686018427387903|-|s:4611686018427387903
format|f:0x1.1c37937e08000p+53|,|s:1e+16
truediv|i:-729640348184129179|i:-9223372036854775808|f:0.07910776506343127
format|f:0x1.3756200000000p+19|b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|i:700099951763825407786260317998542169129588058526868734022236|X|s:6F88488C9C91E19CB84257F1BE34CD4FCD941164E42605125C
format|f:0x1.3eaf26b74da50p+18|s|E:ValueError: Unknown format code 's' for object of type 'float'
mul|f:0x1.7e43c8800759cp+996|i:-4611686018427387904|f:-inf
xor|i:-11284274084039978460|i:16125670290659210324|i:-4850421669150759312
format|i:-4730393337643432168|n|s:-4730393337643432168
format|f:-0x1.80671aea15c1ep-1|n|s:-0.750787
neg|i:-13994477942530201043|i:13994477942530201043
format|f:0x1.bea66147d6a1cp-1|10.3d|E:ValueError: Unknown format code 'd' for object of type 'float'
repr|i:16125670290659210324|s:16125670290659210324
repr|i:-13994477942530201043|s:-13994477942530201043
format|i:4611686018427387903|G|s:4.61169E+18
format|i:-9223372036854775808|-|s:-9223372036854775808
format|i:-988334041030422210|#x|s:-0xdb74492eb0b6ec2
format|f:-0x1.b51b000000000p+17|_x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|i:-988334041030422210|,_|E:ValueError: Cannot specify both ',' and '_'.
pos|b:1|i:1
parseint|2d696e66|2|E:ValueError: invalid literal for int() with base 2: '-inf'
ne|i:7|i:-988334041030422210|b:True
format|i:3|<015.3|E:ValueError: Precision not allowed in integer format specifier
format|f:0x1.1c37937e08000p+53|_b|E:ValueError: Unknown format code 'b' for object of type 'float'
sub|f:0x1.0000000000000p+63|i:-13994477942530201043|f:2.321784997938498e+19
round|f:0x1.8000000000000p+0|-2|f:0.0
format|f:0x1.0000000000000p+53|_.3f|s:9_007_199_254_740_992.000
format|i:622348177387547234476031965415|#c|E:ValueError: Alternate form (#) not allowed with integer format specifier 'c'
format|f:0x1.7e43c8800759cp+996|#b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|f:0x1.3756200000000p+19|#g|s:637617.
format|i:-325927485|G|s:-3.25927E+08
format|f:-0x1.192980b10fbb8p-1|_x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|i:2|015,.3f|s:000,000,002.000
format|i:-7|X|s:-7
format|i:9007199254740993|=+15,.4e|s:+    9.0072e+15
format|f:0x1.999999999999ap-4|%|s:10.000000%
format|f:0x1.4000000000000p+1|^10|s:   2.5    
format|i:2|F|s:2.000000
format|i:-938337985|s|E:ValueError: Unknown format code 's' for object of type 'int'
format|i:245828600311961528152743470533232154132675206538833153739424|q|E:ValueError: Unknown format code 'q' for object of type 'int'
format|f:0x1.1db1171f046d8p-574|+|s:+1.8048463547479015e-173
format|f:0x1.92c0637726858p-586|,.2f|s:0.00
format|f:0x0.00000000000a9p-1022|,_|E:ValueError: Cannot specify both ',' and '_'.
format|i:9223372036854775808|.17g|s:9.2233720368547758e+18
format|f:0x1.3756200000000p+19|#o|E:ValueError: Unknown format code 'o' for object of type 'float'
format|i:-1||s:-1
divmod|f:-0x1.0000000000000p+0|i:925079021048347752|t:(-1.0, 9.250790210483478e+17)
le|i:18446744073709551617|i:-1489428756100873344|b:False
format|f:0x0.012688b70e62bp-1022|*^+12,|s:**+1e-310***
format|f:0x1.742a92ef6c1ecp+19|.17g|s:762196.59172636038
format|i:-8681910739204564417|c|E:OverflowError: %c arg not in range(0x110000)
pos|f:-0x1.3bf7800000000p+17|f:-161775.0
format|f:0x0.012688b70e62bp-1022|=10|s:    1e-310
round|f:0x1.5dc30f56e7306p-1|300|f:0.6831288140852798
format|i:9007199254740993|.3g|s:9.01e+15
format|i:1267650600228229401496703205375||s:1267650600228229401496703205375
format|i:1267650600228229401496703205375|-|s:1267650600228229401496703205375
format|f:0x1.0624dd2f1a9fcp-10|#x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|i:-1457439860744422230|_|s:-1_457_439_860_744_422_230
bool|f:0x1.7ad3fe4483984p+19|b:True
format|f:-0x1.0000000000000p-1|#.3g|s:-0.500
format|f:0x1.e9258405fd6d0p-4|-|s:0.11942054340019159
ne|i:-17536964941166567548|i:-4730393337643432168|b:True
neg|i:9007199254740993|i:-9007199254740993
format|f:0x1.309b804ae3ef0p-4|.3e|s:7.437e-02
format|f:0x0.012688b70e62bp-1022|.|E:ValueError: Format specifier missing precision
format|f:-0x1.3bf7800000000p+17|#x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|i:-942294382|.1|E:ValueError: Precision not allowed in integer format specifier
round|f:0x1.0000000000000p+0|5|f:1.0
float|f:0x1.0f0cf064dd592p+73|f:1e+22
format|i:-256|>10|s:      -256
format|i:-670076223|<015.3|E:ValueError: Precision not allowed in integer format specifier
parsefloat|30|f:0.0
format|f:0x1.3eaf26b74da50p+18|.1%|s:32633260.5%
pow|i:-3083697852225651776|i:3|i:-29323476315411515806734713093828302157065841161045016576
format|f:0x1.999999999999ap-4|#.3g|s:0.100
parseint|6535|10|E:ValueError: invalid literal for int() with base 10: 'e5'
format|f:-0x1.f7f8800000000p+18|.1%|s:-51606600.0%
format|i:3245900172204009703|.3g|s:3.25e+18
format|i:496968411222068959843003350477|E|s:4.969684E+29
format|f:inf| |s: inf
pos|f:0x1.7ad3fe4483984p+19|f:775839.9458635305
format|f:0x1.1288d79b01c10p-27|#b|E:ValueError: Unknown format code 'b' for object of type 'float'
mod|i:-1|i:496968411222068959843003350477|i:496968411222068959843003350476
format|f:nan|.1|s:nan
ne|f:-0x1.cb7b800000000p+19|i:-1436299295177877506406188004410441069982476950221909551871116|b:True
format|i:2147483648|.0f|s:2147483648
format|f:0x1.73b21a3a99356p-1|0=12|s:0.7259681889087044
ge|i:-988334041030422210|f:-0x1.cb7b800000000p+19|b:False
format|i:-4611686018427387904|<015.3|E:ValueError: Precision not allowed in integer format specifier
eq|f:0x1.1288d79b01c10p-27|i:-4611686018427387904|b:False
float|i:700099951763825407786260317998542169129588058526868734022236|f:7.000999517638254e+59
format|f:0x1.d3b7254b8b418p+18|^10|s:478940.5827358379
eq|i:2147483648|f:0x1.0000000000000p+63|b:False
format|i:-729640348184129179|=10|s:-729640348184129179
format|i:-7|12.4|E:ValueError: Precision not allowed in integer format specifier
format|i:-266499452|#c|E:ValueError: Alternate form (#) not allowed with integer format specifier 'c'
format|i:-637615235030825510262894917944|b|s:-1000000011000011111011110101111011111000001110001010001000010101000111100011111000100111100100111000
format|i:-1489428756100873344|.|E:ValueError: Format specifier missing precision
neg|f:0x1.7ad3fe4483984p+19|f:-775839.9458635305
format|i:2346697625310617636|_x|s:2091_250e_8fe4_6024
format|i:-325927485|.0f|s:-325927485
format|f:-0x1.9a2e0d6a15de4p-1|F|s:-0.801133
format|f:0x1.5dc30f56e7306p-1|12.4|s:      0.6831
format|f:0x1.1c37937e08000p+53|#|s:1.e+16
format|i:0||s:0
float|i:18446744073709551617|f:1.8446744073709552e+19
format|i:-801595503336622787951832879991061926455413503340797359714954|z|E:ValueError: Negative zero coercion (z) not allowed in integer format specifier
format|f:0x1.c06a6d3ef80a8p-3|.50f|s:0.21895299290099967670641945005627349019050598144531
format|f:-0x1.0000000000000p+63|-|s:-9.223372036854776e+18
format|i:-1846479575194004725|_.3f|s:-1_846_479_575_194_004_736.000
float|i:9223372036854775808|f:9.223372036854776e+18
format|i:-999999999999999999999999999993|_|s:-999_999_999_999_999_999_999_999_999_993
format|i:-9223372036854775808|.3e|s:-9.223e+18
format|i:255|z.2f|s:255.00
format|i:-266499452|#x|s:-0xfe2757c
format|f:0x1.dbd995749871cp-2|.|E:ValueError: Format specifier missing precision
add|i:-1629072112722597296|f:0x0.0p+0|f:-1.6290721127225974e+18
parseint|d9a1d9a2d9a3|0|i:123
format|f:0x1.0000000000000p+53|#g|s:9.00720e+15
format|i:-325927485|z.2f|s:-325927485.00
format|f:-0x1.80671aea15c1ep-1|,|s:-0.7507866297481802
truediv|i:-670076223|f:0x1.04a2af99cfde0p-2|f:-2632634746.7207212
floordiv|i:-1955235997168210374|i:9007199254740993|i:-218
format|f:0x1.73b21a3a99356p-1|b|E:ValueError: Unknown format code 'b' for object of type 'float'
parseint|306f3137|8|i:15
format|i:10|#x|s:0xa
format|i:4611686018427387903|0|s:4611686018427387903
round|f:-0x1.192980b10fbb8p-1|none|i:-1
repr|b:0|s:False
format|i:717897987691852588770249|=10|s:717897987691852588770249
pos|f:0x1.1c37937e08000p+53|f:1e+16
format|f:0x1.0f0cf064dd592p+73|E|s:1.000000E+22
round|f:0x1.297eb559b2e33p+731|300|f:1.3127029760658737e+220
format|i:9223372036854775808|<10|s:9223372036854775808
format|i:9007199254740993|c|E:OverflowError: %c arg not in range(0x110000)
format|f:0x1.5169600000000p+19|s|E:ValueError: Unknown format code 's' for object of type 'float'
format|i:-256|+#012x|s:-0x000000100
format|i:-729640348184129179|z|E:ValueError: Negative zero coercion (z) not allowed in integer format specifier
float|f:-0x1.f7f8800000000p+18|f:-516066.0
format|f:0x1.0000000000000p+53|-|s:9007199254740992.0
format|i:-4730393337643432168|.|E:ValueError: Format specifier missing precision
format|f:0x1.4f8b588e368f1p-17|f|s:0.000010
format|i:700099951763825407786260317998542169129588058526868734022236|+c|E:ValueError: Sign not allowed with integer format specifier 'c'
hash|i:1267650600228229401496703205375|i:549755813887
round|f:0x0.00000000000a9p-1022|-1|f:0.0
format|f:0x1.3eaf26b74da50p+18|0|s:326332.6049379455
format|i:496968411222068959843003350477|-|s:496968411222068959843003350477
round|f:0x1.73b21a3a99356p-1|2|f:0.73
format|i:717897987691852588770249|#b|s:0b10011000000001010101001111110000110110110010111111010000100111011110001111001001
powmod|i:-11284274084039978460|i:5|i:0|E:ValueError: pow() 3rd argument cannot be 0
truediv|f:0x1.04a2af99cfde0p-2|f:-0x1.b51b000000000p+17|f:-1.1373061761645582e-06
format|f:0x1.139797a765f28p+63|#o|E:ValueError: Unknown format code 'o' for object of type 'float'
format|f:0x1.3eaf26b74da50p+18|.3g|s:3.26e+05
sub|i:-9094947017729282379150390625|f:-0x1.f7f8800000000p+18|f:-9.094947017729283e+27
format|f:0x1.0000000000000p+53|+|s:+9007199254740992.0
parseint|3132c2a0|0|i:12
format|f:0x1.3756200000000p+19|0|s:637617.0
invert|i:-988334041030422210|i:988334041030422209
le|i:-1|f:-0x1.0000000000000p-1|b:True
format|f:0x1.5555555555555p-2|#c|E:ValueError: Unknown format code 'c' for object of type 'float'
format|i:-1457439860744422230|#.0e|s:-1.e+18
format|f:-0x1.3bf7800000000p+17|E|s:-1.617750E+05
format|i:9007199254740993|e|s:9.007199e+15
format|i:-325927485|-|s:-325927485
format|f:0x1.7e43c8800759cp+996|=+15,.4e|s:+   1.0000e+300
format|i:-4730393337643432168|s|E:ValueError: Unknown format code 's' for object of type 'int'
format|f:0x1.0000000000000p+53|12.4|s:   9.007e+15
format|i:16125670290659210324|#|s:16125670290659210324
add|f:0x1.8000000000000p+0|i:496968411222068959843003350477|f:4.9696841122206896e+29
pos|i:622348177387547234476031965415|i:622348177387547234476031965415
format|i:-204|%|s:-20400.000000%
format|i:-228236298052889455894115860169534088423937514265411340847705|.3g|s:-2.28e+59
format|i:1545214238323065764|,|s:1,545,214,238,323,065,764
format|i:40536215597144386832065866109016673800875222251012083746192454448001|z.2f|s:40536215597144385152754123696827602759555453634662081420086646669312.00
format|f:0x1.e240c9fbe76c9p+16|.10|s:123456.789
format|i:-988334041030422210|.0f|s:-988334041030422272
format|i:-1470244707014493396|.3g|s:-1.47e+18
format|f:-0x1.3bf7800000000p+17|#b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|f:0x1.4f8b588e368f1p-17|.50f|s:0.00001000000000000000081803053914031309545862313826
repr|i:-7|s:-7
format|f:0x1.3756200000000p+19|E|s:6.376170E+05
format|i:-942294382|#.0e|s:-9.e+08
format|i:496968411222068959843003350477||s:496968411222068959843003350477
round|f:0x1.5dc30f56e7306p-1|-300|f:0.0
format|f:0x1.dbd995749871cp-2|>10|s:0.464697203866409
add|f:nan|i:-1629072112722597296|f:nan
format|i:-9223372036854775808|E|s:-9.223372E+18
format|f:-0x1.f7f8800000000p+18| |s:-516066.0
format|f:0x1.c06a6d3ef80a8p-3|_b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|f:0x0.012688b70e62bp-1022|,|s:1e-310
round|f:0x1.e9258405fd6d0p-4|-1|f:0.0
format|f:0x1.0000000000000p-1|#g|s:0.500000
format|f:0x1.c06a6d3ef80a8p-3|s|E:ValueError: Unknown format code 's' for object of type 'float'
format|f:inf|#.0e|s:inf
format|i:-938337985|d|s:-938337985
format|i:40536215597144386832065866109016673800875222251012083746192454448001|.17g|s:4.0536215597144385e+67
hash|f:0x1.139797a765f28p+63|i:705881876714831876
format|i:-228236298052889455894115860169534088423937514265411340847705|F|s:-228236298052889469368593496891044921808058185847875901063168.000000
format|f:0x1.5dc30f56e7306p-1|#b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|f:0x1.0000000000000p+63|E|s:9.223372E+18
round|f:-0x1.cb7b800000000p+19|1|f:-941020.0
format|i:-2120900515934485659|#.3g|s:-2.12e+18
format|f:0x1.0000000000000p+53|_x|E:ValueError: Unknown format code 'x' for object of type 'float'
add|f:0x1.742a92ef6c1ecp+19|i:-1470244707014493396|f:-1.4702447070137313e+18
format|i:925079021048347752|.17g|s:9.2507902104834778e+17
format|f:-0x1.80671aea15c1ep-1| |s:-0.7507866297481802
format|i:-670076223|G|s:-6.70076E+08
format|i:-1846479575194004725|x|s:-19a00363fc73ecf5
format|i:245828600311961528152743470533232154132675206538833153739424|z|E:ValueError: Negative zero coercion (z) not allowed in integer format specifier
format|f:0x1.5dc30f56e7306p-1|G|s:0.683129
parseint|696e66|16|E:ValueError: invalid literal for int() with base 16: 'inf'
lt|f:0x1.3756200000000p+19|i:-1470244707014493396|b:False
format|f:0x1.4f8b588e368f1p-17|10.3d|E:ValueError: Unknown format code 'd' for object of type 'float'
format|i:255|F|s:255.000000
format|f:-0x1.192980b10fbb8p-1|.0f|s:-1
format|i:-9094947017729282379150390625|.|E:ValueError: Format specifier missing precision
format|f:0x1.73b21a3a99356p-1|z|s:0.7259681889087044
truediv|f:0x0.012688b70e62bp-1022|i:717897987691852588770249|f:0.0
format|i:-1846479575194004725|F|s:-1846479575194004736.000000
format|f:0x1.73b21a3a99356p-1|.3g|s:0.726
abs|f:0x1.0000000000000p+53|f:9007199254740992.0
format|f:0x1.0f72072fe04c6p-1|12.4|s:      0.5302
parseint|306f3137|10|E:ValueError: invalid literal for int() with base 10: '0o17'
format|i:-4611686018427387905|.2f|s:-4611686018427387904.00
format|f:-0x1.9a2e0d6a15de4p-1|+#012x|E:ValueError: Unknown format code 'x' for object of type 'float'
le|f:0x0.012688b70e62bp-1022|f:0x0.00000000000a9p-1022|b:False
format|f:0x1.309b804ae3ef0p-4|<10|s:0.07436704744599942
sub|i:1|i:-1|i:2
format|i:3245900172204009703|,_|E:ValueError: Cannot specify both ',' and '_'.
format|i:4611686018427387904|+c|E:ValueError: Sign not allowed with integer format specifier 'c'
format|i:-938337985|.1%|s:-93833798500.0%
format|f:0x1.139797a765f28p+63|.3g|s:9.93e+18
format|i:40536215597144386832065866109016673800875222251012083746192454448001|+#012x|s:+0x180ea14e592bc647d081ee78ba6d7c3465fc3bb29eff2fd359a19f381
bool|f:0x0.012688b70e62bp-1022|b:True
format|f:0x1.0000000000000p-1|=+15,.4e|s:+    5.0000e-01
format|i:4611686018427387903|.1%|s:461168601842738790400.0%
format|b:0|n|s:0
neg|f:0x0.00000000000a9p-1022|f:-8.35e-322
format|f:0x1.0000000000000p+0|+|s:+1.0
format|f:0x0.0000000000001p-1022|+c|E:ValueError: Unknown format code 'c' for object of type 'float'
divmod|i:1|i:16125670290659210324|t:(0, 1)
format|i:-4611686018427387905|.1|E:ValueError: Precision not allowed in integer format specifier
format|f:0x0.0000000000001p-1022|10.3d|E:ValueError: Unknown format code 'd' for object of type 'float'
ge|f:0x1.1c37937e08000p+53|i:-2120900515934485659|b:True
parseint|2d30|10|i:0
format|i:-1955235997168210374|z|E:ValueError: Negative zero coercion (z) not allowed in integer format specifier
lt|i:-1470244707014493396|i:0|b:True
format|i:-4730393337643432168|f|s:-4730393337643431936.000000
lt|i:-325927485|i:-1629072112722597296|b:False
format|i:-204|.1|E:ValueError: Precision not allowed in integer format specifier
mul|i:-3052110229764120051407914069446252419282387822097065150089982120867447743379116195470694536097171782836675403583042786165850741758250042001942587322131305115227422003977425267279473|f:0x1.3eaf26b74da50p+18|f:-9.960030818366766e+185
int|f:0x1.309b804ae3ef0p-4|i:0
format|f:0x0.0000000000001p-1022|,|s:5e-324
float|f:-0x1.cb7b800000000p+19|f:-941020.0
gt|i:-4730393337643432168|f:0x1.04a2af99cfde0p-2|b:False
format|i:-3083697852225651776|_x|s:-2acb_7edb_c48b_8440
format|f:-0x1.f7f8800000000p+18|*^+12,|s:*-516,066.0*
format|i:9223372036854775808|,_|E:ValueError: Cannot specify both ',' and '_'.
format|f:0x1.309b804ae3ef0p-4|_|s:0.07436704744599942
format|i:40536215597144386832065866109016673800875222251012083746192454448001|.3g|s:4.05e+67
round|f:0x0.00000000000a9p-1022|3|f:0.0
format|f:0x1.0000000000000p+53|z|s:9007199254740992.0
round|f:0x1.742a92ef6c1ecp+19|5|f:762196.59173
format|i:7|12.4|E:ValueError: Precision not allowed in integer format specifier
format|i:245828600311961528152743470533232154132675206538833153739424|#x|s:0x2729aa57a529ddf4c7340856933b0b639855e6fa5af79fcaa0
format|i:-4611686018427387905|_x|s:-4000_0000_0000_0001
lt|i:3245900172204009703|i:3245900172204009703|b:False
le|f:-0x1.b51b000000000p+17|i:-4730393337643432168|b:False
format|f:nan|c|E:ValueError: Unknown format code 'c' for object of type 'float'
format|i:-8681910739204564417|010|s:-8681910739204564417
format|f:0x1.0000000000000p+0|e|s:1.000000e+00
format|f:0x0.012688b70e62bp-1022|>10|s:    1e-310
format|f:0x1.dbd995749871cp-2|.2f|s:0.46
pow|f:0x1.5169600000000p+19|i:100|E:OverflowError: (34, 'Numerical result out of range')
int|f:-0x1.192980b10fbb8p-1|i:0
format|i:-999999999999999999999999999993|g|s:-1e+30
format|f:0x1.dbd995749871cp-2|b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|i:-4611686018427387905|0=12|s:-4611686018427387905
format|i:-4730393337643432168|.1|E:ValueError: Precision not allowed in integer format specifier
format|f:0x1.92c0637726858p-586|c|E:ValueError: Unknown format code 'c' for object of type 'float'
format|i:3|+#012x|s:+0x000000003
format|i:-11284274084039978460|015,.3f|s:-11,284,274,084,039,979,008.000
format|f:0x1.1db1171f046d8p-574|c|E:ValueError: Unknown format code 'c' for object of type 'float'
format|i:-988334041030422210|#.3g|s:-9.88e+17
repr|b:1|s:True
format|f:-0x1.e000000000000p+2|.3g|s:-7.5
format|i:4611686018427387903|z.2f|s:4611686018427387904.00
format|f:0x1.92c0637726858p-586|#.3g|s:6.21e-177
format|i:2257553045074560687705365419103439697819581718581925775414403007231339365891279823653384589321476507459736210867794596341069176188918283090293410219289519080779849237547440343669510|s|E:ValueError: Unknown format code 's' for object of type 'int'
format|i:-1|<015.3|E:ValueError: Precision not allowed in integer format specifier
format|i:4611686018427387903|.3e|s:4.612e+18
format|f:0x1.92c0637726858p-586|f|s:0.000000
format|i:10|.1%|s:1000.0%
floordiv|f:0x1.309b804ae3ef0p-4|i:-1955235997168210374|f:-1.0
format|f:0x1.5dc30f56e7306p-1|<015.3|s:0.6830000000000
format|i:-3083697852225651776|0=12|s:-3083697852225651776
format|i:622348177387547234476031965415|,.2f|s:622,348,177,387,547,259,477,883,355,136.00
format|i:-801595503336622787951832879991061926455413503340797359714954|,.2f|s:-801,595,503,336,622,758,576,409,523,274,610,662,060,027,594,271,017,542,877,184.00
format|i:255|#.0e|s:3.e+02
format|f:0x1.742a92ef6c1ecp+19|%|s:76219659.172636%
round|f:0x1.0000000000000p+53|0|f:9007199254740992.0
le|i:-8681910739204564417|i:18446744073709551617|b:True
format|f:0x1.04a2af99cfde0p-2|z|s:0.2545268476132758
int|f:0x1.d3b7254b8b418p+18|i:478940
format|f:-0x1.80671aea15c1ep-1|_|s:-0.7507866297481802
format|i:-204|.|E:ValueError: Format specifier missing precision
format|f:-0x1.80671aea15c1ep-1|<015.3|s:-0.751000000000
float|f:-0x1.e000000000000p+2|f:-7.5
format|f:0x1.309b804ae3ef0p-4|.2f|s:0.07
format|i:4611686018427387904|^10|s:4611686018427387904
format|f:0x1.0000000000000p-1|_|s:0.5
format|f:0x1.0000000000000p+53|<10|s:9007199254740992.0
hash|f:0x1.e9258405fd6d0p-4|i:275365025155832320
int|i:-13994477942530201043|i:-13994477942530201043
int|i:-938337985|i:-938337985
format|i:-204|_x|s:-cc
format|i:1891519852106363248375380589958770096304774304070485672781560063488933508213999449615518309849950951050019902205437662217417682408283275263153939660679036218190621560118350781784807|e|s:1.891520e+180
format|i:9007199254740993|d|s:9007199254740993
format|i:-988334041030422210|.50f|s:-988334041030422272.00000000000000000000000000000000000000000000000000
format|i:-7|.10|E:ValueError: Precision not allowed in integer format specifier
repr|i:4611686018427387903|s:4611686018427387903
round|f:-0x1.f7f8800000000p+18|3|f:-516066.0
format|i:40536215597144386832065866109016673800875222251012083746192454448001|.50f|s:40536215597144385152754123696827602759555453634662081420086646669312.00000000000000000000000000000000000000000000000000
lt|i:-1283790301966957938809713122013656225089470382590946887765274|i:-938337985|b:True
powmod|i:-17536964941166567548|i:-1|i:97|i:60
format|i:-2|_b|s:-10
format|i:-1489428756100873344|=+15,.4e|s:-    1.4894e+18
format|i:16125670290659210324|#o|s:0o1577117073043763772124
format|b:0|_.3f|s:0.000
ge|i:925079021048347752|i:-4730393337643432168|b:True
round|f:0x1.0000000000000p+53|3|f:9007199254740992.0
divmod|i:-4730393337643432168|i:-637615235030825510262894917944|t:(0, -4730393337643432168)
lshift|i:-1955235997168210374|i:64|i:-36067738043466270362053688396699664384
format|f:0x1.c06a6d3ef80a8p-3||s:0.21895299290099968
truediv|i:-999999999999999999999999999993|f:0x1.999999999999ap-4|f:-1e+31
parseint|2d37373737373737373737373737373737373737373737373737|16|i:-591570280106507054031794829175
mod|i:18446744073709551617|i:18446744073709551617|i:0
format|f:0x1.999999999999ap-4|E|s:1.000000E-01
format|f:0x1.0000000000000p+53|.20e|s:9.00719925474099200000e+15
format|f:0x1.7ad3fe4483984p+19|=10|s:775839.9458635305
format|f:0x0.00000000000a9p-1022|#b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|i:-1436299295177877506406188004410441069982476950221909551871116|x|s:-e4d0d055481f1c5e8214c0b2f5c1b933e3d16c89e49551f48c
format|i:9223372036854775808|.10|E:ValueError: Precision not allowed in integer format specifier
format|f:0x0.00000000000a9p-1022|E|s:8.349709E-322
format|f:0x1.7ad3fe4483984p+19|*^+12,|s:+775,839.9458635305
pos|b:0|i:0
gt|i:1|f:-inf|b:True
format|i:-1|#|s:-1
format|f:0x1.742a92ef6c1ecp+19|^10|s:762196.5917263604
format|i:3|015,.3f|s:000,000,003.000
format|f:0x1.139797a765f28p+63|z|s:9.929253913569608e+18
format|i:-228236298052889455894115860169534088423937514265411340847705|.10|E:ValueError: Precision not allowed in integer format specifier
format|i:-942294382|,.2f|s:-942,294,382.00
parseint|3165|2|E:ValueError: invalid literal for int() with base 2: '1e'
format|i:3|<10|s:3         
format|i:7|0=12|s:000000000007
format|i:717897987691852588770249|d|s:717897987691852588770249
format|f:0x1.0000000000000p-1|#c|E:ValueError: Unknown format code 'c' for object of type 'float'
format|f:0x1.0000000000000p+53|z|s:9007199254740992.0
format|f:-0x1.80671aea15c1ep-1|+#012x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|i:925079021048347752|q|E:ValueError: Unknown format code 'q' for object of type 'int'
round|f:0x1.1288d79b01c10p-27|300|f:7.990006703149316e-09
format|f:0x0.0p+0|#b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|i:4611686018427387903| |s: 4611686018427387903
format|i:-17536964941166567548|X|s:-F35FD0B2FCB6607C
format|f:0x1.999999999999ap-4|q|E:ValueError: Unknown format code 'q' for object of type 'float'
format|f:0x1.bea66147d6a1cp-1|+c|E:ValueError: Unknown format code 'c' for object of type 'float'
float|i:2|f:2.0
format|i:0|F|s:0.000000
eq|i:10|i:700099951763825407786260317998542169129588058526868734022236|b:False
divmod|i:717897987691852588770249|i:0|E:ZeroDivisionError: integer division or modulo by zero
mul|i:3|i:-1283790301966957938809713122013656225089470382590946887765274|i:-3851370905900873816429139366040968675268411147772840663295822
add|i:1000000000000000000000000000000|i:-2120900515934485659|i:999999999997879099484065514341
format|f:0x1.4000000000000p+1|#|s:2.5
format|i:-1629072112722597296|.1%|s:-162907211272259731456.0%
format|i:496968411222068959843003350477|+|s:+496968411222068959843003350477
format|f:-0x1.80671aea15c1ep-1|.3e|s:-7.508e-01
format|i:717897987691852588770249|10.3d|E:ValueError: Precision not allowed in integer format specifier
round|f:-0x1.80671aea15c1ep-1|none|i:-1
format|i:-988334041030422210|.1|E:ValueError: Precision not allowed in integer format specifier
hash|f:0x1.c6c522a7cfbd0p-54|i:887818792834433251
abs|f:inf|f:inf
floordiv|i:2257553045074560687705365419103439697819581718581925775414403007231339365891279823653384589321476507459736210867794596341069176188918283090293410219289519080779849237547440343669510|f:0x1.c6c522a7cfbd0p-54|f:2.2893164542663707e+196
mul|i:-1846479575194004725|f:-0x1.e000000000000p+2|f:1.3848596813955035e+19
format|i:925079021048347752|^10|s:925079021048347752
repr|f:0x1.0000000000000p-1|s:0.5
format|f:0x1.0f0cf064dd592p+73|.0f|s:10000000000000000000000
rshift|i:-1457439860744422230|i:31|i:-678673322
format|f:-0x1.b51b000000000p+17|0=12|s:-000223798.0
format|i:-266499452|-|s:-266499452
format|i:2147483648|-|s:2147483648
float|i:-4730393337643432168|f:-4.730393337643432e+18
eq|i:925079021048347752|f:0x1.742a92ef6c1ecp+19|b:False
format|f:-0x1.0000000000000p-1|#x|E:ValueError: Unknown format code 'x' for object of type 'float'
parseint|d9a1d9a2d9a3|10|i:123
mul|f:0x0.012688b70e62bp-1022|i:1891519852106363248375380589958770096304774304070485672781560063488933508213999449615518309849950951050019902205437662217417682408283275263153939660679036218190621560118350781784807|f:1.8915198521063574e-130
mod|i:3655557015901707830518128285579080324109253874945544448779080537703777864539957300288840159200137710206709869091548673951105034170313877531491065668959571473866447908991087996893705|i:-1457439860744422230|i:-1158328370931581015
format|f:0x1.e240c9fbe76c9p+16||s:123456.789
or|i:10|i:-4730393337643432168|i:-4730393337643432166
format|f:nan|_.3f|s:nan
int|i:3245900172204009703|i:3245900172204009703
divmod|i:-325927485|f:-0x0.0p+0|E:ZeroDivisionError: float divmod()
format|i:9223372036854775808|+#012x|s:+0x8000000000000000
repr|i:-4611686018427387905|s:-4611686018427387905
format|i:-637615235030825510262894917944||s:-637615235030825510262894917944
gt|i:-1283790301966957938809713122013656225089470382590946887765274|f:0x0.012688b70e62bp-1022|b:False
round|f:0x1.0000000000000p+53|3|f:9007199254740992.0
floordiv|f:0x1.c06a6d3ef80a8p-3|i:3655557015901707830518128285579080324109253874945544448779080537703777864539957300288840159200137710206709869091548673951105034170313877531491065668959571473866447908991087996893705|f:0.0
format|f:0x1.5555555555555p-2|.17g|s:0.33333333333333331
abs|i:-2120900515934485659|i:2120900515934485659
format|i:-9223372036854775808|=+15,.4e|s:-    9.2234e+18
round|f:0x1.dbd995749871cp-2|0|f:0.0
format|i:-729640348184129179|+c|E:ValueError: Sign not allowed with integer format specifier 'c'
format|i:925079021048347752|.|E:ValueError: Format specifier missing precision
format|i:2257553045074560687705365419103439697819581718581925775414403007231339365891279823653384589321476507459736210867794596341069176188918283090293410219289519080779849237547440343669510|,_|E:ValueError: Cannot specify both ',' and '_'.
format|f:0x1.0f72072fe04c6p-1|x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|i:-4611686018427387904|0|s:-4611686018427387904
format|i:4611686018427387903|#g|s:4.61169e+18
format|i:10|^10|s:    10    
format|i:10|.|E:ValueError: Format specifier missing precision
or|i:-942294382|i:-9223372036854775808|i:-942294382
format|f:-0x1.cb7b800000000p+19|.2f|s:-941020.00
format|f:0x1.bea66147d6a1cp-1|_|s:0.8723631286805502
round|f:-0x1.0000000000000p-1|0|f:-0.0
format|i:3245900172204009703|#c|E:ValueError: Alternate form (#) not allowed with integer format specifier 'c'
format|i:3655557015901707830518128285579080324109253874945544448779080537703777864539957300288840159200137710206709869091548673951105034170313877531491065668959571473866447908991087996893705|.17g|s:3.6555570159017079e+180
format|f:0x1.309b804ae3ef0p-4|010|s:0.07436704744599942
format|f:0x1.1db1171f046d8p-574|_x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|f:nan|b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|f:-0x1.f7f8800000000p+18|.3e|s:-5.161e+05
format|i:1545214238323065764|,_|E:ValueError: Cannot specify both ',' and '_'.
format|f:0x1.0000000000000p+53|.1|s:9e+15
format|i:-938337985|#c|E:ValueError: Alternate form (#) not allowed with integer format specifier 'c'
format|f:0x1.e240c9fbe76c9p+16|=10|s:123456.789
round|f:0x1.c06a6d3ef80a8p-3|1|f:0.2
format|f:-0x1.0000000000000p+63|=+15,.4e|s:-    9.2234e+18
format|i:-670076223|#x|s:-0x27f08d3f
le|i:-938337985|f:nan|b:False
format|i:-4611686018427387904|z.2f|s:-4611686018427387904.00
format|f:0x1.92c0637726858p-586|z.2f|s:0.00
le|i:-325927485|i:1891519852106363248375380589958770096304774304070485672781560063488933508213999449615518309849950951050019902205437662217417682408283275263153939660679036218190621560118350781784807|b:True
format|i:-256|G|s:-256
parseint|2e35|36|E:ValueError: invalid literal for int() with base 36: '.5'
gt|i:-13994477942530201043|i:-670076223|b:False
float|f:-0x1.7e43c8800759cp+996|f:-1e+300
and|i:1545214238323065764|i:-4611686018427387905|i:1545214238323065764
round|f:0x1.5dc30f56e7306p-1|0|f:1.0
format|i:3655557015901707830518128285579080324109253874945544448779080537703777864539957300288840159200137710206709869091548673951105034170313877531491065668959571473866447908991087996893705|.10|E:ValueError: Precision not allowed in integer format specifier
divmod|f:-0x1.b51b000000000p+17|i:-7897469567994392174328988784504809847540729881935024059662581894710332201|t:(0.0, -223798.0)
pow|f:0x1.999999999999ap-4|i:0|f:1.0
gt|f:inf|i:0|b:True
format|f:0x0.012688b70e62bp-1022|.1|s:1e-310
format|f:0x1.0000000000000p+0|#g|s:1.00000
format|f:0x1.7e43c8800759cp+996|_b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|i:-8681910739204564417|.17g|s:-8.681910739204564e+18
ge|i:3|i:0|b:True
format|i:9007199254740993|.17g|s:9007199254740992
mod|i:1267650600228229401496703205375|f:0x1.1666666666666p+2|f:3.5848923239529658
bool|i:-17536964941166567548|b:True
format|f:0x1.0000000000000p+63|.3g|s:9.22e+18
floordiv|f:0x1.4000000000000p+1|i:-637615235030825510262894917944|f:-1.0
format|i:-204|=+15,.4e|s:-    2.0400e+02
hash|i:-1436299295177877506406188004410441069982476950221909551871116|i:-830759763317161425
format|i:-1489428756100873344|c|E:OverflowError: %c arg not in range(0x110000)
format|i:-729640348184129179|%|s:-72964034818412912640.000000%
truediv|i:1000000000000000000000000000000|f:0x1.04a2af99cfde0p-2|f:3.928858622880462e+30
format|f:nan|#.0e|s:nan
format|i:-4611686018427387905|e|s:-4.611686e+18
ne|i:1|b:1|b:False
format|i:-256|,|s:-256
format|i:2346697625310617636|_|s:2_346_697_625_310_617_636
ne|f:nan|i:40536215597144386832065866109016673800875222251012083746192454448001|b:True
format|i:1267650600228229401496703205375|_.3f|s:1_267_650_600_228_229_401_496_703_205_376.000
floordiv|i:1891519852106363248375380589958770096304774304070485672781560063488933508213999449615518309849950951050019902205437662217417682408283275263153939660679036218190621560118350781784807|f:0x1.92c0637726858p-586|f:inf
format|i:496968411222068959843003350477|.0f|s:496968411222068955863756832768
and|i:-942294382|i:3|i:2
format|i:4611686018427387904|x|s:4000000000000000
format|i:9007199254740993|.|E:ValueError: Format specifier missing precision
int|i:-4730393337643432168|i:-4730393337643432168
format|i:4611686018427387903|.50f|s:4611686018427387904.00000000000000000000000000000000000000000000000000
format|i:-266499452|e|s:-2.664995e+08
invert|i:-4611686018427387904|i:4611686018427387903
format|i:40536215597144386832065866109016673800875222251012083746192454448001|c|E:OverflowError: Python int too large to convert to C long
gt|i:-11284274084039978460|i:-1283790301966957938809713122013656225089470382590946887765274|b:True
format|i:-670076223|<10|s:-670076223
format|i:10|q|E:ValueError: Unknown format code 'q' for object of type 'int'
format|f:0x1.7e43c8800759cp+996|#g|s:1.00000e+300
format|f:0x1.dbd995749871cp-2|0=12|s:0.464697203866409
format|f:-0x1.9a2e0d6a15de4p-1|c|E:ValueError: Unknown format code 'c' for object of type 'float'
format|f:-0x1.f7f8800000000p+18|#c|E:ValueError: Unknown format code 'c' for object of type 'float'
format|f:-0x1.9a2e0d6a15de4p-1|X|E:ValueError: Unknown format code 'X' for object of type 'float'
format|f:0x0.0000000000001p-1022|#|s:5.e-324
format|i:-11284274084039978460|^10|s:-11284274084039978460
format|f:0x1.5169600000000p+19|.2f|s:691019.00
format|f:0x1.4000000000000p+1|q|E:ValueError: Unknown format code 'q' for object of type 'float'
ge|i:-256|i:2257553045074560687705365419103439697819581718581925775414403007231339365891279823653384589321476507459736210867794596341069176188918283090293410219289519080779849237547440343669510|b:False
pos|i:-4730393337643432168|i:-4730393337643432168
format|i:-228236298052889455894115860169534088423937514265411340847705|=10|s:-228236298052889455894115860169534088423937514265411340847705
format|f:nan|g|s:nan
format|f:0x1.dbd995749871cp-2|#g|s:0.464697
format|f:-0x1.80671aea15c1ep-1|12.4|s:     -0.7508
format|f:-inf|G|s:-INF
format|f:-0x1.0000000000000p+63|z.2f|s:-9223372036854775808.00
floordiv|f:0x1.999999999999ap-4|f:0x1.5dc30f56e7306p-1|f:0.0
format|i:1000000000000000000000000000000|X|s:C9F2C9CD04674EDEA40000000
pos|f:0x1.0624dd2f1a9fcp-10|f:0.001
round|f:0x1.297eb559b2e33p+731|0|f:1.3127029760658737e+220
format|i:-8681910739204564417|,.2f|s:-8,681,910,739,204,563,968.00
format|i:925079021048347752|,.2f|s:925,079,021,048,347,776.00
format|f:-inf|,.2f|s:-inf
format|i:16125670290659210324|.50f|s:16125670290659211264.00000000000000000000000000000000000000000000000000
gt|i:-2120900515934485659|i:-11284274084039978460|b:True
format|i:-938337985|_x|s:-37ed_e6c1
format|i:-1436299295177877506406188004410441069982476950221909551871116|=+15,.4e|s:-    1.4363e+60
hash|i:-17536964941166567548|i:-1396063876670709891
format|f:0x1.c6c522a7cfbd0p-54|x|E:ValueError: Unknown format code 'x' for object of type 'float'
lt|i:-1955235997168210374|i:-637615235030825510262894917944|b:False
divmod|f:0x1.0000000000000p+63|f:0x0.00000000000a9p-1022|t:(inf, 4.1e-322)
format|i:1267650600228229401496703205375|.2f|s:1267650600228229401496703205376.00
format|f:-0x1.0000000000000p+63|,|s:-9.223372036854776e+18
format|i:622348177387547234476031965415|x|s:7daea58ba4c73a942cd8778e7
format|i:700099951763825407786260317998542169129588058526868734022236|0=12|s:700099951763825407786260317998542169129588058526868734022236
format|i:-999999999999999999999999999993|s|E:ValueError: Unknown format code 's' for object of type 'int'
format|i:-1629072112722597296|e|s:-1.629072e+18
format|i:1545214238323065764|.20e|s:1.54521423832306585600e+18
format|i:9223372036854775808|#b|s:0b1000000000000000000000000000000000000000000000000000000000000000
format|i:2346697625310617636|#b|s:0b10000010010001001001010000111010001111111001000110000000100100
format|f:-inf|.3g|s:-inf
format|f:0x1.7e43c8800759cp+996|_x|E:ValueError: Unknown format code 'x' for object of type 'float'
sub|i:-1846479575194004725|f:0x1.e240c9fbe76c9p+16|f:-1.8464795751941281e+18
format|f:0x1.0000000000000p+53|_|s:9_007_199_254_740_992.0
repr|i:1267650600228229401496703205375|s:1267650600228229401496703205375
bool|f:0x1.1c37937e08000p+53|b:True
format|i:622348177387547234476031965415|10.3d|E:ValueError: Precision not allowed in integer format specifier
format|i:2346697625310617636|+|s:+2346697625310617636
format|i:2346697625310617636|#.0e|s:2.e+18
format|f:-0x1.3bf7800000000p+17|.3g|s:-1.62e+05
lt|i:-266499452|i:1000000000000000000000000000000|b:True
format|f:0x0.0p+0|_|s:0.0
format|i:-9223372036854775808|10.3d|E:ValueError: Precision not allowed in integer format specifier
format|f:0x1.4000000000000p+1|g|s:2.5
format|f:0x0.0p+0|<015.3|s:0.0000000000000
format|i:-1283790301966957938809713122013656225089470382590946887765274|_x|s:-cc_8504_2641_81eb_01d1_4345_7ae4_b02a_af3c_bc54_2ab6_63be_8d1a
format|i:-266499452|F|s:-266499452.000000
eq|i:-938337985|i:-670076223|b:False
format|f:-0x1.80671aea15c1ep-1|b|E:ValueError: Unknown format code 'b' for object of type 'float'
parsefloat|2b496e66696e697479|f:inf
abs|i:925079021048347752|i:925079021048347752
pow|f:0x1.92c0637726858p-586|i:-2|E:OverflowError: (34, 'Numerical result out of range')
format|f:nan|F|s:NAN
format|f:0x1.4f8b588e368f1p-17|,.2f|s:0.00
format|f:0x1.c6c522a7cfbd0p-54| |s: 9.861253741776872e-17
format|i:-256|.1|E:ValueError: Precision not allowed in integer format specifier
parseint|696e66|8|E:ValueError: invalid literal for int() with base 8: 'inf'
format|f:-0x1.3bf7800000000p+17|#g|s:-161775.
parseint|5f31|2|E:ValueError: invalid literal for int() with base 2: '_1'
format|i:1891519852106363248375380589958770096304774304070485672781560063488933508213999449615518309849950951050019902205437662217417682408283275263153939660679036218190621560118350781784807|.1|E:ValueError: Precision not allowed in integer format specifier
format|i:-8681910739204564417|<015.3|E:ValueError: Precision not allowed in integer format specifier
format|i:-3083697852225651776|*^+12,|s:-3,083,697,852,225,651,776
format|i:-7897469567994392174328988784504809847540729881935024059662581894710332201|n|s:-7897469567994392174328988784504809847540729881935024059662581894710332201
format|f:-0x1.0000000000000p-1|g|s:-0.5
format|f:0x1.c06a6d3ef80a8p-3|+|s:+0.21895299290099968
format|i:-1470244707014493396|_.3f|s:-1_470_244_707_014_493_440.000
format|f:0x1.0000000000000p+63|#g|s:9.22337e+18
format|f:0x0.0000000000001p-1022|-|s:5e-324
abs|f:-0x1.f7f8800000000p+18|f:516066.0
floordiv|i:-942294382|f:0x1.1288d79b01c10p-27|f:-1.1793411657947523e+17
neg|f:0x1.1c37937e08000p+53|f:-1e+16
format|i:-256|_x|s:-100
format|i:-1|f|s:-1.000000
format|f:0x1.1db1171f046d8p-574|_.3f|s:0.000
pos|i:-266499452|i:-266499452
invert|i:7|i:-8
parsefloat|305f30|f:0.0
format|i:-938337985|%|s:-93833798500.000000%
format|f:0x1.5dc30f56e7306p-1|x|E:ValueError: Unknown format code 'x' for object of type 'float'
pow|i:-801595503336622787951832879991061926455413503340797359714954|i:-1|f:-1.2475119880756854e-60
ge|i:-1489428756100873344|i:4611686018427387904|b:False
format|f:0x1.0000000000000p+53|=10|s:9007199254740992.0
format|i:-4611686018427387904|>10|s:-4611686018427387904
powmod|i:1545214238323065764|i:12345|i:0|E:ValueError: pow() 3rd argument cannot be 0
round|f:0x1.04a2af99cfde0p-2|-2|f:0.0
format|i:4611686018427387904| |s: 4611686018427387904
lt|f:0x1.5dc30f56e7306p-1|f:0x1.1666666666666p+2|b:True
format|f:-0x1.3bf7800000000p+17|X|E:ValueError: Unknown format code 'X' for object of type 'float'
format|f:0x1.0000000000000p+53| |s: 9007199254740992.0
eq|i:496968411222068959843003350477|i:-7|b:False
le|i:245828600311961528152743470533232154132675206538833153739424|i:2346697625310617636|b:False
format|i:1|f|s:1.000000
round|f:0x0.0p+0|2|f:0.0
format|f:0x1.742a92ef6c1ecp+19|.0f|s:762197
format|i:-801595503336622787951832879991061926455413503340797359714954|s|E:ValueError: Unknown format code 's' for object of type 'int'
truediv|i:-266499452|i:-3083697852225651776|f:8.642203768688123e-11
format|f:0x1.bea66147d6a1cp-1|#b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|b:0|#b|s:0b0
format|f:0x1.1c37937e08000p+53|+#012x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|i:717897987691852588770249|x|s:980553f0db2fd09de3c9
format|i:-1|,|s:-1
format|b:0|+c|E:ValueError: Sign not allowed with integer format specifier 'c'
format|f:0x1.c06a6d3ef80a8p-3|_|s:0.21895299290099968
format|f:0x1.999999999999ap-4|+|s:+0.1
format|b:0|x|s:0
format|i:-670076223|E|s:-6.700762E+08
format|f:0x0.0p+0|010|s:00000000.0
format|i:-1283790301966957938809713122013656225089470382590946887765274|+c|E:ValueError: Sign not allowed with integer format specifier 'c'
format|f:0x1.0f0cf064dd592p+73|#c|E:ValueError: Unknown format code 'c' for object of type 'float'
round|f:0x1.e240c9fbe76c9p+16|-1|f:123460.0
format|f:-0x1.e000000000000p+2|_x|E:ValueError: Unknown format code 'x' for object of type 'float'
le|i:2257553045074560687705365419103439697819581718581925775414403007231339365891279823653384589321476507459736210867794596341069176188918283090293410219289519080779849237547440343669510|f:0x1.8000000000000p+0|b:False
format|i:2147483648|=+15,.4e|s:+    2.1475e+09
format|i:-1846479575194004725|%|s:-184647957519400468480.000000%
round|f:0x1.92c0637726858p-586|1|f:0.0
sub|f:-inf|i:-1846479575194004725|f:-inf
format|f:0x1.0000000000000p+63|#|s:9.223372036854776e+18
format|i:-266499452|.3g|s:-2.66e+08
format|f:inf|d|E:ValueError: Unknown format code 'd' for object of type 'float'
format|f:0x1.1c37937e08000p+53|.2f|s:10000000000000000.00
le|f:0x1.c06a6d3ef80a8p-3|i:925079021048347752|b:True
format|i:-3083697852225651776|.1|E:ValueError: Precision not allowed in integer format specifier
format|f:0x1.d3b7254b8b418p+18||s:478940.5827358379
format|f:0x0.0000000000001p-1022|s|E:ValueError: Unknown format code 's' for object of type 'float'
format|f:0x1.c6c522a7cfbd0p-54|.|E:ValueError: Format specifier missing precision
format|f:0x1.5169600000000p+19|.1%|s:69101900.0%
format|i:-670076223|f|s:-670076223.000000
format|f:0x1.0f72072fe04c6p-1|.0f|s:1
format|i:1545214238323065764|#.3g|s:1.55e+18
format|f:-0x0.0p+0|q|E:ValueError: Unknown format code 'q' for object of type 'float'
add|f:0x1.0000000000000p+63|f:0x1.0f72072fe04c6p-1|f:9.223372036854776e+18
round|f:0x1.0f0cf064dd592p+73|-300|f:0.0
format|i:1267650600228229401496703205375|_x|s:f_ffff_ffff_ffff_ffff_ffff_ffff
add|f:-0x1.cb7b800000000p+19|f:-0x1.9a2e0d6a15de4p-1|f:-941020.8011326019
format|f:0x1.0f0cf064dd592p+73|d|E:ValueError: Unknown format code 'd' for object of type 'float'
pos|i:-9094947017729282379150390625|i:-9094947017729282379150390625
format|i:40536215597144386832065866109016673800875222251012083746192454448001|x|s:180ea14e592bc647d081ee78ba6d7c3465fc3bb29eff2fd359a19f381
parseint|20202d315f302e35652d315f3020|8|E:ValueError: invalid literal for int() with base 8: '  -1_0.5e-1_0 '
format|i:622348177387547234476031965415|.3g|s:6.22e+29
format|f:0x1.0f0cf064dd592p+73|.1%|s:999999999999999983222784.0%
format|f:-0x1.3bf7800000000p+17|<10|s:-161775.0 
format|f:0x1.1666666666666p+2|,.2f|s:4.35
format|i:18446744073709551617|#.0e|s:2.e+19
format|f:0x1.0000000000000p+53||s:9007199254740992.0
format|i:-938337985|z|E:ValueError: Negative zero coercion (z) not allowed in integer format specifier
format|f:0x1.0f0cf064dd592p+73|0=12|s:00000001e+22
format|f:inf|10.3d|E:ValueError: Unknown format code 'd' for object of type 'float'
format|i:-1846479575194004725|.50f|s:-1846479575194004736.00000000000000000000000000000000000000000000000000
format|f:0x1.297eb559b2e33p+731|n|s:1.3127e+220
format|f:-0x1.80671aea15c1ep-1|z|s:-0.7507866297481802
format|i:-7897469567994392174328988784504809847540729881935024059662581894710332201|.0f|s:-7897469567994391550804161012016054702996608556172259247532631372173672448
format|f:0x0.0p+0|0=12|s:0000000000.0
format|i:1267650600228229401496703205375|.50f|s:1267650600228229401496703205376.00000000000000000000000000000000000000000000000000
hash|i:950311517695288644976317249456631306655630876280247281577733163868266950481159992476289624358270037039763762777720332889182947747971801472528018640001464120627496163113128686574939|i:1024507715297590351
parseint|30783146|16|i:31
format|i:-729640348184129179|#o|s:-0o50401500374723527233
format|f:-0x1.cb7b800000000p+19|x|E:ValueError: Unknown format code 'x' for object of type 'float'
bool|i:-670076223|b:True
format|f:0x1.1666666666666p+2|f|s:4.350000
hash|f:0x1.c06a6d3ef80a8p-3|i:504871228027185664
format|i:-256|.50f|s:-256.00000000000000000000000000000000000000000000000000
sub|f:0x1.309b804ae3ef0p-4|i:1000000000000000000000000000000|f:-1e+30
format|i:-670076223|#o|s:-0o4774106477
format|f:-0x1.b51b000000000p+17|z.2f|s:-223798.00
mod|i:-7|f:-0x1.0000000000000p+0|f:-0.0
format|i:-8681910739204564417|^10|s:-8681910739204564417
format|i:-1955235997168210374| |s:-1955235997168210374
format|i:-3083697852225651776| |s:-3083697852225651776
format|i:18446744073709551617|f|s:18446744073709551616.000000
mul|i:4611686018427387903|i:-266499452|i:-1229011796706960777940929156
format|f:0x1.1288d79b01c10p-27|n|s:7.99001e-09
ne|i:-13994477942530201043|i:-942294382|b:True
add|f:0x0.0p+0|f:0x1.5169600000000p+19|f:691019.0
format|i:496968411222068959843003350477|<10|s:496968411222068959843003350477
format|i:-4611686018427387905|#b|s:-0b100000000000000000000000000000000000000000000000000000000000001
format|f:-0x1.0000000000000p-1|.2f|s:-0.50
format|i:-4611686018427387905|.|E:ValueError: Format specifier missing precision
format|i:-1457439860744422230|E|s:-1.457440E+18
format|f:0x1.4000000000000p+1|+c|E:ValueError: Unknown format code 'c' for object of type 'float'
format|i:245828600311961528152743470533232154132675206538833153739424|.17g|s:2.4582860031196153e+59
format|i:925079021048347752|.1%|s:92507902104834785280.0%
format|f:-0x0.0p+0|^10|s:   -0.0   
int|i:4611686018427387904|i:4611686018427387904
format|f:-0x1.e000000000000p+2|%|s:-750.000000%
format|i:-4730393337643432168|>10|s:-4730393337643432168
repr|f:-0x0.0p+0|s:-0.0
format|i:-13994477942530201043|z|E:ValueError: Negative zero coercion (z) not allowed in integer format specifier
bool|f:-0x1.e000000000000p+2|b:True
mul|i:-256|i:-1436299295177877506406188004410441069982476950221909551871116|i:367692619565536641639984129129072913915514099256808845279005696
neg|b:1|i:-1
format|i:4611686018427387903|_.3f|s:4_611_686_018_427_387_904.000
format|i:-8681910739204564417|,|s:-8,681,910,739,204,564,417
int|i:245828600311961528152743470533232154132675206538833153739424|i:245828600311961528152743470533232154132675206538833153739424
format|f:-0x1.cb7b800000000p+19|q|E:ValueError: Unknown format code 'q' for object of type 'float'
format|i:717897987691852588770249|,_|E:ValueError: Cannot specify both ',' and '_'.
format|i:-13994477942530201043|#x|s:-0xc2365f8af58d55d3
format|f:-0x1.192980b10fbb8p-1||s:-0.5491447654857131
parseint|352e|16|E:ValueError: invalid literal for int() with base 16: '5.'
format|i:717897987691852588770249|+c|E:ValueError: Sign not allowed with integer format specifier 'c'
format|i:-1955235997168210374|_b|s:-1_1011_0010_0010_0110_0100_1100_0111_1011_0111_0100_0100_1001_0001_1100_0110
format|i:9223372036854775808|c|E:OverflowError: Python int too large to convert to C long
format|i:-637615235030825510262894917944|<10|s:-637615235030825510262894917944
format|i:245828600311961528152743470533232154132675206538833153739424|.1|E:ValueError: Precision not allowed in integer format specifier
format|f:-0x1.9a2e0d6a15de4p-1||s:-0.8011326019285971
format|i:0|,_|E:ValueError: Cannot specify both ',' and '_'.
format|f:0x1.4f8b588e368f1p-17|.1%|s:0.0%
format|i:-3083697852225651776|_|s:-3_083_697_852_225_651_776
format|i:-670076223|0=12|s:-00670076223
gt|f:0x1.5555555555555p-2|i:-1629072112722597296|b:True
format|f:-0x1.9a2e0d6a15de4p-1|-|s:-0.8011326019285971
int|i:1545214238323065764|i:1545214238323065764
round|f:-0x1.f7f8800000000p+18|2|f:-516066.0
float|f:0x1.999999999999ap-4|f:0.1
format|i:-2|.1%|s:-200.0%
truediv|i:-4611686018427387905|i:-7897469567994392174328988784504809847540729881935024059662581894710332201|f:5.839447659433719e-55
ge|f:0x1.e240c9fbe76c9p+16|f:0x1.8000000000000p+0|b:True
format|i:-256|+c|E:ValueError: Sign not allowed with integer format specifier 'c'
repr|f:0x1.0f0cf064dd592p+73|s:1e+22
format|f:0x1.4000000000000p+1|G|s:2.5
ge|i:-9223372036854775808|f:0x1.0000000000000p+53|b:False
format|i:-988334041030422210|E|s:-9.883340E+17
round|f:0x1.0000000000000p+63|3|f:9.223372036854776e+18
add|f:0x1.139797a765f28p+63|i:-938337985|f:9.92925391263127e+18
ne|f:-0x1.7e43c8800759cp+996|f:0x1.0000000000000p+53|b:True
format|i:3655557015901707830518128285579080324109253874945544448779080537703777864539957300288840159200137710206709869091548673951105034170313877531491065668959571473866447908991087996893705|e|s:3.655557e+180
format|f:0x1.92c0637726858p-586|+c|E:ValueError: Unknown format code 'c' for object of type 'float'
pow|i:622348177387547234476031965415|f:-0x0.0p+0|f:1.0
format|f:0x1.1666666666666p+2|0=12|s:000000004.35
format|i:1|#|s:1
format|f:-0x1.0000000000000p+63|+#012x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|i:-1955235997168210374|.0f|s:-1955235997168210432
format|i:3245900172204009703| |s: 3245900172204009703
divmod|i:-9223372036854775808|i:-670076223|t:(13764660974, -521354606)
ge|i:-801595503336622787951832879991061926455413503340797359714954|f:-0x1.7e43c8800759cp+996|b:True
format|f:0x1.0624dd2f1a9fcp-10|+|s:+0.001
format|i:700099951763825407786260317998542169129588058526868734022236|s|E:ValueError: Unknown format code 's' for object of type 'int'
float|i:-9223372036854775808|f:-9.223372036854776e+18
format|i:-4611686018427387904|_b|s:-100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
format|i:-9223372036854775808|#g|s:-9.22337e+18
round|f:-0x1.e000000000000p+2|10|f:-7.5
format|f:0x1.73b21a3a99356p-1|_|s:0.7259681889087044
divmod|i:10|i:-9223372036854775808|t:(-1, -9223372036854775798)
format|i:0|.1%|s:0.0%
ne|i:-729640348184129179|i:2|b:True
format|i:925079021048347752|,_|E:ValueError: Cannot specify both ',' and '_'.
neg|i:622348177387547234476031965415|i:-622348177387547234476031965415
format|i:-729640348184129179|q|E:ValueError: Unknown format code 'q' for object of type 'int'
format|i:1000000000000000000000000000000|,.2f|s:1,000,000,000,000,000,019,884,624,838,656.00
format|f:0x0.0000000000001p-1022|=10|s:    5e-324
format|f:0x1.5555555555555p-2|0=12|s:0.3333333333333333
format|i:-11284274084039978460|_.3f|s:-11_284_274_084_039_979_008.000
pos|i:4611686018427387904|i:4611686018427387904
format|f:0x1.139797a765f28p+63|.50f|s:9929253913569607680.00000000000000000000000000000000000000000000000000
format|f:0x1.4000000000000p+1|n|s:2.5
powmod|i:-988334041030422210|i:12345|i:0|E:ValueError: pow() 3rd argument cannot be 0
float|f:0x1.4f8b588e368f1p-17|f:1e-05
format|i:925079021048347752|X|s:CD68A77E6C0BC68
format|f:0x1.7ad3fe4483984p+19|E|s:7.758399E+05
round|f:0x1.309b804ae3ef0p-4|-300|f:0.0
bool|f:0x1.73b21a3a99356p-1|b:True
format|f:-inf|#.0e|s:-inf
format|i:4611686018427387903|,|s:4,611,686,018,427,387,903
format|i:700099951763825407786260317998542169129588058526868734022236|x|s:6f88488c9c91e19cb84257f1be34cd4fcd941164e42605125c
format|f:-0x1.0000000000000p+63|,_|E:ValueError: Cannot specify both ',' and '_'.
format|i:-9094947017729282379150390625|*^+12,|s:-9,094,947,017,729,282,379,150,390,625
format|f:0x1.4f8b588e368f1p-17|s|E:ValueError: Unknown format code 's' for object of type 'float'
format|f:0x1.0000000000000p+53|#x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|i:0|#.0e|s:0.e+00
format|i:245828600311961528152743470533232154132675206538833153739424|,_|E:ValueError: Cannot specify both ',' and '_'.
format|f:0x1.297abb47bf77ep+723|G|s:5.12748E+217
ge|f:0x1.e9258405fd6d0p-4|f:0x1.c06a6d3ef80a8p-3|b:False
sub|i:7|f:0x1.0f0cf064dd592p+73|f:-1e+22
format|i:3245900172204009703|<10|s:3245900172204009703
format|f:0x1.139797a765f28p+63|.3e|s:9.929e+18
lshift|i:-1470244707014493396|i:63|i:-13560613918011221042769111116276563968
format|f:0x1.e240c9fbe76c9p+16|10.3d|E:ValueError: Unknown format code 'd' for object of type 'float'
format|i:-204|X|s:-CC
format|i:1267650600228229401496703205375|^10|s:1267650600228229401496703205375
ge|i:-8681910739204564417|f:0x1.4000000000000p+1|b:False
format|i:-2|E|s:-2.000000E+00
format|f:0x0.0000000000001p-1022|+#012x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|f:-0x1.192980b10fbb8p-1|0=12|s:-0.5491447654857131
format|i:-4611686018427387905|F|s:-4611686018427387904.000000
format|f:0x1.1288d79b01c10p-27|.0f|s:0
format|i:-938337985|#g|s:-9.38338e+08
format|f:0x1.04a2af99cfde0p-2|#.0e|s:3.e-01
neg|i:-2120900515934485659|i:2120900515934485659
format|i:2147483648|.17g|s:2147483648
round|f:0x1.c6c522a7cfbd0p-54|0|f:0.0
format|i:-1846479575194004725|#|s:-1846479575194004725
format|f:0x1.1db1171f046d8p-574|=10|s:1.8048463547479015e-173
format|f:0x1.c06a6d3ef80a8p-3|<10|s:0.21895299290099968
and|i:-9094947017729282379150390625|i:-256|i:-9094947017729282379150390784
format|f:0x1.0000000000000p+63|q|E:ValueError: Unknown format code 'q' for object of type 'float'
format|f:0x1.92c0637726858p-586|+|s:+6.211832852855538e-177
format|f:0x0.0000000000001p-1022|#.0e|s:5.e-324
neg|f:0x1.4f8b588e368f1p-17|f:-1e-05
format|i:-13994477942530201043|^10|s:-13994477942530201043
format|i:-4611686018427387905|f|s:-4611686018427387904.000000
format|i:18446744073709551617||s:18446744073709551617
format|f:0x1.4000000000000p+1|.1|s:2e+00
format|i:40536215597144386832065866109016673800875222251012083746192454448001|.|E:ValueError: Format specifier missing precision
format|i:-4611686018427387904|.1|E:ValueError: Precision not allowed in integer format specifier
format|f:0x1.4f8b588e368f1p-17|%|s:0.001000%
format|i:0|z.2f|s:0.00
format|f:0x1.5555555555555p-2|.3g|s:0.333
format|i:-8681910739204564417|#b|s:-0b111100001111100010101111101000110001101111011111110010111000001
format|f:0x1.c06a6d3ef80a8p-3|e|s:2.189530e-01
format|f:-0x1.0000000000000p+0|b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|i:-7|.|E:ValueError: Format specifier missing precision
format|i:-1470244707014493396|^10|s:-1470244707014493396
round|f:0x1.0000000000000p+0|-1|f:0.0
format|f:0x1.309b804ae3ef0p-4|0=12|s:0.07436704744599942
round|f:0x1.999999999999ap-4|-300|f:0.0
format|f:-0x1.80671aea15c1ep-1|g|s:-0.750787
format|i:-228236298052889455894115860169534088423937514265411340847705|+c|E:ValueError: Sign not allowed with integer format specifier 'c'
format|f:-0x1.0000000000000p+63|E|s:-9.223372E+18
abs|f:0x1.999999999999ap-4|f:0.1
format|f:0x1.0f72072fe04c6p-1|+|s:+0.5301668401663384
format|f:-0x1.7e43c8800759cp+996|b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|i:2346697625310617636|=10|s:2346697625310617636
format|f:0x1.0000000000000p+53|<015.3|s:9.01e+150000000
pos|i:-11284274084039978460|i:-11284274084039978460
format|i:0|=10|s:         0
format|i:622348177387547234476031965415|.0f|s:622348177387547259477883355136
format|f:0x1.999999999999ap-4|-|s:0.1
format|f:-0x1.f7f8800000000p+18|.50f|s:-516066.00000000000000000000000000000000000000000000000000
format|i:-17536964941166567548|x|s:-f35fd0b2fcb6607c
pos|i:-9223372036854775808|i:-9223372036854775808
float|i:-3052110229764120051407914069446252419282387822097065150089982120867447743379116195470694536097171782836675403583042786165850741758250042001942587322131305115227422003977425267279473|f:-3.05211022976412e+180
hash|i:-670076223|i:-670076223
format|i:2147483648|_.3f|s:2_147_483_648.000
format|i:2|.0f|s:2
ne|i:255|i:-1|b:True
format|f:0x1.e240c9fbe76c9p+16|F|s:123456.789000
pow|f:0x1.5555555555555p-2|f:0x1.1db1171f046d8p-574|f:1.0
format|f:0x1.1db1171f046d8p-574|q|E:ValueError: Unknown format code 'q' for object of type 'float'
format|f:0x1.d3b7254b8b418p+18|.17g|s:478940.5827358379
neg|i:4611686018427387904|i:-4611686018427387904
format|i:2|,.2f|s:2.00
format|f:0x1.1db1171f046d8p-574|10.3d|E:ValueError: Unknown format code 'd' for object of type 'float'
round|f:0x1.c06a6d3ef80a8p-3|2|f:0.22
format|f:0x0.00000000000a9p-1022| |s: 8.35e-322
format|f:0x1.3eaf26b74da50p+18|b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|i:-7897469567994392174328988784504809847540729881935024059662581894710332201|g|s:-7.89747e+72
format|i:-1955235997168210374|%|s:-195523599716821041152.000000%
format|i:2346697625310617636|12.4|E:ValueError: Precision not allowed in integer format specifier
add|f:0x1.1288d79b01c10p-27|i:-8681910739204564417|f:-8.681910739204564e+18
mul|f:0x1.e240c9fbe76c9p+16|i:-1436299295177877506406188004410441069982476950221909551871116|f:-1.7732089902562396e+65
format|f:0x1.3756200000000p+19|#.0e|s:6.e+05
format|i:-1| |s:-1
ne|i:2346697625310617636|f:-0x1.f7f8800000000p+18|b:True
format|i:2|0=12|s:000000000002
format|i:18446744073709551617|b|s:10000000000000000000000000000000000000000000000000000000000000001
format|i:-3052110229764120051407914069446252419282387822097065150089982120867447743379116195470694536097171782836675403583042786165850741758250042001942587322131305115227422003977425267279473|c|E:OverflowError: Python int too large to convert to C long
format|f:0x1.742a92ef6c1ecp+19|x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|f:0x1.c06a6d3ef80a8p-3|+c|E:ValueError: Unknown format code 'c' for object of type 'float'
format|f:-inf|b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|i:-266499452|_b|s:-1111_1110_0010_0111_0101_0111_1100
truediv|i:1|i:2147483648|f:4.656612873077393e-10
pos|i:1267650600228229401496703205375|i:1267650600228229401496703205375
format|i:2257553045074560687705365419103439697819581718581925775414403007231339365891279823653384589321476507459736210867794596341069176188918283090293410219289519080779849237547440343669510|+c|E:ValueError: Sign not allowed with integer format specifier 'c'
format|i:3245900172204009703|^10|s:3245900172204009703
pos|i:-1955235997168210374|i:-1955235997168210374
neg|i:10|i:-10
format|i:-256|0=12|s:-00000000256
bool|i:-729640348184129179|b:True
format|f:-0x1.3bf7800000000p+17|.17g|s:-161775
format|f:0x1.1288d79b01c10p-27|<10|s:7.990006703149316e-09
format|f:0x1.92c0637726858p-586||s:6.211832852855538e-177
eq|i:-11284274084039978460|i:-13994477942530201043|b:False
gt|i:-256|f:0x1.8000000000000p+0|b:False
format|f:0x1.d3b7254b8b418p+18|#o|E:ValueError: Unknown format code 'o' for object of type 'float'
format|i:1267650600228229401496703205375|*^+12,|s:+1,267,650,600,228,229,401,496,703,205,375
format|i:622348177387547234476031965415|,_|E:ValueError: Cannot specify both ',' and '_'.
format|i:255|.50f|s:255.00000000000000000000000000000000000000000000000000
format|i:-4611686018427387905|-|s:-4611686018427387905
format|f:0x1.0000000000000p+63|#x|E:ValueError: Unknown format code 'x' for object of type 'float'
pow|f:0x1.1c37937e08000p+53|i:63|E:OverflowError: (34, 'Numerical result out of range')
format|i:1891519852106363248375380589958770096304774304070485672781560063488933508213999449615518309849950951050019902205437662217417682408283275263153939660679036218190621560118350781784807|12.4|E:ValueError: Precision not allowed in integer format specifier
floordiv|f:0x1.999999999999ap-4|i:1267650600228229401496703205375|f:0.0
eq|i:-256|i:-11284274084039978460|b:False
hash|i:700099951763825407786260317998542169129588058526868734022236|i:1798090713915170281
format|i:-988334041030422210|.2f|s:-988334041030422272.00
format|i:-1457439860744422230|<10|s:-1457439860744422230
format|i:10|d|s:10
parseint|2d2031|16|E:ValueError: invalid literal for int() with base 16: '- 1'
format|i:2257553045074560687705365419103439697819581718581925775414403007231339365891279823653384589321476507459736210867794596341069176188918283090293410219289519080779849237547440343669510|.3e|s:2.258e+180
format|f:0x1.d3b7254b8b418p+18|.10|s:478940.5827
sub|f:0x1.297eb559b2e33p+731|i:496968411222068959843003350477|f:1.3127029760658737e+220
format|f:inf|<10|s:inf       
format|i:16125670290659210324|+|s:+16125670290659210324
invert|i:3|i:-4
format|i:1545214238323065764|#.0e|s:2.e+18
bool|i:2346697625310617636|b:True
format|f:0x1.309b804ae3ef0p-4|f|s:0.074367
format|i:-4611686018427387905|#|s:-4611686018427387905
format|i:-1846479575194004725|d|s:-1846479575194004725
gt|f:0x1.0000000000000p+53|f:0x1.4f8b588e368f1p-17|b:True
format|f:0x1.c6c522a7cfbd0p-54|.0f|s:0
format|f:0x1.0000000000000p+53|#.3g|s:9.01e+15
format|f:0x1.8000000000000p+0|E|s:1.500000E+00
format|b:1|%|s:100.000000%
format|i:700099951763825407786260317998542169129588058526868734022236|z.2f|s:700099951763825371833298372919188969680739470938456325095424.00
format|f:-0x1.0000000000000p+63|015,.3f|s:-9,223,372,036,854,775,808.000
format|i:-1489428756100873344||s:-1489428756100873344
format|i:1267650600228229401496703205375|.1|E:ValueError: Precision not allowed in integer format specifier
format|i:1|#c|E:ValueError: Alternate form (#) not allowed with integer format specifier 'c'
format|f:0x1.5dc30f56e7306p-1|z.2f|s:0.68
format|f:0x1.1666666666666p+2| |s: 4.35
int|i:-942294382|i:-942294382
pow|f:0x1.4000000000000p+1|i:5|f:97.65625
format|f:0x1.c06a6d3ef80a8p-3|015,.3f|s:000,000,000.219
format|f:0x0.0000000000001p-1022|.0f|s:0
int|i:1|i:1
round|f:0x1.0000000000000p-1|-300|f:0.0
format|i:-7|.1|E:ValueError: Precision not allowed in integer format specifier
format|i:0|,.2f|s:0.00
format|i:-637615235030825510262894917944|.3g|s:-6.38e+29
format|i:9223372036854775808|.1%|s:922337203685477580800.0%
format|f:0x1.0000000000000p+53|c|E:ValueError: Unknown format code 'c' for object of type 'float'
mul|f:0x1.3756200000000p+19|f:0x1.8000000000000p+0|f:956425.5
format|i:-256|-|s:-256
format|f:0x1.742a92ef6c1ecp+19|_x|E:ValueError: Unknown format code 'x' for object of type 'float'
format|i:-4611686018427387905|z.2f|s:-4611686018427387904.00
format|f:0x1.0000000000000p+63|+|s:+9.223372036854776e+18
format|i:4611686018427387904|-|s:4611686018427387904
format|f:-0x1.0000000000000p+0|,.2f|s:-1.00
float|i:2257553045074560687705365419103439697819581718581925775414403007231339365891279823653384589321476507459736210867794596341069176188918283090293410219289519080779849237547440343669510|f:2.2575530450745607e+180
format|i:-3083697852225651776|g|s:-3.0837e+18
ge|i:-1|f:-0x1.b51b000000000p+17|b:True
format|i:-1457439860744422230|z.2f|s:-1457439860744422144.00
lt|f:0x1.4000000000000p+1|i:-1470244707014493396|b:False
format|f:0x1.3756200000000p+19|,|s:637,617.0
format|i:950311517695288644976317249456631306655630876280247281577733163868266950481159992476289624358270037039763762777720332889182947747971801472528018640001464120627496163113128686574939|.20e|s:9.50311517695288623745e+179
format|f:0x1.7ad3fe4483984p+19|.3g|s:7.76e+05
format|f:0x1.0624dd2f1a9fcp-10|q|E:ValueError: Unknown format code 'q' for object of type 'float'
format|f:0x0.0000000000001p-1022|_b|E:ValueError: Unknown format code 'b' for object of type 'float'
format|f:-0x1.80671aea15c1ep-1|.1%|s:-75.1%
floordiv|f:0x0.00000000000a9p-1022|i:40536215597144386832065866109016673800875222251012083746192454448001|f:0.0
format|i:-7897469567994392174328988784504809847540729881935024059662581894710332201|%|s:-789746956799439186465924778135009289478607971655558005265040359537539809280.000000%
format|i:-729640348184129179|E|s:-7.296403E+17
neg|i:-1457439860744422230|i:1457439860744422230
format|f:0x1.139797a765f28p+63|<015.3|s:9.93e+180000000
le|f:0x1.4000000000000p+1|f:0x1.0000000000000p+0|b:False
format|f:-0x1.80671aea15c1ep-1|_b|E:ValueError: Unknown format code 'b' for object of type 'float'
hash|i:-325927485|i:-325927485
format|i:1|_|s:1
format|f:-0x1.e000000000000p+2|015,.3f|s:-00,000,007.500
format|i:245828600311961528152743470533232154132675206538833153739424|g|s:2.45829e+59
format|i:-1283790301966957938809713122013656225089470382590946887765274|E|s:-1.283790E+60
format|i:1000000000000000000000000000000|=10|s:1000000000000000000000000000000
int|f:-0x1.3bf7800000000p+17|i:-161775
abs|f:0x1.0f0cf064dd592p+73|f:1e+22
format|i:-266499452|_.3f|s:-266_499_452.000
format|i:-325927485|q|E:ValueError: Unknown format code 'q' for object of type 'int'
format|i:-1846479575194004725|_|s:-1_846_479_575_194_004_725
parseint|2b2d31|16|E:ValueError: invalid literal for int() with base 16: '+-1'
format|f:0x1.c06a6d3ef80a8p-3|.|E:ValueError: Format specifier missing precision
format|f:-0x1.f7f8800000000p+18|z.2f|s:-516066.00
format|f:0x1.742a92ef6c1ecp+19|n|s:762197
format|i:-999999999999999999999999999993|b|s:-1100100111110010110010011100110100000100011001110100111011011110101000111111111111111111111111111001
sub|f:-0x0.0p+0|i:-1470244707014493396|f:1.4702447070144934e+18
format|f:0x1.e240c9fbe76c9p+16|#o|E:ValueError: Unknown format code 'o' for object of type 'float'
sub|i:-801595503336622787951832879991061926455413503340797359714954|f:-0x1.cb7b800000000p+19|f:-8.015955033366228e+59
int|i:-1457439860744422230|i:-1457439860744422230
format|f:-0x1.f7f8800000000p+18|%|s:-51606600.000000%
format|f:0x1.1db1171f046d8p-574|.1%|s:0.0%
ge|i:1|f:0x1.e9258405fd6d0p-4|b:True
format|f:0x1.0000000000000p-1|_b|E:ValueError: Unknown format code 'b' for object of type 'float'
floordiv|i:-1955235997168210374|f:0x1.0000000000000p+0|f:-1.9552359971682104e+18
format|i:-801595503336622787951832879991061926455413503340797359714954|=+15,.4e|s:-    8.0160e+59
format|f:0x1.c06a6d3ef80a8p-3|>10|s:0.21895299290099968
format|f:0x1.92c0637726858p-586|>10|s:6.211832852855538e-177
format|i:-9223372036854775808|d|s:-9223372036854775808
format|f:0x1.04a2af99cfde0p-2|0|s:0.2545268476132758
format|i:-1846479575194004725|0|s:-1846479575194004725
format|i:-1846479575194004725|>10|s:-1846479575194004725
format|f:0x1.0000000000000p-1|.50f|s:0.50000000000000000000000000000000000000000000000000
pow|b:1|i:0|i:1
format|f:0x1.04a2af99cfde0p-2|.3g|s:0.255
format|f:-0x1.0000000000000p+0|_|s:-1.0
mod|f:-0x1.192980b10fbb8p-1|i:-1629072112722597296|f:-0.5491447654857131
add|i:3245900172204009703|i:3|i:3245900172204009706
divmod|i:-729640348184129179|i:4611686018427387904|t:(-1, 3882045670243258725)
invert|i:2|i:-3
format|f:-0x1.cb7b800000000p+19|*^+12,|s:*-941,020.0*
hash|i:-1955235997168210374|i:-1955235997168210374
format|f:0x1.0000000000000p+63|>10|s:9.223372036854776e+18
format|f:0x0.0000000000001p-1022|c|E:ValueError: Unknown format code 'c' for object of type 'float'
format|i:-4730393337643432168|12.4|E:ValueError: Precision not allowed in integer format specifier
parsefloat|312e35|f:1.5
format|f:0x1.309b804ae3ef0p-4||s:0.07436704744599942
format|f:0x1.3eaf26b74da50p+18|<10|s:326332.6049379455
format|i:-4730393337643432168|.20e|s:-4.73039333764343193600e+18
format|f:-0x1.0000000000000p+0|#c|E:ValueError: Unknown format code 'c' for object of type 'float'
format|i:10|.50f|s:10.00000000000000000000000000000000000000000000000000
format|i:-7|.3e|s:-7.000e+00
powmod|i:-1457439860744422230|i:2|i:97|i:61
format|f:0x1.1db1171f046d8p-574|#.0e|s:2.e-173
format|i:-2120900515934485659|#b|s:-0b1110101101110111100111100100001000000001101111011110010011011
repr|f:-0x1.b51b000000000p+17|s:-223798.0
float|i:4611686018427387904|f:4.611686018427388e+18
mod|i:717897987691852588770249|i:4611686018427387903|i:1436889279541298142
format|i:622348177387547234476031965415|X|s:7DAEA58BA4C73A942CD8778E7
format|i:-1955235997168210374|.10|E:ValueError: Precision not allowed in integer format specifier
floordiv|i:-33256615248625381853676092175368672270516216819812312676855669403572974123|i:-36856221801100226199890713695768624699583963989300138274191|i:902333815660741
and|i:-1424288450837621546391282689684004996379251250116471054522182274290681363567|i:42573079780|i:1636302976
lt|i:4492574903476167887462124823228835873417420865537|f:0x1.897703549a4f6p+161|b:False
eq|i:0|f:0x1.9c3985ed62842p-689|b:False
format|f:0x1.08980ef789d72p+16|.1|s:7e+04
gt|i:0|f:-0x1.b73e1c0b02d74p-76|b:True
mod|i:2040083537609393016701840917189667676639692424149779845408|i:-13457934397808628827982655372710883516903824219746482009987974217777363938858372034|i:-13457934397808628827982653332627345907510807517905564820320297578084939789078526626
and|i:-154626334210505050319448834296881|i:-333075623625101726468|i:-154626334210542524789686422462260
mod|i:-271886577167203308291515|i:1074065330038669667248619040658962829850855218012800047646044774187432226086786|i:1074065330038669667248619040658962829850855218012800047374158197020228917795271
repr|f:0x1.91a997f9c6ce8p-378|s:2.5484900008197286e-114
gt|i:6316|f:0x1.8ac3265376544p+12|b:False
gt|i:-1|f:-0x1.dbc288395b09bp-834|b:False
hash|f:0x1.a8fe689a0644cp+910|i:119625115339474112
eq|i:2705452391778479886752716415927036778863017249308584416305818344570055451362031901665310735529834109691261736772188395482859882946487898033195635676316387858448384|f:0x1.80de4c3660362p+539|b:True
truediv|f:0x1.5f9ae8579b841p+772|f:0x1.7bb9b3a55db6dp+987|f:1.7584760688099855e-65
divmod|f:0x1.f2f1e1d3a56dap-609|f:-0x1.bccdaa1443dc9p+775|t:(-1.0, -3.4528264472911278e+233)
powmod|i:8106279243354365591766879407|i:-31639802461191611064541394070955293204360055394169614700604225553299115861401382|i:-48503255459237192195998059650596|i:-7904549849923784228063460794031
and|i:153409924085971946947387372374772956805636511868946932385231843915256847|i:-39050936681326852758162645260012907162528942303107|i:153409924085971946947360835558422464257791209876720120734351272322813965
eq|i:1847302992375089934220808833095023516975103|f:0x1.534bc4eefe7f5p+140|b:False
repr|f:-0x1.dcd2c191ce32cp+279|s:-1.8091986840112599e+84
floordiv|i:198089754839471624647596633141116011474557925010140|i:3061452587026015963645334561065111590149761421111147194808413572275466|i:0
format|i:0|_b|s:0
add|f:0x1.3d27a513e1674p-790|f:-0x1.497071a96b272p-366|f:-8.561639584645256e-111
gt|i:1|f:-0x1.e444b0745a7abp-938|b:True
hash|f:0x1.152c948ed6e43p-166|i:370339400749558361
repr|f:0x1.a4cc31366a86cp+183|s:2.015220266673945e+55
add|f:-0x1.a55d87b076d2ap+213|f:-0x1.553b3c534a04ep-18|f:-2.1667456453974463e+64
eq|i:-1|f:0x1.91a997f9c6ce8p-378|b:False
lt|i:1847302992375089934220808833095023516975104|f:0x1.534bc4eefe7f5p+140|b:False
format|i:0|0>12|s:000000000000
divmod|f:-0x1.5f5e05486902ap-279|f:0x1.6e5c596298f62p-486|t:(-1.972701969546511e+62, 6.021351639530062e-147)
xor|i:30302395327862|i:640262144234440357246589907234291715144584631236796294162640496446|i:640262144234440357246589907234291715144584631236796299167644582472
mul|f:0x1.992adaeae9812p+263|f:0x1.f67cce202e9a6p-492|f:3.636447901838229e-69
eq|i:0|f:0x1.4bf42a68fda32p-918|b:False
eq|i:-1|f:-0x1.04e693a513862p-243|b:False
format|f:-0x1.a7b10c71d190bp+15|f|s:-54232.524306
lt|i:1|f:-0x1.b73e1c0b02d74p-76|b:False
divmod|f:0x1.c83c81ff01474p-2|f:0x1.d2a2b1f50a488p+365|t:(0.0, 0.4455433189289757)
or|i:-29555847062594382524070905150126893178636065146419395970837892909558111718|i:4308097188772559641847|i:-29555847062594382524070905150126893178636065146419394190544255541582823681
hash|f:0x1.534bc4eefe7f5p+140|i:177750621683010863
xor|i:-1328876132203327610955949116364161507471893541043602366038421247782266|i:9645624592274703302902|i:-1328876132203327610955949116364161507471893541034265786493910030134672
format|i:-362506374010319371258848365550730281940972814516666|-^+#16b|s:-0b111110000000100101110100000000011011010110000001000110101011010101111001000011101100110010001111001010011110101001101101100101110100101101011000001001001100000110111010
mul|f:0x1.9c38f7f30be90p+918|f:-0x1.8fedaea3e30fdp-697|f:-8.477408965293426e+66
floordiv|f:0x1.6e843c47dfa66p-657|f:-0x1.689d19f70ced0p-552|f:-1.0
float|i:-6017593734967504852440304513443034845740663520|f:-6.017593734967504e+45
repr|f:-0x1.555cd6328ac94p-657|s:-2.2298152243849255e-198
mod|i:-409613510272018669230416846815384627669800551574806912515183456969542973|i:-967122815769113061708209935154023559914677895729|i:-43878532123511245407276911337052463203847775711
eq|i:-62140507909503849454731113495221907992491254494560755396329720031870003155875194015175415922996512376692597314914767516467614736000745471999|f:-0x1.4df637a782fc7p+464|b:False
eq|i:1|f:0x1.81170955372f0p-330|b:False
hash|f:0x1.766c568b86d29p-478|i:1597447198420239833
xor|i:72353823660030251081908103406799248404338796420375215651770|i:171419564638367796822693232017333427862868755022573899432|i:72190943688010151444419192484976665602505468130918898480402
hash|f:-0x1.1ce7cc08effa9p+1008|i:-2161536510894525448
mod|f:0x1.a7f4d7024b0aap+370|f:0x1.67ae3c6a55f44p-398|f:7.358814104869327e-121
format|i:-1|g|s:-1
repr|f:0x1.e299ba9043e39p-210|s:1.1456414425547295e-63
add|f:0x1.8832987a8b4a2p+332|f:0x1.1a75a45954966p+503|f:2.889376256641773e+151
lt|i:334948945365945869371366937576196320379141519290989547618305|f:0x1.aae23146da850p+197|b:False
int|f:-0x1.d7266f94708fap+326|i:-251592647792212282084309567410561860305264662027672041743712216833683892115456319795670056605581312
int|f:-0x1.04a4caa4bef24p+6|i:-65
format|f:0x1.0000000000000p-1|g|s:0.5
lt|i:1|f:0x1.07e910a8d9ad5p-745|b:False
xor|i:3989023679528|i:22334|i:3989023666966
format|i:-66110010481365809262452828108756501422|G|s:-6.611E+37
floordiv|f:-0x1.f57424163440ep+840|f:0x1.9a796726588f1p-237|f:-inf
mod|i:4534889674757635721186609325141|i:-137494671709186663823715224477513550624978485944566255150|i:-137494671709186663823715219942623875867342764757956930009
floordiv|f:-0x1.da1078b815205p-610|f:-0x1.f1cd46c7db836p-963|f:1.7473071065475752e+106
mul|f:-0x1.5606bb18622f0p+21|f:-0x1.18c7520f97c24p-638|f:2.694239724383706e-186
gt|i:0|f:0x1.b70b8f9a1e119p-112|b:False
format|f:0x1.c48ab1f855225p-258|.3e|s:3.817e-78
and|i:220676235712031|i:851963924659658725748432061376244481767381744831785067651211191258660137696242070469477|i:756459508229
format|f:-0x1.f800000000000p+4|n|s:-31.5
lshift|i:-1143618850273920540346872541647912996775415209726597914746|i:93|i:-11325852515484788930167202383187008590018917330833234923029884766522133781280123256832
round|f:0x1.733ef286408b0p+8|-18|f:0.0
eq|i:1|f:-0x1.c1963f0ee8ca8p-196|b:False
mod|f:0x1.d505d5997f096p-144|f:-0x1.01b42ac5164c5p-161|f:-3.3952470490074385e-49
floordiv|f:0x1.78b66095dba41p-57|f:0x1.06068b5c0a8b6p+917|f:0.0
mul|f:-0x1.75edf9e5363c4p+857|f:-0x1.2467111cc0ccap+559|f:inf
mul|f:0x1.f2637252ecc77p+690|f:0x1.e78040fd9951dp-495|f:1.8617128996808506e+59
add|f:0x1.9fcc33747ee8fp+276|f:0x1.3646e12fa7084p-579|f:1.9720634272899716e+83
lt|i:-1911664055164026742552182166939697807524617310437266050735378191471591767114343263003503183325193908374299669862241205846040499254027162062047172792013960537484311486269467055187734666361918455809|f:-0x1.a30014a1ec746p+648|b:True
floordiv|f:-0x1.467dc7d3b535dp+883|f:0x1.c57112fc02bf0p-985|f:-inf
round|f:0x1.96714cb8c43acp-726|0|f:0.0
eq|i:363552256375084896829936165862661947874778997721638023066155003987232701382430815079526617199989915645272192898286000092311789315386931593347072|f:0x1.dd02f36ac17ccp+476|b:True
rshift|i:-10219413785855799338863463633820273108863571901414172300165033276457|i:349|i:-1
gt|i:0|f:0x1.bfcdfeffbb251p-715|b:False
eq|i:-103489138770682386729839139907292041915098997615273829087669147703558809363766371705099290934883267115477678583597019101679502928930375407876414477944744249591175510517511747619777984686194689|f:-0x1.73a2c0a3a57b6p+634|b:False
hash|i:-5407895741495600920784449003768310225200048024601048889390625433067559948122|i:-1143574600463335700
lt|i:2705452391778479886752716415927036778863017249308584416305818344570055451362031901665310735529834109691261736772188395482859882946487898033195635676316387858448384|f:0x1.80de4c3660362p+539|b:False
mod|f:0x1.98a7059d8550ep+367|f:-0x1.a61817c151a65p+801|f:-2.1988512765749598e+241
mod|f:-0x1.d1cb3b3e8bafep-425|f:0x1.4e9e7d027475fp-457|f:3.34158228993145e-138
lshift|i:198089754839471624647596633141116011474557925010140|i:266|i:23487720007035070510141867346019125350504998549286620188720381308093284294278527063778775712949610226145457048903950773605325864960
float|i:-2159307747318112886910313970|f:-2.1593077473181128e+27
format|f:0x1.999999999999ap-5|f|s:0.050000
int|f:0x1.8e91bdb0c2ca2p+15|i:51016
eq|i:0|f:-0x1.ab69bea472061p-377|b:False
lt|i:-1|f:0x1.97b50ed370d7fp-918|b:True
mod|i:921644862645|i:196784302882922335873793436076778722687868852882950606216900977329349000995660887461|i:921644862645
add|f:0x1.80de4c3660362p+539|f:0x1.e03a95e9e778cp+847|f:1.7604131704407398e+255
format|f:0x1.4000000000000p+1|#.5g|s:2.5000
add|f:0x1.d6a9449512ca0p-856|f:-0x1.8ac6bbe0fb0ebp-1008|f:3.8264156717451944e-258
rshift|i:105153449424589054860820280070134402249574376182052934318356253685673707666|i:358|i:0
powmod|i:-317015603419835817546978635761117171006676|i:-3631638705727044197679302658172223000674639729852291676632213529976881751176815764602|i:-653307770294127731588037514885827362129925064367142751|i:-77279491708517631718240340896153728302188752917521691
divmod|f:-0x1.afc396ab700d4p-1003|f:-0x1.48aba38fb8c26p-843|t:(0.0, -1.967527585836118e-302)
round|f:0x1.792b351c8dfdbp-947|14|f:0.0
mul|f:0x1.6a229192ba8f3p+125|f:-0x1.047519c809889p-425|f:-7.065268219893512e-91
eq|i:60170003142721412699739900775411744767|f:0x1.6a229192ba8f3p+125|b:False
gt|i:1|f:-0x1.a4ab1ec58c0b3p-846|b:True
or|i:2394118030884646741587405765999857233144854724923388197204904842312702|i:310841595428674|i:2394118030884646741587405765999857233144854724923388197495263696748542
lt|i:1|f:0x1.b41defe225f19p-753|b:False
floordiv|f:0x1.9c3985ed62842p-689|f:0x1.a73da5ea7e24ap+832|f:0.0
hash|i:-2633168858357693480574618761259647825504847722318927530344911044346605939971019546681235673416961810684172642208279779004568595543345972547238578964416818893|i:-957002284796401779
gt|i:1470137230986631608298953796530268146793368472920995681643808131942358078806701155620498396021450243339943717827738877718644952668342179858911230345613780879147007|f:0x1.a245f8f9ce458p+538|b:False
gt|i:3982718688821810382252921723233758815270347563739813210397923952436143574409289224914271842728256204325483708417|f:0x1.a7f4d7024b0aap+370|b:True
lshift|i:922112149596705892130731593257046184273886500126452967997005|i:110|i:1196970004391943256267112264075525608709544092354610405627433327922843688424884356984728453120
hash|f:-0x1.e444b0745a7abp-938|i:-1429189714227502358
format|i:0|F|s:0.000000
and|i:-73448887782420369477151509029054710702457231349676204017534646701096994722|i:954533708382064334005370774342953857929826427257|i:199831402750576262119643465576532672848928596056
or|i:-3325991277627667850467422302548005501437198518742101907177399659333583|i:816339124670786839041715269951562682061391898271116105562723330028498885378347325371913571|i:-737411495442558697885070610608118809227438166605668033031135365169805
and|i:2192072753382806610456136332194291843184|i:335310806862008555|i:325740492427100256
gt|i:-1|f:0x1.e299ba9043e39p-210|b:False
gt|i:938151751840959616238167972177499280146687081354615726471504130423994003448855583247856729669129584829093610333723251273089412777642454310763729717265007500446318910452728317919186911231|f:0x1.b99386f418ec0p+617|b:False
format|i:9861870|.2%|s:986187000.00%
divmod|f:0x1.631967ba0ea0ep-535|f:-0x1.f497f3084c53dp+482|t:(-1.0, -2.4417612432194615e+145)
hash|i:1083621068588466852362821274503436907142677498183296914276521197628612728027220029401978973486601617460283990924457589871828593461535887682770518470298899580424974615406521655226152505428547|i:1551376057084645503
add|f:-0x1.04e693a513862p-243|f:0x1.4931aa0370727p-395|f:-7.210183482475047e-74
or|i:103586930222582025716619839147337374210822453313667105224|i:453552269042480763419056530824331216|i:103586930222582025716656546031736582852940667601738268632
divmod|f:0x1.aae23146da850p+197|f:-0x1.98646433355b3p-906|t:(-inf, -1.5253685290934655e-273)
truediv|f:-0x1.f87fb6d9fcec2p+683|f:0x1.993274a7a6db9p+206|f:-4.811002717548769e+143
mul|i:188264554961|i:-99109280226778979233399897613090215997417542909364620745485786678254118462593442501879282|i:-18658764534399581679885892671071395682697176441125651483927429678732494108825527978493245431876218002
lt|i:0|f:0x1.9c28dd669f6a7p-512|b:True
format|f:-0x1.e03ce00000000p+16|.3g|s:-1.23e+05
gt|i:-6477508199929912319|f:-0x1.6792ed8dda027p+62|b:True
mul|f:0x1.534bc4eefe7f5p+140|f:0x1.21f07c387dc4dp-59|f:3.629406839324466e+24
format|f:0x1.2a147ae147ae1p+5|.15|s:37.26
mul|f:-0x1.5ec27a04f7bc0p+768|f:-0x1.54d1cf8427c35p+67|f:4.179271974414557e+251
lt|i:68192170541060727478930881099979160140708857231986941383501601801112465259665532574427512832|f:0x1.0bcf344023d53p+305|b:False
floordiv|i:3869083555940904|i:2843914451980116|i:1
gt|i:1|f:-0x1.262ee995cb9e9p-47|b:True
round|f:-0x1.3faf49abea643p-455|-11|f:-0.0
mod|f:0x1.b5bf2cf8aefd2p+284|f:-0x1.a9a98afe67bbap-260|f:-5.556085533592368e-79
gt|i:-1|f:0x1.8e932c62f4ac8p-442|b:False
repr|f:0x1.df8894f4626c0p+196|s:1.881300442853737e+59
hash|f:0x1.80de4c3660362p+539|i:3385337811501489
gt|i:-5557930435483455584557816862404697718810303807318214258286011729545875570695585467356374106111|f:-0x1.550e1476fb4cep+311|b:True
hash|i:236534799638286788870324314352960617267582587355526667876105058210034634681991941872067337343964364072479645180830|i:250783597452011364
truediv|f:0x1.992adaeae9812p+263|f:0x1.f67cce202e9a6p-492|f:1.5432009207238515e+227
repr|f:-0x1.f65137dfd2c22p-680|s:-3.9114797234396758e-205
floordiv|f:0x1.a49188008b9b1p-34|f:0x1.fef9073b42f8fp+613|f:0.0
gt|i:-12496226520384627827615484919008790257814204692687395246907064319|f:-0x1.e606bbd2a8a3ap+212|b:True
and|i:34233348446147702|i:8671309603359711705399605636114077980541146079468824453895145628|i:18470698125803540
eq|i:-167519062305980652829124419859551189038033349561043587235230779944729130277375460554800990256801572645589276791240943090481166622848679602552831|f:-0x1.b7993b0a1781bp+475|b:False
round|f:-0x1.cc62a52942d2fp+977|2|f:-2.2971390121011752e+294
eq|i:1|f:0x1.5d2f2ffa86df4p-617|b:False
mod|i:-9882412178382615897306837825477727457183489121568375976540829175|i:-8567511590957017332052692630788956922296222357516483723104525520|i:-1314900587425598565254145194688770534887266764051892253436303655
mod|f:0x1.c9864e4946c16p+995|f:0x1.dd8918dc72b87p+696|f:2.7552942371151245e+209
format|i:72882833845484250701155283273595699734207397|F|s:72882833845484253013890312550573775660253184.000000
add|f:-0x1.85c0568ecd4e9p+743|f:0x1.5b272c806e6e8p-947|f:-7.044244289743631e+223
format|i:0|,|s:0
hash|f:0x1.6468532b80b43p-302|i:317595220037611531
format|f:0x1.0000000000000p-1|<+12.3g|s:+0.5        
truediv|f:-0x1.262ee995cb9e9p-47|f:-0x1.cabef1d1ff124p+111|f:1.755118543688018e-48
truediv|f:0x1.0bcf344023d53p+305|f:0x1.19b97f46ec851p-943|f:inf
gt|i:334948945365945869371366937576196320379141519290989547618303|f:0x1.aae23146da850p+197|b:False
floordiv|f:-0x1.0496959380e75p+862|f:0x1.d282b9e2eb44ap+1018|f:-1.0
or|i:34521811289282052511492509215700126514687562083696768413|i:37776223123301868333216311297745|i:34521811289282052511492525441850503035834153755125610461
lt|i:1470137230986631608298953796530268146793368472920995681643808131942358078806701155620498396021450243339943717827738877718644952668342179858911230345613780879147009|f:0x1.a245f8f9ce458p+538|b:False
hash|f:0x1.9fcc33747ee8fp+276|i:1143102872746734452
hash|f:0x1.7bb7ddae27fd7p+41|i:2259684374787873871
format|f:0x1.3000000000000p+3|_.1f|s:9.5
lt|i:-1|f:0x1.b07e4bd251e3bp-629|b:True
gt|i:-1000787939972196150013884330365400822321999999066936445267236675722639628014918413052131294789418038708698645231723682830080619052603015169|f:-0x1.5839ed03b02dfp+458|b:False
gt|i:-88973919720616570618756080579862797159656130420408319|f:-0x1.db9cda4472068p+175|b:True
mod|f:0x1.0b8b0553e4733p+547|f:0x1.24ead5c4a5c07p-950|f:7.232233405885522e-287
truediv|f:-0x1.13a28e0886d04p-528|f:-0x1.251423a973801p-404|f:4.4221213713534164e-38
format|f:0x1.999999999999ap-5|.2f|s:0.05
gt|i:-6262834391300141659193813107252284049351950026519103629315016811285269628427768472673687510524884644706377671093916264878386499637515167373611749041035741928838161006017111720444270734344294836501352265453404160|f:-0x1.30cc9d394e24ep+700|b:False
gt|i:1|f:0x1.97097b6ea0074p-73|b:True
truediv|f:0x1.19d97e4d53d26p-481|f:0x1.e36f61ca47af1p+672|f:0.0
xor|i:-668779696905549831099880318291456054508771323|i:200361866634542|i:-668779696905549831099880318291291086398354133
hash|i:1514826034300130538670628578871109540654583819595698290729918055022920480764336662899984244913714338390107434376389868569997092930984823130562007168103015022625937468051800117754954454846210481|i:646536086169443554
float|i:25610174704949541393289288315472561868761131316285244438114033358073443851080132942641457288749096174129122879732935304841125136898522524841673997109|f:2.561017470494954e+148
or|i:9891137738169439102530797970025435|i:-88405252315157892357878736636954180518459424298925605299548779837517095|i:-88405252315157892357878736636954180513794458576160070930555483918009381
gt|i:360781907525599653921695292232674624600710913443702211213545500742511727505384809937339041918425227266672359495603519972170125725678232953655568016080010734557952275526461836754943|f:0x1.642103fbbca17p+596|b:False
add|f:-0x1.dbc674d5816d0p+851|f:0x1.9648b7b69b494p-450|f:-2.790539431813293e+256
int|f:-0x1.09e63178c3b54p-513|i:0
xor|i:-1143618850273920540346872541647912996775415209726597914746|i:4693161651516406246960965382147777023836956513279674579980584351293|i:-4693161650789817799826802886792793219404434801619287509722064623173
mod|f:0x1.a8fe689a0644cp+910|f:0x1.0051b48b3bc46p-40|f:3.336577251682722e-13
floordiv|f:-0x1.4231950d78500p-995|f:0x1.78ff4c38f60b7p-221|f:-1.0
lt|i:1|f:0x1.201768afa4b8ap-360|b:False
hash|f:-0x1.246463c6b4237p+138|i:-898703989930009700
add|f:-0x1.309245a8fa4ccp+79|f:0x1.1dcb7cec43ba1p+322|f:9.538346058854525e+96
format|i:-1|%|s:-100.000000%
floordiv|i:15290709528708822117572377834779802880439168196021941958948860371712330095198089709380|i:546781962330030712128718055214227277572968196972685276453786151945490830467412604443456|i:0
int|f:-0x1.d7b9431df3c6cp-525|i:0
and|i:2884382904279576808633201358289536909372544185289603941|i:193548578313046912534746308981795708772475638408864436742926|i:389584604520795449941307261963663593025113214530251524
floordiv|f:0x1.02bd4d2e5d05dp-753|f:-0x1.bbc2314f453b0p-744|f:-1.0
format|f:0x1.999999999999ap-5|.12g|s:0.05
eq|i:1|f:-0x1.e4fcd3c9ee532p-629|b:False
eq|i:1|f:0x1.d6a9449512ca0p-856|b:False
xor|i:157421585403932569133205525722735959978273873389923887578033516442288318627250475161720701|i:-911931720948920527108373032|i:-157421585403932569133205525722735959978273873389923887578033517276839322999706573161590107
floordiv|f:0x1.6b0ed67e515d8p-555|f:0x1.b83013973c521p+164|f:0.0
hash|f:-0x1.63ccf51635960p+238|i:-50074484871973632
lt|i:-21425578840091235713024|f:-0x1.225ee8c15ecb0p+74|b:False
format|i:0|#X|s:0X0
hash|f:0x1.a7f4d7024b0aap+370|i:1146638914863579162
format|i:-7038849|F|s:-7038849.000000
eq|i:-1|f:0x1.631967ba0ea0ep-535|b:False
mul|i:28322476629892492847908147102110383533239162765843724982045082846|i:-534997200738890644288308902687053801932895660427356|i:-15152445714985132979552720406517444386080607918999175976717285083930662726672050346262188931647544290800706784735176
add|f:0x1.41421660772cfp+512|f:-0x1.b4a65d4b9a34cp+269|f:1.6825654781241118e+154
add|f:-0x1.0799fb276c16fp-784|f:-0x1.4131a14824dc9p+953|f:-9.552414228966096e+286
floordiv|i:-1434660010644502932681402137451702050368132793617061593197179|i:71622423305897866376486019954316521618472253071021167126766794866889431127|i:-1
truediv|f:-0x1.09e63178c3b54p-513|f:-0x1.6086e3588ae1fp+926|f:0.0
gt|i:0|f:-0x1.e89aa4ac3129ap-437|b:True
round|f:-0x1.bef0214bec31bp+9|-16|f:-0.0
mod|f:-0x1.73a2c0a3a57b6p+634|f:-0x1.8744642be359fp+850|f:-1.0348913877068239e+191
eq|i:-1|f:0x1.a76e0af895ae8p-459|b:False
repr|f:0x1.7bb7ddae27fd7p+41|s:3261754727503.98
lt|i:0|f:-0x1.59878cc727be4p-329|b:False
xor|i:92126055475549683648172149342646313923909475720841715446174011089|i:-63238381550706449561177401629415209|i:-92126055475549683648172149342625968491684781757534654495085320698
truediv|f:-0x1.1ce7cc08effa9p+1008|f:0x1.1e5be4c4ced4ap-150|f:-inf
or|i:-8119057020281512433759555187053486696062659016322343266963056|i:4119721696800464306480231569073247045899470503746109596656126157425417606425468194|i:-1665801796989777932867389839440359733343371369783938554790478
format|i:8580777|E|s:8.580777E+06
add|f:-0x1.1fc054cc070bfp-856|f:-0x1.a9045ededaa6ap-375|f:-2.1573372202971902e-113
floordiv|f:0x1.6ef503f8eb65dp+958|f:0x1.0597c122de6d5p-108|f:inf
powmod|i:-550259341245188470479756|i:-327691572193829976133548125518546772480|i:-21277925729959949638372220|E:ValueError: base is not invertible for the given modulus
int|f:-0x1.e89aa4ac3129ap-437|i:0
floordiv|f:-0x1.d7266f94708fap+326|f:-0x1.cf27bd453750ep+151|f:4.87171632199868e+52
round|f:-0x1.dd8c8ef84a5b8p+7|1|f:-238.8
divmod|f:-0x1.1d6c8b01011fdp+373|f:-0x1.5cfdd9d2e4a8ap-998|t:(inf, -4.1383546289579617e-302)
mul|f:0x1.05dd2371b8fd1p+873|f:0x1.dc2da6c97cd2cp+941|f:inf
hash|f:0x1.b596bc9834ba0p+939|i:1370949437743273660
truediv|f:-0x1.f8766526fb26ep+915|f:-0x1.67d0efb5426f0p+697|f:5.90591598522238e+65
floordiv|f:0x1.30ca92119a8d7p-988|f:0x1.2ae2a59a3686cp+714|f:0.0
divmod|f:0x1.81170955372f0p-330|f:0x1.4eb78c3f1b84cp+864|t:(0.0, 6.877390604500842e-100)
lt|i:-1|f:-0x1.59878cc727be4p-329|b:True
gt|i:0|f:0x1.48c53008ff9d3p-640|b:False
lt|i:373115992297984980026216333677285088028440277929227878819925262799517260119298570422439305663947678051641998366955827673485779392376450043730073465787459940874655517221474283814912|f:0x1.704dd1b7cc4b1p+596|b:False
float|i:6231070071738712690217976349089574731949705467709759872421329777593567776733014134679898091668445201574331438973676959|f:6.231070071738713e+117
truediv|f:-0x1.ea3dc85aeaba8p+290|f:-0x1.3f3e5ec19d4d4p-942|f:inf
mul|f:0x1.183565756a447p-706|f:-0x1.7b25ed76589fcp+600|f:-1.9981629585861143e-32
repr|f:0x1.9c3985ed62842p-689|s:6.269415201943223e-208
lt|i:-125892318777469133767971338227345678353923961386159565254720238457021956171563168801253513941221377|f:-0x1.d78279f8da67cp+325|b:True
mul|f:-0x1.06326a4bf2fcap-4|f:-0x1.303331eae2734p-98|f:2.4001992911451363e-31
mul|f:0x1.5f22c2400716bp-189|f:-0x1.87420774d0162p+544|f:-1.5385328019989702e+107
and|i:324485853902032238106338978138818220337651142835516400|i:-651261841897138090537007937523338774046397235328947|i:324105726460438643066469527932078938987810098388533312
lt|i:-39534868990619499153542552310355754685819757706515222742746785435336450304169619145185112965452863128234826118216225876688274853733823208574515414602612736|f:-0x1.796d35061ca0fp+513|b:False
lt|i:938151751840959616238167972177499280146687081354615726471504130423994003448855583247856729669129584829093610333723251273089412777642454310763729717265007500446318910452728317919186911231|f:0x1.b99386f418ec0p+617|b:True
hash|f:-0x1.e0513a24efc5ep-858|i:-270394597981522880
int|f:0x1.dd4d31496da64p+642|i:34025935975230134118748052448052543448096998696743994359030100343149498181498954762451404018272603449455982832910224331693596738406866206885556491549172333242773442038955074027944945669510266880
add|f:0x1.ffa11bed5bb59p-27|f:0x1.22fed2d98915ap+663|f:4.350441076997815e+199
format|i:-58624174966459164055805552|#o|s:-0o30176115622275673704133717160
rshift|i:16774570086072427733765894134136|i:154|i:0
repr|f:0x1.5f3af247c13ffp-320|s:6.423228126966952e-97
mod|f:0x1.e0f7f71518154p-839|f:-0x1.5a90cf6c98e14p+100|f:-1.716110051989382e+30
truediv|f:0x1.feb89426ed95cp-879|f:0x1.39590e64ea39fp+409|f:0.0
lt|i:-613911398219648004610214777668377100726618584295549502843236353998585857|f:-0x1.63ccf51635960p+238|b:True
mod|f:0x1.97b50ed370d7fp-918|f:-0x1.0fe4872b10a74p+93|f:-1.0518338882792729e+28
eq|i:1665888029615249126782084201909433677631775503045621195042194180552503593504693976392570037157234964999121531600829005613770581302574612686725231673343|f:0x1.0490ecdd436e0p+499|b:False
format|i:-1|#b|s:-0b1
lt|i:1|f:-0x1.06326a4bf2fcap-4|b:False
truediv|f:-0x1.0084331ee607bp+335|f:-0x1.2c4b3b64c9c91p+930|f:6.58750944076501e-180
gt|i:-1|f:-0x1.b73e1c0b02d74p-76|b:False
round|f:-0x1.20d57691c6e52p+9|-4|f:-0.0
add|f:-0x1.40008c6aceeb0p-147|f:-0x1.81b5410c3039fp+389|f:-1.899708742959867e+117
floordiv|i:3216399566585455391297015969|i:-9612850385711149369468643767350369584693730934408858827431848533|i:-1
format|f:0x1.1c37937e08000p+53|.12g|s:1e+16
floordiv|f:0x1.91a997f9c6ce8p-378|f:-0x1.d2b24f3ef1e9dp-557|f:-6.594713304943969e+53
hash|i:368484607502478077497916195284476992034605452026335044923259108834575942911331501743575459329625924078140544876588265337423558969786074461926595260787569551512445291|i:1220649696603621019
and|i:-239919819299556036272085520341294203081287373564105|i:-1095045500760853705843065624314422643947148018986127789462359667537031002864707205864|i:-1095045500760853705843065624314422649798161102052699517053313549093239785179147303664
add|f:0x1.d271a5bfe8397p+299|f:-0x1.2195c759c730ap+828|f:-2.024755635923239e+249
gt|i:-1|f:0x1.81170955372f0p-330|b:False
add|f:0x1.6b0ed67e515d8p-555|f:0x1.b83013973c521p+164|f:4.02084493044523e+49
format|i:-1|d|s:-1
repr|f:0x1.feb89426ed95cp-879|s:4.949685109854758e-265
add|f:0x1.1438d2686e99ap+94|f:0x1.8641887e78cbfp-144|f:2.1371639044995505e+28
add|f:0x1.36ebe93f10fa1p+735|f:-0x1.4ef7507f91481p+762|f:-3.1740776585602647e+229
gt|i:-1|f:0x1.183565756a447p-706|b:False
format|i:-1847535008038170082778432|f|s:-1847535008038169968902144.000000
gt|i:938151751840959616238167972177499280146687081354615726471504130423994003448855583247856729669129584829093610333723251273089412777642454310763729717265007500446318910452728317919186911233|f:0x1.b99386f418ec0p+617|b:True
add|f:-0x1.90d1751f00829p-150|f:-0x1.3825c60bbd2fbp+943|f:-9.065794717449214e+283
gt|i:51016|f:0x1.8e91bdb0c2ca2p+15|b:False
round|f:-0x1.58ba0066310fbp+9|7|f:-689.4531372
add|f:0x1.5f3af247c13ffp-320|f:0x1.f85c14a5b28a0p+611|f:1.6742787089498013e+184
or|i:-7060476635571964793371859371|i:-1003885367529066586|i:-607564046576652297
truediv|f:-0x1.2c19400b90047p+627|f:0x1.78af42301b38ap-877|f:-inf
mod|f:0x1.feb89426ed95cp-879|f:0x1.39590e64ea39fp+409|f:4.949685109854758e-265
add|f:0x1.471a7f262e5e6p+668|f:-0x1.89ba0ea13e265p-826|f:1.564884658154661e+201
lt|i:1|f:-0x1.14f5377003063p-862|b:False
format|f:0x1.4000000000000p+1|.15|s:2.5
format|i:-7581075|x|s:-73ad93
floordiv|f:0x1.a7f4d7024b0aap+370|f:0x1.67ae3c6a55f44p-398|f:1.829956837194348e+231
gt|i:0|f:-0x1.bce8af16461adp-663|b:True
mod|i:-1728161469707941279084061736652314973651817593132105773630003650483052193002420210164092434|i:2957137074027162706009985840428852947871357150173451410891|i:2008071998585375184274111896940993822192306677422700744345
lshift|i:19842985179275737741987529981536851640237170434908685563623203875|i:50|i:22341215164826121815486451498489023460441484086872873695211418526643774291968000
gt|i:-6477508199929912321|f:-0x1.6792ed8dda027p+62|b:False
truediv|f:-0x1.c34e105700a67p-535|f:-0x1.7990d6c14ed5ap-473|f:2.5918969509062124e-19
mul|f:0x1.308fc5b9e3198p+595|f:0x1.5ea0c63403841p-638|f:1.852473658648566e-13
format|i:4650120|d|s:4650120
lt|i:-21667456453974462636856608065396072784139742729289812496703553535|f:-0x1.a55d87b076d2ap+213|b:False
lt|i:-1|f:0x1.30ca92119a8d7p-988|b:True
eq|i:-1|f:0x1.b70b8f9a1e119p-112|b:False
lt|i:-1|f:-0x1.262ee995cb9e9p-47|b:True
repr|f:0x1.f2f1e1d3a56dap-609|s:9.173714528265865e-184
hash|f:-0x1.db9cda4472068p+175|i:-16734134400336080
mod|f:-0x1.7dc60eafd0ce6p+890|f:-0x1.6ddf1d704537dp-738|f:-9.58921673067584e-223
and|i:326582011785973469051583515108220015724947768251748186063308816957358055705731|i:303585605472974418334755423341842038282941475755436543195195310912|i:13344416449770405705403237258073068803939387128719802315990958080
gt|i:-1|f:0x1.47088c221d45cp-680|b:False
eq|i:-62140507909503849454731113495221907992491254494560755396329720031870003155875194015175415922996512376692597314914767516467614736000745472000|f:-0x1.4df637a782fc7p+464|b:True
format|i:-1|X|s:-1
truediv|f:0x1.c627530775aa4p-820|f:0x1.28bad73fdeed2p+671|f:0.0
float|i:49232512829718035055161096916212825864077903959256940530233592561042569022458606808595404162138758235621699963594222|f:4.923251282971803e+115
truediv|f:0x1.00089542027aap-514|f:0x1.dc1d503bf3b26p+282|f:1.2903540168637496e-240
floordiv|i:930715512075229023845980687105234325437428095825286511581118533763078468933124|i:-125586475946490118526215951469900300444871789891066908250384676227704|i:-7410953330
and|i:922112149596705892130731593257046184273886500126452967997005|i:-716818771865775879347297734258387664333065982464428212110|i:922011000354194592021170172497579932658976824186489369133120
mul|f:-0x1.1fc054cc070bfp-856|f:-0x1.a9045ededaa6ap-375|f:0.0
gt|i:0|f:-0x1.ebacfcfbe5a6cp-688|b:True
gt|i:-1|f:-0x1.48e52f512b71bp-114|b:False
gt|i:-5789054800043677557948822686401138471900543928957408148558602725838606408743615083945080922023395327|f:-0x1.52c7f069d4377p+331|b:True
add|f:0x1.d72de303abcadp+95|f:0x1.831fd6841db86p-459|f:7.291145666632348e+28
mul|i:9516027706670009174647302473297969546989480605015686909431672171364578382638126390515500|i:-1456379820759482308889330349|i:-13858950725782335455287764743356068950726759049174168818168531975198839157929347541062373256343841733357259904909500
eq|i:-1|f:0x1.d7347b4c975dbp-893|b:False
repr|f:0x1.b596bc9834ba0p+939|s:7.943139248042367e+282
repr|f:-0x1.e0513a24efc5ep-858|s:-9.762296150809534e-259
eq|i:-1|f:-0x1.340e67fa315b7p-114|b:False
truediv|f:0x1.8c9f2d4f9759cp-164|f:-0x1.68ad3ecddb9bbp-723|f:-2.0750377689831448e+168
xor|i:-3945448804691|i:208923927998448954068150446102523043978507019076484095906112778688|i:-208923927998448954068150446102523043978507019076484099846897246355
mod|i:-25890523033793858678618132691989500537273046455824892376222093799|i:-13384126705364003606258548131889711090171188259158380395744992651790685752994447838305602|i:-25890523033793858678618132691989500537273046455824892376222093799
gt|i:-635297974324285692994466044875558449219877004182823598628162376907926640503764882987181395491206170649790884591042781316227038754082991554965748832456524643229662969856|f:-0x1.58c1221868f04p+557|b:False
mul|f:0x1.9c28dd669f6a7p-512|f:0x1.9ada41b2828a3p+797|f:1.6062764271378568e+86
mod|i:198237785943025346224807355735370525436526751435010042726507165|i:115678198939731166940546011514423464597095274987365067928658179456159863043|i:198237785943025346224807355735370525436526751435010042726507165
add|f:0x1.b6c2a99ca05d5p+73|f:-0x1.052444e08499ap+1006|f:-6.99538883768963e+302
round|f:-0x1.d3fd77ab7313cp-5|6|f:-0.057128
divmod|f:-0x1.a54b8135e0ec0p+19|f:0x1.03545d7871f84p-351|t:(-3.906903015924726e+111, 1.6718093975822972e-106)
powmod|i:19102690792053475594904219594272804595357804065280176159371648764604528060434663909|i:-44824114125108965373804043224125224247100720699221338|i:58333809123972293629399330|i:52455670101969587579039841
eq|i:0|f:-0x1.48e52f512b71bp-114|b:False
eq|i:1|f:-0x1.5f5e05486902ap-279|b:False
mul|i:3120966767293266301261209104822309418932589188935425790571783196509373806388369911029|i:286685968858296665918842033108786841|i:894737381456016160270166346120481143239886849643218737541693643905643720369976220609059739998512618176051863717295969389
gt|i:0|f:-0x1.dbc288395b09bp-834|b:True
mod|f:0x1.766c568b86d29p-478|f:0x1.9ac065aa64828p-627|f:2.283610514232894e-189
hash|f:-0x1.6619ce7cb31e1p+909|i:-50398208154242824
truediv|f:0x1.07e910a8d9ad5p-745|f:0x1.d69b9b68935e9p+657|f:0.0
rshift|i:-298770156009896077905287332488566532410019430582|i:359|i:-1
mod|f:0x1.79cf68ebb2e13p+268|f:-0x1.0f65a6def53a6p+694|f:-8.713290471949327e+208
mul|f:-0x1.85c0568ecd4e9p+743|f:0x1.5b272c806e6e8p-947|f:-8.029888237511182e-62
eq|i:0|f:0x1.24ef4f4173df6p-94|b:False
add|f:0x1.a7f4d7024b0aap+370|f:0x1.67ae3c6a55f44p-398|f:3.9827186888218104e+111
lshift|i:423243762822810106932746083726548588988180620271976086996469|i:304|i:13794604346067914416040684999827330550532853332875613703983475008895591242382732300396307536628700839000801407295463207195337020221086412496226173845504
or|i:-789428267237776024195423083290372642300038718922892301930325|i:12746207954284950531294062959524601248057139786073764467338776711192094277|i:-729793104920488449716129066031770009441015592165210073598225
format|i:0|,|s:0
mod|f:0x1.d3b1627643265p-318|f:-0x1.e2605e135bdb0p-703|f:-1.8162368178832105e-212
xor|i:12170880300904052374165467397767409303544951137985380|i:-520087204842590780430784267651734248868334867720928|i:-12680700777875123586738533396428308587241993426389436
truediv|f:0x1.81170955372f0p-330|f:0x1.4eb78c3f1b84cp+864|f:0.0
format|f:0x1.0000000000000p-1|_.1f|s:0.5
round|f:0x1.1ddb3cea97d5ap+9|8|f:571.71279652
lt|i:0|f:0x1.19d97e4d53d26p-481|b:True
gt|i:-397983568032282624068659436878030180450304|f:-0x1.246463c6b4237p+138|b:False
lshift|i:76836091114106355985435926929543461494365403497850785526671096|i:239|i:67878811027001656663130566253827242255077156744859793175098975024719341716379723464495415933622622800483408807346468751652417068597248
format|i:-1|_b|s:-1
truediv|f:0x1.cdad00854ac92p+951|f:-0x1.a5bf85ec1ae9dp-183|f:-inf
xor|i:-9882412178382615897306837825477727457183489121568375976540829175|i:-8567511590957017332052692630788956922296222357516483723104525520|i:5280826832240980947398369315772444486602776964790990718030473529
hash|i:122825491269671485004927573361190572247415305220253472373844961673498877594457584437531346704961790836285224715498448279351690467484399073434559358406616063789|i:1589223211783360226
format|i:-1|*=30,|s:-****************************1
mod|f:0x1.9fcc33747ee8fp+276|f:0x1.3646e12fa7084p-579|f:2.604906172180279e-175
lshift|i:28322476629892492847908147102110383533239162765843724982045082846|i:156|i:2587084122990881974925977489969284714310612324982621854135669932421959515417398350728225798045200200390835961856
hash|f:-0x1.14f5377003063p-862|i:-9744589002924230
xor|i:-832898529930685805081678380642155760575120809130592074698936717196085|i:4675995392013687192514489660903994638832899070959075446221225|i:-832898526061534903528909269427535089056675114002661152130130996056734
lt|i:-1|f:-0x1.82d1e3b352c5fp-903|b:True
lt|i:-1|f:0x1.60cea3f8c5e71p-949|b:True
format|f:0x1.1c37937e08000p+53|<+12.3g|s:+1e+16      
truediv|f:-0x1.555cd6328ac94p-657|f:-0x1.20473be4f8136p-255|f:1.1464255261037776e-121
hash|f:-0x1.90d1751f00829p-150|i:-9187532610923070
floordiv|f:0x1.6468532b80b43p-302|f:0x1.4daffdda71caep-412|f:1.3864572566380412e+33
lt|i:5565802040637376720833078126840953432507594633794302150562222839007459979238204776473500564837576338805230717512404063970347805802043907253238158542842021217353284906097884144992997340418210269097742301820969025536|f:0x1.0887091fdc25dp+710|b:False
mod|f:0x1.dd02f36ac17ccp+476|f:0x1.cd7953f2e8010p-204|f:1.3270915765082956e-62
float|i:2237158346846495012067890275146749962251739|f:2.237158346846495e+42
format|f:-0x1.152edab72dfb3p+885|.1|s:-3e+266
eq|i:-21425578840091235713024|f:-0x1.225ee8c15ecb0p+74|b:True
format|f:0x1.1c37937e08000p+53|=020,.3f|s:10,000,000,000,000,000.000
format|f:0x1.0000000000000p-1|f|s:0.500000
round|f:-0x1.a8d16e16b90adp+669|-6|f:-4.0647152967177943e+201
eq|i:-613911398219648004610214777668377100726618584295549502843236353998585856|f:-0x1.63ccf51635960p+238|b:True
hash|f:0x1.6e4350458f15fp+853|i:1649501656312798976
gt|i:0|f:0x1.d6f774ab8dbb3p-202|b:False
lshift|i:-2198090126157927712218983192364775389393987785913328|i:293|i:-34981161454760218523135334597029373760169174393264084265731482971267376470962021914468757728763227894186165737531625718754848336954079051776
repr|f:0x1.a5307b8edaf31p-243|s:1.1639880081484009e-73
add|f:-0x1.d02cb142bd1e6p+38|f:0x1.ab5b11f7e67a8p+54|f:3.0071988543114736e+16
rshift|i:19719311542863990012645912805442313587257823251511545408012|i:193|i:1
format|f:0x1.f8872b020c49cp+5|.1%|s:6306.6%
repr|f:-0x1.f87fb6d9fcec2p+683|s:-7.908739719367317e+205
repr|f:-0x1.75edf9e5363c4p+857|s:-1.4036413611875016e+258
mod|f:0x1.29e19aebb9663p-502|f:0x1.56a02f9ce8003p-494|f:8.886800040998173e-152
repr|f:-0x1.0799fb276c16fp-784|s:-1.0120251200647232e-236
truediv|f:-0x1.2b18d181330f5p+796|f:-0x1.348a3a54642f3p+384|f:1.0253184797282725e+124
format|f:0x1.1c37937e08000p+53|.0f|s:10000000000000000
lshift|i:1192248656627682747080631845241835921707832699020653729766571|i:24|i:20002613237952465027245129884100853495051398083332496085499391246336
gt|i:0|f:0x1.183565756a447p-706|b:False
eq|i:-1|f:0x1.ed4195da9af66p-311|b:False
add|f:0x1.0b8b0553e4733p+547|f:0x1.24ead5c4a5c07p-950|f:4.814612473914226e+164
float|i:-2201885099056661279382673227614234523448590944002492928|f:-2.2018850990566614e+54
mod|f:-0x1.26397c3f9b397p-873|f:-0x1.8d9dec1f9ad2ep-898|f:-6.562915060447246e-271
lshift|i:8106279243354365591766879407|i:182|i:49691347173817107153897120762484627297943316373423996674344155742859949591419158528
eq|i:1|f:0x1.97097b6ea0074p-73|b:False
divmod|f:-0x1.467dc7d3b535dp+883|f:0x1.c57112fc02bf0p-985|t:(-inf, 2.618416797370203e-297)
floordiv|f:-0x1.c413816aa5056p-931|f:0x1.88e056efedf9cp+745|f:-1.0
gt|i:0|f:0x1.ed6e03933a4fbp-74|b:False
powmod|i:562256004336168362372820853576501859517036191|i:41082516920926563701984264460281763478746159596758267030295019748774186737112|i:-236765271353609702168369346537412157289165471065551453321|i:-234164674875802362097308397078593972646760538508049682610
mod|i:-550259341245188470479756|i:-327691572193829976133548125518546772480|i:-550259341245188470479756
int|f:0x1.b99386f418ec0p+617|i:938151751840959616238167972177499280146687081354615726471504130423994003448855583247856729669129584829093610333723251273089412777642454310763729717265007500446318910452728317919186911232
or|i:562256004336168362372820853576501859517036191|i:41082516920926563701984264460281763478746159596758267030295019748774186737112|i:41082516920926563701984264460281763838467530594393727403011807180109215137759
round|f:-0x1.ab4f0d792440ep+8|-11|f:-0.0
mod|f:-0x1.d7266f94708fap+326|f:-0x1.cf27bd453750ep+151|f:-4.204761157806189e+45
and|i:809893808813429088356360020432929651065521419695061605890566904736731101049522346682538|i:-9555693621601008276713125313750585719173697|i:809893808813429088356360020432929651065521413411704002243310560160569992053170625202346
add|f:-0x1.d02d2ec91ce52p-1000|f:0x1.37aed1c53bd5fp+341|f:5.453828987444826e+102
gt|i:1|f:-0x1.13a28e0886d04p-528|b:True
mul|f:0x1.0bcf344023d53p+305|f:0x1.19b97f46ec851p-943|f:1.0093305211810947e-192
format|i:136901|.2%|s:13690100.00%
floordiv|i:-239919819299556036272085520341294203081287373564105|i:-1095045500760853705843065624314422643947148018986127789462359667537031002864707205864|i:0
eq|i:3854011132466947066426157975250804989465972791488056946771350653664612683033223270086492594299101809019970102748247301672185192513537|f:0x1.5b800185bd139p+440|b:False
powmod|i:-96806419700513660607700165796117376637161811989194655329|i:-1301199330929380649907131905293785338|i:22911033847378375998186897180653798375249444634492285606977|i:16550599264636438198184273513338287199481821969111015890639
add|f:-0x1.f87fb6d9fcec2p+683|f:0x1.993274a7a6db9p+206|f:-7.908739719367317e+205
gt|i:-1809198684011259857738817757746264516160409886331806528119450216176500829969790795776|f:-0x1.dcd2c191ce32cp+279|b:False
add|f:0x1.6349a3674b961p+805|f:0x1.204873fa8f68bp+1003|f:9.653054278411096e+301
floordiv|f:0x1.4bf42a68fda32p-918|f:-0x1.6665e5ec0986ap+579|f:-1.0
int|f:0x1.201768afa4b8ap-360|i:0
truediv|f:0x1.c9864e4946c16p+995|f:0x1.dd8918dc72b87p+696|f:9.758374676548135e+89
powmod|i:7993060342137376585576243754562120236154993142778745|i:-104513870353297375300567780657064226262566940820369080386720286350699075494933867783|i:-191833064723291793831085332999|E:ValueError: base is not invertible for the given modulus
gt|i:-45835126208813986969644519693281371819763690271292962065616577359501721277163209592661117395123205608177563797579785424062143486245336907502616501968508903898184417385495134209|f:-0x1.72a38ad677e85p+583|b:False
gt|i:-1|f:-0x1.eb0d026a3432dp-13|b:False
lt|i:0|f:-0x1.8d6ed27c5f97cp-961|b:False
repr|f:0x1.dd4d31496da64p+642|s:3.4025935975230134e+193
gt|i:-1|f:0x1.d6f774ab8dbb3p-202|b:False
gt|i:-1|f:-0x1.e89aa4ac3129ap-437|b:False
format|f:-0x0.0p+0|015.4e|s:-00000.0000e+00
xor|i:798754220091805730639108774357926653231272472501652623867102221736690577976|i:-3911807376375811664367857648555749041680214625665743884236|i:-798754220091805733496534755820143249335209057481576257510228967916341526004
floordiv|f:-0x1.550e1476fb4cep+311|f:-0x1.f866fcd340560p-78|f:8.52541796210039e+116
mod|i:-1328876132203327610955949116364161507471893541043602366038421247782266|i:9645624592274703302902|i:9090325131027040652700
floordiv|i:-668779696905549831099880318291456054508771323|i:200361866634542|i:-3337859185178171519018259723488
repr|f:-0x1.2525ae38f2e33p-402|s:-1.1086322622960972e-121
mod|i:-789428267237776024195423083290372642300038718922892301930325|i:12746207954284950531294062959524601248057139786073764467338776711192094277|i:12746207954284161103026825183500405824973849413431464428619853818890163952
add|f:0x1.8c9f2d4f9759cp-164|f:-0x1.68ad3ecddb9bbp-723|f:6.625479441091636e-50
divmod|f:-0x1.3fdadc3a0e3bep+570|f:0x1.a094a8980b5c3p+224|t:(-1.1006073182646533e+104, 2.860891716281633e+67)
gt|i:-1|f:0x1.97097b6ea0074p-73|b:False
rshift|i:72353823660030251081908103406799248404338796420375215651770|i:232|i:0
eq|i:1|f:0x1.152c948ed6e43p-166|b:False
gt|i:188130044285373704700266753430318756899464472823649584283649|f:0x1.df8894f4626c0p+196|b:True
or|i:30302395327862|i:640262144234440357246589907234291715144584631236796294162640496446|i:640262144234440357246589907234291715144584631236796311816340203390
eq|i:-3809506391380042448997780563554623159761755505732044719373681315921245365361818474643457|f:-0x1.ea3dc85aeaba8p+290|b:False
xor|i:3120966767293266301261209104822309418932589188935425790571783196509373806388369911029|i:286685968858296665918842033108786841|i:3120966767293266301261209104822309418932589188935701356075131868659113246067962606188
floordiv|i:188264554961|i:-99109280226778979233399897613090215997417542909364620745485786678254118462593442501879282|i:-1
round|f:-0x1.42b7d0ec318b8p+8|12|f:-322.718031656357
int|f:0x1.471a7f262e5e6p+668|i:1564884658154660937001622041574837891517790322955972706025728368617641914748791461322332663338077564149940642627468334046179375690082278540317690894044065034387130625337482242545288155292286344111325184
divmod|f:0x1.704dd1b7cc4b1p+596|f:0x1.5f4e2172d82f8p+538|t:(3.021771260573899e+17, 8.02204533193181e+161)
add|f:0x1.5b800185bd139p+440|f:0x1.c6868404784a9p-297|f:3.854011132466947e+132
hash|f:0x1.8298c63b16833p+864|i:892589635087631882
gt|i:-1|f:0x1.d6a9449512ca0p-856|b:False
eq|i:-1|f:-0x1.2525ae38f2e33p-402|b:False
floordiv|i:-79119050931021728286528862062163318061062724025849144206498|i:-8538461670876767401780105950937183710389044243002077290660835176|i:0
floordiv|i:40913054648200826513001620298962513023577760060620918719604969338|i:8114270898956876689948574509449784423639264911|i:5042111011287578535
lt|i:3982718688821810382252921723233758815270347563739813210397923952436143574409289224914271842728256204325483708417|f:0x1.a7f4d7024b0aap+370|b:False
int|f:0x1.cf90a8a5e5141p+574|i:111966538773624842578215937060004921760350689633362752643336979628555998108756839393553723915163828685177898330142165080599097091467157566060262397723422664627880864702791680
gt|i:-160449065053113928633074051292659085965284884618686629931367777419678969258153376585096343161143297|f:-0x1.2c77de6b4c627p+326|b:False
xor|i:-627925305670539099635128533489090652194694991655712589218066637816425273|i:116394828738494711338084791412107657937|i:-627925305670539099635128533489090714082573406822271127791039705481161194
eq|i:23689174215833426988217894710379579540765117495842923849812374539691586261876735|f:0x1.992adaeae9812p+263|b:False
floordiv|i:-719552984626578489925446959645848608|i:12481373290397942129439026158699972236285557377326987935335432126122|i:-1
gt|i:-1911664055164026742552182166939697807524617310437266050735378191471591767114343263003503183325193908374299669862241205846040499254027162062047172792013960537484311486269467055187734666361918455807|f:-0x1.a30014a1ec746p+648|b:True
format|f:0x1.999999999999ap-5|.0f|s:0
eq|i:0|f:-0x1.30f3b84175593p-659|b:False
gt|i:1|f:0x1.ed6e03933a4fbp-74|b:True
repr|f:0x1.01e7596abcf71p-84|s:5.208323908264463e-26
floordiv|i:-789428267237776024195423083290372642300038718922892301930325|i:12746207954284950531294062959524601248057139786073764467338776711192094277|i:-1
eq|i:-1|f:0x1.01239b109bb65p-211|b:False
int|f:-0x1.da1078b815205p-610|i:0
round|f:0x1.46806f1bbfe9fp+646|15|f:3.7241114918059304e+194
lt|i:1|f:0x1.b07e4bd251e3bp-629|b:False
eq|i:0|f:0x1.ee28ead21bd95p-106|b:False
mod|i:-183826959092874943653093308551612415011883824047225932086294642098672016593783138781416|i:-114861699491019872751718937051788405834599335128626490353196|i:-43477392351431035333831691066693060751076916793195931381180
mul|i:16774570086072427733765894134136|i:-255781963325570496134117050244761581245298478625185505500745355052424154|i:-4290632470557989631277400632353859883070185177668525550626388721341235747766855250439163172315642320944
gt|i:32903736444866119774992445912162540238699364893969713083280466707232595456863656290084815754669911234834084448778147317803671305373466153199362525259349622784001|f:0x1.2b91c638057cdp+533|b:True
float|i:506936365320778084950659695815251932866999593875384279114684679871537870636030163617823828540024532159768297709491035106603115352507133427688296586638235763563698725|f:5.069363653207781e+164
gt|i:1|f:0x1.a49188008b9b1p-34|b:True
gt|i:0|f:-0x1.3cb0d4a328780p-649|b:True
int|f:-0x1.1cbad06b4e4a8p-469|i:0
floordiv|i:-1728161469707941279084061736652314973651817593132105773630003650483052193002420210164092434|i:2957137074027162706009985840428852947871357150173451410891|i:-584403572254583723994028475998369
eq|i:-1|f:-0x1.d7b9431df3c6cp-525|b:False
floordiv|i:2722267614348370302597977583895951808609997745190322466258886190|i:-1257085472554370623449432307166630673621836999868953871170159666902497572078283518540|i:-1
divmod|f:-0x1.ea3dc85aeaba8p+290|f:-0x1.3f3e5ec19d4d4p-942|t:(inf, -7.807239181933791e-285)
repr|f:0x1.36ebe93f10fa1p+735|s:2.195116836473905e+221
mod|f:-0x1.1cbad06b4e4a8p-469|f:-0x1.f4790d40046a4p+485|f:-7.296673338926785e-142
divmod|f:-0x1.63ccf51635960p+238|f:-0x1.bcb48e0510b1fp+652|t:(0.0, -6.13911398219648e+71)
or|i:-3045104957640555235750089176877970555636581139804632883930887657985303|i:-3209558038264270135652571452654943793751429580627414978119504270009665677276522|i:-1729017207829132230413744322805436808111541764322926957885241113023745
eq|i:1|f:-0x1.09e63178c3b54p-513|b:False
int|f:-0x1.2525ae38f2e33p-402|i:0
mod|i:12620489230415883051963604480|i:4078032783722927591233824033314566889628406739583336131508|i:12620489230415883051963604480
mod|f:-0x1.32cafcd7bfcf8p-152|f:0x1.5ad076899bbe7p-522|f:3.13576693555849e-158
powmod|i:3216399566585455391297015969|i:-9612850385711149369468643767350369584693730934408858827431848533|i:-84310650381923088043371033176678331502080918105589586447|i:-76367881642905101946830134654202911670244114382827372499
xor|i:-24064233160121380986590006976479618884209569844730867430046969|i:-53855025201973877650264215740329050403136869559512404070632408114108504859380616|i:53855025201973877628321986251770467448632480731633178371580259161277797662668671
rshift|i:3869083555940904|i:116|i:0
floordiv|f:-0x1.e89aa4ac3129ap-437|f:0x1.0d26d30ba0aa2p-362|f:-1.0
add|f:0x1.a8fe689a0644cp+910|f:0x1.0051b48b3bc46p-40|f:1.4369401064940883e+274
hash|f:0x1.0490ecdd436e0p+499|i:1219592880788604964
gt|i:20152202666739449908105377867392191220364009286834061312|f:0x1.a4cc31366a86cp+183|b:False
float|i:-31792335895571771312696450368964458103874663518277555787545635362979365701321346230892756436388195991415084351307079355213862937122|f:-3.179233589557177e+130
repr|f:0x1.e0f7f71518154p-839|s:5.125195186593062e-253
eq|i:0|f:0x1.6e843c47dfa66p-657|b:False
float|i:2222481135003050234028834769875308263583019771935414049029476685768930692735056583533383429871901044726587046359691069709387813116016867371944871254282873807897066093396896130171018648056623759767709969741577|f:2.2224811350030504e+207
eq|i:-1|f:0x1.4471cb07ca386p-382|b:False
divmod|f:0x1.08b8856542833p+960|f:0x1.3ee256f5bcff4p+45|t:(2.2993292092890307e+275, 16591162998692.781)
hash|i:-4120281958949719213534004876545419341202226531660387850668004986434980454790065180390986640184190842761247184424956139417536089151569738449|i:-1230153163965752921
gt|i:-11490339431618992731198725634434791358035864062814844049737554940986387064652540164253108305071419327444393300783711308469874392450628824190796657226637443906666497|f:-0x1.98a4dfcfda4fep+541|b:False
or|i:-2857209110697272361728088545374990364100590140213729119831122852928226294056057747641238|i:5322706889539319916274904721295751203100|i:-2857209110697272361728088545374990364100590140210794122011208676809336568685836636295810
repr|f:-0x1.b5986d8aff9ddp+510|s:-5.729682971093689e+153
lt|i:-1|f:-0x1.acdd21c95a557p-96|b:True
round|f:0x1.43f121147e800p-979|3|f:0.0
eq|i:-2801880|f:-0x1.5606bb18622f0p+21|b:False
or|i:1506080425989694008192390915752502432620200121438960841552|i:2558314845748450545989756283210566498601909369431369408011629277565704526589|i:2558314845748450546116577059378079039120633256359463640712599415773401709565
mul|f:-0x1.14cfd1ea39673p+28|f:-0x1.217014ddccceap+818|f:5.73635831952721e+254
float|i:1984372533146023011130|f:1.984372533146023e+21
format|f:0x1.09260173a7388p+16|#.5g|s:67878.
repr|f:-0x1.f18f8db4e9904p+973|s:-1.5516434583003514e+293
truediv|f:0x1.6e843c47dfa66p-657|f:-0x1.689d19f70ced0p-552|f:-2.505542906806297e-32
truediv|f:0x1.709cb3492beacp+897|f:0x1.7b69be3982b21p+799|f:3.0789093341945273e+29
floordiv|i:33954988066553818798861323129564515843118378127756528280189367067698153|i:-5537954117681137606448300357065726970792935490584925332130391833965402|i:-7
lt|i:0|f:-0x1.e444b0745a7abp-938|b:False
mod|f:0x1.6ef503f8eb65dp+958|f:0x1.0597c122de6d5p-108|f:2.8148976899583494e-33
rshift|i:7993060342137376585576243754562120236154993142778745|i:183|i:0
hash|f:-0x1.f3d4d66e60c7dp+846|i:-17586253852317946
gt|i:0|f:-0x1.357a7b068827ap-31|b:True
lt|i:-251592647792212282084309567410561860305264662027672041743712216833683892115456319795670056605581313|f:-0x1.d7266f94708fap+326|b:True
truediv|f:0x1.39a621bcaa87ep-755|f:-0x1.aedfa6a35f862p+662|f:-0.0
round|f:-0x1.e59f35d9103bdp-563|-20|f:-0.0
or|i:922112149596705892130731593257046184273886500126452967997005|i:-716818771865775879347297734258387664333065982464428212110|i:-615669529354475769785876974792136049423390042500829348225
hash|i:-1573771808541299450899669282732083025500635315221807052022694603164211705489253220114143797751279898007332677107650794251599428352327616182837978|i:-2087004451394965998
round|f:0x1.2cf48c33a5becp+9|-15|f:0.0
lt|i:-1|f:0x1.8e932c62f4ac8p-442|b:True
gt|i:3425675757694036506600742337817335787964813604040226236679644741879996781428952107157675984149199221037189434477170643491995054064467383068581906657179515895237868257279|f:0x1.d0bfcb0da2034p+559|b:False
truediv|f:-0x1.e89aa4ac3129ap-437|f:0x1.0d26d30ba0aa2p-362|f:-4.805187636217873e-23
add|f:-0x1.c413816aa5056p-931|f:0x1.88e056efedf9cp+745|f:2.84028986942041e+224
eq|i:1|f:0x1.da2ad129b19a3p-375|b:False
powmod|i:-2950473158717754856314137318668416146805510625220578200|i:-62110626978806333089994774006999090679321364194438019980387242175647|i:-241335932579551841875094764747866308|E:ValueError: base is not invertible for the given modulus
add|f:-0x1.796d35061ca0fp+513|f:-0x1.b4a6dd69b22f2p-61|f:-3.95348689906195e+154
lt|i:-3809506391380042448997780563554623159761755505732044719373681315921245365361818474643455|f:-0x1.ea3dc85aeaba8p+290|b:False
repr|f:0x1.1438d2686e99ap+94|s:2.1371639044995505e+28
gt|i:0|f:-0x1.d1cb3b3e8bafep-425|b:True
hash|f:0x1.d271a5bfe8397p+299|i:65646147925187768
lt|i:-1|f:-0x1.d7b9431df3c6cp-525|b:True
lshift|i:-79119050931021728286528862062163318061062724025849144206498|i:376|i:-12177536464988158310328021062228892168942182030452946975187350990367432808448189798108030734301823386019253768649627662026496734564847172043272749400608960148213116046409728
mul|f:0x1.24ef4f4173df6p-94|f:0x1.ec6032aa062c6p-445|f:1.222981970870774e-162
floordiv|f:-0x1.4d4753d4074cap-381|f:0x1.4bf00434a3099p-52|f:-1.0
xor|i:19102690792053475594904219594272804595357804065280176159371648764604528060434663909|i:-44824114125108965373804043224125224247100720699221338|i:-19102690792053475594904219594315754333628652629540171886896420257574055736978435261
gt|i:1847302992375089934220808833095023516975103|f:0x1.534bc4eefe7f5p+140|b:False
or|i:-289825112577091297367303671515832394798344600786|i:291891210535087416257303683813535251263286168836044751232230701688748675109|i:-12937307054181997718018983638763190665154161873
eq|i:0|f:0x1.a76e0af895ae8p-459|b:False
add|f:-0x1.15fe7668a5bf5p-447|f:0x1.2a25648c4a554p-552|f:-2.9880467394949863e-135
gt|i:-2801880|f:-0x1.5606bb18622f0p+21|b:False
format|i:-1|g|s:-1
eq|i:1|f:-0x1.5a43e1269e78cp-472|b:False
xor|i:2227974197311696281567559867285686425999325|i:-15251104644617236231081575589961317514496442176965006468065748067777171161193477|i:-15251104644617236231081575589961317512443653271861215027423929308780240151923674
int|f:-0x1.1d3d56b51be07p+390|i:-2809753164029215450542893743634919911190215169934998715216506188019735421681662177539912704806584908865014511681142784
add|f:0x1.0662162667822p+1023|f:0x1.cb1a3d35c1e48p-973|f:9.212585709488687e+307
floordiv|i:-16871581926925509514224480395933579507739102272981777745876695580448388642864|i:480831999112306768953864790466473806232333062850791619512070634469398005754401026556061|i:-1
mod|i:-24064233160121380986590006976479618884209569844730867430046969|i:-53855025201973877650264215740329050403136869559512404070632408114108504859380616|i:-24064233160121380986590006976479618884209569844730867430046969
divmod|f:0x1.814a22e22ca55p-702|f:0x1.b2514253dcbaap-539|t:(0.0, 7.153035148606403e-212)
xor|i:9516027706670009174647302473297969546989480605015686909431672171364578382638126390515500|i:-1456379820759482308889330349|i:-9516027706670009174647302473297969546989480605015686909431670764553234217518300575159681
truediv|f:0x1.a7f4d7024b0aap+370|f:0x1.67ae3c6a55f44p-398|f:1.829956837194348e+231
eq|i:-290258205|f:-0x1.14cfd1ea39673p+28|b:False
floordiv|f:0x1.7c7af9ca47a63p+788|f:0x1.192e0596f4e08p+376|f:1.431220004141636e+124
rshift|i:26046965023032807175263655047692213471995262218030822|i:261|i:0
lt|i:-1|f:-0x1.e0513a24efc5ep-858|b:True
mul|f:0x1.6ef503f8eb65dp+958|f:0x1.0597c122de6d5p-108|f:1.0996574990673936e+256
mul|f:0x1.8e91bdb0c2ca2p+15|f:0x1.cd6ca42bcea10p+206|f:9.457002267633485e+66
format|i:-1|-|s:-1
eq|i:1|f:-0x1.6f2bd07846813p-304|b:False
rshift|i:7514841943629826168065401893592863539413978078729519837593403851094310820|i:20|i:7166711753492189567628290074913848437704065397958297574609187937826
round|f:0x1.60f4878d7af27p-218|3|f:0.0
mul|f:0x1.dd02f36ac17ccp+476|f:0x1.cd7953f2e8010p-204|f:2.54891258708093e+82
eq|i:479868816038589408071635011313347760615639843546453258365818843369524608345854171198443314753093989723329789953|f:0x1.98a7059d8550ep+367|b:False
add|f:0x1.6ef503f8eb65dp+958|f:0x1.0597c122de6d5p-108|f:3.4922969618323507e+288
mod|f:0x1.bfcdfeffbb251p-715|f:0x1.9ef425dc4a7bep-433|f:1.0148497649608336e-215
int|f:0x1.64f99254715c5p-898|i:0
and|i:-983287201679797292541178452468809601877|i:-29450415428442693272431797491449662848819062747|i:-29450416281900893003696826981229140978660341727
format|f:0x1.6adcc00000000p+16|.1|s:9e+04
add|f:-0x1.a388577ac4ee5p-573|f:0x1.8d53abda4ce4ep-874|f:-5.3007609246265656e-173
eq|i:-12496226520384627827615484919008790257814204692687395246907064321|f:-0x1.e606bbd2a8a3ap+212|b:False
eq|i:-1|f:0x1.d3b1627643265p-318|b:False
lt|i:13403665163553852004200497193267892686513456940677261443053953961451503189787234055385956732985409536|f:0x1.8832987a8b4a2p+332|b:False
gt|i:-1|f:-0x1.09e63178c3b54p-513|b:False
mul|i:122289044083205372178146723231221803|i:898516756632548736714105912319109956161955125354325767227889119172756811954455984682|i:109878755261336465440088214241112756629536211604822461337588876066965997709547215246818912215912369163477763748312421646
hash|f:-0x1.555cd6328ac94p-657|i:-482329733434987863
eq|i:-47814340523250152857020092691681490015542613889826377927435625512299593354270165277044906469984753194160372785680616556773885163339775|f:-0x1.0d737f58d4311p+444|b:False
lshift|i:-80692891726514532508651813664242240419063478812975437839936437674382743498987|i:27|i:-10830416593282777912293386773093948350676468014053700186681496329069255634840805441536
eq|i:23689174215833426988217894710379579540765117495842923849812374539691586261876736|f:0x1.992adaeae9812p+263|b:True
mod|i:-23286655368925331561553895958153897432833225657358077760978765|i:-11867392809688081222749721979858573453648537815422910382950174196009632|i:-23286655368925331561553895958153897432833225657358077760978765
or|i:-1264183101984407948173628880101673265345890683875289040031299879139018161|i:-56031584431631431899471096258758735926914685222147471080444015075646183488152959588490442|i:-338267297245574688125552380511348755805786694038328687238673331714000001
lt|i:-1|f:0x1.85f5bc5ab60a6p-225|b:True
floordiv|i:562256004336168362372820853576501859517036191|i:41082516920926563701984264460281763478746159596758267030295019748774186737112|i:0
lt|i:1|f:-0x1.04e693a513862p-243|b:False
floordiv|f:0x1.8e91bdb0c2ca2p+15|f:0x1.cd6ca42bcea10p+206|f:0.0
add|f:-0x1.14cfd1ea39673p+28|f:-0x1.217014ddccceap+818|f:-1.976294963698081e+246
eq|i:-635297974324285692994466044875558449219877004182823598628162376907926640503764882987181395491206170649790884591042781316227038754082991554965748832456524643229662969856|f:-0x1.58c1221868f04p+557|b:True
lt|i:11067693989613770113025|f:0x1.2bfd8dea32eb5p+73|b:False
round|f:-0x1.0b8231427fc86p+361|-16|f:-4.908244173043957e+108
divmod|f:0x1.e30f7ad1f89cfp-175|f:-0x1.f32401186e16bp-626|t:(-5.627384746621149e+135, -2.2810933044580223e-189)
xor|i:9891137738169439102530797970025435|i:-88405252315157892357878736636954180518459424298925605299548779837517095|i:-88405252315157892357878736636954180519020630591563975664092985968527102
mul|f:0x1.5d2f2ffa86df4p-617|f:0x1.8506ce4bd71b6p-786|f:0.0
float|i:-6916142661412339655654079836757970|f:-6.91614266141234e+33
gt|i:-1809198684011259857738817757746264516160409886331806528119450216176500829969790795775|f:-0x1.dcd2c191ce32cp+279|b:True
floordiv|i:-317015603419835817546978635761117171006676|i:-3631638705727044197679302658172223000674639729852291676632213529976881751176815764602|i:0
eq|i:-1|f:0x1.e250b46c15fabp-852|b:False
xor|i:-1720754303943946286501909407159896543841407265664674194224932156491279303105551|i:-5943830045585441218836504533298565968712102798223986775892|i:1720754303943946286496764026747451260064117450626733255358290706009802755738461
hash|i:-589990182266039462729346388540975735330071597699583616888731698082416690494057480789201828400196635161426863839467243868133743244795456434850555504|i:-546659078137181513
hash|i:1576580310845075017275409064685039101844522594234256214624726586709593487998516350363463204934495196519353048639999890313700250647392623335482952913368291243457112856614115973|i:1584220337811299982
truediv|f:0x1.6b0ed67e515d8p-555|f:0x1.b83013973c521p+164|f:2.990687809503945e-217
powmod|i:-1728161469707941279084061736652314973651817593132105773630003650483052193002420210164092434|i:2957137074027162706009985840428852947871357150173451410891|i:78837639944498572446190013235712|i:76196155074762232005144045996544
eq|i:1|f:-0x1.a602567e4895fp-559|b:False
rshift|i:-12440270574233178312859266661137798453299698307078101719096|i:116|i:-149744310094969198369297
eq|i:53149815756195850802600829176467841755009240147235048339123339164126891596859062616065|f:0x1.b5bf2cf8aefd2p+284|b:False
gt|i:-167519062305980652829124419859551189038033349561043587235230779944729130277375460554800990256801572645589276791240943090481166622848679602552831|f:-0x1.b7993b0a1781bp+475|b:True
format|i:0|<20|s:0                   
lt|i:1|f:-0x1.1cbad06b4e4a8p-469|b:False
format|i:6633952|F|s:6633952.000000
format|f:0x1.3000000000000p+3||s:9.5
hash|f:-0x1.1d3d56b51be07p+390|i:-1631283889628331350
rshift|i:1593712549383540949815324091863576728817400891767988962640223026185612329|i:19|i:3039765452162820720320366080977586228976060660873392033844419529315
lt|i:-28150376530135793944809889520602871892770160732021579616190573880504991016070686431108048493740033|f:-0x1.a5bb25e4da0a3p+323|b:True
gt|i:1|f:-0x1.b0881e504cbf5p-408|b:True
repr|f:-0x1.8ba484c96d61fp+788|s:-2.5159367639911532e+237
xor|i:232168998685523426861747|i:-3997467299844177277630300406117704870117785965168077736511154792843633965120505432987|i:-3997467299844177277630300406117704870117785965168077736511154722748881650855774529834
eq|i:34025935975230134118748052448052543448096998696743994359030100343149498181498954762451404018272603449455982832910224331693596738406866206885556491549172333242773442038955074027944945669510266879|f:0x1.dd4d31496da64p+642|b:False
lt|i:0|f:0x1.d6f774ab8dbb3p-202|b:True
gt|i:1|f:-0x1.ac7c37588eac0p-43|b:True
hash|f:-0x1.1cbad06b4e4a8p-469|i:-1183125408997500374
int|f:0x1.183565756a447p-706|i:0
mul|f:-0x1.6619ce7cb31e1p+909|f:0x1.f051d9309bd95p+652|f:-inf
add|f:-0x1.ab7752f1bb327p+726|f:0x1.730082dbb4719p+600|f:-5.894386033989314e+218
eq|i:-1|f:-0x1.e589ef8adc33fp-469|b:False
or|i:122289044083205372178146723231221803|i:898516756632548736714105912319109956161955125354325767227889119172756811954455984682|i:898516756632548736714105912319109956161955125354437651378456438636799846640562141739
gt|i:363552256375084896829936165862661947874778997721638023066155003987232701382430815079526617199989915645272192898286000092311789315386931593347072|f:0x1.dd02f36ac17ccp+476|b:False
mod|f:-0x1.3fdadc3a0e3bep+570|f:0x1.a094a8980b5c3p+224|f:2.860891716281633e+67
add|f:-0x1.06326a4bf2fcap-4|f:-0x1.303331eae2734p-98|f:-0.06401292345179779
and|i:-25890523033793858678618132691989500537273046455824892376222093799|i:-13384126705364003606258548131889711090171188259158380395744992651790685752994447838305602|i:-13384126705364003606258564704569939353163768261207079492826386600591461932823512173731304
truediv|f:-0x1.d0a41ef7c543ap-883|f:0x1.d89bbd846328cp-299|f:-1.5527400417034426e-176
divmod|f:-0x1.e89aa4ac3129ap-437|f:0x1.0d26d30ba0aa2p-362|t:(-1.0, 1.11917670876327e-109)
mod|f:-0x1.c11b579cfa34ep+224|f:0x1.102003aefac06p+612|f:1.806699451854781e+184
lt|i:-251592647792212282084309567410561860305264662027672041743712216833683892115456319795670056605581312|f:-0x1.d7266f94708fap+326|b:False
round|f:-0x1.64ca9da271c44p+878|16|f:-2.8087344944643573e+264
gt|i:-5789054800043677557948822686401138471900543928957408148558602725838606408743615083945080922023395329|f:-0x1.52c7f069d4377p+331|b:False
floordiv|f:0x1.442ae6fc8fb51p+943|f:-0x1.c183f6cb929cap+154|f:-2.347964415561853e+237
eq|i:0|f:-0x1.de4fcbb5c82cep-372|b:False
round|f:-0x1.373c8c6227cd0p+5|-5|f:-0.0
round|f:0x1.734ee06ac9694p+8|-14|f:0.0
truediv|f:-0x1.e444b0745a7abp-938|f:-0x1.fa6e65b758898p-891|f:6.794472936554341e-15
float|i:-46759353700522734146765503027933997835447058726662444|f:-4.6759353700522735e+52
float|i:-13096745664830899025194340928801982661143547450868210829247738474498418514544838020387955734883544953048911640625845062342633224437440761188393674622887245272696|f:-1.30967456648309e+160
hash|f:-0x1.de129741f4689p-632|i:-470908662690062586
hash|i:521671901662123537065876080388419013069923810830967846828078849638743|i:325519393285476091
truediv|f:-0x1.a602567e4895fp-559|f:0x1.92d6d344e30adp+138|f:-1.5932472898055323e-210
lt|i:0|f:0x1.9c3985ed62842p-689|b:True
xor|i:2040083537609393016701840917189667676639692424149779845408|i:-13457934397808628827982655372710883516903824219746482009987974217777363938858372034|i:-13457934397808628827982656480591127260974195457726787678902912764453861037667359458
gt|i:-1|f:0x1.ee28ead21bd95p-106|b:False
gt|i:-167519062305980652829124419859551189038033349561043587235230779944729130277375460554800990256801572645589276791240943090481166622848679602552833|f:-0x1.b7993b0a1781bp+475|b:False
hash|i:-14776460683446148493584648168631751504824|i:-1626584635753502534
repr|f:0x1.0887091fdc25dp+710|s:5.565802040637377e+213
lshift|i:-2520085451033799963535734643094835897168742801282519|i:34|i:-43294738381262320935967891277706209619306277299775383845994496
mod|i:-607825168805786335976245030284812690750908317854518803894627589699038518893408937834178649|i:-567907273008986812601445542304121|i:-524911382956126633169771164360050
lt|i:-8793997591364905180485154407735064653961801804394468371498065522401056935920042770432|f:-0x1.21b6735e373ebp+282|b:False
lt|i:1|f:-0x1.a4ab1ec58c0b3p-846|b:False
mod|i:-1434660010644502932681402137451702050368132793617061593197179|i:71622423305897866376486019954316521618472253071021167126766794866889431127|i:71622423305896431716475375451383840216334801368970798993973177805296233948
hash|i:-384155181522308984006496422592785477450928376691807008886596903054617755775349761261307345172046580286424458868839576393789806230057307598505268258311656359690225474988943062697758903886231281382517106109071229962008|i:-685187186869631849
mul|f:-0x1.0c0b5490b4f6ep+975|f:-0x1.f3bb254bd4282p+622|f:inf
lt|i:16825654781241118299778177503388417816628835237490874802171592156276553142717105913292678029013590786026069567539563992511286128234882271682834405426987009|f:0x1.41421660772cfp+512|b:False
int|f:-0x1.4df637a782fc7p+464|i:-62140507909503849454731113495221907992491254494560755396329720031870003155875194015175415922996512376692597314914767516467614736000745472000
mod|f:-0x1.dcd2c191ce32cp+279|f:-0x1.ae4b3a5784540p+743|f:-1.8091986840112599e+84
hash|f:0x1.00089542027aap-514|i:178631091459238416
lt|i:1|f:-0x1.d02d2ec91ce52p-1000|b:False
mod|f:-0x1.de129741f4689p-632|f:0x1.b75c1c0c2df1ap-364|f:4.567325186447432e-110
eq|i:-589438603398931390770335469129239550257375299830684001063228259834263766407070498850952750207778630834643102152718047224196963426720546595923548271445185538224126762181083238632696771809279876898790585994379397244649471|f:-0x1.ab7752f1bb327p+726|b:False
lt|i:72911456666323482268512813055|f:0x1.d72de303abcadp+95|b:True
eq|i:3425675757694036506600742337817335787964813604040226236679644741879996781428952107157675984149199221037189434477170643491995054064467383068581906657179515895237868257279|f:0x1.d0bfcb0da2034p+559|b:False
eq|i:1665888029615249126782084201909433677631775503045621195042194180552503593504693976392570037157234964999121531600829005613770581302574612686725231673345|f:0x1.0490ecdd436e0p+499|b:False
format|f:0x1.3000000000000p+3|#.5g|s:9.5000
hash|f:0x1.8e91bdb0c2ca2p+15|i:2007211444759742280
eq|i:-1|f:-0x1.06326a4bf2fcap-4|b:False
eq|i:-1|f:0x1.201768afa4b8ap-360|b:False
add|f:-0x1.7769357eebd3bp+550|f:0x1.70b33bae4e9c1p+64|f:-5.404613129415049e+165
gt|i:1|f:0x1.ed4195da9af66p-311|b:True
format|i:-3509431| |s:-3509431
eq|i:-1|f:0x1.3cc3a66da0d4fp-804|b:False
eq|i:154270403533260080707208731898714789476441101578176569192803773556139805996432183560791994388760016985830957718668995303214288629058906782068999931948155088389778735519983554527232|f:0x1.308fc5b9e3198p+595|b:True
lt|i:-1|f:0x1.6e843c47dfa66p-657|b:True
lt|i:0|f:0x1.a49188008b9b1p-34|b:True
mod|f:0x1.6468532b80b43p-302|f:0x1.4daffdda71caep-412|f:8.39519555699573e-125
eq|i:-1|f:-0x0.748d3f040554ep-1022|b:False
divmod|f:-0x1.23c5e62cfeec3p+224|f:-0x1.3661162115409p+470|t:(0.0, -3.072728785319155e+67)
float|i:198411525494468181820720586023678156650|f:1.9841152549446816e+38
mod|f:0x1.c83c81ff01474p-2|f:0x1.d2a2b1f50a488p+365|f:0.4455433189289757
hash|i:6725537111215906721183001488094954872754517240923040324254350857693914209591049755586421862244886403406441777798459582979175852865754983939911756310908596315166903919752846876739|i:266634688920306813
round|f:0x1.5cd9f4a34a050p+806|-14|f:5.8153652440779295e+242
repr|f:0x1.b41defe225f19p-753|s:3.5956404501234347e-227
format|f:0x1.0000000000000p-1|.1%|s:50.0%
eq|i:0|f:-0x1.b73e1c0b02d74p-76|b:False
hash|f:0x1.cdad00854ac92p+951|i:1554375314070571092
format|f:0x1.1c37937e08000p+53|.5|s:1e+16
add|f:-0x1.e0513a24efc5ep-858|f:-0x1.8c6c6245e9fecp-213|f:-1.176332815261989e-64
xor|i:-96806419700513660607700165796117376637161811989194655329|i:-1301199330929380649907131905293785338|i:96806419700513660606420793507695416230757288651137572505
lt|i:20384045146689610366317347159755336927670158943332577682895575667113738685503591084639325877722288368183826092722071368864295580542312084267954394365171078630589080093089646824347437189160899385280365068287|f:0x1.040f51d4be176p+682|b:True
format|i:0|e|s:0.000000e+00
gt|i:1|f:0x1.6e843c47dfa66p-657|b:True
gt|i:-1|f:-0x1.3f9022b789002p-698|b:False
lt|i:11067693989613770113023|f:0x1.2bfd8dea32eb5p+73|b:True
eq|i:51016|f:0x1.8e91bdb0c2ca2p+15|b:False
format|f:0x1.1c37937e08000p+53|_.1f|s:10_000_000_000_000_000.0
gt|i:1|f:-0x1.4d4753d4074cap-381|b:True
format|i:954103649628063928414752844958209|E|s:9.541036E+32
floordiv|f:-0x1.7dc60eafd0ce6p+890|f:-0x1.6ddf1d704537dp-738|f:inf
rshift|i:103586930222582025716619839147337374210822453313667105224|i:16|i:1580611117898285304513852526051900851605567219752000
eq|i:-1|f:-0x1.0799fb276c16fp-784|b:False
powmod|i:9120956412628383378493409783760|i:3538823423520892739110269098504159823440374578619955773688613862|i:100575459137528833112849574387404918011378461044443802145|i:11738450113568398924441184472799544165263484687085315885
powmod|i:-433252626145895492625251967884235422|i:-51085333530030935988189023770268341761727854428954838468218585394763888101|i:434752343370454607087798577|i:186405078303116264229359467
lt|i:0|f:-0x1.15fe7668a5bf5p-447|b:False
gt|i:1|f:-0x1.82d1e3b352c5fp-903|b:True
format|f:-0x1.39189374bc6a8p+6|f|s:-78.274000
round|f:-0x1.37deca2b2c20cp+878|0|f:-2.455105771207661e+264
rshift|i:-2198090126157927712218983192364775389393987785913328|i:293|i:-1
truediv|f:0x1.2b91c638057cdp+533|f:-0x1.39f5193c8e88dp-937|f:-inf
hash|f:-0x1.1f0137e45ab7dp-176|i:-1158408366859288719
format|i:-1|%|s:-100.000000%
xor|i:308713995302615828859888506426935598316589401150759683794090222862659935468876751474302125|i:-319222723937320834857257197548099892734110|i:-308713995302615828859888506426935598316589401150614686638978725711137507427941122314368049
hash|f:0x1.e0f7f71518154p-839|i:2265681703446048891
mul|i:79982579596309879045751455740923|i:-153611039636580885443159444797031766648620232255692842369233983408885579703074086391531|i:-12286207204604742425629130756648201200975309078442675500621917150581398064865297038390743411814235030298004239077323113
and|i:72949157228921894715498984896218577698223987399214748251407195435828926|i:24807056265856250121541369600368120227100280805007404987999370492629447334056708|i:17726274372987889627053936894535556377832292311132916932592530534826500
powmod|i:2227974197311696281567559867285686425999325|i:-15251104644617236231081575589961317514496442176965006468065748067777171161193477|i:20693396823336783163164650433977092385800698624721|i:5230950328406822166649622178412759472124809938891
eq|i:-4122438365851282105676187180110020351399276052983840098535425947960606721|f:-0x1.2aa6de63ecac2p+241|b:False
eq|i:0|f:0x1.b6ac5b9e3ea1dp-171|b:False
gt|i:-1|f:-0x1.4231950d78500p-995|b:False
lshift|i:-433252626145895492625251967884235422|i:101|i:-1098425903168602192651697734548658027113433418627587530012800057344
eq|i:-1|f:0x1.01e7596abcf71p-84|b:False
format|i:37211634643912036265633771553535518|G|s:3.72116E+34
mul|i:12170880300904052374165467397767409303544951137985380|i:-520087204842590780430784267651734248868334867720928|i:-6329919116170938802817683724468811941064289229346376688515722660513881778794036498604328124249984032640
eq|i:1|f:-0x1.a4ab1ec58c0b3p-846|b:False
lt|i:1|f:-0x1.30f3b84175593p-659|b:False
lt|i:1|f:-0x1.82d1e3b352c5fp-903|b:False
floordiv|i:-10893277428268139089537164915486184105998754343004506746522365685663862078|i:-36866716882070629838835465047500324976697172253334100|i:295477285463568379608
floordiv|i:4063066447183625566573804355530175544823320602323904611287835|i:-3079255151147927197410529199375097915845294141812284095132199597972|i:-1
eq|i:3982718688821810382252921723233758815270347563739813210397923952436143574409289224914271842728256204325483708417|f:0x1.a7f4d7024b0aap+370|b:False
repr|f:-0x1.15fe7668a5bf5p-447|s:-2.9880467394949863e-135
add|f:-0x1.f3d4d66e60c7dp+846|f:0x1.fcc47fd97d237p-895|f:-9.161358945901953e+254
repr|f:0x1.a76e0af895ae8p-459|s:1.1111520724589204e-138
truediv|f:0x1.b596bc9834ba0p+939|f:0x1.2ba5b88fa43b5p-945|f:inf
divmod|f:0x1.0a8f223d19610p-253|f:0x1.330db372a1ec2p-111|t:(0.0, 7.193904554122509e-77)
float|i:-148511547152539394674059232004957137615632617451731793190005182105899745433707245817256875680237579471546506857654155511503250813881328974926083063071414961448385683222319132939891687786992100751991848293701859781158209|f:-1.4851154715253939e+218
mul|f:0x1.b6ac5b9e3ea1dp-171|f:-0x1.786b1acde5db7p-911|f:-0.0
or|i:-1328876132203327610955949116364161507471893541043602366038421247782266|i:9645624592274703302902|i:-1328876132203327610955949116364161507471893541034111263970028287307018
divmod|f:0x1.97097b6ea0074p-73|f:0x1.b2596393695b4p-153|t:(1.1329078409291605e+24, 1.4423018882544378e-46)
lshift|i:-25890523033793858678618132691989500537273046455824892376222093799|i:2|i:-103562092135175434714472530767958002149092185823299569504888375196
gt|i:-4828481841584245821104047310090879007325230534734403939017003256700477131626034254052752907753345404612831168272958935960345425411964487823623560845605922510515447904862207|f:-0x1.3fdadc3a0e3bep+570|b:True
powmod|i:30302395327862|i:640262144234440357246589907234291715144584631236796294162640496446|i:-5556570074826541975489616220339440425487028|i:-2548899716436891956210677564926841445210816
truediv|f:-0x1.be77c76403c76p+753|f:0x1.11bd3e8b3dcd0p-153|f:-8.823263464987932e+272
divmod|f:0x1.0887091fdc25dp+710|f:-0x1.7ed8be1b41b5ap+425|t:(-4.2953119637124544e+85, -3.9111025236342026e+127)
lt|i:1|f:0x1.24ef4f4173df6p-94|b:False
lt|i:1|f:0x1.d7347b4c975dbp-893|b:False
format|i:-1|_|s:-1
hash|f:0x1.2b91c638057cdp+533|i:1387149857739178159
round|f:0x1.2f3bb630657d5p+589|-19|f:2.3999616367820427e+177
format|i:0|#X|s:0X0
mod|f:-0x1.a55d87b076d2ap+213|f:-0x1.553b3c534a04ep-18|f:-4.998377003072859e-06
and|i:379383538385583843009392155423338243549823924963112552573448783123377241126849318|i:7935660|i:1114660
eq|i:0|f:0x1.050666379252ep-416|b:False
eq|i:0|f:-0x1.d0a41ef7c543ap-883|b:False
format|f:-0x1.045634fc9675cp-662|e|s:-5.314206e-200
divmod|f:-0x1.25e410d83d394p+436|f:-0x1.6032a1eefe404p+374|t:(3.8482140871975496e+18, -2.691495628407839e+112)
lt|i:-1|f:-0x1.bce8af16461adp-663|b:True
or|i:16774570086072427733765894134136|i:-255781963325570496134117050244761581245298478625185505500745355052424154|i:-255781963325570496134117050244761581245298305146596038281026402847326850
lshift|i:3989023679528|i:334|i:139599918947587441375147182344337739527491314215015231820660755859588777204285340533413608962807926244730734641152
floordiv|i:-271886577167203308291515|i:1074065330038669667248619040658962829850855218012800047646044774187432226086786|i:-1
hash|i:5655268107682804469184508557082536114053236775165070243440299223952095163533561281124897038589132598736785876794614124274473303132046336466019491380037467393178485336085454264823010174238367581366372|i:620489905132512462
divmod|f:0x1.b596bc9834ba0p+939|f:0x1.2ba5b88fa43b5p-945|t:(inf, 1.9892015813787343e-285)
xor|i:-279078287659771017931793908378310510871258241745113557569606850941523|i:-665845954303498464162848809043407784744308766293455479293663|i:279078287420880644753321776697161815519847589961462266303933513684108
lt|i:10000576203032566889838592730034222682990600478205358618088204495761310297794432058674378922482662097474351412704568777409605234922435130808073811739682050274799615394159813727428936719419792839489112170823680|f:0x1.f2637252ecc77p+690|b:False
and|i:-2723447279851810108522671149480|i:-44360835075845449242739798203037504370440871295488186|i:-44360835075845449242739977485234988315549676550656448
gt|i:-1|f:-0x1.d0a41ef7c543ap-883|b:False
gt|i:-1|f:0x1.b5218fce8ae86p-238|b:False
lt|i:1|f:0x1.60cea3f8c5e71p-949|b:False
float|i:427419259048899382912789364920969597582678609314685623605704272145933750061052750389214745656478349335626059314851988312404223679529410183356564904502887988|f:4.274192590488994e+155
repr|f:0x1.d0bfcb0da2034p+559|s:3.4256757576940365e+168
truediv|f:-0x1.acdd21c95a557p-96|f:0x1.51c815fd0e5d2p+644|f:-2.195263339829528e-223
lt|i:0|f:0x1.0a8f223d19610p-253|b:True
floordiv|f:-0x1.1cbad06b4e4a8p-469|f:-0x1.f4790d40046a4p+485|f:0.0
mod|i:-571155892667798033976228875423452631200379083841075924701082099160405248069|i:10219648023093925943182473065160121206496390161494916489004403|i:2549396955658148990250212354002947163558164307539937883255617
rshift|i:3216399566585455391297015969|i:133|i:0
or|i:-1442623662744689261180188710116338819241770285366348051967480660887592380293230|i:290487931389483044585333229080573|i:-1442623662744689261180188710116338819241770285158435672968679147166916436566017
and|i:-2027372862770247737631996481192439928|i:5158909511802830175343367347889341395667808608872875100567890958164130156563824425511218|i:5158909511802830175343367347889341395667808608872873106056577373216617823705292999100672
mul|f:0x1.b07e4bd251e3bp-629|f:0x1.3fce70886f88ap+202|f:6.089456134210995e-129
gt|i:-62140507909503849454731113495221907992491254494560755396329720031870003155875194015175415922996512376692597314914767516467614736000745472001|f:-0x1.4df637a782fc7p+464|b:False
gt|i:-70133211605292559816131610833873540467804844318343098355778914854242295750896860117512658590835408896|f:-0x1.0084331ee607bp+335|b:False
lt|i:-64|f:-0x1.04a4caa4bef24p+6|b:False
lt|i:197206342728997158221077914221334478971678377113539422833461339207807739555074801665|f:0x1.9fcc33747ee8fp+276|b:False
format|f:0x1.1c37937e08000p+53|.12g|s:1e+16
floordiv|i:19102690792053475594904219594272804595357804065280176159371648764604528060434663909|i:-44824114125108965373804043224125224247100720699221338|i:-426169957062303410914958548611
format|f:0x1.3000000000000p+3|=020,.3f|s:0,000,000,000,009.500
truediv|f:-0x1.2525ae38f2e33p-402|f:-0x1.26c914a1c3668p-317|f:2.5705735157618051e-26
format|f:-0x1.e70cf67444316p+11|,.23f|s:-3,896.40508473700447211740538
format|f:0x1.3df37e42cf97ep-63|26_.21g|s: 1.3465754785996736495e-19
format|f:0x1.847c600000000p+15|24.9|s:              49726.1875
format|f:-0x1.081ea00000000p+17| 9e|s:-1.352292e+05
format|f:-0x1.4429ac3fb88c0p+9|_f|s:-648.325569
format|f:-0x1.2cd3c00000000p+14|_f|s:-19_252.937500
format|f:-0x1.421ac4b0fb434p+416|n|s:-2.12929e+125
format|i:-121299396024485008016843537615101363927798406915692498298222120186|^+0g|s:-1.21299e+65
format|i:-716529657205326823966619163057626221493145232413107073055456215496651406098583| 0g|s:-7.1653e+77
format|f:0x1.332e3c89f70b4p-608|.4|s:1.13e-183
format|f:-0x1.a299200000000p+10|.18n|s:-1674.392578125
format|f:-0x1.0a1d5f0e43fe2p-7|z.19G|s:-0.00812117711441823556
format|f:0x1.657b800000000p+8|z7.10f|s:357.4824218750
format|f:0x1.56a975ccf8cd8p+10|#.20f|s:1370.64781498238698986825
format|i:-751389832433499741438780544641923616679491467808986437078261272236734119|0=+_E|s:-7.513898E+71
format|i:79279|= 19,c|E:ValueError: Cannot specify ',' with 'c'.
format|f:0x1.9f93445344460p+12||s:6649.204180971807
format|f:-0x1.46299d190bb7fp+12|z20.24E|s:-5.218600853963637746346649E+03
format|f:0x1.3720800000000p+6|0f|s:77.781738
format|f:-0x1.53cb400000000p+13|#22.22F|s:-10873.4062500000000000000000
format|f:-0x1.91f1c00000000p+18|.4|s:-4.116e+05
format|f:0x1.3dbeacb9b60f8p-954| 30.19g|s:     8.151220748486700162e-288
format|f:0x1.0e54800000000p+8|0E|s:2.703301E+02
format|f:-0x1.5f17c00000000p+6| e|s:-8.777319e+01
format|f:-0x1.4994400000000p+14|+F|s:-21093.062500
format|f:-0x1.7907e07cff014p+684|,G|s:-1.1821E+206
format|f:-0x1.3c95ec539189cp+11|14G|s:      -2532.69
format|f:-0x1.a12b000000000p+16|+F|s:-106795.000000
format|f:0x1.412b800000000p+11|+18E|s:     +2.569359E+03
format|f:-0x1.cd00400000000p+11|.9f|s:-3688.007812500
format|f:0x1.2e75c00000000p+8| .25G|s: 302.4599609375
format|f:-0x1.874dd5974e366p+12|n|s:-6260.86
format|f:-0x1.2313800000000p+13|0.20G|s:-9314.4375
format|i:36161|^36_c|E:ValueError: Cannot specify '_' with 'c'.
format|f:-0x1.705c054f71d50p+878|5_e|s:-2.899800e+264
format|f:0x1.6bb0000000000p+7|F|s:181.843750
format|f:-0x1.a586c00000000p+15|9|s:-53955.375
format|f:-0x1.76a9c87ce75f7p+550|#12.3F|s:-5393848026585209026051715549639923710863452688246606773998551243176233048143800860799804081281540639911336097475488543021783432927283877178103107188662158804626964480.000
format|f:0x1.f88f543b799fcp+12|0.16e|s:8.0729580645323695e+03
format|i:-3376456903968465225450543|*^-0E|s:-3.376457E+24
format|f:0x1.a7b7d1f310c1fp-272|+e|s:+2.181113e-82
format|i:-19917|= #o|s:-0o46715
format|i:-61993568527297639567768329973492|>-#037_c|E:ValueError: Cannot specify '_' with 'c'.
format|f:-0x1.86d9200000000p+16|.24n|s:-100057.125
format|f:-0x1.88ba1df04773fp-235|2,.23F|s:-0.00000000000000000000000
format|i:12285554815658708120430192596526381066637461212930|*^+37,n|E:ValueError: Cannot specify ',' with 'n'.
format|f:-0x1.e73c000000000p+8| 27.2g|s:                   -4.9e+02
format|i:604856764567918032427379301159340308653755656448728279098996790928662988087|^-#30_E|s:         6.048568E+74         
format|f:0x1.d4f8000000000p+15|z.6F|s:60028.000000
format|f:0x1.4482f2b4da1adp-333|.3n|s:7.24e-101
format|f:0x1.b8edc00000000p+15|#.24F|s:56438.875000000000000000000000
format|f:0x1.8b2291252fb70p+12|z13.6f|s:  6322.160436
format|f:-0x1.c057b6c5c23d8p-30|5.2n|s:-1.6e-09
format|i:-80377|=#39_x|s:-0x                              1_39f9
format|f:0x1.99df3d71d8f80p+11|z6G|s:3278.98
format|i:53311|<032c|s:퀿0000000000000000000000000000000
format|f:0x1.9a3db12c2123ap+486|4_g|s:3.20167e+146
format|f:-0x1.6bc1767c1bfacp+537|z.14f|s:-639260000151956381721169271151422921582489518712342436461283302533755844097372126008722448729289965292773070118932609389796805802541948615686426031221434686111744.00000000000000
format|f:-0x1.26e4c7d686385p+13|#F|s:-9436.597577
format|f:0x1.2a3260fb86377p-458|.10|s:1.565038365e-138
format|f:-0x1.18d4897c638dbp+13|+3E|s:-8.986567E+03
format|f:0x1.95bddff772fd9p-265|23_.18E|s:2.673380813508586046E-80
format|f:-0x1.e3ee7c2e3e95ap-875|_.24g|s:-7.50408586297151020688316e-264
format|i:-17719|*^-#,b|E:ValueError: Cannot specify ',' with 'b'.
format|i:-3726400907720905016791057846253790262175745168605011036746069084673120194011799227334|= 031e|s:-0000000000000000003.726401e+84
format|i:19238|*^-#0,f|s:19,238.000000
format|i:-33851693548903853646192441548435737113462364871391632444492109|0=-#15g|s:-0003.38517e+61
format|f:0x1.1dd429ccdd7d8p+879||s:4.500203497402354e+264
format|f:0x1.bc16800000000p+13|4n|s:14210.8
format|f:0x1.ca3d7e9aa21e4p+12|15_E|s:   7.331843E+03
format|f:-0x1.c9bbc00000000p+11| .0e|s:-4e+03
format|f:-0x1.1bfda00000000p+8|25.9|s:              -283.990723
format|f:-0x1.8ed8b01c79840p+260|+.7%|s:-288645389083463654959207248277443729065323553505372929194000909198733212227993600.0000000%
format|f:0x1.f8eaeb6b39eb8p+11|z4f|s:4039.341238
format|f:-0x1.010de00000000p+17|.18G|s:-131611.75
format|f:-0x1.e13c000000000p+17|9.25|s:-246392.0
format|f:-0x1.fb55a40ff0dd0p+9|13.9|s:  -1014.66907
format|f:0x1.cfa4000000000p+16| G|s: 118692
format|f:0x1.590ebb4527eeap+361|16.24|s:6.33111201544118045884047e+108
format|f:-0x1.67f4811917f1fp+481|z.7F|s:-8778822622022446491813534466662859700261007130741425130264853206022972133686548056077156381022420219102531468717432555919528981861147739445788672.0000000
format|f:-0x1.0808800000000p+18|z18F|s:    -270370.000000
format|i:-7834273810053248549934978226147779777997902935|< #_|s:-7_834_273_810_053_248_549_934_978_226_147_779_777_997_902_935
format|f:-0x1.acebc9015f657p-244|#.18f|s:-0.000000000000000000
format|f:-0x1.3bdae313326b4p-630|+.13F|s:-0.0000000000000
format|f:0x1.b2c461277ae49p+156|#2f|s:155130087745159914134371177773108408377766051840.000000
format|f:-0x1.995bd5a80060dp-935|,.20F|s:-0.00000000000000000000
format|i:29335| #d|s: 29335
format|f:-0x1.45d769e96bb87p+474|17_F|s:-62_084_662_162_799_088_772_368_009_374_063_382_288_507_998_796_089_001_827_680_768_196_779_409_982_716_834_050_857_820_612_216_133_602_674_697_740_369_146_077_142_047_631_660_560_158_818_304.000000
format|i:-91799323176733671302873075984217480251967124902264|0=+#034,%|s:-9,179,932,317,673,367,395,324,953,147,452,966,246,534,916,037,672,960.000000%
format|f:-0x1.d084fe001b390p+445|14,.24g|s:-1.64858770179390940093859e+134
format|f:-0x1.fa15937fc470bp+12|16.25n|s:-8097.348510520309901039582
format|f:0x1.cac5df8d67230p-657|6.16|s:2.996751142140074e-198
format|i:4720064727363885225|+,f|s:+4,720,064,727,363,885,056.000000
format|i:-81000|*^+1g|s:-81000
format|i:-6768724247694697175699047274297682129994708678648243212410490931362671728776838289053|^-028_%|s:-676_872_424_769_469_750_771_703_906_895_505_816_867_786_282_713_836_317_199_204_663_150_111_499_507_013_171_281_920.000000%
format|f:-0x1.33b87b971e43ap+11|09.3F|s:-2461.765
format|f:0x1.c5df600000000p+15|029.24F|s:58095.687500000000000000000000
format|f:-0x1.7e9fdf45b5079p-764|7,.25E|s:-1.5403383320955837676753737E-230
format|f:-0x1.301a0db984152p-536||s:-5.280819330259781e-162
format|f:0x1.61ba3ae5eb235p-402|.9n|s:1.33773643e-121
format|f:-0x1.2b5c000000000p+10|0.14%|s:-119743.75000000000000%
format|f:0x1.ec9ff39eecf00p+6|+10e|s:+1.231562e+02
format|i:97209|-#5,%|s:9,720,900.000000%
format|i:-241012700216646035332606887861162335981526418759147683349938|*^+#16_n|E:ValueError: Cannot specify '_' with 'n'.
format|f:-0x1.04c310cc77b54p+13|0.7G|s:-8344.383
format|f:-0x1.ac8a73a4a5134p+12|#E|s:-6.856653E+03
format|f:-0x1.f9f3a22f5f884p+199|026e|s:-00000000000001.587955e+60
format|f:0x1.4dc52af79523fp-50| .2f|s: 0.00
format|f:-0x1.a10ef24b091b4p+12||s:-6672.934153590748
format|f:-0x1.42750017b23a6p+12|+18E|s:     -5.159313E+03
format|i:1545303643204820460525072902443112669896609699629514669003916499356252965|*^ E|s: 1.545304E+72
format|f:0x1.a447d89929d10p+651|#3F|s:15340044022271318596174295990467730146068492883179907734428278194222247800142061785506625802827374109567042669919672965250160178618350976761617218567603852862394917284810705995619153100511054397440.000000
format|i:4725862309516668395453347659711032015853398748535062377835375047|>+0_|s:+4_725_862_309_516_668_395_453_347_659_711_032_015_853_398_748_535_062_377_835_375_047
format|f:-0x1.723b3eb53e569p-1018|.19n|s:-5.148701666848059972e-307
format|f:0x1.29798a4448402p-316|7,E|s:8.704254E-96
format|f:0x1.fe2f400000000p+17|.22n|s:261214.5
format|f:0x1.6bb2800000000p+17|2|s:186213.0
format|f:-0x1.04f5c0e8d37a0p+8|27n|s:                    -260.96
format|f:0x1.cd071c68b625fp-373||s:9.36049347212322e-113
format|f:-0x1.c725400000000p+6|11n|s:   -113.786
format|f:-0x1.c142236bc17eep+12|0.12G|s:-7188.13364769
format|f:-0x1.9979b9c41e951p+12||s:-6551.607853049719
format|f:0x1.1d2477899da89p+1012|4_g|s:4.88852e+304
format|f:-0x1.bc956a555ead1p-522|zF|s:0.000000
format|f:0x1.d893a00000000p+19|,G|s:967,837
format|f:-0x1.0ecf75a7093a0p+13|.21n|s:-8665.93244750221492723
format|f:-0x1.12fdae8fa0761p+12|#.3g|s:-4.40e+03
format|f:0x1.8316400000000p+10|_e|s:1.548348e+03
format|f:-0x1.03d4bbfd5dc7ep+855|29|s:     -2.4383569453893703e+257
format|f:-0x1.18d6d6e679220p+13|zf|s:-8986.854932
format|f:0x1.b6cfe56646800p+6|,.16G|s:109.7030235271959
format|i:-16318703713266459330602391317247921978292359185520049430|*^04_o|s:-12_5140_0342_7245_4015_5376_2077_5673_1416_5007_7711_1713_3567_1040_3153_6426
format|f:-0x1.4154000000000p+12|zf|s:-5141.250000
format|f:-0x1.341a400000000p+19|5,.20E|s:-6.30994000000000000000E+05
format|f:-0x1.22138eccf46b0p+10| .5g|s:-1160.3
format|f:0x1.ffb21c1f769d1p+24|_.17G|s:33_534_492.122903649
format|f:-0x1.056c99750553cp+126|0.3F|s:-86873096860149462418194187311955050496.000
format|f:-0x1.39e4600000000p+9|9.9%|s:-62778.417968750%
format|f:-0x1.d77632eb85f84p+12|+g|s:-7543.39
format|f:0x1.4018cc9a48390p-947|+.24g|s:+1.05107951284714732584335e-285
format|f:-0x1.4c363f533349cp-322|#.24e|s:-1.518856068939217096263400e-97
format|f:0x1.777fa00000000p+9|,%|s:75,099.707031%
format|f:-0x1.8639800000000p+13|15|s:    -12487.1875
format|f:-0x1.e148000000000p+11|_G|s:-3_850.25
format|f:-0x1.b4f0c00000000p+15|+.3F|s:-55928.375
format|f:-0x1.0c93000000000p+16|_f|s:-68_755.000000
format|i:-21717274887291862031310035|0=-031g|s:-00000000000000000002.17173e+25
format|f:-0x1.8f890a852716ap-510| e|s:-4.656048e-154
format|f:-0x1.16120b3b3dca3p-911|+G|s:-6.27464E-275
format|f:0x1.69a5a1606ac15p-750|,e|s:2.385328e-226
format|f:0x1.3277000000000p+16|3f|s:78455.000000
format|f:0x1.a27f000000000p+15|0.3e|s:5.357e+04
format|f:0x1.66fe000000000p+10|0.6f|s:1435.968750
format|f:0x1.439e48c6a28a5p+570| E|s: 4.885293E+171
format|f:-0x1.9359800000000p+17| .5F|s:-206515.00000
format|i:26680|0=0,X|E:ValueError: Cannot specify ',' with 'X'.
format|f:0x1.b595854e3e31cp+11|014F|s:0003500.672523
format|f:0x1.99b4400000000p+6|22_.1e|s:               1.0e+02
format|f:-0x1.7ff966b4cfa7ep-645|09.8F|s:-0.00000000
format|f:-0x1.124a4cece5cf9p+13|20.9|s:         -8777.28756
format|f:0x1.f74d30b046a0fp+103|%|s:1993782747565495917129918608048128.000000%
format|i:-42786554036473016213316882307860004970143935281389778430068889988482769429646553398034108|0= #_n|E:ValueError: Cannot specify '_' with 'n'.
format|f:-0x1.d81a1932a8906p-829|0F|s:-0.000000
format|f:-0x1.6716fc6079a7ap-777|n|s:-1.76464e-234
format|f:0x1.85e1bf5c384d7p-824|15.19g|s:1.36137132651900961e-248
format|f:0x1.4e295549c5987p+817|n|s:1.14084e+246
format|f:0x1.bf6b48415c781p-604|.24|s:2.63243190405343629029822e-182
format|f:-0x1.35ebc00000000p+9|_.22%|s:-61_984.1796875000000000000000%
format|f:0x1.e451000000000p+10|+14.2%|s:   +193726.56%
format|i:-90546|=#0x|s:-0x161b2
format|f:0x1.b59b02b933235p-316|14_.11G|s:1.2804546064E-95
format|f:-0x1.770d80ccea386p-670|27.4|s:                -2.991e-202
format|f:-0x1.2ac1c00000000p+17|n|s:-152964
format|f:-0x1.80afc00000000p+7|n|s:-192.343
format|i:-27352031532968232207461760103473570492538748958881503426193856649858454324863577|<#0,n|E:ValueError: Cannot specify ',' with 'n'.
format|f:0x1.2819a00000000p+11|8G|s:  2368.8
format|f:0x1.91bf000000000p+14|28,.2E|s:                    2.57E+04
format|f:0x1.05d6554f704bap+12|+14E|s: +4.189396E+03
format|f:-0x1.18059ee5e4eb7p-7| 3.16g|s:-0.008545591914106294
format|i:-2312|=39n|s:-                                  2312
format|i:-2496|< 0_e|s:-2.496000e+03
format|f:-0x1.70e049f29eecdp-158|+.14f|s:-0.00000000000000
format|f:0x1.fbe8799a15632p-777|5.20n|s:2.4959653234818217146e-234
format|f:-0x1.6e725eabf0b0ep+12| 28.23G|s:   -5863.1481131937016471056
format|f:-0x1.b28ce12ee9800p+10|17_G|s:         -1_738.2
format|f:-0x1.fe465681f6c36p+11|z10%|s:-408219.806002%
format|f:-0x1.784f600000000p+14|+1%|s:-2408384.375000%
format|i:88954107491252578004991507242835143263507676256032984293698314530033844197570|=-0_|s:88_954_107_491_252_578_004_991_507_242_835_143_263_507_676_256_032_984_293_698_314_530_033_844_197_570
format|f:-0x1.497d89e1471fap+361|.7|s:-6.045486e+108
format|i:23136|>-0d|s:23136
format|f:0x1.f8e3400000000p+17|.7G|s:258502.5
format|f:0x1.f14c000000000p+14|.1F|s:31827.0
format|i:33035505392514605374242589056193768765180626|*^#05_X|s:0X1_7B3A_9FFA_574B_0423_D426_5047_CD21_EC2A_CAD2
format|f:0x1.d1b3bd070f52fp-917| 11.7f|s:  0.0000000
format|f:0x1.8938000000000p+11|.16n|s:3145.75
format|f:-0x1.3dc6400000000p+13|21.13n|s:         -10168.78125
format|f:0x1.b98881229daa0p+9||s:883.066440894112
format|f:0x1.5fde6b7f05323p-996|+.18f|s:+0.000000000000000000
format|f:-0x1.d2cc000000000p+12|+.17f|s:-7468.75000000000000000
format|f:0x1.c069800000000p+15|z.8f|s:57396.75000000
format|f:0x1.12428eb9bb786p+12|26,.23e|s:4.38815984509687950776424e+03
format|f:-0x1.0c1f000000000p+10|_g|s:-1_072.48
format|f:-0x1.59c8000000000p+9|09.15%|s:-69156.250000000000000%
format|i:113670437305513103036606068457319237930790262769733030157352314212|^+#026,E|s:000000+1.136704E+650000000
format|f:-0x1.bbd44a3660f2ap+12|ze|s:-7.101268e+03
format|f:-0x1.db51600000000p+11| 4%|s:-380254.296875%
format|f:-0x1.6bb09f6543083p+12|0e|s:-5.819039e+03
format|f:-0x1.487e800000000p+13|_G|s:-10_511.8
format|i:14391843781427780249729667| #0E|s: 1.439184E+25
format|f:0x1.19f101e4f377dp+451|ze|s:6.403936e+135
format|i:-85950|>-36,f|s:                      -85,950.000000
format|f:0x1.eab13e9748dcep-167|+15f|s:      +0.000000
format|f:0x1.1e2da885a654ap-705|#9.23g|s:6.6412506440472073331375e-213
format|f:-0x1.c491e4fcaabb1p+892|,.2G|s:-5.8E+268
format|f:0x1.034c410ce0f02p+12|15|s:4148.765881422676
format|f:0x1.dea1400000000p+12|.16n|s:7658.078125
format|i:-334160834138639610496968260857498253541|^+0d|s:-334160834138639610496968260857498253541
format|i:8826018744514224372782922032439661625266141103920858752069798915|*^ #e|s: 8.826019e+63
format|f:-0x1.93f8fe6c5da2ap-514|0G|s:-2.94235E-155
format|f:0x1.f8e0000000000p+10|12_.15f|s:2_019.500000000000000
format|f:-0x1.2be8e00000000p+14|#13G|s:     -19194.2
format|f:-0x1.c8fc000000000p+4|0F|s:-28.561523
format|f:-0x1.a20b000000000p+17|,f|s:-214,038.000000
format|i:13776|0=-_c|E:ValueError: Cannot specify '_' with 'c'.
format|f:-0x1.150b3ab2630d7p+12|z25f|s:             -4432.701830
format|i:753280464501548643919128626971010065907663839030890627506625901870310379|^ #13,x|E:ValueError: Cannot specify ',' with 'x'.
format|f:-0x1.4555cc172010dp+4|#E|s:-2.033345E+01
format|f:-0x1.dbf0800000000p+13|z4.17g|s:-15230.0625
format|f:0x1.cb95d010c1232p+106| 4f|s: 145648365584807230274703414263808.000000
format|f:0x1.a100dcaa97bdcp+11| .12E|s: 3.336026936814E+03
format|f:0x1.946ac00000000p+11|.17n|s:3235.3359375
format|f:0x1.7468400000000p+13|7_.12f|s:11_917.031250000000
format|f:0x1.655ec00000000p+16| 17.16e|s: 9.1486750000000000e+04
format|f:-0x1.98722d50e5944p-142|+20F|s:           -0.000000
format|f:0x1.671a42a3e64f0p+10|7.7%|s:143641.0317397%
format|f:-0x1.98fe200000000p+17|#29.17G|s:          -209404.25000000000
format|f:0x1.2b52fb091a85cp+13|G|s:9578.37
format|f:0x1.74a0e00000000p+17|029%|s:000000000000019078575.000000%
format|i:864522513155483716451518207352897993236898976709137732128192300805693005309840044|^ 0_X|s: 1D2A_2982_38E8_AC78_7092_87DC_E3CF_1BE0_7DBB_3636_D310_4C58_756F_08E6_187A_44B2_8AAC
format|f:-0x1.c33ac2394d9d5p+427|18n|s:     -6.10894e+128
format|f:0x1.8a06200000000p+17|.8n|s:201740.25
format|f:-0x1.19c3611959a07p+13|+27%|s:            -901642.241163%
format|f:0x1.8543400000000p+15|,.1F|s:49,825.6
format|f:-0x1.32256976f11fdp+411|+.8g|s:-6.3243667e+123
format|f:-0x1.f806509c2b81ap+11|3|s:-4032.1973400926336
format|i:-420777025220148739276008520615705614348282875436517305007828938850228878426119290266|0=+#06,%|s:-42,077,702,522,014,878,311,335,917,713,914,249,410,226,235,265,140,621,525,269,632,858,069,211,345,768,190,836,736.000000%
format|f:-0x1.cdd7800000000p+17| 7F|s:-236463.000000
format|f:-0x1.474c4fc7fd3b2p+169|z.8G|s:-9.566934E+50
format|f:-0x1.a5a40c202c8b0p+12|08%|s:-674625.296037%
format|f:0x1.b5b4400000000p+18|0.11F|s:448209.00000000000
format|f:0x1.da0afab39df4ap+904||s:2.5043426520305682e+272
format|f:-0x1.2c7bc00000000p+15|.17|s:-38461.875
format|i:80803504428341569|> #_E|s: 8.080350E+16
format|f:0x1.9886c00000000p+14|.15n|s:26145.6875
format|f:-0x1.881ee6ae47488p+11|28.9E|s:            -3.136965659E+03
format|f:0x1.6507a00000000p+11|24,%|s:         285,623.828125%
format|f:0x1.43da18a947b93p+167|#f|s:236655069405094265629683078241754952747059609862144.000000
format|f:-0x1.866b03b433f77p-208|0.0E|s:-4E-63
format|f:-0x1.bf7e400000000p+17|z21%|s:    -22911650.000000%
format|i:-21943|*^-016,b|E:ValueError: Cannot specify ',' with 'b'.
format|i:67744|^ 0,x|E:ValueError: Cannot specify ',' with 'x'.
format|i:-38508|-%|s:-3850800.000000%
format|i:554427420713888183562529189748|^+#0,E|s:+5.544274E+29
format|i:37644372297996025900615681989630066|-#0,X|E:ValueError: Cannot specify ',' with 'X'.
format|f:-0x1.ab06ac88fe9c0p+12|0E|s:-6.832417E+03
format|f:-0x1.92cb66cb7b324p-183|2.11|s:-1.2833774384e-55
format|i:-1083535454333837120720869230578429607188843254987768452489630988109474031|>-20,b|E:ValueError: Cannot specify ',' with 'b'.
format|i:2749689482437155178420843958928520760571026373656549015948475253|> #_|s: 2_749_689_482_437_155_178_420_843_958_928_520_760_571_026_373_656_549_015_948_475_253
format|i:-610131309285874576438734958897138166921819318108560493|*^ _n|E:ValueError: Cannot specify '_' with 'n'.
format|f:-0x1.44fb2901b7711p-21||s:-6.053244591926542e-07
format|i:37093|*^-#0_f|s:37_093.000000
format|f:0x1.530cdd211cc35p+776|3_.18G|s:5.26381646029329559E+233
format|f:0x1.3c40b3bb2ae26p-207|+17.24E|s:+6.005998681988956888681738E-63
format|f:-0x1.b5904a73540f8p+10|_.20e|s:-1.75025454409798658162e+03
format|f:0x1.fe58cd092a92bp-962||s:5.1141053335783814e-290
format|f:0x1.7e29800000000p+15|3,.6F|s:48,916.750000
format|f:-0x1.bcc5800000000p+10|+11.2f|s:   -1779.09
format|f:-0x1.229feea7fd06ep+13|,g|s:-9,299.99
format|f:0x1.fc35000000000p+6| f|s: 127.051758
format|f:-0x1.d9f2600000000p+19|#27.17%|s:-97064300.00000000000000000%
format|f:-0x1.5686000000000p+18|.17n|s:-350744
format|f:-0x1.38566142c0f00p+6| .6E|s:-7.808436E+01
format|i:139902314616480648838986921883569383079212346785350|< #d|s: 139902314616480648838986921883569383079212346785350
format|f:-0x1.6062800000000p+15|0F|s:-45105.250000
format|f:-0x1.0e09fd193d5ccp+227|zE|s:-2.275074E+68
format|f:-0x1.5e81600000000p+14|0.0f|s:-22432
format|f:0x1.43b49070cb40dp-36|22|s: 1.840051760317856e-11
format|f:-0x1.092dc00000000p+17|,.24e|s:-1.357715000000000000000000e+05
format|f:-0x1.f15f9078a3e10p+9| 17E|s:    -9.947466E+02
format|f:0x1.587d1d93b17e8p+11|25n|s:                  2755.91
format|f:0x1.4d6bc00000000p+9|.9|s:666.841797
format|f:0x1.58a174e9bec1cp-49|25|s:   2.3913557953408016e-15
format|f:-0x1.8fe554ed9b60dp+24|z.14G|s:-26207572.928152
format|f:0x1.c475668b31c51p-526| .15e|s: 8.045650423298390e-159
format|f:-0x1.1b9a000000000p+12|#9E|s:-4.537625E+03
format|i:21066|>#0_d|s:21_066
format|f:-0x1.d175400000000p+8|#11e|s:-4.654580e+02
format|f:0x1.4d83e00000000p+16|23_.13%|s:8_537_987.5000000000000%
format|f:0x1.2fd8e07002e08p+12|30.22n|s:       4861.554794322240923066
format|i:4731562317819420984437984133012|<22,b|E:ValueError: Cannot specify ',' with 'b'.
format|i:-85359|< #_e|s:-8.535900e+04
format|f:0x1.e569ba39a6898p-5|.20n|s:0.059254516335571938423
format|f:0x1.72a0300467778p-693| .15%|s: 0.000000000000000%
format|f:-0x1.2a4a4b4767af3p+12|011e|s:-4.772643e+03
format|i:127296668501011929663880800899780153339704317296402135438750700926795825|= #20,b|E:ValueError: Cannot specify ',' with 'b'.
format|i:57232| #0x|s: 0xdf90
format|f:0x1.12b20abe34444p+11|,F|s:2,197.563811
format|f:0x1.efc938731a470p+10|+8F|s:+1983.144070
format|i:27008|0=#015_%|s:2_700_800.000000%
format|i:83466|0=-#_b|s:0b1_0100_0110_0000_1010
format|f:-0x1.0f9f30b2a3d37p+12|3.24n|s:-4345.94938911432745953789
format|i:1090940659351037505941391828992169662445195208329773413063284048278711254802273122535255087|^-0,g|s:1.09094e+90
format|f:0x1.6762800000000p+13|,.0E|s:1E+04
format|f:-0x1.8f13000000000p+8|6_.14g|s:-399.07421875
format|i:-10727413794532750736338267541279196471373556952423507086680434758148654082524238445|^5,n|E:ValueError: Cannot specify ',' with 'n'.
format|f:0x1.7850800000000p+11|.3n|s:3.01e+03
format|i:-79539647489959112214196552305414543488137755125752889455522944209373145392108153166|#039,n|E:ValueError: Cannot specify ',' with 'n'.
format|f:-0x1.88692026bab83p-901|,.18e|s:-9.067231906617692627e-272
format|f:0x1.ba69000000000p+14|,.9G|s:28,314.25
format|f:-0x1.d542108157ebfp+539| .17F|s:-3298674342039502250819621133899356452721367190265241267037074766374427396030471581581732693288172453531835720905881157221150986227400212821232882011794117960400896.00000000000000000
format|f:-0x1.5036800000000p+10|+g|s:-1344.85
format|f:-0x1.6485f66a63509p-654|,g|s:-1.86308e-197
format|f:-0x1.74fba229d3280p-427|.16n|s:-4.203788499826285e-129
format|f:0x1.870de04b4cfb6p+12|+6.11E|s:+6.25686725931E+03
format|f:0x1.2f180ef411dc2p+13|z.5e|s:9.69901e+03
format|f:-0x1.a395be8c3d6b2p+11|24.2|s:                -3.4e+03
format|f:0x1.6b788b3d3fd51p+381|17,.23F|s:6,992,910,963,907,087,783,461,444,156,452,472,593,986,328,625,386,374,376,183,155,465,384,503,857,956,673,393,993,455,904,139,378,512,528,402,452,316,160.00000000000000000000000
format|f:0x1.1b6a71bd4853cp+11|g|s:2267.33
format|f:-0x1.3160000000000p+10|7|s:-1221.5
format|f:0x1.18a5e00000000p+17|z.19g|s:143691.75
format|f:0x1.aadbc00000000p+8|19.1|s:              4e+02
format|i:-81481|>+#0o|s:-0o237111
format|f:0x1.6b7e000000000p+10|zg|s:1453.97
format|f:0x1.3df3364f1a06cp+12|7g|s: 5087.2
format|f:-0x1.762f000000000p+9|+.7%|s:-74836.7187500%
format|f:-0x1.3345400000000p+14|g|s:-19665.3
format|f:-0x1.2a02000000000p+8|n|s:-298.008
format|f:0x1.2703e9de06a7ap+13|22|s:     9440.489193012228
format|f:0x1.2dbf800000000p+8|11_.14f|s:301.74804687500000
format|f:0x1.463b639c2d57bp+864|.21g|s:1.56748297286528557366e+260
format|f:0x1.4ecd000000000p+10|025F|s:000000000000001339.203125
format|f:0x1.8023ba7c6ca20p+9|#%|s:76827.912860%
format|f:-0x1.0ca0000000000p+0|+29.21e|s: -1.049316406250000000000e+00
format|f:0x1.95a3200000000p+17|z19.4F|s:        207686.2500
format|i:61266|>+0_b|s:+1110_1111_0101_0010
format|i:-10729961678300457976897570624985523593259984500858443680245576115868350669888392|0=+#_g|s:-1.07300e+79
format|i:-3153508349282754293634014571902003992080027899958857302|>#03_e|s:-3.153508e+54
format|f:-0x1.28b251bf6830ap+437| 15.18G|s:-4.11320779951640206E+131
format|f:-0x1.f825400000000p+7| 23.15G|s:       -252.07275390625
format|f:0x1.8676000000000p+16|+.4E|s:+9.9958E+04
format|f:0x1.19e9598584efcp+11|f|s:2255.292178
format|f:-0x1.3895b11823e57p-896|,.22f|s:-0.0000000000000000000000
format|f:-0x1.a84c800000000p+14|8.11|s:-27155.125
format|f:-0x1.2aa3a2b9a312ap+13|g|s:-9556.45
format|f:-0x1.5a6bf87cdcadep+12| .6F|s:-5542.748166
format|f:-0x1.53b7000000000p+11|z24E|s:           -2.717719E+03
format|i:-65318|>034|s:0000000000000000000000000000-65318
format|i:-809705609158026770283892853682076761392137613758300316910690761076172285809314512458191|0=-37_g|s:-00_000_000_000_000_000_008.09706e+86
format|f:0x1.2599200000000p+11|_%|s:234_878.515625%
format|f:-0x1.00ac2cd402ff4p+13|z6.8e|s:-8.21352189e+03
format|i:276993213124223263684608046211|> ,d|s: 276,993,213,124,223,263,684,608,046,211
format|f:-0x1.c38b36f9fa74fp-720|9.20|s:-3.1978865135002989239e-217
format|i:73274|=+013_b|s:+1_0001_1110_0011_1010
format|f:0x1.a0ef200000000p+16| 8e|s: 1.067351e+05
format|f:-0x1.d9a8a235c2e60p+11|030.13%|s:-00000000378926.9801026021014%
format|f:0x1.b9e4ecddeeeecp-472|19|s:1.4155343781860531e-142
format|f:-0x1.1c028ea3a84c0p-391| 26.2g|s:                 -2.2e-118
format|f:0x1.76c1c33cf0d48p+11|024.13%|s:000299805.5082769747823%
format|f:-0x1.902ee00000000p+15|26.17|s:               -51223.4375
format|i:18032|<-33%|s:1803200.000000%                  
format|i:-19616698335666623943121872436310637714867710074112|=#012f|s:-19616698335666624894558652634036183547179232657408.000000
format|i:-58247|>-_%|s:-5_824_700.000000%
format|i:52751|0=35_n|E:ValueError: Cannot specify '_' with 'n'.
format|i:230888555796963134705016408169111776225456825229978431287397|=+7,|s:+230,888,555,796,963,134,705,016,408,169,111,776,225,456,825,229,978,431,287,397
format|f:0x1.2cb09c99abd40p+9|030.8E|s:00000000000000006.01379779E+02
format|i:-191627527157635445163749804420286823833760072111816600849701276|+0,x|E:ValueError: Cannot specify ',' with 'x'.
format|f:0x1.08b78b71bd3cep+12|.20n|s:4235.4715440170384682
format|i:-92231| #013o|s:-0o0000264107
format|i:-236757853824414276471551373416390198586703382440402578281697167301803816374328593751411|<#08,e|s:-2.367579e+86
format|f:0x1.203014362b522p+13|#22.5F|s:            9222.00987
format|f:-0x1.8e1246e2246bdp+223|#2g|s:-2.09609e+67
format|f:0x1.4751b966cdfedp-425|z14G|s:  1.47565E-128
format|i:4382146447794775020438699336|=-#0_f|s:4_382_146_447_794_774_746_928_775_168.000000
format|i:3010359064510885231522670540781003062521091805426797974446414522793751546736025894956976|=-_n|E:ValueError: Cannot specify '_' with 'n'.
format|i:-1771846757135000504962582168852020935467385862112347431993799099008|<+#28,X|E:ValueError: Cannot specify ',' with 'X'.
format|f:-0x1.d265600000000p+9|zG|s:-932.792
format|i:1607|>01c|s:ه
format|i:-116586598446896607304438122160111|<+021|s:-116586598446896607304438122160111
format|f:-0x1.0d6186cc856b8p-143| 15e|s:  -9.437078e-44
format|f:0x1.ba3ffa56e7ef4p+12|_e|s:7.075999e+03
format|f:-0x1.1dedea08ad70ap+13|,%|s:-914,973.927436%
format|f:-0x1.a8ea000000000p+7|+G|s:-212.457
format|f:-0x1.b780a00000000p+11|,e|s:-3.516020e+03
format|f:0x1.8deb600000000p+17|5G|s:203735
format|i:-1928343104106464564362103262506269721637802066021480174936509471648428294846|> 22_d|s:-1_928_343_104_106_464_564_362_103_262_506_269_721_637_802_066_021_480_174_936_509_471_648_428_294_846
format|f:-0x1.2d74b84c45300p+8|,E|s:-3.014559E+02
format|f:0x1.cc5ec00000000p+16|15_.22%|s:11_785_475.0000000000000000000000%
format|f:-0x1.8ce9e00000000p+19|0e|s:-8.128790e+05
format|f:-0x1.032ecb502705bp+392| 7f|s:-10212321890156922562301562303635741009449510877419591235229885732161943408316480292258379884293288268826646819958161408.000000
format|f:-0x1.8b5d000000000p+15|18,g|s:         -50,606.5
format|f:-0x1.5e1ab68752d10p+104|G|s:-2.77381E+31
format|f:-0x1.6398000000000p+12|#9.15e|s:-5.689500000000000e+03
format|f:0x1.7298000000000p+15|12|s:     47436.0
format|f:0x1.4dc9800000000p+8||s:333.787109375
format|f:-0x1.5d3fc00000000p+15| e|s:-4.470388e+04
format|i:-1667|0=-037_e|s:-0_000_000_000_000_000_001.667000e+03
format|f:-0x1.1bd19dd84fdaap-567|29.12n|s:          -2.29505805257e-171
format|f:-0x1.331fc00000000p+13| 1%|s:-982796.875000%
format|i:203288447708599091231655981140053078749615213889789070657561304448767823224|0=0c|E:OverflowError: Python int too large to convert to C long
format|i:366161636993770889651737622751792038515954738082326347849050745025987859838295|^-010,E|s:3.661616E+77
format|i:-73291011457313808307334253145347897524894886093921000216650904575552826503104761660921|>+#0,x|E:ValueError: Cannot specify ',' with 'x'.
format|f:-0x1.1e562eb6ef746p+13|#%|s:-916277.280986%
format|i:-52478119583805186872906599596455273237140359786771965|> #0,b|E:ValueError: Cannot specify ',' with 'b'.
format|f:-0x1.1985957b3da47p+12|12,e|s:-4.504349e+03
format|f:-0x1.8a48400000000p+17| 10e|s:-2.018725e+05
format|f:0x1.ecb8c6c12472ep-973||s:2.4108823419912338e-293
format|f:0x1.9cb9000000000p+17|F|s:211314.000000
format|i:-48944|*^#0_g|s:-48_944.0
format|f:-0x1.e18b21827ef61p+393|_G|s:-3.79476E+118
format|f:-0x1.2a3742fc393e9p+156|5|s:-1.0640697662059639e+47
format|i:-5900|0=-18,%|s:-0,590,000.000000%
format|f:0x1.0672d33b21decp+13| 13.8f|s: 8398.35314013
format|f:-0x1.39ebc00000000p+15|z.17F|s:-40181.87500000000000000
format|f:0x1.bb137a4dd6005p+436|#6E|s:3.071259E+131
format|f:-0x1.fe7ec00000000p+13|024e|s:-000000000001.633584e+04
format|f:0x1.c366d1e0db381p+397|4.8n|s:5.6915617e+119
format|f:-0x1.c5e5400000000p+11|0.4f|s:-3631.1641
format|f:0x1.7941e00000000p+7|8_e|s:1.886287e+02
format|i:99482|0= #34x|s: 0x000000000000000000000000001849a
format|f:-0x1.4c6fc00000000p+18|z21.5G|s:          -3.4042E+05
format|f:-0x1.c4c1facf30917p-424|23.24|s:-4.0823266314120052041064e-128
format|i:4869385628218672816636093425093196963072217234702484924462301939656658| #0e|s: 4.869386e+69
format|f:-0x1.8c7c000000000p+5| 25g|s:                 -49.5605
format|i:1272|*^-_g|s:1_272
format|i:3172829017928080047778252547850774216477752416727009193921356|=+0,X|E:ValueError: Cannot specify ',' with 'X'.
format|i:-73640|0=+#_%|s:-7_364_000.000000%
format|i:569620731746578509567481956412885735294971677|*^+#_X|s:+0X19_8AEC_E175_7350_F5E6_7034_EA88_6B31_4425_2F1D
format|f:0x1.4c55000000000p+6|#E|s:8.308301E+01
format|f:-0x1.cf48000000000p+7|13.4|s:       -231.6
format|i:-17081058675880342196790693315241906702192711511576315663770881318961766|^ #033n|s:-17081058675880342196790693315241906702192711511576315663770881318961766
format|i:-241923331667816062003454999913380640060036947217764250635225695603255164189|*^-#29E|s:********-2.419233E+74********
format|f:-0x1.87a6803ab57f5p+855|.9e|s:-3.675402406e+257
format|i:6373|>+_g|s:+6_373
format|f:-0x1.f36d04f03c43cp-1004|0.18g|s:-1.13792964381982671e-302
format|f:-0x1.a31df4d0a1f64p+11|z.1g|s:-3e+03
format|f:-0x1.6dfefc37824a1p+562|0e|s:-2.158211e+169
format|f:-0x1.9b759f6ef3db2p+703|020e|s:-0000006.763540e+211
format|f:0x1.0ee76688d78aap+962|+.9g|s:+4.12506821e+289
format|f:0x1.a4ca2b3f1d164p+12|#20G|s:             6732.64
format|f:-0x1.e5c7ed9fe6152p+11|7.24n|s:-3886.24775690973274322459
format|f:-0x1.b72cbb78767dap+37| E|s:-2.357801E+11
format|i:22345|*^ 015_x|s:***** 5749*****
format|f:-0x1.d315e00000000p+8|26,f|s:               -467.085449
format|f:-0x1.d428ce92ce026p-14|.15E|s:-1.116178994323707E-04
format|i:402471637250176839533091294373949069708913|-#0E|s:4.024716E+41
format|i:733212293300268898526942845848424467973138760389626350|*^#0,d|s:733,212,293,300,268,898,526,942,845,848,424,467,973,138,760,389,626,350
format|f:-0x1.5ab9000000000p+8|1_.25F|s:-346.7226562500000000000000000
format|f:0x1.e9c8b382f3cc4p+11| .23%|s: 391827.19130288768792524933815%
format|f:-0x1.e04b800000000p+18|22|s:             -491822.0
format|f:-0x1.c291000000000p+15| 29F|s:                -57672.500000
format|f:0x1.2ba18e3f5785ap+12|023F|s:0000000000004794.097228
format|f:0x1.1fac70db59e44p-650|+24%|s:              +0.000000%
format|f:0x1.4b83a1aabc59dp-423|+f|s:+0.000000
format|i:994201071315113075861021033625350724739671906697398188656231757414384290305870692424|<-02,d|s:994,201,071,315,113,075,861,021,033,625,350,724,739,671,906,697,398,188,656,231,757,414,384,290,305,870,692,424
format|f:-0x1.0675000000000p+10|010.2f|s:-001049.83
format|f:-0x1.dbc0f9b5aa207p+241|.2|s:-6.6e+72
format|f:0x1.c7cf2742e0764p+279|+25G|s:             +1.72947E+84
format|f:0x1.8be033c1e9966p-1011||s:7.046822968021532e-305
format|f:0x1.ab9c600000000p+18| .19%|s: 43787350.0000000000000000000%
format|i:1573665503955059506863408770000054787370602118207937572101778962|=031,g|s:0,000,000,000,000,001.57367e+63
format|i:70270|0=#0,|s:70,270
format|i:-53287938554943883447310056509737643241209016980891852832891709387311413004395|*^#0,b|E:ValueError: Cannot specify ',' with 'b'.
format|i:-84233426785892491173651060874409703340329588933497950276266950384|>-_e|s:-8.423343e+64
format|f:-0x1.351b8f0ad7345p+13|9_F|s:-9_891.444845
format|i:-22888|0=+#037_e|s:-0_000_000_000_000_000_002.288800e+04
format|f:-0x1.a13bef291853bp-194|29n|s:                 -6.49114e-59
format|i:-85116|0=#0_c|E:ValueError: Cannot specify '_' with 'c'.
format|i:1770753705652809850310750971641561964218|-#n|s:1770753705652809850310750971641561964218
format|i:57641667152330068418869755612612499602045618472255226196266689347699194001207423612|0=-#0_f|s:57_641_667_152_330_070_759_280_342_612_328_322_502_099_564_726_898_316_635_567_962_670_671_950_327_545_069_568.000000
format|f:-0x1.d114000000000p+8|7,.6%|s:-46,507.812500%
format|f:0x1.1b335efe0d082p-713|.8n|s:2.5672455e-215
format|f:-0x1.fb6522a08b72bp+637|.3e|s:-1.130e+192
format|f:0x1.ce8d1ec73b4fap+854|_.12E|s:2.170382062645E+257
format|f:0x1.51c9704ff0c38p+12|8.23|s:5404.5899199871855671518
format|f:-0x1.55237a3ad863ap+11|.1n|s:-3e+03
format|f:-0x1.c94050bfac4dcp-534|11,g|s:-3.17612e-161
format|i:-27225|^ 0X|s:-6A59
format|f:0x1.7bd7c00000000p+17|13|s:     194479.5
format|f:0x1.804e0a8b7abc4p+12|28_.11E|s:           6.14887757442E+03
format|i:5484558667186055447325942792223653835369016772837321441435756998425623|-#020f|s:5484558667186055404735982959307033907221983045915746399138544007249920.000000
format|f:-0x1.093fc9b821ca8p+12||s:-4243.986747867581
format|f:-0x1.e4f8e00000000p+15|.13n|s:-62076.4375
format|f:-0x1.abac462de3ad0p+12|n|s:-6842.77
format|f:0x1.8214f608252ddp-555|021.7f|s:0000000000000.0000000
format|f:0x1.455a200000000p+10|_.8f|s:1_301.40820312
format|f:0x1.4866a00000000p+14|.8e|s:2.10176562e+04
format|f:-0x1.f482100cea302p+12|23.15n|s:      -8008.12891856651
format|f:0x1.6911400000000p+18|+13.23g|s:      +369733
format|i:-36257|<-05%|s:-3625700.000000%
format|f:0x1.d8e4ad798e424p+204|+%|s:+4749438685476822095233217979405830027097537842569845641433841664.000000%
format|f:-0x1.b772800000000p+11|.11n|s:-3515.578125
format|i:46005441787718311696597225701521265254406457830211610075805540182425574647|0=+06,d|s:+46,005,441,787,718,311,696,597,225,701,521,265,254,406,457,830,211,610,075,805,540,182,425,574,647
format|f:0x1.939a000000000p+5|#24%|s:            5045.019531%
format|i:55660|>+#033,b|E:ValueError: Cannot specify ',' with 'b'.
format|f:-0x1.a7fc91fdf2726p-914|29,.22E|s:-1.1959034852584083737951E-275
format|f:-0x1.9151400000000p+15||s:-51368.625
format|f:-0x1.2df4000000000p+13|#G|s:-9662.50
format|i:2477970174785462319562937145805046471|=07b|s:1110111010011110101011100101110010001101100101011111110010110011110010000001000001011100000111001111100010000001011000111
format|f:0x1.8f47e00000000p+14| g|s: 25554
format|i:-84846|<-0n|s:-84846
format|i:-85258|0=-23|s:-0000000000000000085258
format|f:-0x1.3161800000000p+15|zf|s:-39088.750000
format|f:0x1.8411200000000p+12|.11G|s:6209.0703125
format|f:-0x1.1feb740fb9cd8p+10||s:-1151.678958827446
format|f:-0x1.f4f7400000000p+8|.14n|s:-500.9658203125
format|f:0x1.2f7c000000000p+7|#26e|s:              1.517422e+02
format|f:-0x1.3ed7600000000p+17|22%|s:     -16324675.000000%
format|f:-0x1.1e633db1893bdp+505|.5|s:-1.1718e+152
format|f:-0x1.45d6800000000p+9|24,.19g|s:           -651.67578125
format|i:96236|>#014_%|s:9_623_600.000000%
format|f:-0x1.66056bb1e30b0p+166|+.3f|s:-130812133198546733852946700471722918506797077626880.000
format|f:-0x1.ac78e00000000p+13|24e|s:           -1.371111e+04
format|f:0x1.a5de000000000p+14|23|s:                26999.5
format|f:0x1.f69a21144b957p+787| 29E|s:                1.598052E+237
format|f:0x1.810df11a66938p+12|8.22|s:6160.871363068283244502
format|i:-92862|*^-_n|E:ValueError: Cannot specify '_' with 'n'.
format|f:0x1.7a6b000000000p+17|23_E|s:           1.937500E+05
format|i:-198088923316380745099832423367619100601578035896371838263460853598|*^+0_E|s:-1.980889E+65
format|f:0x1.2cd2000000000p+10|0%|s:120328.125000%
format|f:0x1.9533600000000p+14|24.12n|s:             25932.84375
format|f:0x1.8b78000000000p+3|F|s:12.358398
format|f:0x1.287f6df95d5ccp+293|,f|s:18,431,903,933,807,541,789,433,244,969,098,520,760,969,461,078,537,163,141,062,618,952,257,508,229,195,634,306,973,696.000000
format|f:-0x1.4460400000000p+6|14_G|s:       -81.094
format|i:58425|-0,n|E:ValueError: Cannot specify ',' with 'n'.
format|f:-0x1.fc0176af4b369p-489|#.19%|s:-0.0000000000000000000%
format|f:-0x1.677593f7001c4p+904|+11.10g|s:-1.899003766e+272
format|f:0x1.d70e000000000p+8|22|s:           471.0546875
format|i:94206|=,%|s:9,420,600.000000%
format|f:-0x1.0e9a04847436bp+13| .11E|s:-8.65925220576E+03
format|f:-0x1.35b68c133b6fep+13|3.18|s:-9910.81839605746427
format|f:0x1.712b7b9361df8p+12|#G|s:5906.72
format|f:-0x1.9c91000000000p+15|zE|s:-5.280850E+04
format|f:0x1.bc1de9393a7c8p+12|019.4F|s:00000000007105.8694
format|i:86597|^#0,n|E:ValueError: Cannot specify ',' with 'n'.
format|f:-0x1.f50a000000000p+10|z16.16G|s:     -2004.15625
format|f:0x1.8156000000000p+7|2|s:192.66796875
format|f:0x1.ed31141200d59p-213|.9|s:1.46347979e-64
format|i:-36810|= 0_n|E:ValueError: Cannot specify '_' with 'n'.
format|f:-0x1.f314666d420f6p+363|+e|s:-3.662843e+109
format|i:3790661416735240877841893537037332925744053235326014883183074577728041522052767637|0=#g|s:3.79066e+81
format|f:-0x1.17474c638f2fbp+13|#G|s:-8936.91
format|i:-24089|0= #0,e|s:-2.408900e+04
format|f:0x1.ee71000000000p+6|30.8n|s:                     123.61035
format|f:0x1.288d4a6cf8860p+12|9F|s:4744.830670
format|i:1510757349913821712539563912387868915703899462726049505428241794924353201718953390| #4%|s: 151075734991382188046297629149423986459946475544321111517416948071622231970788933632.000000%
format|i:60753|+g|s:+60753
format|f:-0x1.1f7ce6a58d36ep+13|z12.6%|s:-919961.262045%
format|i:37894|^+0,o|E:ValueError: Cannot specify ',' with 'o'.
format|f:-0x1.a21bcb417ad49p-133|0.4%|s:-0.0000%
format|i:39380|0=+n|s:+39380
format|i:-96261|*^ #32_|s:************-96_261*************
format|i:37542441394352529912452805|>+#,x|E:ValueError: Cannot specify ',' with 'x'.
format|f:-0x1.057b4809cbe46p-988|+.20g|s:-3.9044997486803625499e-298
format|i:-76878|>-#26g|s:                  -76878.0
format|f:-0x1.d36ac00000000p+8|.5n|s:-467.42
format|i:3537677437929918461707|0=#03n|s:3537677437929918461707
format|f:0x1.c49e8a488ccf0p+10|02.14G|s:1810.4771901488
format|f:0x1.a3b6fa5347300p+250|.4g|s:2.966e+75
format|f:0x1.823be8c515267p-491|_.10G|s:2.359840708E-148
format|i:-86115|>#,%|s:-8,611,500.000000%
format|f:0x1.3a8d073338c60p-72|#F|s:0.000000
format|i:62959|^+039b|s:00000000000+111101011110111100000000000
format|f:-0x1.bea1ef2364ca2p+12|+30.19f|s:     -7146.1208833634464099305
format|f:-0x1.d6a079953daa8p+83|13.10g|s:-1.77797799e+25
format|f:-0x1.378c800000000p+6|0g|s:-77.8872
format|f:-0x1.19d99d2b30a84p-540|,.25F|s:-0.0000000000000000000000000
format|f:-0x1.9a78c00000000p+11| 9.17%|s:-328377.34375000000000000%
format|f:0x1.4efca00000000p+11|+21.20E|s:+2.67989453125000000000E+03
format|f:-0x1.d505a00000000p+7|1.13|s:-234.5109863281
format|f:-0x1.664d15a322362p-734|21,G|s:        -1.54879E-221
format|f:0x1.e389cfb5b0b38p+12|.25E|s:7.7366132103826894308440387E+03
format|f:-0x1.26da207ddf4b1p+13|2|s:-9435.265865082243
format|i:-67085|0=-11f|s:-67085.000000
format|f:-0x1.273df4390d941p+821|+12.10E|s:-1.6127409923E+247
format|f:0x1.ce1b800000000p+13| 5g|s: 14787.4
format|f:0x1.313b16f017071p-362||s:1.2691997736197645e-109
format|f:-0x1.4ed2800000000p+6| 16%|s:   -8370.556641%
format|f:-0x1.6c46800000000p+11|z3e|s:-2.914203e+03
format|f:-0x1.c0af88bdfb2b8p+12|+1G|s:-7178.97
format|f:-0x1.fd6d5e69bd709p+12|#.0e|s:-8.e+03
format|f:0x1.a07bd8d07380dp+832|#E|s:4.659234E+250
format|f:-0x1.c885c00000000p+16|#29F|s:               -116869.750000
format|f:-0x1.ae9b43c77f65fp+55|11.4|s:  -6.06e+16
format|f:0x1.5016000000000p+11|5|s:2688.6875
format|f:0x1.e2563f349bee0p+11|0.11E|s:3.85869521552E+03
format|f:0x1.0fbd3e55a10e3p-215|03.14F|s:0.00000000000000
format|f:-0x1.3691000000000p+11|027%|s:-000000000000248453.125000%
format|f:0x1.a4ee000000000p+11|G|s:3367.44
format|f:0x1.122d048c9f42dp-987|+g|s:+8.18811e-298
format|f:0x1.04cd800000000p+17|+F|s:+133531.000000
format|f:0x1.f3180db148a9ep+765||s:3.7834589892513294e+230
format|f:0x1.43b2800000000p+14|30n|s:                       20716.6
format|f:0x1.442a62187d153p-566|#14.1e|s:      5.2e-171
format|f:-0x1.7934000000000p+12|25g|s:                 -6035.25
format|f:0x1.4689a00000000p+8|n|s:326.538
format|f:0x1.c807800000000p+8| .18f|s: 456.029296875000000000
format|f:0x1.e3fab646a35c1p-517|1.11n|s:4.4063511389e-156
format|f:0x1.aaf2800000000p+19| .25F|s: 874388.0000000000000000000000000
format|i:-165947633607666053614056688031277563177460948760483635043495743355811889646620251643654|<+#,g|s:-1.65948e+86
format|f:0x1.c1f9aba8fe0edp+450|+.25f|s:+5110303988499666619639688186890478223672240491980833711608617570039398916938330486174156858122255939367137948569475172164975737880707072.0000000000000000000000000
format|f:-0x1.0151158260573p-286|+g|s:-8.08443e-87
format|f:0x1.40a620f21d2dep+12|.20%|s:513038.30433978856308385730%
format|f:0x1.52dae40f3c82cp+12|05f|s:5421.680679
format|f:-0x1.5f67e00000000p+17|e|s:-1.799198e+05
format|f:0x1.c5a87c57ab384p+67|n|s:2.61516e+20
format|i:41093112517175451524706953060922799708975326698998265029954481493824944730146296715094715|=+#0,|s:+41,093,112,517,175,451,524,706,953,060,922,799,708,975,326,698,998,265,029,954,481,493,824,944,730,146,296,715,094,715
format|i:-47649|^#,|s:-47,649
format|f:-0x1.bce680272d432p+374|+4.11G|s:-6.6871521149E+112
format|f:-0x1.0c437c1cfc1ccp+112|+20E|s:       -5.441032E+33
format|f:-0x1.16c4930103086p+13|28_e|s:               -8.920572e+03
format|f:0x1.39eea5ed9a000p+6|0.5f|s:78.48305
format|f:-0x1.b6f8dbb6e8458p-882|17_e|s:   -5.317908e-266
format|i:24927|0=-0_b|s:110_0001_0101_1111
format|f:0x1.3913c00000000p+8|0f|s:313.077148
format|f:0x1.69f0600000000p+9|19,f|s:         723.877930
format|f:-0x1.8b7ac00000000p+10|.6n|s:-1581.92
format|f:0x1.25f12750eb12dp-781|z23.2F|s:                   0.00
format|i:-44587|= _%|s:-4_458_700.000000%
format|i:40632|+#30_|s:                       +40_632
format|f:0x1.924be00000000p+10|#g|s:1609.19
format|f:0x1.6d75a00000000p+14|_G|s:23_389.4
format|f:-0x1.8abbf23a61059p+485|15.25n|s:-1.540326008626653596958985e+146
format|f:-0x1.a821122db3485p-236|18.20f|s:-0.00000000000000000000
format|f:0x1.fd92a5764d6ddp+673|5,.8G|s:7.8010558E+202
format|i:149034255695128290325153928186|^-#x|s:0x1e18e3f35f88dbc3596c753fa
format|f:0x1.7a30800000000p+9|0f|s:756.378906
format|f:-0x1.b7333cb39b6f0p+11|zg|s:-3513.6
format|f:-0x1.274a88272263fp+529|#E|s:-2.027114E+159
format|f:-0x1.b505400000000p+8|+.17f|s:-437.02050781250000000
format|f:0x1.d8a430ceb4188p+10|+.16g|s:+1890.565478969454
format|f:0x1.6c351ebe8099cp+12|15,F|s:   5,827.320006
format|i:-267649705697211485807392876145256499959344173089606964535227161190848837505|=+38_f|s:-267_649_705_697_211_481_876_826_023_700_727_767_621_994_804_984_583_888_338_752_581_995_262_377_984.000000
format|i:16540|^5_E|s:1.654000E+04
format|i:878811565718877073380252191461463941818975626796756070|0=-f|s:878811565718877021953292312917606179642409826979414016.000000
format|f:0x1.3604e00000000p+17|4.6|s:1.5873e+05
format|f:-0x1.5796d71026948p+392|#13F|s:-13538104540083376879275255520220803526540191513682744159277075509537597350214818843091555962704170551877425103338733568.000000
format|f:-0x1.7110a00000000p+18|14_E|s: -3.779225E+05
format|i:57361|> 29,f|s:                57,361.000000
format|i:169434731356061802379364549838583320029567977339777945073833|> 0,c|E:ValueError: Cannot specify ',' with 'c'.
format|i:-91624|0=-#5_n|E:ValueError: Cannot specify '_' with 'n'.
format|f:-0x1.6148000000000p+11|z15.14f|s:-2826.25000000000000
format|f:-0x1.806d3671f5394p+11|.17G|s:-3075.4128961362385
format|f:0x1.b2ca2a598f21dp-742|_.2E|s:7.34E-224
format|f:-0x1.a558cd1966f39p+1011|+e|s:-3.611814e+304
format|f:0x1.9af3a00000000p+18|+.1e|s:+4.2e+05
format|f:-0x1.49ce400000000p+12|25_.21%|s:-527_689.062500000000000000000%
format|f:0x1.1fe4800000000p+14|z24g|s:                 18425.1
format|f:-0x1.af1d5bdd85600p-439|.9|s:-1.18627329e-132
format|i:-506668622299|0=019_d|s:-00_506_668_622_299
format|f:-0x1.3615400000000p+15|26.18|s:                -39690.625
format|i:30258|>#c|E:ValueError: Alternate form (#) not allowed with integer format specifier 'c'
format|i:468703130439|*^#030g|s:*********4.68703e+11**********
format|f:-0x1.8938000000000p+17|24.4|s:              -2.013e+05
format|f:0x1.1bfe000000000p+15|zE|s:3.635100E+04
format|f:0x1.4f9ac00000000p+18|+9g|s:  +343659
format|f:-0x1.190b0472eca62p+11|z.4e|s:-2.2483e+03
format|f:-0x1.f56280a00c495p-14|#%|s:-0.011954%
format|f:0x1.765aff83a5e1ep+833| 30.18e|s:     8.375882881731679505e+250
format|f:0x1.189cbeb082338p+12|0.10G|s:4489.796555
format|i:58218|^25_x|s:          e36a           
format|f:0x1.2076400000000p+8| 10E|s: 2.884619E+02
format|f:-0x1.7f7bacb82e9eap+11|n|s:-3067.86
format|f:-0x1.d7b4000000000p+4|_.25g|s:-29.4814453125
format|f:-0x1.abc0800000000p+13|15_f|s: -13_688.062500
format|f:-0x1.9173167cf09e3p+600||s:-6.50711409056444e+180
format|f:-0x1.30bb86cc43eb4p+326|+23.9e|s:       -1.627261810e+98
format|f:0x1.be70c00000000p+15|.20|s:57144.375
format|f:-0x1.50b7c00000000p+9|0%|s:-67343.554688%
format|i:507530594584429166162|=-#40b|s:0b110111000001101100110111000101100001100011111101100010111111001010010
format|i:-99117145104950911487714331|018,E|s:-00,009.911715E+25
format|i:38669|>#,E|s:3.866900E+04
format|f:0x1.bf09a430964c0p+9|_.9F|s:894.075323175
format|f:-0x1.8ac2a8a3ec7b8p+10|20|s: -1579.0415429887198
format|f:-0x1.3e1647307559ap-136|+16.18e|s:-1.426351545343550067e-41
format|f:0x1.3592b38f0d554p+11|G|s:2476.58
format|f:-0x1.030de00000000p+16|z19.23E|s:-6.63178750000000000000000E+04
format|f:-0x1.c5fb800000000p+10|28|s:               -1815.9296875
format|f:-0x1.8366800000000p+15|30_.8%|s:          -4_958_725.00000000%
format|f:0x1.0babd36cdbb73p+234|3E|s:2.886560E+70
format|f:0x1.93cbab44e5190p+12|010.1g|s:000006e+03
format|i:64340|*^-#b|s:0b1111101101010100
format|f:0x1.309bc00000000p+14|22|s:            19494.9375
format|f:-0x1.d944f6b7bc1e4p-144|8.1n|s:  -8e-44
format|f:-0x1.b0e9eda7abdddp+31|15E|s:  -3.631544E+09
format|f:-0x1.be09b6ea10140p+11|,f|s:-3,568.303578
format|f:-0x1.85ef800000000p+13|.13n|s:-12477.9375
format|f:0x1.8d11ea65b6fc3p-975|11.1|s:     5e-294
format|f:-0x1.91d371987fa6ap+684|n|s:-1.25984e+206
format|f:0x1.120e209d8ddaap-428|z1e|s:1.544400e-129
format|f:-0x1.5dcfc00000000p+7|_.10%|s:-17_490.5761718750%
format|i:-92068|^ 0,|s:-92,068
format|f:0x1.6277800000000p+17|.0|s:2e+05
format|i:20258|0=+#g|s:+20258.0
format|f:0x1.518c800000000p+17|z.4g|s:1.728e+05
format|f:-0x1.aad888c8fdea2p+12|11_.11e|s:-6.82953339481e+03
format|f:-0x1.b559ee2ec3bcep-112|.3n|s:-3.29e-34
format|i:-88682|#_n|E:ValueError: Cannot specify '_' with 'n'.
format|f:-0x1.714f703160628p-670|#f|s:-0.000000
format|f:-0x1.ef886d9ef3106p-995|+20.13E|s:-5.7807856063726E-300
format|f:-0x1.1185f431563c4p+13|25_.8F|s:          -8_752.74423473
format|f:0x1.29f0dba9254aep-482|,f|s:0.000000
format|f:-0x1.b72b000000000p+16|+G|s:-112427
format|f:-0x1.011dff8f72bb7p+12|.18g|s:-4113.87489266221291
format|f:0x1.3097200000000p+13| 9.19f|s: 9746.8906250000000000000
format|f:0x1.2586600000000p+17|20|s:           150284.75
format|f:-0x1.6feaa00000000p+14|z.21F|s:-23546.656250000000000000000
format|f:-0x1.fbcc400000000p+8|20n|s:            -507.798
format|i:95786|=#10_g|s:  95_786.0
format|f:0x1.669d950feeabdp-1011|#.15G|s:6.38356878699080E-305
format|i:47430|+#f|s:+47430.000000
format|i:1076218820118032467130727081276567168012359812026413317601589566916054102416978| 38,x|E:ValueError: Cannot specify ',' with 'x'.
format|f:0x1.3e82000000000p+13|#22.10e|s:      1.0192250000e+04
format|i:-13013378212038510077179266999200045097574167898862620613052516095917294493|< ,n|E:ValueError: Cannot specify ',' with 'n'.
format|f:0x1.8651818f96a46p+12|+.15F|s:+6245.094131077237762
format|i:-23279|0= #21_x|s:-0x000_0000_0000_5aef
format|f:0x1.8b7c200000000p+15|+10.17%|s:+5062206.25000000000000000%
format|f:-0x1.6dbbc00000000p+8|28,.23F|s:-365.73339843750000000000000
format|f:-0x1.e516b1f1619a5p-849|,E|s:-5.047948E-256
format|f:-0x1.9b09000000000p+11|22.4|s:            -3.288e+03
format|f:-0x1.1805cb663eb10p+9||s:-560.0452697568999
format|f:-0x1.374f000000000p+10|,.25%|s:-124,523.4375000000000000000000000%
format|f:-0x1.c5dc5727938c6p+12| .25G|s:-7261.771277977333738817833
format|f:0x1.3a4ac00000000p+8|.23|s:314.2919921875
format|f:-0x1.712da0cd3ab61p+280|8,%|s:-280,152,762,736,490,190,609,413,248,173,893,948,817,011,431,161,212,393,556,527,270,158,334,052,612,309,168,160,768.000000%
format|f:0x1.8dd2eeb1c286cp+178| F|s: 595374449812139230916523274323813886791088288781303808.000000
format|f:-0x1.ecf107f9b75a9p+726|+30e|s:                -6.797235e+218
format|f:0x1.4876a00000000p+8|n|s:328.463
format|f:0x1.2f69a00000000p+19|f|s:621389.000000
format|i:89440|>-#0,%|s:8,944,000.000000%
format|f:0x1.1a3583fe7e51ap+687|+.13g|s:+7.078447013051e+206
format|i:-68951|*^-_f|s:-68_951.000000
format|f:-0x1.6989000000000p+13|#15f|s:  -11569.125000
format|i:789935563579337142125506228653190801438820096968919297007126|=#E|s:7.899356E+59
format|f:-0x1.7cea7e99f3e39p+496|10.16|s:-3.044157319545266e+149
format|f:0x1.4c9f400000000p+15|026.2F|s:00000000000000000042575.62
format|i:35589770946960294351725668372055934028351392721755|#,g|s:3.55898e+49
format|i:-14043|^#_c|E:ValueError: Cannot specify '_' with 'c'.
format|i:89782|< 36_g|s: 89_782                             
format|f:-0x1.7e66cc1d19a6fp+73|#7.4f|s:-14108127127280356950016.0000
format|f:-0x1.d768e3087bea4p+94|9.7n|s:-3.647356e+28
format|i:2477|< 33,o|E:ValueError: Cannot specify ',' with 'o'.
format|i:-582727760983437687832346136533844596999990222750707698014735461488682992266185761116|<-028,e|s:-5.827278e+83000000000000000
format|f:0x1.1170865515b7cp+13|+18%|s:   +875006.559197%
format|f:0x1.e25bc3bddb614p+11|10,.20F|s:3,858.86764424178727495018
format|i:-98904102300131041753132336680113638891493185571010690208465258125638004|< #_E|s:-9.890410E+70
format|f:0x1.fdf46c2824254p+12| .10g|s: 8159.276405
format|i:-32343|^-#0_|s:-32_343
format|f:0x1.296b4e2ef52fep+13|z.9e|s:9.517413176e+03
format|f:-0x1.742c000000000p+10| 3f|s:-1488.687500
format|f:-0x1.7dd9e00000000p+17|20_f|s:     -195_507.750000
format|f:0x1.2fc814d919b9fp-122|0.11G|s:2.2318344825E-37
format|f:0x1.26153468eb1cfp-3|014e|s:001.435951e-01
format|i:1150|> g|s: 1150
format|f:0x1.9d8f200000000p+18|z1G|s:423484
format|f:0x1.28e9400000000p+10|.23|s:1187.64453125
format|f:-0x1.6a59200000000p+14|+.15g|s:-23190.28125
format|f:-0x1.a22bf3e16f3e0p+11||s:-3345.373520581503
format|f:0x1.a337b9d48b28cp+11|#11.5G|s:     3353.7
format|f:0x1.bd60e00000000p+9| 14%|s: 89075.683594%
format|f:-0x1.718be99ffcd6ep+11|6,g|s:-2,956.37
format|i:-46618514063516567833702938677166971442444345985534893621|<#36_|s:-46_618_514_063_516_567_833_702_938_677_166_971_442_444_345_985_534_893_621
format|f:-0x1.7549800000000p+17|z%|s:-19112300.000000%
format|f:-0x1.19dd800000000p+18|z15.2e|s:      -2.89e+05
format|i:37703|-#_E|s:3.770300E+04
format|f:-0x1.cd7c3493f913fp+12|.14n|s:-7383.7628364305
format|f:0x1.646d000000000p+7|+6.20E|s:+1.78212890625000000000E+02
format|f:0x1.7cc70734c1d04p+11|zG|s:3046.22
format|f:-0x1.304c73a36a90fp+13|22.19|s: -9737.556464035556928
format|i:-243240300563648877400948136778755703149413795938001|=33_E|s:-                    2.432403E+50
format|f:0x1.09478d0d30c3cp+13||s:8488.943872815107
format|i:-36674543534052437316265997402471130441031560669511266107724|*^-17_e|s:**-3.667454e+58**
format|f:0x1.1fb4ee1fcf2bcp+573|#.17%|s:3474542386880239913176512921401469751383787481453824812492605578633520435267679487180648967587672319370786051842571651406763270974292133191531406389592475104798828318563500032.00000000000000000%
format|i:-87220|=#,n|E:ValueError: Cannot specify ',' with 'n'.
format|f:0x1.a2ce80ce1f1dfp-370|4.9n|s:6.80260433e-112
format|f:-0x1.c394000000000p+3|z18E|s:     -1.411182E+01
format|f:-0x1.afe1c00000000p+11|2.22e|s:-3.4550546875000000000000e+03
format|i:198909026020936758742158222598586709452682456635804159195210004| 0,d|s: 198,909,026,020,936,758,742,158,222,598,586,709,452,682,456,635,804,159,195,210,004
format|f:0x1.7de04858cd1f0p-362|_g|s:1.5879e-109
format|f:-0x1.fb80a6a2674c0p+7|+28f|s:                 -253.751271
format|i:-11527460|<+#032,x|E:ValueError: Cannot specify ',' with 'x'.
format|f:0x1.337d452e2c963p-924|10.16|s:8.469818443841906e-279
format|f:0x1.e6f1800000000p+14|12_e|s:3.116438e+04
format|f:-0x1.35006bf317c65p-684|8|s:-1.5038474890880223e-206
format|f:-0x1.d674400000000p+17|,.20F|s:-240,872.50000000000000000000
format|i:16994397503559593898484290496789|-0_c|E:ValueError: Cannot specify '_' with 'c'.
format|f:-0x1.ae4482dbb7806p+687|9|s:-1.0792094060810456e+207
format|i:-41642|< #c|E:ValueError: Sign not allowed with integer format specifier 'c'
format|f:0x1.32a25d9809a8ep+12|1,.11e|s:4.90614785007e+03
format|f:-0x1.828ff527643a3p-253|023g|s:-000000000001.04326e-76
format|i:-113096165368448725838724500649441618320706637464994212748696821174077816|> 6_n|E:ValueError: Cannot specify '_' with 'n'.
repr|f:-0x1.8cad15bc12ebdp+435|s:-1.3748147957558002e+131
repr|f:0x1.517835f973001p-929|s:2.904883271501609e-280
repr|f:-0x1.e707e259ca38ap+308|s:-9.92099256270093e+92
repr|f:0x1.01f4be33e8f6ep+1|s:2.015281463
repr|f:-0x1.4080c308feac4p+0|s:-1.25196475
repr|f:0x1.5104d67e7c5ccp+0|s:1.31648007
repr|f:0x1.20e820f42e37dp+277|s:2.7404793041384734e+83
repr|f:0x1.a00a9ca6103a6p-32|s:3.783874970115386e-10
repr|f:0x1.cf178b3700475p+0|s:1.808953
repr|f:0x1.851eb851eb852p+1|s:3.04
repr|f:-0x1.33b39b17c8f48p+2|s:-4.80783727
repr|f:0x1.40a46bc77fd25p+80|s:1.5141903068629985e+24
repr|f:0x1.0ff66a5508701p+3|s:8.49883
repr|f:0x1.9f1a2f6258d1bp-292|s:2.0377759173010313e-88
repr|f:-0x1.3e03db0000000p+23|s:-10420717.5
repr|f:-0x1.0f41f212d7732p+0|s:-1.0596
repr|f:-0x1.25af9a8cdea03p+2|s:-4.588843
repr|f:-0x1.e64829f4d2a17p-605|s:-1.4305424648923478e-182
repr|f:-0x1.448e1aaf4327ep+97|s:-2.0088987332609786e+29
repr|f:0x1.17ca1107448edp+841|s:1.6025719039397617e+253
repr|f:-0x1.4000000000000p+2|s:-5.0
repr|f:0x1.69e355426e79ep-29|s:2.633081892466719e-09
repr|f:0x1.4f419808fe62fp-492|s:1.024186436269755e-148
repr|f:0x1.22ca9ac09caecp-299|s:1.115251780084799e-90
repr|f:-0x1.9b5a858793dd9p+1|s:-3.2137
repr|f:-0x1.a278f3eba5eecp+416|s:-2.7663372534470663e+125
repr|f:-0x1.26d3eb18c4f53p+582|s:-1.8229969908438183e+175
repr|f:0x1.a1d84b469fb9cp+401|s:8.429530769666866e+120
repr|f:-0x1.92966ae6c4c02p+565|s:-1.8991879461539776e+170
repr|f:-0x1.86a60eb98a087p-73|s:-1.6156849983838216e-22
repr|f:-0x1.02a7624b411c4p-104|s:-4.981491826139995e-32
repr|f:-0x1.3ace55e4dc75ep-84|s:-6.357456503304995e-26
repr|f:-0x1.199999999999ap+0|s:-1.1
repr|f:0x1.265dcd0500f0cp+3|s:9.1989503
repr|f:0x1.6ef63ddf5e9fdp+1|s:2.8668897
repr|f:0x1.c28f5c28f5c29p+0|s:1.76
repr|f:0x1.ab2d468a280c9p-1|s:0.8343298
repr|f:-0x1.27d1ea5588666p+597|s:-5.993699318847824e+179
repr|f:-0x1.1d15e78ecf289p+617|s:-6.056790981282684e+185
repr|f:0x1.1f2c4e90b28bbp+1002|s:4.807944067808628e+301
repr|f:-0x1.3985f06f69446p+2|s:-4.8988
repr|f:-0x1.16f3f49894e30p+919|s:-4.828997827025246e+276
repr|f:-0x1.270ab22d05bf0p+1|s:-2.305013916
repr|f:-0x1.0b075b3e1437cp+0|s:-1.043081
repr|f:-0x1.b6f0054a4fbf6p+923|s:-1.2157626530189338e+278
repr|f:-0x1.13280efd48eb8p+1|s:-2.14965999
repr|f:-0x1.b88713588693bp+555|s:-2.029461372641907e+167
repr|f:0x1.e79c7bb1896bfp+409|s:2.5182682458399216e+123
repr|f:0x1.820416e273789p+690|s:7.745729386950277e+207
repr|f:0x1.e666666666666p+0|s:1.9
repr|f:0x1.1ba43fe5c91d1p+2|s:4.4319
repr|f:-0x1.ccccccccccccdp+1|s:-3.6
repr|f:-0x1.02742dcf4623dp+2|s:-4.038341
repr|f:0x1.9167d84c14cdap-225|s:2.908000555322458e-68
repr|f:0x1.4fe83c6a7f002p+881|s:2.1154632791377718e+265
repr|f:0x1.1b5c6b18c2390p-405|s:1.3395282630376259e-122
repr|f:0x1.c2bec56c91039p-133|s:1.6169691046278035e-40
repr|f:0x1.ef5c28f5c28f6p+1|s:3.87
repr|f:-0x1.1e3d42e0c826cp-775|s:-5.626556171070625e-234
repr|f:0x1.bef4635740a5bp-439|s:1.2298591857607072e-132
repr|f:-0x1.0000000000000p+1|s:-2.0
repr|f:-0x1.381478465633bp+978|s:-3.114308822295607e+294
repr|f:0x1.0aa9862c9aa8dp+118|s:3.461473304928426e+35
repr|f:0x1.4b5ad03dee224p-131|s:4.7547073365607295e-40
repr|f:0x1.8b851eb851eb8p+1|s:3.09
repr|f:0x1.8d3ccf096aac0p-178|s:4.050149775498771e-54
repr|f:0x1.c506b6d77e57dp+56|s:1.2751554681912315e+17
repr|f:-0x1.76f379090059cp+0|s:-1.4646526
repr|f:0x1.de66ed1ea3070p-637|s:3.2767690568077017e-192
repr|f:-0x1.842f83364cee7p-138|s:-4.3517110351261626e-42
repr|f:0x1.839d473260a0cp-770|s:2.4381658272629248e-232
repr|f:0x1.27eb0f56f9d0bp+1|s:2.3118609595
repr|f:0x1.dddb22d0e5604p+2|s:7.4665
repr|f:0x1.8a609de9d3377p-492|s:1.2047978894288302e-148
repr|f:-0x1.98a552643c4e8p-600|s:-3.8468890756435133e-181
repr|f:-0x1.9333333333333p+2|s:-6.3
repr|f:0x1.aa303282d0b97p-145|s:3.7326060581032697e-44
repr|f:0x1.cad7bf91a34bbp-731|s:1.586708302660464e-220
repr|f:0x1.e666666666666p+0|s:1.9
repr|f:-0x1.6bb51604d9938p+383|s:-2.798984362766949e+115
repr|f:-0x1.5c797152750f4p+0|s:-1.361228068
repr|f:0x1.e54f93bc0a06fp+2|s:7.582982
repr|f:-0x1.f93f302979d74p-110|s:-1.5204218696753611e-33
repr|f:0x1.f7fc55fd358acp-794|s:1.8895643229428527e-239
repr|f:0x1.57ec000000000p+16|s:88044.0
repr|f:0x1.13060c0b9994dp-55|s:2.981812076949061e-17
repr|f:-0x1.c3c9fa1547bf8p+472|s:-2.152056227207969e+142
repr|f:-0x1.0624dd2f1a9fcp+0|s:-1.024
repr|f:0x1.1b8e0713b712ap-154|s:4.85040160482619e-47
repr|f:0x1.e3c58fa5cdb8bp-834|s:1.64962082600393e-251
repr|f:-0x1.71ba0a5269596p+1|s:-2.88849
repr|f:0x1.a25d8b09a4c2ep-386|s:1.0369014248462965e-116
repr|f:-0x1.5671c5347d0a4p+2|s:-5.35069399
repr|f:0x1.29d05f444dad9p+90|s:1.4401399120657982e+27
repr|f:0x1.59b22c0caa90fp+39|s:742376474197.2831
repr|f:-0x1.8aacc690f8dbcp-47|s:-1.0954429166022547e-14
repr|f:0x1.b48874db49df8p+473|s:4.1587718603949393e+142
repr|f:0x1.ce2082c1e6bfcp+2|s:7.2207343
repr|f:0x1.d57947f5e3cf2p-536|s:8.15255386703068e-162
repr|f:0x1.32a5f048b9ec4p+741|s:1.3855660651218113e+223
repr|f:-0x1.6fce4b42e9730p+216|s:-1.5130654479464344e+65
repr|f:0x1.f21b9a9ac1fffp+428|s:1.3487192174047752e+129
repr|f:-0x1.f5840b277b6f1p+2|s:-7.8361843
repr|f:0x1.d850bc1e3dcefp+934|s:2.6792180709852048e+281
repr|f:0x1.4cccccccccccdp+0|s:1.3
repr|f:0x1.9e07682b8eac4p-996|s:2.4149883776219838e-300
repr|f:0x1.ef668067996c5p+0|s:1.9351578
repr|f:-0x1.fb4933bb186f6p+2|s:-7.9263429
repr|f:0x1.df39bcba30121p+2|s:7.487899
repr|f:-0x1.a7cb3e5753a3fp+1|s:-3.31089
repr|f:0x1.3cccccccccccdp+3|s:9.9
repr|f:-0x1.999999999999ap+0|s:-1.6
repr|f:0x1.fef481902e231p+0|s:1.9959183671
repr|f:0x1.a483f1b624507p-35|s:4.7807066832168e-11
repr|f:-0x1.6c06536bb7df0p+2|s:-5.6878861
repr|f:0x1.f1e44f4361532p+714|s:1.6761463766614363e+215
repr|f:-0x1.050c43da0e42ap+2|s:-4.078873599
repr|f:-0x1.c90970df89907p+718|s:-2.4617739194734612e+216
repr|f:0x1.25f202107b784p+1|s:2.296448
repr|f:-0x1.726d2ec112dc9p+76|s:-1.0933060392253361e+23
repr|f:-0x1.d6de2d3910bdcp+741|s:-2.127579934239478e+223
repr|f:-0x1.256659c55d05bp+2|s:-4.584371989
repr|f:-0x1.0074b25983ffdp+1|s:-2.0035613
repr|f:0x1.2e34f798bd163p-28|s:4.3976892342446025e-09
repr|f:-0x1.734b8d81bbff6p-448|s:-1.9954517352474844e-135
repr|f:0x1.31148d9c98664p-123|s:1.1206879766633203e-37
repr|f:-0x1.57ef9db22d0e5p+0|s:-1.3435
repr|f:-0x1.5527f744661bdp-352|s:-1.4526290442852147e-106
repr|f:0x1.74304ec342c69p+0|s:1.4538621165
repr|f:0x1.93ba17f9c106fp+166|s:1.475118917003774e+50
repr|f:-0x1.3c28b2a6deff5p+845|s:-2.897422891819248e+254
repr|f:-0x1.239d4eed448e4p-136|s:-1.3076445786081793e-41
repr|f:0x1.75d16f09904dfp-522|s:1.0635615407407144e-157
repr|f:0x1.1c9e6009cda8cp-207|s:5.405231401170874e-63
repr|f:0x1.ff141205bc01ap+0|s:1.9964
repr|f:-0x1.fb6180a37e74dp+0|s:-1.98195652
repr|f:-0x1.4851ae7863296p+693|s:-5.270394650704221e+208
repr|f:-0x1.7850196fd84c2p+296|s:-1.8714914343061037e+89
repr|f:0x1.8d47d13dadfc9p+346|s:2.2245174820631402e+104
repr|f:0x1.a7c6a073d43bdp+922|s:5.868840102152113e+277
repr|f:-0x1.1f4c404a72eaep+1|s:-2.2445145
repr|f:0x1.43db2f3f93eb9p+719|s:3.488824464165696e+216
repr|f:0x1.8438b1426ddddp-682|s:7.55757602313079e-206
repr|f:0x1.329903c604308p-850|s:1.595264249091875e-256
repr|f:-0x1.77d4e4d669f6bp-1020|s:-1.306645477666425e-307
repr|f:0x1.fc5d84e8c6bfap+317|s:5.3020591315628e+95
repr|f:0x1.498d1bf361c83p+2|s:5.149237621
repr|f:0x1.b4355436ee3bap+2|s:6.8157549416
repr|f:0x1.3604189374bc7p+1|s:2.422
repr|f:0x1.8f839b474e7e8p-403|s:7.554467907680203e-122
repr|f:0x1.2259890f15993p+2|s:4.5367148063
repr|f:0x1.9313124d736fbp-650|s:3.370141804188806e-196
repr|f:0x1.8cc0e74f65035p-1016|s:2.2070147669721527e-306
repr|f:0x1.6cccccccccccdp+2|s:5.7
repr|f:0x1.5bbfddc92b5dap-492|s:1.0623525255255656e-148
repr|f:-0x1.012e7106f96f5p+22|s:-4213660.256810893
repr|f:-0x1.2c8742d6721b9p-987|s:-8.97511001879755e-298
repr|f:-0x1.ec72e66168ac5p-941|s:-1.0348924603260141e-283
repr|f:-0x1.9c6fef919dccbp+1|s:-3.22216601
repr|f:0x1.266e1734cfeb6p+1|s:2.3002347
repr|f:0x1.6f430ade8a2ffp+612|s:2.438334252822083e+184
repr|f:-0x1.e4014f8b588e3p+2|s:-7.56258
repr|f:0x1.2d50763a19008p+1|s:2.354018
repr|f:0x1.716872b020c4ap+0|s:1.443
repr|f:-0x1.cc2ac9f870e7ap-968|s:-7.205097116965072e-292
repr|f:-0x1.571028f9ebb64p+1|s:-2.680180666
repr|f:-0x1.02c590cbacaa1p+587|s:-5.120169480498886e+176
repr|f:-0x1.4000000000000p+2|s:-5.0
repr|f:-0x1.346475cb5e37cp+0|s:-1.2046579
repr|f:-0x1.ca5ba8ea58791p-554|s:-3.0363182949305786e-167
repr|f:0x1.4ace91ead60bbp+66|s:9.534860126207232e+19
repr|f:-0x1.06b943c83e90ep-685|s:-6.393110941719128e-207
repr|f:-0x1.fba8a29ec9ae5p-176|s:-2.070392367591665e-53
repr|f:-0x1.4b851eb851eb8p+1|s:-2.59
repr|f:0x1.1f576eaaf64c9p-58|s:3.894203921011377e-18
repr|f:0x1.0ec929aa1d756p+0|s:1.057757
repr|f:-0x1.999999999999ap+0|s:-1.6
repr|f:0x1.c7c7bfe42b9acp-284|s:5.727917961729403e-86
repr|f:-0x1.676c8b4395810p+0|s:-1.404
repr|f:-0x1.5439e53d90ce4p+481|s:-8.297660184360633e+144
repr|f:-0x1.b5583dc86a6d7p+206|s:-1.7569645630138854e+62
repr|f:0x1.23e76c8b43958p+2|s:4.561
repr|f:0x1.11a8a9ed4ecd7p+2|s:4.27591942
repr|f:-0x1.fd70a3d70a3d7p+0|s:-1.99
repr|f:-0x1.1cb9447f4db2bp-1018|s:-3.9595704060101365e-307
repr|f:-0x1.7f7ced916872bp+0|s:-1.498
repr|f:-0x1.fc824f4461d50p-235|s:-3.597573837580648e-71
repr|f:0x1.69ba5e353f7cfp+0|s:1.413
repr|f:-0x1.bebaf045be14cp-465|s:-1.8317128481185651e-140
repr|f:-0x1.c36ebea91dd79p-167|s:-9.426352449834592e-51
repr|f:0x1.2eb5166242147p+1|s:2.36490135
repr|f:-0x1.62305532617c2p+2|s:-5.5342
repr|f:-0x1.ed5e5520711d0p-718|s:-1.397637529118831e-216
repr|f:-0x1.49374bc6a7efap+0|s:-1.286
repr|f:-0x1.5da0746c5b100p-857|s:-1.42121059586877e-258
repr|f:0x1.e962b5d10cf2bp-289|s:1.921951668941354e-87
repr|f:0x1.013ea32e9c317p-107|s:6.192940341949824e-33
repr|f:0x1.3eab367a0f909p+0|s:1.2448
repr|f:-0x1.b640e33d1b79ep-200|s:-1.0653351652841391e-60
repr|f:0x1.c864794a47d3ep-532|s:1.268062960815424e-160
repr|f:-0x1.c373758495527p-649|s:-7.549244297557458e-196
repr|f:-0x1.1d70a3d70a3d7p+2|s:-4.46
repr|f:-0x1.11379b77c02b0p+2|s:-4.269019
repr|f:-0x1.c0e5723b78466p+907|s:-1.8971955740646846e+273
repr|f:0x1.0004ea4a8c155p+1|s:2.00015
repr|f:-0x1.4ff5c57efab1ep+0|s:-1.312343925
repr|f:-0x1.b27534286866dp+389|s:-2.1398137495097494e+117
repr|f:0x1.44bc6a7ef9db2p+2|s:5.074
repr|f:-0x1.958065536ca92p+798|s:-2.6405177363454867e+240
repr|f:-0x1.c11f4043896e2p-1019|s:-3.1229055840251005e-307
repr|f:-0x1.207e0812e0000p+35|s:-38720782487.0
repr|f:0x1.9cae8335aa060p+1|s:3.2240757
repr|f:-0x1.13ff18383806ap+8|s:-275.99646331184215
repr|f:0x1.ecf1ee03105dep+127|s:3.2761817246266045e+38
repr|f:0x1.1600d1b71758ep+1|s:2.1719
repr|f:-0x1.3e0c9d9d3458dp+0|s:-1.24238
repr|f:-0x1.0becba74acd7dp+731|s:-1.1822236709605386e+220
repr|f:0x1.584a1928c5f1ep+1|s:2.6897613
repr|f:0x1.fd838cea7bf51p-865|s:8.090396294760277e-261
repr|f:-0x1.a6c6fb9eed557p-440|s:-5.816658672645277e-133
repr|f:0x1.31e52015493d6p+2|s:4.7796097
repr|f:0x1.67c4514111aadp+67|s:2.073914775597004e+20
repr|f:0x1.6000000000000p+2|s:5.5
repr|f:0x1.56fe32bcf15ebp-994|s:8.002571313962855e-300
repr|f:0x1.15a1cac083127p+1|s:2.169
repr|f:-0x1.1d4083faae8d6p-956|s:-1.8294177944746298e-288
repr|f:-0x1.8000000000000p+2|s:-6.0
repr|f:-0x1.0000000000000p+5|s:-32.0
repr|f:-0x1.328f5c28f5c29p+1|s:-2.395
repr|f:0x1.28b851eb851ecp+2|s:4.63625
repr|f:-0x1.a6b0ca6f07ab9p+924|s:-2.3415239629848178e+278
repr|f:-0x1.b46d25c7fc7eap-355|s:-2.32285738050069e-107
repr|f:0x1.1d5fa89da5ed3p-946|s:1.87412274684171e-285
repr|f:-0x1.c72d808ee03c8p+378|s:-1.0946604153964075e+114
repr|f:-0x1.e9bd4ea9d1d05p+979|s:-9.774417984632595e+294
repr|f:0x1.30fc70b774b12p-698|s:9.059476451377745e-211
repr|f:-0x1.3bc0b249ddd12p-133|s:-1.132707333880637e-40
repr|f:0x1.ed1053775534ap+104|s:3.9064536784065865e+31
repr|f:0x1.2851eb851eb85p+1|s:2.315
repr|f:0x1.bb2378ab0c88ap+0|s:1.73101
repr|f:0x1.57c995c9ac11bp+617|s:7.303942872371436e+185
repr|f:-0x1.5316a83817f47p+0|s:-1.32456447
repr|f:-0x1.dff20f93aada6p+963|s:-1.461631279660103e+290
repr|f:-0x1.50a3d70a3d70ap+1|s:-2.63
repr|f:0x1.b5604189374bcp+1|s:3.417
repr|f:-0x1.0000000000000p+1|s:-2.0
repr|f:0x1.9e617b054c6dfp-562|s:1.0722648723911031e-169
repr|f:-0x1.5e1b5cecce1ebp+377|s:-4.2098735711978135e+113
repr|f:0x1.3851eb851eb85p+1|s:2.44
repr|f:0x1.3d3753f24e194p+3|s:9.913003896
repr|f:-0x1.7b9c981e7bc7ep-920|s:-1.6730295383489206e-277
repr|f:-0x1.64957c3bee4b5p+1|s:-2.785811929
repr|f:-0x1.09020c6fba0a7p+786|s:-4.213040313556224e+236
repr|f:0x1.1e37ee6e8ef10p+863|s:6.876128223412282e+259
repr|f:-0x1.313739aa2d64ep+99|s:-7.556775298375684e+29
repr|f:-0x1.31e6eeb702603p+1|s:-2.38986
repr|f:-0x1.28a5f1327c7d2p-80|s:-9.585220679949113e-25
repr|f:0x1.a32e6a0bdf82bp-612|s:9.633954577827352e-185
repr|f:0x1.1c28f5c28f5c3p+0|s:1.11
repr|f:0x1.3abc947064ecfp+1|s:2.45888
repr|f:-0x1.1a87f455a7d24p+0|s:-1.103637
repr|f:0x1.7a16ff0181502p+965|s:4.605755130046873e+290
repr|f:0x1.3dec8d1baa11dp+497|s:5.081491834629049e+149
repr|f:0x1.213c78d8a0e39p-982|s:2.7641204768266143e-296
repr|f:0x1.1f25da5d39ed3p-796|s:2.69146709745046e-240
repr|f:0x1.1344f5d35653dp+0|s:1.075271
repr|f:-0x1.0271777703d39p-512|s:-7.529522119515025e-155
repr|f:0x1.7500000000000p+8|s:373.0
repr|f:-0x1.36f6285db06e3p-48|s:-4.3154584549714e-15
repr|f:0x1.8fc5001834c3cp-868|s:7.934754437297685e-262
repr|f:-0x1.0cd9965811a7bp-185|s:-2.1415134057972784e-56
repr|f:-0x1.6666666666666p+0|s:-1.4
repr|f:0x1.233725b3fab61p+2|s:4.5502409227
repr|f:-0x1.2236d9156b496p+1014|s:-1.9901892270866204e+305
repr|f:0x1.0e1b1381bd040p+0|s:1.05510065
repr|f:0x1.8f169bcdd159ap+0|s:1.55893873
repr|f:-0x1.0c9374bc6a7f0p+3|s:-8.393
repr|f:-0x1.a4eaa76e0a116p+924|s:-2.331696923634478e+278
repr|f:-0x1.d00b619933538p+0|s:-1.812673664
repr|f:0x1.3e8b97785729bp+2|s:4.97727
repr|f:0x1.4230baeba062ep+1|s:2.5171121264
repr|f:0x1.d0080b1d3fd9cp+742|s:4.193379859845049e+223
repr|f:-0x1.cbfa97357cb31p+57|s:-2.589450833091231e+17
repr|f:0x1.f410eca52be52p+58|s:5.6302438769908646e+17
repr|f:-0x1.26a137f38c543p+2|s:-4.60359
repr|f:-0x1.fd840bc4d06dcp-225|s:-3.691209289476805e-68
repr|f:0x1.358b5e4b1cfb2p+804|s:1.2900291107390213e+242
repr|f:-0x1.6f6667e8f2725p+0|s:-1.43515634
repr|f:0x1.9a289078c0facp+506|s:3.356522081471886e+152
repr|f:0x1.0e1f069f9b2a3p+2|s:4.220643669
repr|f:-0x1.70651254a3db5p+391|s:-7.257747311947679e+117
repr|f:-0x1.58f0e7213e92ap-338|s:-2.406391872098963e-102
repr|f:0x1.31330aa6d188dp-913|s:1.7217006456436658e-275
repr|f:-0x1.f235c5b4aa971p+2|s:-7.784532
repr|f:0x1.47d9fcaea8149p-50|s:1.1374634285687489e-15
repr|f:-0x1.6666666666666p+1|s:-2.8
repr|f:0x1.594a1a6ae5513p+1|s:2.69757395
repr|f:-0x1.c6d05f2884838p+0|s:-1.776617
repr|f:-0x1.1c42c25445490p+2|s:-4.441574652
repr|f:0x1.228c7e28240b8p+3|s:9.07965
"#;
