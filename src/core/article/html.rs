//! HTML pages (`.html`, `.htm`).
//!
//! Placeholder until the HTML main-content loader lands: tags are stripped.

use super::{Parsed, text};

/// Parses an HTML page into its canonical plain text.
pub fn parse(src: &str) -> Parsed {
    let mut out = String::with_capacity(src.len());
    let mut in_tag = false;
    for c in src.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    text::parse(out)
}
