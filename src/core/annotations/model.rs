//! The stored shape of annotations (W3C Web Annotation style). Unknown fields
//! at every level are kept in `extra` and written back unchanged.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The store file format this build writes; files with a higher version are
/// read-only for it.
pub const FORMAT_VERSION: u32 = 1;

/// One store file: every annotation of one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NotesFile {
    /// Format version ([`FORMAT_VERSION`]).
    pub version: u32,
    /// The stable article id ([`crate::core::article::Article::id`]).
    pub article_id: String,
    /// The article's title when last saved (used to re-attach a moved file).
    #[serde(default)]
    pub title: String,
    /// The article file when last saved, if it came from a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Hash of the canonical text when last saved (used to re-attach).
    #[serde(default)]
    pub text_hash: String,
    /// Every annotation, deleted ones included as tombstones.
    #[serde(default)]
    pub annotations: Vec<Annotation>,
    /// Fields this version does not know, preserved on rewrite.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One annotation: a note (possibly empty: a highlight) on a span of text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// A UUID (v4), without the `urn:uuid:` prefix.
    pub id: String,
    /// RFC 3339 timestamps.
    pub created: String,
    pub modified: String,
    /// Markdown; empty for a plain highlight.
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub tags: Vec<String>,
    pub target: Target,
    /// A tombstone: deleted, kept so a merge does not resurrect it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What an annotation points at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    /// The article id.
    pub source: String,
    /// Hash of the canonical text the selectors were made on (`sha256:…`).
    #[serde(default)]
    pub text_hash: String,
    #[serde(default)]
    pub selector: Vec<Selector>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Target {
    /// The quote selector, if any.
    pub fn quote(&self) -> Option<&TextQuoteSelector> {
        self.selector.iter().find_map(|s| match s {
            Selector::Quote(q) => Some(q),
            _ => None,
        })
    }

    /// The position selector, if any.
    pub fn position(&self) -> Option<&TextPositionSelector> {
        self.selector.iter().find_map(|s| match s {
            Selector::Position(p) => Some(p),
            _ => None,
        })
    }
}

/// A selector; unknown selector types are kept as they are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Selector {
    Quote(TextQuoteSelector),
    Position(TextPositionSelector),
    Other(Map<String, Value>),
}

/// The `type` tag of a [`TextQuoteSelector`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuoteTag {
    TextQuoteSelector,
}

/// The `type` tag of a [`TextPositionSelector`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PositionTag {
    TextPositionSelector,
}

/// The quoted text with context on each side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextQuoteSelector {
    #[serde(rename = "type")]
    pub kind: QuoteTag,
    pub exact: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A span of the canonical text. In the store `start`/`end` are UTF-8 byte
/// offsets (the W3C export converts them to code points).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextPositionSelector {
    #[serde(rename = "type")]
    pub kind: PositionTag,
    pub start: usize,
    pub end: usize,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_survive_a_round_trip() {
        let src = r#"{"version":1,"article_id":"a","title":"T","text_hash":"h","future":[1],
          "annotations":[{"id":"x","created":"2026-01-01T00:00:00Z","modified":"2026-01-01T00:00:00Z",
          "note":"n","tags":[],"colour":"red","target":{"source":"a","text_hash":"h","scope":"s",
          "selector":[{"type":"TextQuoteSelector","exact":"q","prefix":"p","suffix":"s","lang":"en"},
          {"type":"TextPositionSelector","start":1,"end":2},{"type":"CssSelector","value":"p"}]}}]}"#;
        let f: NotesFile = serde_json::from_str(src).expect("parse");
        let again: Value = serde_json::to_value(&f).expect("ser");
        let orig: Value = serde_json::from_str(src).expect("value");
        assert_eq!(again, orig);
        let t = &f.annotations[0].target;
        assert_eq!(t.quote().map(|q| q.exact.as_str()), Some("q"));
        assert_eq!(t.position().map(|p| (p.start, p.end)), Some((1, 2)));
    }
}
