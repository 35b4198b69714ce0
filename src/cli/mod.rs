//! Headless subcommands: the same core as the TUI, printing text or JSON Lines.

pub mod args;
mod entities;
mod text;

use std::io::Write;

use anyhow::Result;

pub use args::{Cli, Command};

use crate::core::paths::Paths;

/// Runs a headless subcommand, writing to `out`.
pub fn run(command: &Command, paths: &Paths, out: &mut dyn Write) -> Result<()> {
    let _ = paths;
    match command {
        Command::Entities { json, paths } => entities::run(paths, *json, out),
        Command::Text { path } => text::run(path, out),
        Command::Search { .. } => anyhow::bail!("search: not available yet"),
        Command::Annotations(_) => anyhow::bail!("annotations: not available yet"),
    }
}
