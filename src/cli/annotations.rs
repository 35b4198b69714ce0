//! `newsdesk annotations list|add|export`

use std::io::Write;

use anyhow::Result;

use super::args::AnnotationsCommand;
use crate::core::paths::Paths;

/// Runs an annotations subcommand with the store under `paths.data_dir`.
pub fn run(command: &AnnotationsCommand, paths: &Paths, out: &mut dyn Write) -> Result<()> {
    let _ = (command, paths, out);
    anyhow::bail!("annotations: not available yet")
}
