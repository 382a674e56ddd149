//! `bitext-full`: the whole `bitext` command, every subcommand. `bitext` hands it everything but
//! `diff`; it may also be run by itself. See `bitext --help`.

fn main() -> std::process::ExitCode {
    bitext_cli::main()
}
