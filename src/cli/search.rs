//! `newsdesk search [--json] [--limit N] QUERY PATH...`

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

/// Runs a corpus search over the articles at `paths`.
pub fn run(
    query: &str,
    paths: &[PathBuf],
    limit: usize,
    json: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let _ = (query, paths, limit, json, out);
    anyhow::bail!("search: not available yet")
}
