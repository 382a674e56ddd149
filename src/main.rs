//! `bitext`: runs `bitext diff` itself and hands every other command to `bitext-full`, installed
//! beside it. See `bitext --help`.

fn main() -> std::process::ExitCode {
    bitext_front::main()
}
