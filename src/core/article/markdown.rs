//! Markdown articles (`.md`, `.markdown`).
//!
//! Placeholder until the Markdown loader lands: the source is shown as plain
//! text so the file can still be read.

use super::{Parsed, text};

/// Parses a Markdown document into its canonical plain text.
pub fn parse(src: &str) -> Parsed {
    text::parse(src.to_string())
}
