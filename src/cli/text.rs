//! `newsdesk text PATH`: the canonical text, byte for byte.

use std::io::Write;
use std::path::Path;

use anyhow::{Result, bail};

use crate::core::article::load_paths;

/// Prints the canonical text of the article(s) at `path`; load problems go
/// to `err`.
pub fn run(path: &Path, out: &mut dyn Write, err: &mut dyn Write) -> Result<()> {
    let report = load_paths(&[path.to_path_buf()])?;
    super::report_problems(&report.skipped, &report.warnings, err);
    if report.articles.len() != 1 {
        bail!(
            "{}: holds {} articles; `text` prints one",
            path.display(),
            report.articles.len()
        );
    }
    for a in &report.articles {
        out.write_all(a.text.as_bytes())?;
    }
    Ok(())
}
