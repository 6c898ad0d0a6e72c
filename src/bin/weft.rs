//! The `weft` command. Running Python source arrives with the compiler and
//! eval loop (issues 3 and 4); until then it reports what it cannot do.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("--version") | Some("-V") => println!("Weft {} (Python 3.13 compatible)", env!("CARGO_PKG_VERSION")),
        _ => {
            eprintln!("weft: running Python programs needs the compiler and eval loop, which are not built yet");
            std::process::exit(2);
        }
    }
}
