//! Exact matching of a parsed query against one document: does it match,
//! and where (the hit byte ranges used for highlighting and snippets).
//! Shared by the indexed search and the one-shot scan.

use std::ops::Range;

use super::fold::fold_str;
use super::query::{Clause, Field, Query};
use super::tokenize::{Token, tokenize};
use crate::core::entities::{Entity, EntityKind};

/// An annotation as the search sees it. The annotations module converts its
/// notes to this (it is built in parallel; this keeps the index independent).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoteDoc {
    /// Index of the annotated article in the library.
    pub article_idx: usize,
    /// The note's text (may be empty: a highlight).
    pub note: String,
    pub tags: Vec<String>,
    /// The annotated span of the canonical text, when anchored.
    pub span: Option<Range<usize>>,
}

/// Field data of one document: entities and notes.
pub trait DocFields {
    /// Mentions of entities of `kind` whose folded name or alias contains
    /// the folded `value`; `None` when there is no such entity.
    fn entity_hits(&self, kind: EntityKind, value: &str) -> Option<Vec<Range<usize>>>;
    /// Spans of notes whose tag (`Field::Tag`) or text (`Field::Note`)
    /// contains `value`; `None` when no note matches.
    fn note_hits(&self, field: Field, value: &str) -> Option<Vec<Range<usize>>>;
}

/// [`DocFields`] over plain entities and notes.
pub struct RawFields<'a> {
    pub entities: &'a [Entity],
    pub notes: &'a [&'a NoteDoc],
}

impl DocFields for RawFields<'_> {
    fn entity_hits(&self, kind: EntityKind, value: &str) -> Option<Vec<Range<usize>>> {
        let mut out = Vec::new();
        let mut found = false;
        for e in self.entities.iter().filter(|e| e.kind == kind) {
            let hit = std::iter::once(&e.name)
                .chain(&e.aliases)
                .any(|n| fold_str(n).contains(value));
            if hit {
                found = true;
                out.extend(e.mentions.iter().map(|m| m.start..m.end));
            }
        }
        found.then_some(out)
    }

    fn note_hits(&self, field: Field, value: &str) -> Option<Vec<Range<usize>>> {
        note_hits(self.notes.iter().copied(), field, value)
    }
}

/// Notes among `notes` matching a `tag:`/`note:` value, as their spans.
pub fn note_hits<'a>(
    notes: impl Iterator<Item = &'a NoteDoc>,
    field: Field,
    value: &str,
) -> Option<Vec<Range<usize>>> {
    let mut found = false;
    let mut out = Vec::new();
    for n in notes {
        let hit = match field {
            Field::Tag => n.tags.iter().any(|t| fold_str(t).contains(value)),
            _ => fold_str(&n.note).contains(value),
        };
        if hit {
            found = true;
            out.extend(n.span.clone());
        }
    }
    found.then_some(out)
}

/// The entity kind a field restricts to.
pub fn entity_kind(field: Field) -> Option<EntityKind> {
    match field {
        Field::Person => Some(EntityKind::Person),
        Field::Org => Some(EntityKind::Organisation),
        Field::Place => Some(EntityKind::Place),
        Field::Tag | Field::Note => None,
    }
}

/// Matches `query` against a document. `Some(ranges)` (sorted, merged byte
/// ranges of `text`) when every clause matches, else `None`. A word found
/// only in `title` (when the title is not part of `text`) matches without a
/// range.
pub fn match_doc(
    query: &Query,
    title: &str,
    text: &str,
    fields: &dyn DocFields,
) -> Option<Vec<Range<usize>>> {
    if query.is_empty() {
        return None;
    }
    let needs_tokens = query
        .clauses
        .iter()
        .any(|c| !matches!(c, Clause::Field(..)));
    let tokens = if needs_tokens {
        tokenize(text)
    } else {
        Vec::new()
    };
    let title_tokens = if needs_tokens && !text.contains(title.trim()) {
        tokenize(title)
    } else {
        Vec::new()
    };
    let mut ranges = Vec::new();
    for clause in &query.clauses {
        let ok = match clause {
            Clause::Word(w) => collect(&tokens, &title_tokens, &mut ranges, |t| t == w),
            Clause::Prefix(p) => collect(&tokens, &title_tokens, &mut ranges, |t| {
                t.starts_with(p.as_str())
            }),
            Clause::Phrase(ws) => {
                phrase(&tokens, ws, &mut ranges) || phrase(&title_tokens, ws, &mut Vec::new())
            }
            Clause::Field(f, v) => {
                let hits = match entity_kind(*f) {
                    Some(kind) => fields.entity_hits(kind, v),
                    None => fields.note_hits(*f, v),
                };
                hits.map(|h| ranges.extend(h)).is_some()
            }
        };
        if !ok {
            return None;
        }
    }
    Some(merge(ranges))
}

