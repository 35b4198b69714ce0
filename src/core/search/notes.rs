//! The all-notes filter: `tag:x` words must match a tag (case-insensitive,
//! partial), every other word must occur in the note or its quote.

use super::fold::fold_str;
use super::matcher::NoteDoc;

/// A parsed notes filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoteFilter {
    words: Vec<String>,
    tags: Vec<String>,
}

impl NoteFilter {
    /// Parses a filter: white-space separated words and `tag:` words
    /// (`#x` is `tag:x` too).
    pub fn parse(query: &str) -> Self {
        let mut f = NoteFilter::default();
        for w in query.split_whitespace() {
            let lower = fold_str(w);
            if let Some(t) = lower
                .strip_prefix("tag:")
                .or_else(|| lower.strip_prefix('#'))
            {
                let t = t.trim_start_matches('#');
                if !t.is_empty() {
                    f.tags.push(t.to_string());
                }
            } else {
                f.words.push(lower);
            }
        }
        f
    }

    /// True when the filter has no condition (everything matches).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.tags.is_empty()
    }

    /// Does a note with this text (note and quote, any number of parts) and
    /// these tags match?
    pub fn matches(&self, texts: &[&str], tags: &[String]) -> bool {
        let tags: Vec<String> = tags.iter().map(|t| fold_str(t)).collect();
        let ok_tags = self
            .tags
            .iter()
            .all(|want| tags.iter().any(|t| t.contains(want.as_str())));
        if !ok_tags {
            return false;
        }
        if self.words.is_empty() {
            return true;
        }
        let hay: Vec<String> = texts.iter().map(|t| fold_str(t)).collect();
        self.words
            .iter()
            .all(|w| hay.iter().any(|h| h.contains(w.as_str())))
    }
}

/// The notes of one article that match `query` (words in the note or its
/// quote, `tag:` in its tags), in their order.
pub fn filter_article_notes<'a>(
    notes: Vec<crate::core::annotations::Note<'a>>,
    query: &str,
) -> Vec<crate::core::annotations::Note<'a>> {
    let f = NoteFilter::parse(query);
    if f.is_empty() {
        return notes;
    }
    notes
        .into_iter()
        .filter(|n| {
            let quote = n.annotation.target.quote().map_or("", |q| q.exact.as_str());
            f.matches(&[&n.annotation.note, quote], &n.annotation.tags)
        })
        .collect()
}

/// Indices of the notes matching `query`, in order.
pub fn filter_notes(notes: &[NoteDoc], query: &str) -> Vec<usize> {
    let f = NoteFilter::parse(query);
    notes
        .iter()
        .enumerate()
        .filter(|(_, n)| f.matches(&[&n.note], &n.tags))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_by_text_and_tag() {
        let notes = vec![
            NoteDoc {
                note: "Ask the Velmora desk".into(),
                tags: vec!["FollowUp".into()],
                ..NoteDoc::default()
            },
            NoteDoc {
                note: "Numbers look off".into(),
                tags: vec!["facts".into()],
                ..NoteDoc::default()
            },
        ];
        assert_eq!(filter_notes(&notes, "velmora"), vec![0]);
        assert_eq!(filter_notes(&notes, "tag:follow"), vec![0]);
        assert_eq!(filter_notes(&notes, "#facts numbers"), vec![1]);
        assert_eq!(
            filter_notes(&notes, "tag:facts velmora"),
            Vec::<usize>::new()
        );
        assert_eq!(filter_notes(&notes, "  "), vec![0, 1]);
    }
}
