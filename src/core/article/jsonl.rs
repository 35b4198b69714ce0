//! JSON Lines corpora (`.jsonl`): one article per line.

use serde::Deserialize;

use super::{Metadata, Parsed, text};

#[derive(Deserialize)]
struct Line {
    title: Option<String>,
    #[serde(alias = "body", alias = "content")]
    text: Option<String>,
    url: Option<String>,
    date: Option<String>,
    source: Option<String>,
    author: Option<String>,
}

/// One parsed line: the 1-based line number and the article or the error.
pub type LineResult = (usize, Result<Parsed, String>);

/// Parses every non-empty line; a bad line yields an error for that line.
pub fn parse(src: &str) -> Vec<LineResult> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| (i + 1, parse_line(l)))
        .collect()
}

fn parse_line(line: &str) -> Result<Parsed, String> {
    let rec: Line = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let body = rec
        .text
        .ok_or_else(|| "no \"text\", \"body\" or \"content\" field".to_string())?;
    let title = rec.title.unwrap_or_default();
    let full = if title.is_empty() {
        body
    } else {
        format!("{title}\n\n{body}")
    };
    let mut parsed = text::parse(full);
    parsed.meta = Metadata {
        source: rec.source,
        url: rec.url,
        date: rec.date,
        author: rec.author,
    };
    Ok(parsed)
}