fn collect(
    tokens: &[Token],
    title_tokens: &[Token],
    ranges: &mut Vec<Range<usize>>,
    pred: impl Fn(&str) -> bool,
) -> bool {
    let before = ranges.len();
    ranges.extend(
        tokens
            .iter()
            .filter(|t| pred(&t.term))
            .map(|t| t.range.clone()),
    );
    ranges.len() > before || title_tokens.iter().any(|t| pred(&t.term))
}

fn phrase(tokens: &[Token], words: &[String], ranges: &mut Vec<Range<usize>>) -> bool {
    if words.is_empty() || tokens.len() < words.len() {
        return false;
    }
    let mut found = false;
    for win in tokens.windows(words.len()) {
        if win.iter().zip(words).all(|(t, w)| &t.term == w) {
            found = true;
            if let (Some(a), Some(b)) = (win.first(), win.last()) {
                ranges.push(a.range.start..b.range.end);
            }
        }
    }
    found
}

/// Sorts ranges and merges overlapping ones.
pub fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// BM25 term weight (k1 = 1.2, b = 0.75).
pub fn bm25(tf: f32, df: f32, n_docs: f32, doc_len: f32, avg_len: f32) -> f32 {
    const K1: f32 = 1.2;
    const B: f32 = 0.75;
    if tf <= 0.0 {
        return 0.0;
    }
    let idf = (1.0 + (n_docs - df + 0.5) / (df + 0.5)).ln();
    let norm = 1.0 - B + B * doc_len / avg_len.max(1.0);
    idf * tf * (K1 + 1.0) / (tf + K1 * norm)
}

/// How much more a title occurrence of a term weighs than a body one.
pub const TITLE_BOOST: f32 = 5.0;

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;
    use crate::core::entities::Mention;

    fn none() -> RawFields<'static> {
        RawFields {
            entities: &[],
            notes: &[],
        }
    }

    #[test]
    fn phrases_match_across_line_breaks() {
        let text = "Title\nThe peace\ntalks resumed. Peace, talks.";
        let q = Query::parse("\"peace talks\"");
        let r = match_doc(&q, "Title", text, &none()).expect("match");
        assert_eq!(&text[r[0].clone()], "peace\ntalks");
        assert_eq!(r.len(), 2);
        assert!(match_doc(&Query::parse("\"talks peace\""), "Title", text, &none()).is_none());
    }

    #[test]
    fn prefix_and_all_words_must_match() {
        let text = "Negotiators met. Negotiation failed.";
        let q = Query::parse("negot*");
        assert_eq!(match_doc(&q, "", text, &none()).expect("m").len(), 2);
        assert!(match_doc(&Query::parse("negot* missing"), "", text, &none()).is_none());
    }

    #[test]
    fn field_queries() {
        let text = "Envoy Dara Kellan met the Brennan Institute in Velmora.";
        let ents = vec![Entity {
            name: "Dara Kellan".into(),
            kind: EntityKind::Person,
            role: None,
            aliases: vec!["Kellan".into()],
            mentions: vec![Mention { start: 6, end: 17 }],
        }];
        let note = NoteDoc {
            article_idx: 0,
            note: "Check the Velmora claim".into(),
            tags: vec!["Follow-up".into()],
            span: Some(47..54),
        };
        let notes = [&note];
        let f = RawFields {
            entities: &ents,
            notes: &notes,
        };
        let q = |s| match_doc(&Query::parse(s), "", text, &f);
        assert_eq!(q("person:kell"), Some(vec![6..17]));
        assert!(q("org:kellan").is_none());
        assert_eq!(q("tag:follow"), Some(vec![47..54]));
        assert!(q("note:velmora person:dara").is_some());
        assert!(q("note:absent").is_none());
    }
}
