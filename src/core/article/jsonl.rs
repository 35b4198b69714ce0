//! JSON Lines corpora (`.jsonl`): one article per line.
//!
//! Each line is an object with `title`, the body in `text`, `body` or
//! `content`, and optional `url`, `date`, `source` and `author`. The
//! canonical text is the title, a blank line, then the body (parsed like a
//! plain-text article). A line that is not such an object is reported with
//! its line number and skipped; blank lines are ignored.

use serde::Deserialize;

use super::builder::one_line_title;
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

/// Parses one line (without its terminator) into an article.
pub fn parse_line(line: &str) -> Result<Parsed, String> {
    let rec: Line = serde_json::from_str(line).map_err(|e| {
        let msg = e.to_string();
        // serde_json counts lines inside the record: only the column helps.
        let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
        format!("{msg} (column {})", e.column())
    })?;
    let body = rec
        .text
        .ok_or_else(|| "no \"text\", \"body\" or \"content\" field".to_string())?;
    let title = rec.title.as_deref().map(one_line_title).unwrap_or_default();
    let full = if title.is_empty() {
        body
    } else if body.trim().is_empty() {
        title.clone()
    } else {
        format!("{title}\n\n{body}")
    };
    let mut parsed = text::parse(full);
    if !title.is_empty() {
        parsed.title = title;
    }
    let clean = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    parsed.meta = Metadata {
        source: clean(rec.source),
        url: clean(rec.url),
        date: clean(rec.date),
        author: clean(rec.author),
    };
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::article::BlockKind;

    #[test]
    fn good_and_bad_lines() {
        let src = "{\"title\":\"One\",\"text\":\"Body one.\",\"url\":\"https://x.example/1\"}\n\nnot json\n{\"title\":\"No body\"}\n{\"title\":\"Three\",\"content\":\"Body three.\",\"author\":\"Ann Vo\"}\r\n";
        let res = parse(src);
        let lines: Vec<_> = res.iter().map(|(l, r)| (*l, r.is_ok())).collect();
        assert_eq!(lines, vec![(1, true), (3, false), (4, false), (5, true)]);
        let Ok(first) = &res[0].1 else { panic!() };
        assert_eq!(first.title, "One");
        assert_eq!(first.text, "One\n\nBody one.");
        assert_eq!(first.blocks[0].kind, BlockKind::Title);
        assert_eq!(first.meta.url.as_deref(), Some("https://x.example/1"));
        let Err(msg) = &res[1].1 else { panic!() };
        assert!(msg.contains("column"), "{msg}");
        assert!(!msg.contains("line"), "{msg}");
        let Ok(third) = &res[3].1 else { panic!() };
        assert_eq!(third.meta.author.as_deref(), Some("Ann Vo"));
    }

    #[test]
    fn title_is_one_line_and_body_aliases_work() {
        let Ok(p) = parse_line(r#"{"title":"A\nsplit  title","body":"Text."}"#) else {
            panic!()
        };
        assert_eq!(p.title, "A split title");
        assert_eq!(p.text, "A split title\n\nText.");
    }

    #[test]
    fn hostile_lines_are_errors_not_panics() {
        for line in [
            "[1,2]",
            "\"string\"",
            "{\"text\": 5}",
            &"[".repeat(100_000),
            "{\"text\":\"\\ud800\"}",
            "{\"text\":\"a\\u0000b\\u001b[2J\"}",
        ] {
            let _ = parse_line(line);
        }
        let Ok(p) = parse_line("{\"text\":\"esc \\u001b[2J\"}") else {
            panic!()
        };
        assert_eq!(p.text, "esc \u{1b}[2J");
    }

    #[test]
    fn a_long_line_loads() {
        let body = "word ".repeat(2_000_000);
        let line = format!("{{\"title\":\"Long\",\"text\":\"{body}\"}}");
        let Ok(p) = parse_line(&line) else { panic!() };
        assert_eq!(p.text.len(), "Long\n\n".len() + body.len());
    }
}
