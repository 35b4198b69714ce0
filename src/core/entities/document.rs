//! One article prepared for the rules: its tokens, its lines (headline or
//! body) and the article-wide evidence about words (seen in lower case?
//! seen capitalised inside a sentence?).

use std::ops::Range;

use super::gazetteer::{FUNCTION, word_hash};
use super::hashtab::HashSet64;
use super::lexicon::Lexicon;
use super::tokens::{Shape, Token, tokenize_into};
use crate::core::article::Block;

/// A set of word hashes.
pub type HashSetU64 = HashSet64;

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
    /// Sentence-initial words and their stems (kept for reuse only).
    wanted: HashSetU64,
}

/// The buffers of a [`Document`], kept between articles so that each
/// article does not allocate (and grow) them afresh.
#[derive(Debug, Default)]
pub struct Scratch {
    toks: Vec<Token>,
    lines: Vec<Line>,
    lower: HashSetU64,
    cap_mid: HashSetU64,
    wanted: HashSetU64,
}

impl Scratch {
    /// Tokens of the last article: about how much memory the buffers
    /// really use (to decide whether keeping them is worth it; the token
    /// buffer's spare capacity is reserved, not touched).
    pub fn tokens_used(&self) -> usize {
        self.toks.len()
    }
}

impl<'a> Document<'a> {
    /// Tokenizes `text` and gathers the evidence.
    #[cfg(test)]
    pub fn new(text: &'a str, blocks: &[Block], lex: &Lexicon) -> Self {
        Self::with_buffer(text, blocks, lex, Scratch::default())
    }

    /// [`Document::new`] reusing buffers (see [`Document::into_buffer`]).
    pub fn with_buffer(text: &'a str, blocks: &[Block], lex: &Lexicon, scratch: Scratch) -> Self {
        let Scratch {
            mut toks,
            mut lines,
            mut lower,
            mut cap_mid,
            mut wanted,
        } = scratch;
        lower.clear();
        cap_mid.clear();
        wanted.clear();
        tokenize_into(text, &lex.gaz, &mut toks);
        split_lines(text, &toks, blocks, &mut lines);
        // Which lower-case forms will be asked about: sentence-initial
        // words and their stems. Only those are recorded.
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
        if !wanted.is_empty() {
            // A 4096-bit prefilter keeps the set lookups for the few words
            // that may be wanted.
            let mut bits = [0u64; 64];
            for h in wanted.iter() {
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
            wanted,
        }
    }

    /// Gives the buffers back for reuse.
    pub fn into_buffer(self) -> Scratch {
        Scratch {
            toks: self.toks,
            lines: self.lines,
            lower: self.lower,
            cap_mid: self.cap_mid,
            wanted: self.wanted,
        }
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

/// Splits the tokens into `lines` (cleared first) and decides which are
/// headlines.
fn split_lines(text: &str, toks: &[Token], blocks: &[Block], lines: &mut Vec<Line>) {
    let mut heads: Vec<Range<usize>> = blocks
        .iter()
        .filter(|b| b.is_heading())
        .map(Block::range)
        .collect();
    heads.sort_by_key(|r| r.start);
    lines.clear();
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
}

/// Title case (every content word capitalised) or ALL CAPS, and not a
/// sentence (no final full stop) unless the block says it is a heading.
pub fn is_headline(_text: &str, toks: &[Token], in_heading: bool) -> bool {
    let mut content = 0;
    let mut cap = 0;
    let mut upper = 0;
    for t in toks {
        match t.shape {
            Shape::Cap | Shape::Upper if t.flags & FUNCTION == 0 => {
                content += 1;
                cap += 1;
                if t.shape == Shape::Upper {
                    upper += 1;
                }
            }
            // A lower-case content word: neither title case nor all caps
            // (every test below would fail), so stop reading the line.
            Shape::Lower if t.flags & FUNCTION == 0 => return false,
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
    let min = if in_heading { 2 } else { 3 };
    content >= min && cap >= min
}
