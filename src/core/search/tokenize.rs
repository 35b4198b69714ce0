//! The corpus tokeniser: Unicode words (UAX #29), lower-cased, possessive
//! `’s` / `'s` stripped. Token ranges are byte offsets of the original text
//! and cover the word without its possessive.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// One token: its normalised term and where it is in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub term: String,
    pub range: Range<usize>,
}

/// Strips a trailing possessive `’s` / `'s` (also `’S`) from a word.
pub fn strip_possessive(mut word: &str) -> &str {
    'outer: loop {
        for suffix in ["’s", "'s", "’S", "'S"] {
            if let Some(stem) = word.strip_suffix(suffix)
                && !stem.is_empty()
            {
                word = stem;
                continue 'outer;
            }
        }
        return word;
    }
}

/// Calls `f(term, range)` for every token of `text`, reusing one buffer.
pub fn for_each_token(text: &str, mut f: impl FnMut(&str, Range<usize>)) {
    let mut buf = String::new();
    for (start, word) in text.unicode_word_indices() {
        let stem = strip_possessive(word);
        buf.clear();
        if stem.is_ascii() {
            buf.push_str(stem);
            buf.make_ascii_lowercase();
        } else {
            buf.extend(stem.chars().flat_map(char::to_lowercase));
        }
        f(&buf, start..start + stem.len());
    }
}

/// Every token of `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for_each_token(text, |term, range| {
        out.push(Token {
            term: term.to_string(),
            range,
        })
    });
    out
}

/// The terms of `text` (a query word may hold several: `cease-fire`).
pub fn terms(text: &str) -> Vec<String> {
    tokenize(text).into_iter().map(|t| t.term).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercases_and_strips_possessives() {
        let text = "Mara Oduya’s envoy met KELLAN's aides in Port-Velmora.";
        let toks = tokenize(text);
        let terms: Vec<_> = toks.iter().map(|t| t.term.as_str()).collect();
        assert_eq!(
            terms,
            vec![
                "mara", "oduya", "envoy", "met", "kellan", "aides", "in", "port", "velmora"
            ]
        );
        assert_eq!(&text[toks[1].range.clone()], "Oduya");
        assert_eq!(&text[toks[4].range.clone()], "KELLAN");
    }

    #[test]
    fn unicode_words() {
        assert_eq!(
            terms("ÉCOLE Straße, 2025 talks"),
            vec!["école", "straße", "2025", "talks"]
        );
    }
}
