//! JSON Lines corpora (`.jsonl`): one article per line.
//!
//! Each line is an object with `title`, the body in `text`, `body` or
//! `content`, and optional `url`, `date`, `source` and `author`. The
//! canonical text is the title, a blank line, then the body (parsed like a
//! plain-text article). A line that is not such an object is reported with
//! its line number and skipped; blank lines are ignored.
//!
//! Only the body must be a string. The title and the metadata are read
//! whatever their JSON type, as front matter reads them: a list of authors
//! is joined with ", ", a number is its text, and a `date` that is a Unix
//! timestamp (seconds or milliseconds) becomes an ISO 8601 date.

use serde::Deserialize;
use serde_json::Value;

use super::builder::one_line_title;
use super::date::iso_from_unix;
use super::front_matter::json_scalar;
use super::{Metadata, Parsed, text};

#[derive(Deserialize)]
struct Line {
    title: Option<Value>,
    #[serde(alias = "body", alias = "content")]
    text: Option<String>,
    url: Option<Value>,
    date: Option<Value>,
    source: Option<Value>,
    author: Option<Value>,
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
    let title = rec
        .title
        .as_ref()
        .and_then(json_scalar)
        .map(|t| one_line_title(&t))
        .unwrap_or_default();
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
    let field = |v: Option<Value>| v.as_ref().and_then(json_scalar);
    parsed.meta = Metadata {
        source: field(rec.source),
        url: field(rec.url),
        date: rec.date.as_ref().and_then(date_field),
        author: field(rec.author),
    };
    Ok(parsed)
}

/// Least and greatest Unix timestamps taken for dates, in seconds (1973
/// to 2286); 1000 times more are milliseconds.
const UNIX_SECONDS: std::ops::RangeInclusive<i64> = 100_000_000..=9_999_999_999;

/// A `date` value as text: a whole number in the range of Unix timestamps
/// (seconds, or milliseconds) as an ISO 8601 date, anything else as
/// [`json_scalar`] reads it.
fn date_field(v: &Value) -> Option<String> {
    if let Some(n) = v.as_i64() {
        let millis = n.div_euclid(1000);
        let secs = if UNIX_SECONDS.contains(&n) {
            Some(n)
        } else if UNIX_SECONDS.contains(&millis) {
            Some(millis)
        } else {
            None
        };
        if let Some(iso) = secs.and_then(iso_from_unix) {
            return Some(iso);
        }
    }
    json_scalar(v)
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
    fn metadata_of_any_json_type_is_read_as_text() {
        let Ok(p) = parse_line(
            r#"{"title":"Quay Vote","text":"Body.","author":["Ilse Brandt","Tomas Veld"],"date":1715680800,"source":{"name":"Harbour Herald"},"url":null}"#,
        ) else {
            panic!()
        };
        assert_eq!(p.meta.author.as_deref(), Some("Ilse Brandt, Tomas Veld"));
        assert_eq!(p.meta.date.as_deref(), Some("2024-05-14T10:00:00Z"));
        assert_eq!(p.meta.source.as_deref(), Some("Harbour Herald"));
        assert_eq!(p.meta.url, None);
        let date = |v: &str| {
            parse_line(&format!(r#"{{"text":"Body.","date":{v}}}"#))
                .map(|p| p.meta.date)
                .unwrap_or_else(|e| panic!("{v}: {e}"))
        };
        assert_eq!(
            date("1715680800000").as_deref(),
            Some("2024-05-14T10:00:00Z")
        );
        // Not a timestamp: the number as it is.
        assert_eq!(date("2024").as_deref(), Some("2024"));
        assert_eq!(date("20240514").as_deref(), Some("20240514"));
        assert_eq!(date("1715680800.5").as_deref(), Some("1715680800.5"));
        assert_eq!(date("-1715680800").as_deref(), Some("-1715680800"));
        assert_eq!(date("\"14 May 2024\"").as_deref(), Some("14 May 2024"));
        assert_eq!(date("[]"), None);
        let Ok(p) = parse_line(r#"{"title":2025,"text":"Body."}"#) else {
            panic!()
        };
        assert_eq!(p.title, "2025");
    }

    #[test]
    fn the_body_must_be_a_string() {
        let Err(msg) = parse_line(r#"{"title":"T","text":["a","b"]}"#) else {
            panic!()
        };
        assert!(msg.contains("expected a string"), "{msg}");
    }

    #[test]
    fn a_long_line_loads() {
        let body = "word ".repeat(2_000_000);
        let line = format!("{{\"title\":\"Long\",\"text\":\"{body}\"}}");
        let Ok(p) = parse_line(&line) else { panic!() };
        assert_eq!(p.text.len(), "Long\n\n".len() + body.len());
    }
}
