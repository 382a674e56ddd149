//! The `bitext` command: see `bitext --help`.

fn main() -> std::process::ExitCode {
    bitext_cli::main()
}
