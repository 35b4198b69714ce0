//! One article prepared for the rules: its tokens, its lines (headline or
//! body) and the article-wide evidence about words (seen in lower case?
//! seen capitalised inside a sentence?).

use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use super::gazetteer::{FUNCTION, IdHasher, word_hash};
use super::lexicon::Lexicon;
use super::tokens::{Shape, Token, tokenize_into};
use crate::core::article::Block;

/// A set of word hashes.
pub type HashSetU64 = HashSet<u64, BuildHasherDefault<IdHasher>>;

/// One line of text as a range of token indices.
#[derive(Debug, Clone)]
pub struct Line {
    pub toks: Range<usize>,
    /// A title-case or ALL-CAPS headline: capitalisation says nothing there.
    pub headline: bool,
}

/// The prepared article.
#[derive(Debug)]
pub struct Document<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    pub lines: Vec<Line>,
    /// Words met in lower case in body text.
    pub lower: HashSetU64,
    /// Words met capitalised inside a body sentence (not sentence-initial).
    pub cap_mid: HashSetU64,
}

impl<'a> Document<'a> {
    /// Tokenizes `text` and gathers the evidence.
    #[cfg(test)]
    pub fn new(text: &'a str, blocks: &[Block], lex: &Lexicon) -> Self {
        Self::with_buffer(text, blocks, lex, Vec::new())
    }

    /// [`Document::new`] reusing a token buffer (see [`Document::into_buffer`]).
    pub fn with_buffer(
        text: &'a str,
        blocks: &[Block],
        lex: &Lexicon,
        mut toks: Vec<Token>,
    ) -> Self {
        tokenize_into(text, &lex.gaz, &mut toks);
        let lines = split_lines(text, &toks, blocks);
        // Which lower-case forms will be asked about: sentence-initial
        // words and their stems. Only those are recorded.
        let mut wanted = HashSetU64::default();
        let mut cap_mid = HashSetU64::default();
        let mut last_mid = 0;
        for line in lines.iter().filter(|l| !l.headline) {
            for t in &toks[line.toks.clone()] {
                if t.shape != Shape::Cap {
                    continue;
                }
                if t.sent_start {
                    if !wanted.insert(t.hash) {
                        continue;
                    }
                    let w = text.get(t.start()..t.end()).unwrap_or("");
                    for (stem, _) in stems(w) {
                        wanted.insert(word_hash(stem));
                    }
                } else if t.hash != last_mid {
                    cap_mid.insert(t.hash);
                    last_mid = t.hash;
                }
            }
        }
        let mut lower = HashSetU64::default();
        if !wanted.is_empty() {
            // A 4096-bit prefilter keeps the set lookups for the few words
            // that may be wanted.
            let mut bits = [0u64; 64];
            for &h in &wanted {
                let b = (h >> 52) as usize;
                bits[b >> 6] |= 1 << (b & 63);
            }
            for line in lines.iter().filter(|l| !l.headline) {
                for t in &toks[line.toks.clone()] {
                    let b = (t.hash >> 52) as usize;
                    if t.shape == Shape::Lower
                        && bits[b >> 6] & (1 << (b & 63)) != 0
                        && wanted.contains(&t.hash)
                    {
                        lower.insert(t.hash);
                    }
                }
            }
        }
        Document {
            text,
            toks,
            lines,
            lower,
            cap_mid,
        }
    }

    /// Gives the token buffer back for reuse.
    pub fn into_buffer(self) -> Vec<Token> {
        self.toks
    }

    /// The text of a token given by value.
    #[inline]
    pub fn tok_text_of(&self, t: &Token) -> &'a str {
        self.text.get(t.start()..t.end()).unwrap_or("")
    }

    /// The text of a token.
    #[inline]
    pub fn tok_text(&self, i: usize) -> &'a str {
        let t = &self.toks[i];
        self.text.get(t.start()..t.end()).unwrap_or("")
    }
}

/// Suffixes stripped to find the stem of an inflected word.
const SUFFIXES: [&str; 9] = ["s", "es", "ies", "ed", "d", "ing", "ly", "ers", "er"];

