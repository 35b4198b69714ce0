//! The terminal interface: state, actions, keymap, views.

use anyhow::Result;

use crate::cli::Cli;
use crate::core::paths::Paths;

/// Starts the TUI on the paths given on the command line.
pub fn run(_args: &Cli, _paths: &Paths) -> Result<()> {
    anyhow::bail!("the TUI is not available yet")
}
