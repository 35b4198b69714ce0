//! `newsdesk man`: the man page (roff), generated from the clap definitions
//! in [`super::args`] (options, subcommands, version).

use std::io::Write;

use anyhow::Result;
use clap::CommandFactory;

use super::args::Cli;

/// Writes the man page to `out`.
pub fn run(out: &mut dyn Write) -> Result<()> {
    clap_mangen::Man::new(Cli::command()).render(out)?;
    Ok(())
}