/// Stems of `w` for each suffix it ends with ("Strategists" → "Strategist").
pub fn stems(w: &str) -> impl Iterator<Item = (&str, &'static str)> {
    SUFFIXES.iter().filter_map(move |suf| {
        if w.len() > suf.len() + 2 && w.ends_with(suf) {
            w.get(..w.len() - suf.len()).map(|s| (s, *suf))
        } else {
            None
        }
    })
}

/// Splits the tokens into lines and decides which are headlines.
fn split_lines(text: &str, toks: &[Token], blocks: &[Block]) -> Vec<Line> {
    let mut heads: Vec<Range<usize>> = blocks
        .iter()
        .filter(|b| b.is_heading())
        .map(Block::range)
        .collect();
    heads.sort_by_key(|r| r.start);
    let mut lines = Vec::new();
    let mut start = 0;
    let mut hi = 0;
    for i in 0..=toks.len() {
        if i < toks.len() && toks[i].shape != Shape::Newline {
            continue;
        }
        if start < i {
            let byte = toks[start].start();
            while hi < heads.len() && heads[hi].end < byte {
                hi += 1;
            }
            let in_heading = heads.get(hi).is_some_and(|r| r.contains(&byte));
            let headline = is_headline(text, &toks[start..i], in_heading);
            lines.push(Line {
                toks: start..i,
                headline,
            });
        }
        start = i + 1;
    }
    lines
}

/// Most content words in a headline that is not marked as a heading.
const MAX_HEADLINE_WORDS: usize = 14;

/// Title case (every content word capitalised) or ALL CAPS, and not a
/// sentence (no final full stop) unless the block says it is a heading.
pub fn is_headline(text: &str, toks: &[Token], in_heading: bool) -> bool {
    let mut content = 0;
    let mut cap = 0;
    let mut upper = 0;
    let mut lower = 0;
    for t in toks {
        match t.shape {
            Shape::Cap | Shape::Upper if t.flags & FUNCTION == 0 => {
                content += 1;
                cap += 1;
                if t.shape == Shape::Upper {
                    upper += 1;
                }
            }
            Shape::Lower if t.flags & FUNCTION == 0 => {
                content += 1;
                lower += 1;
            }
            Shape::Cap => {}
            Shape::Lower => {}
            _ => {}
        }
    }
    let all_caps = upper >= 3 && upper == content;
    if all_caps {
        return true;
    }
    let ends_sentence = toks
        .iter()
        .rev()
        .find(|t| t.shape != Shape::Punct(b'"') && t.shape != Shape::Punct(b')'))
        .is_some_and(|t| matches!(t.shape, Shape::Punct(b'.' | b'!' | b'?')));
    if ends_sentence && !in_heading {
        return false;
    }
    // A long title-case line outside a heading is a list or a credit line
    // ("Colonel Ann Lee, 4 June 1950; Major Ivo Rask, …"), where capitals
    // still mark names.
    if !in_heading && content > MAX_HEADLINE_WORDS {
        return false;
    }
    let min = if in_heading { 2 } else { 3 };
    content >= min && lower == 0 && cap >= min && !has_sentence_word(text, toks)
}

/// The only words title case leaves in lower case: articles, short
/// prepositions and conjunctions.
const TITLE_CASE_MINOR: [&str; 22] = [
    "a", "an", "the", "of", "on", "for", "and", "or", "nor", "but", "to", "in", "at", "by", "from",
    "with", "as", "into", "onto", "upon", "via", "vs",
];

/// A lower-case function word that title case would capitalise ("is",
/// "was", "his"): the line is a sentence ("Blue Mesa (1938) is by Ann Lee.").
fn has_sentence_word(text: &str, toks: &[Token]) -> bool {
    toks.iter().any(|t| {
        t.shape == Shape::Lower
            && t.flags & FUNCTION != 0
            && !TITLE_CASE_MINOR.contains(&text.get(t.start()..t.end()).unwrap_or(""))
    })
}
