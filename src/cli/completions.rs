//! `newsdesk completions bash|zsh|fish`: completion scripts generated from
//! the clap definitions in [`super::args`].

use std::io::Write;

use anyhow::Result;
use clap::CommandFactory;
use clap_complete::{generate, shells};

use super::args::{Cli, Shell};

/// Writes the completion script for `shell` to `out`.
pub fn run(shell: Shell, out: &mut dyn Write) -> Result<()> {
    let mut cmd = Cli::command();
    let name = cmd.get_name().to_string();
    // clap_complete panics on write errors (`| head`): render in memory first.
    let mut buf = Vec::new();
    match shell {
        Shell::Bash => generate(shells::Bash, &mut cmd, name, &mut buf),
        Shell::Zsh => generate(shells::Zsh, &mut cmd, name, &mut buf),
        Shell::Fish => generate(shells::Fish, &mut cmd, name, &mut buf),
    }
    out.write_all(&buf)?;
    Ok(())
}
