//! Front matter of Markdown articles: a YAML (`---`) or TOML (`+++`) block
//! with `title`, `source`, `url`, `date` and `author` (other keys ignored).

use std::collections::BTreeMap;

use super::Metadata;

/// The syntax of a front-matter block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Yaml,
    Toml,
}

/// What front matter told about an article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub meta: Metadata,
}

/// Parses a front-matter block. A block that does not parse, or is not a
/// mapping, is an error message (the caller reports it as a warning).
pub fn parse(src: &str, syntax: Syntax) -> Result<FrontMatter, String> {
    let map = match syntax {
        Syntax::Yaml => yaml_map(src)?,
        Syntax::Toml => toml_map(src)?,
    };
    let get = |keys: &[&str]| keys.iter().find_map(|k| map.get(*k).cloned());
    Ok(FrontMatter {
        title: get(&["title", "headline"]),
        meta: Metadata {
            source: get(&["source", "publisher", "site"]),
            url: get(&["url", "link", "canonical_url"]),
            date: get(&["date", "published", "pubdate"]),
            author: get(&["author", "authors", "byline"]),
        },
    })
}

fn yaml_map(src: &str) -> Result<BTreeMap<String, String>, String> {
    if src.trim().is_empty() {
        return Ok(BTreeMap::new());
    }
    // Front matter is small: a tight budget refuses alias bombs early.
    let mut budget = serde_saphyr::Budget::default();
    budget.max_events = 10_000;
    budget.max_aliases = 500;
    budget.max_recorded_anchor_events = 10_000;
    budget.max_depth = 32;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    let value: serde_json::Value = serde_saphyr::from_str_with_options(src, options)
        .map_err(|e| format!("front matter (YAML): {}", first_line(&e.to_string())))?;
    let serde_json::Value::Object(obj) = value else {
        return Err("front matter (YAML) is not a mapping".into());
    };
    Ok(obj
        .into_iter()
        .filter_map(|(k, v)| json_scalar(&v).map(|s| (k.to_ascii_lowercase(), s)))
        .collect())
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

/// A JSON value as one metadata string: strings trimmed, numbers and
/// booleans as their text, arrays joined with ", ", objects by their
/// `name`; `None` for null and for what comes out empty.
pub(crate) fn json_scalar(v: &serde_json::Value) -> Option<String> {
    use serde_json::Value;
    let s = match v {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Array(items) => items
            .iter()
            .filter_map(json_scalar)
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(o) => o.get("name").and_then(json_scalar)?,
        Value::Null => return None,
    };
    (!s.is_empty()).then_some(s)
}

fn toml_map(src: &str) -> Result<BTreeMap<String, String>, String> {
    let table: toml::Table = src
        .parse()
        .map_err(|e: toml::de::Error| format!("front matter (TOML): {}", e.message()))?;
    Ok(table
        .into_iter()
        .filter_map(|(k, v)| toml_scalar(&v).map(|s| (k.to_ascii_lowercase(), s)))
        .collect())
}

fn toml_scalar(v: &toml::Value) -> Option<String> {
    use toml::Value;
    let s = match v {
        Value::String(s) => s.trim().to_string(),
        Value::Integer(i) => i.to_string(),
        Value::Float(f) => f.to_string(),
        Value::Boolean(b) => b.to_string(),
        Value::Datetime(d) => d.to_string(),
        Value::Array(items) => items
            .iter()
            .filter_map(toml_scalar)
            .collect::<Vec<_>>()
            .join(", "),
        Value::Table(t) => t.get("name").and_then(toml_scalar)?,
    };
    (!s.is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_fields_are_read() {
        let fm = parse(
            "title: Harbour Bridge Reopens\nsource: Coastal Gazette\ndate: 2025-03-14\nauthor: [Mara Quill, Tomas Veld]\nurl: https://example.org/a\nextra: 3\n",
            Syntax::Yaml,
        )
        .expect("yaml");
        assert_eq!(fm.title.as_deref(), Some("Harbour Bridge Reopens"));
        assert_eq!(fm.meta.source.as_deref(), Some("Coastal Gazette"));
        assert_eq!(fm.meta.date.as_deref(), Some("2025-03-14"));
        assert_eq!(fm.meta.author.as_deref(), Some("Mara Quill, Tomas Veld"));
        assert_eq!(fm.meta.url.as_deref(), Some("https://example.org/a"));
    }

    #[test]
    fn toml_dates_and_strings_are_read() {
        let fm = parse(
            "title = \"Valley Vote\"\ndate = 2025-01-02\nauthor = \"Ilse Brandt\"\n",
            Syntax::Toml,
        )
        .expect("toml");
        assert_eq!(fm.title.as_deref(), Some("Valley Vote"));
        assert_eq!(fm.meta.date.as_deref(), Some("2025-01-02"));
        assert_eq!(fm.meta.author.as_deref(), Some("Ilse Brandt"));
    }

    #[test]
    fn broken_front_matter_is_an_error_not_a_panic() {
        assert!(parse("title: [unclosed", Syntax::Yaml).is_err());
        assert!(parse("- a\n- b\n", Syntax::Yaml).is_err());
        assert!(parse("title = ", Syntax::Toml).is_err());
        assert_eq!(parse("", Syntax::Yaml), Ok(FrontMatter::default()));
    }

    #[test]
    fn yaml_alias_bombs_are_refused_or_bounded() {
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for i in 0..12 {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                format!("b{}", i - 1)
            };
            bomb.push_str(&format!(
                "b{i}: &b{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
        }
        bomb.push_str("title: Bomb\n");
        let start = std::time::Instant::now();
        assert!(parse(&bomb, Syntax::Yaml).is_err());
        assert!(start.elapsed().as_secs() < 5);
    }
}
