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

pub use args::{Cli, Command};

use crate::core::paths::Paths;

/// Runs a headless subcommand, writing to `out`.
pub fn run(command: &Command, paths: &Paths, out: &mut dyn Write) -> Result<()> {
    match command {
        Command::Entities { json, paths: files } => entities::run(files, paths, *json, out),
        Command::Text { path } => text::run(path, out),
        Command::Search {
            json,
            limit,
            query,
            paths: files,
        } => search::run(query, files, paths, *limit, *json, out),
        Command::Annotations(cmd) => annotations::run(cmd, paths, out),
        Command::Completions { shell } => completions::run(*shell, out),
        Command::Man => man::run(out),
    }
}
