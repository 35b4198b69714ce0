//! The newsdesk binary: parse arguments, run a subcommand or the TUI.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use newsdesk::cli::{self, Cli};
use newsdesk::core::paths::Paths;

/// mimalloc rather than the system allocator: extraction makes a few
/// dozen small allocations per article (the entities it returns), which
/// glibc's malloc serves through its slower paths once its per-thread
/// cache is spent; with mimalloc the corpus extracts 2.5–3.4% faster
/// (interleaved runs of `examples/extract_profile`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = Cli::parse();
    let paths = Paths::resolve(
        args.global.data_dir.as_deref(),
        args.global.config.as_deref(),
    );
    if args.global.print_default_config {
        print!("{}", newsdesk::core::config::DEFAULT_CONFIG);
        return ExitCode::SUCCESS;
    }
    let result = match &args.command {
        Some(command) => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let data_dir_given = args.global.data_dir.is_some();
            let mut err = std::io::stderr();
            cli::run(command, &paths, data_dir_given, &mut out, &mut err)
                .and_then(|()| Ok(out.flush()?))
        }
        None => {
            newsdesk::tui::run(&args, &paths).map_err(|e| match cli::subcommand_typo(&args.paths) {
                Some(name) => anyhow::anyhow!("{e:#} (did you mean `newsdesk {name}`?)"),
                None => e,
            })
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let msg = newsdesk::core::article::sanitize::one_line(&format!("{e:#}"));
            let _ = writeln!(std::io::stderr(), "newsdesk: {msg}");
            ExitCode::FAILURE
        }
    }
}

/// `newsdesk entities … | head` closes the pipe early; that is not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
