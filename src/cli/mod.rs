//! Headless subcommands: the same core as the TUI, printing text or JSON Lines.

mod annotations;
pub mod args;
mod completions;
mod entities;
mod man;
mod search;
mod text;

use std::io::Write;

use anyhow::Result;

pub use args::{Cli, Command, subcommand_typo};

use crate::core::article::{LoadWarning, Skipped, sanitize};
use crate::core::config::Config;
use crate::core::paths::Paths;

/// Runs a headless subcommand, writing its output to `out` and the load
/// problems it met (skipped files, bad JSON lines) to `err`. Unless the
/// data dir was given explicitly (`--data-dir`, `NEWSDESK_DATA_DIR`), the
/// one set in the config file applies, as in the TUI, so both see the same
/// notes.
pub fn run(
    command: &Command,
    paths: &Paths,
    data_dir_given: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    let configured;
    let paths = if data_dir_given || !uses_data_dir(command) {
        paths
    } else {
        configured = with_configured_data_dir(paths)?;
        &configured
    };
    match command {
        Command::Entities { json, paths: files } => entities::run(files, paths, *json, out, err),
        Command::Text { path } => text::run(path, out, err),
        Command::Search {
            json,
            limit,
            query,
            paths: files,
        } => search::run(query, files, paths, *limit, *json, out, err),
        Command::Annotations(cmd) => annotations::run(cmd, paths, out),
        Command::Completions { shell } => completions::run(*shell, out),
        Command::Man => man::run(out),
    }
}

/// Prints one line per skipped file and per load warning on `err`
/// (`newsdesk: skipped: PATH: REASON`, `newsdesk: warning: PATH:LINE:
/// MESSAGE`), made safe for a terminal. These do not change the exit
/// status: what loaded is still worked on. A failing `err` is ignored.
fn report_problems(skipped: &[Skipped], warnings: &[LoadWarning], err: &mut dyn Write) {
    for s in skipped {
        let _ = writeln!(
            err,
            "newsdesk: skipped: {}",
            sanitize::one_line(&s.to_string())
        );
    }
    for w in warnings {
        let _ = writeln!(
            err,
            "newsdesk: warning: {}",
            sanitize::one_line(&w.to_string())
        );
    }
}

/// True for the subcommands that read notes or corrections.
fn uses_data_dir(command: &Command) -> bool {
    matches!(
        command,
        Command::Entities { .. } | Command::Search { .. } | Command::Annotations(_)
    )
}

/// `paths` with the data dir of the config file, when it names one.
fn with_configured_data_dir(paths: &Paths) -> Result<Paths> {
    let config = Config::load(&paths.config_file)?;
    let mut paths = paths.clone();
    if let Some(dir) = config.data_dir {
        paths.data_dir = dir;
    }
    Ok(paths)
}
