//! One article prepared for the rules: its tokens, its lines (headline or
//! body) and the article-wide evidence about words (seen in lower case?
//! seen capitalised inside a sentence?).

use std::ops::Range;

use super::gazetteer::{
    COMMON, DESIGNATOR, FUNCTION, GIVEN, ORG_KW, PARTICLE, PLACE, PLACE_KW, ROLE, TITLE, word_hash,
};
use super::hashtab::HashSet64;
use super::lexicon::{Lexicon, WordSet};
use super::tokens::{ByCase, Shape, Token, tokenize_into};
use crate::core::article::Block;

/// A set of word hashes.
pub type HashSetU64 = HashSet64;

/// One line of text as a range of token indices.
#[derive(Debug, Clone)]
pub struct Line {
    pub toks: Range<usize>,
    /// A title-case or ALL-CAPS headline: capitalisation says nothing there.
    pub headline: bool,
    /// Its capitalised tokens, as a range of [`Document::caps`] (empty for
    /// headlines).
    pub caps: Range<usize>,
}

/// Bytes of text per expected key of the word sets (a guess, for sizing).
const KEY_BYTES: usize = 32;

/// The prepared article.
#[derive(Debug)]
pub struct Document<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    pub lines: Vec<Line>,
    /// Words met in lower case in body text.
    pub lower: HashSetU64,
    /// Words met capitalised inside a body sentence (not sentence-initial)
    /// that also start a body sentence: the only ones asked about.
    pub cap_mid: HashSetU64,
    /// Indices of the capitalised tokens ([`Token::is_cap`]) of body lines,
    /// in text order; each body line knows its part ([`Line::caps`]).
    pub caps: Vec<u32>,
    /// Some word in lower case is "like", "including" or "such" after a
    /// plural naming organisations: the cues of a list of them
    /// ("companies such as X"); without one, the rule looking for such a
    /// list need not walk the tokens.
    pub list_cue: bool,
    /// Sentence-initial words and their stems, and the hashes of body
    /// words in lower case, of capitalised words inside sentences and of
    /// sentence-initial acronyms (kept for reuse only).
    wanted: HashSetU64,
    lower_words: Vec<u64>,
    mid_words: Vec<u64>,
    upper_starts: Vec<u64>,
}

/// The buffers of a [`Document`], kept between articles so that each
/// article does not allocate (and grow) them afresh.
#[derive(Debug, Default)]
pub struct Scratch {
    toks: Vec<Token>,
    lines: Vec<Line>,
    lower: HashSetU64,
    cap_mid: HashSetU64,
    caps: Vec<u32>,
    wanted: HashSetU64,
    lower_words: Vec<u64>,
    mid_words: Vec<u64>,
    upper_starts: Vec<u64>,
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
    ///
    /// Each line is examined as soon as it is tokenized, while its tokens
    /// are in cache: headline or not, its capitalised words, its lower-case
    /// words. Only the check of the lower-case words against the wanted
    /// ones waits for the whole text.
    pub fn with_buffer(text: &'a str, blocks: &[Block], lex: &Lexicon, scratch: Scratch) -> Self {
        let Scratch {
            mut toks,
            mut lines,
            mut lower,
            mut cap_mid,
            caps,
            mut wanted,
            lower_words,
            mut mid_words,
            mut upper_starts,
        } = scratch;
        // Sized to the article: a big article before must not make every
        // small one clear (or regrow) big tables.
        let keys = text.len() / KEY_BYTES;
        lower.clear_for(keys);
        cap_mid.clear_for(keys);
        wanted.clear_for(keys);
        lines.clear();
        mid_words.clear();
        upper_starts.clear();
        let mut words = ByCase {
            lower: lower_words,
            caps,
            prose: false,
        };
        words.clear();
        let cue = ListCue {
            cues: [lex.w.like, lex.w.including, lex.w.such],
            plurals: &lex.w.org_plurals,
        };
        let mut scan = LineScan {
            text,
            heads: heading_ranges(blocks),
            next_head: 0,
            lines: &mut lines,
            wanted: &mut wanted,
            wanted_bloom: Bloom::empty(),
            mid_words: &mut mid_words,
            upper_starts: &mut upper_starts,
            last_mid: 0,
            cue,
            list_cue: false,
            lower_start: 0,
            caps_start: 0,
        };
        tokenize_into(text, &lex.gaz, &mut toks, &mut words, |t, r, w| {
            scan.line(t, r, w);
        });
        let headline_cue = scan.list_cue;
        let wanted_bloom = scan.wanted_bloom;
        let ByCase {
            lower: lower_words,
            caps,
            ..
        } = words;
        let list_cue =
            record_lower(&wanted, &wanted_bloom, &cue, &lower_words, &mut lower) || headline_cue;
        record_cap_mid(
            &wanted,
            &wanted_bloom,
            &upper_starts,
            &mid_words,
            &mut cap_mid,
        );
        Document {
            text,
            toks,
            lines,
            lower,
            cap_mid,
            caps,
            list_cue,
            wanted,
            lower_words,
            mid_words,
            upper_starts,
        }
    }

    /// Gives the buffers back for reuse.
    pub fn into_buffer(self) -> Scratch {
        Scratch {
            toks: self.toks,
            lines: self.lines,
            lower: self.lower,
            cap_mid: self.cap_mid,
            caps: self.caps,
            wanted: self.wanted,
            lower_words: self.lower_words,
            mid_words: self.mid_words,
            upper_starts: self.upper_starts,
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

/// Stems of `w` for each suffix it ends with ("Strategists" → "Strategist"),
/// the suffixes taken in the order "s", "es", "ies", "ed", "d", "ing",
/// "ly", "ers", "er".
pub fn stems(w: &str) -> impl Iterator<Item = (&str, &'static str)> {
    // A word's last byte leaves at most four suffixes (most words, none):
    // only those are compared, with no call to compare bytes.
    let sufs: &[&'static str] = match w.as_bytes().last() {
        Some(b's') => &["s", "es", "ies", "ers"],
        Some(b'd') => &["ed", "d"],
        Some(b'g') => &["ing"],
        Some(b'y') => &["ly"],
        Some(b'r') => &["er"],
        _ => &[],
    };
    sufs.iter().filter_map(move |&suf| {
        let cut = w.len().checked_sub(suf.len()).filter(|&c| c > 2)?;
        let stem = w.get(..cut)?;
        (w.as_bytes()[cut..] == *suf.as_bytes()).then_some((stem, suf))
    })
}

/// The heading blocks' byte ranges, by start.
fn heading_ranges(blocks: &[Block]) -> Vec<Range<usize>> {
    let mut heads: Vec<Range<usize>> = blocks
        .iter()
        .filter(|b| b.is_heading())
        .map(Block::range)
        .collect();
    heads.sort_by_key(|r| r.start);
    heads
}

/// What is gathered line by line while the text is tokenized.
struct LineScan<'s> {
    text: &'s str,
    /// Heading blocks, and the first one that may still hold a line.
    heads: Vec<Range<usize>>,
    next_head: usize,
    lines: &'s mut Vec<Line>,
    /// Sentence-initial capitalised words and their stems: the lower-case
    /// forms that will be asked about.
    wanted: &'s mut HashSetU64,
    /// The prefilter of `wanted`, filled as its words are put in (cheaper
    /// than walking its slots, most of them empty, afterwards).
    wanted_bloom: Bloom,
    /// Hashes of the capitalised words inside body sentences.
    mid_words: &'s mut Vec<u64>,
    /// Hashes of the sentence-initial acronyms of body lines.
    upper_starts: &'s mut Vec<u64>,
    /// The last word added to `mid_words` (runs of one name repeat it).
    last_mid: u64,
    /// The words of a list cue ([`Document::list_cue`]), and whether a
    /// headline holds one of them (body lines are checked in
    /// [`record_lower`]; a headline's words are not kept, and the plural
    /// and the cue may lie on either side of its edge).
    cue: ListCue<'s>,
    list_cue: bool,
    /// Where the words of the current line start in the lists of
    /// [`ByCase`] (the lists end with them).
    lower_start: usize,
    caps_start: usize,
}

impl LineScan<'_> {
    /// Takes in the line `r` of `toks` (its sentence starts marked), its
    /// words at the end of `words`: kept for a body line (the lower-case
    /// ones, the hashes of body words in lower case; the capitalised ones,
    /// [`Document::caps`]), dropped for a headline.
    fn line(&mut self, toks: &[Token], r: Range<usize>, words: &mut ByCase) {
        if r.is_empty() {
            return;
        }
        let byte = toks[r.start].start();
        while self.next_head < self.heads.len() && self.heads[self.next_head].end < byte {
            self.next_head += 1;
        }
        let in_heading = self
            .heads
            .get(self.next_head)
            .is_some_and(|h| h.contains(&byte));
        // A line of prose is read no further: `is_headline` stops at its
        // first lower-case content word.
        let headline = !words.prose && is_headline(self.text, &toks[r.clone()], in_heading);
        let first_cap = self.caps_start;
        if headline {
            let line_words = &words.lower[self.lower_start..];
            self.list_cue |= line_words
                .iter()
                .any(|&h| self.cue.cues.contains(&h) || self.cue.plurals.contains(h));
            words.lower.truncate(self.lower_start);
            words.caps.truncate(first_cap);
        } else {
            for &k in &words.caps[first_cap..] {
                let t = &toks[k as usize];
                if t.shape == Shape::Cap {
                    self.cap_word(t);
                } else if t.sent_start {
                    self.upper_starts.push(t.hash);
                }
            }
        }
        self.lower_start = words.lower.len();
        self.caps_start = words.caps.len();
        self.lines.push(Line {
            toks: r,
            headline,
            caps: first_cap..self.caps_start,
        });
    }

    /// Evidence from a capitalised word of a body line.
    fn cap_word(&mut self, t: &Token) {
        if t.sent_start {
            if !self.wanted.insert(t.hash) {
                return;
            }
            self.wanted_bloom.add(t.hash);
            let w = self.text.get(t.start()..t.end()).unwrap_or("");
            for (stem, _) in stems(w) {
                let h = word_hash(stem);
                if self.wanted.insert(h) {
                    self.wanted_bloom.add(h);
                }
            }
        } else if t.hash != self.last_mid {
            self.mid_words.push(t.hash);
            self.last_mid = t.hash;
        }
    }
}

/// A 4096-bit prefilter of a few hashes: the set lookups are kept for
/// the few words that may be in the set.
#[derive(Clone)]
struct Bloom {
    bits: [u64; 64],
    /// The bits of more than one hash (which [`Bloom::forget`] keeps).
    shared: [u64; 64],
}

impl Bloom {
    fn empty() -> Self {
        Bloom {
            bits: [0; 64],
            shared: [0; 64],
        }
    }

    /// `self` with `keys` put in too.
    fn with(mut self, keys: impl Iterator<Item = u64>) -> Self {
        for h in keys {
            self.add(h);
        }
        self
    }

    #[inline]
    fn add(&mut self, h: u64) {
        let b = (h >> 52) as usize;
        self.shared[b >> 6] |= self.bits[b >> 6] & (1 << (b & 63));
        self.bits[b >> 6] |= 1 << (b & 63);
    }

    /// Lets `h`, once dealt with, no longer through, unless its bit stands
    /// for another hash too: most words let through are frequent ones met
    /// again ("the" of a sentence-initial "The"), each a set lookup and a
    /// branch no predictor learns.
    #[inline]
    fn forget(&mut self, h: u64) {
        let b = (h >> 52) as usize;
        self.bits[b >> 6] &= !((1 << (b & 63)) & !self.shared[b >> 6]);
    }

    #[inline]
    fn may_hold(&self, h: u64) -> bool {
        let b = (h >> 52) as usize;
        self.bits[b >> 6] & (1 << (b & 63)) != 0
    }
}

/// The words of a list cue ([`Document::list_cue`]): the cues proper
/// and the plurals before them.
#[derive(Clone, Copy)]
struct ListCue<'l> {
    cues: [u64; 3],
    plurals: &'l WordSet,
}

/// Puts into `lower` the body words met in lower case that are `wanted`
/// (whose prefilter is `wanted_bloom`); says whether they hold a list
/// `cue` ([`Document::list_cue`]). The cues join the same prefilter: a
/// word costs a comparison only if it is let through, and the plural
/// before it is looked up after a cue only.
fn record_lower(
    wanted: &HashSetU64,
    wanted_bloom: &Bloom,
    cue: &ListCue,
    lower_words: &[u64],
    lower: &mut HashSetU64,
) -> bool {
    let cues = &cue.cues;
    let mut bloom = wanted_bloom.clone().with(cues.iter().copied());
    let mut met = false;
    // The plural is the word before: adjacent tokens in lower case are
    // adjacent here (0 before the first: no word's hash).
    let mut prev = 0;
    for &h in lower_words {
        if bloom.may_hold(h) {
            if (h == cues[0]) | (h == cues[1]) | (h == cues[2]) {
                met |= cue.plurals.contains(prev);
            }
            if wanted.contains(&h) {
                lower.insert(h);
                bloom.forget(h);
            }
        }
        prev = h;
    }
    met
}

/// Puts into `cap_mid` the capitalised words met inside body sentences
/// that also start one (the `wanted` words and the `upper_starts`): the
/// rules ask only about sentence-initial words, and building the set of
/// these few costs less than that of every name.
fn record_cap_mid(
    wanted: &HashSetU64,
    wanted_bloom: &Bloom,
    upper_starts: &[u64],
    mid_words: &[u64],
    cap_mid: &mut HashSetU64,
) {
    if wanted.is_empty() && upper_starts.is_empty() {
        return;
    }
    let mut bloom = wanted_bloom.clone().with(upper_starts.iter().copied());
    for &h in mid_words {
        // As in `record_lower`.
        if bloom.may_hold(h) && (wanted.contains(&h) || upper_starts.contains(&h)) {
            cap_mid.insert(h);
            bloom.forget(h);
        }
    }
}

/// Most content words in a headline that is not marked as a heading.
const MAX_HEADLINE_WORDS: usize = 14;

/// Title case (every content word capitalised) or ALL CAPS, and not a
/// sentence (no final full stop) unless the block says it is a heading.
pub fn is_headline(text: &str, toks: &[Token], in_heading: bool) -> bool {
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
            // "iPhone Maker Apple Faces …": a brand in camel case counts
            // as capitalised.
            // "… as Prince Abdulaziz bin Salman Warns …": a name's
            // particle stays in lower case in title case too.
            Shape::Lower if t.flags & (FUNCTION | PARTICLE) == 0 => {
                if !t.camel {
                    return false;
                }
                content += 1;
                cap += 1;
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
    if is_name_and_role(toks) || is_name_line(toks) || is_company_line(toks) {
        return false;
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
    // So is a line of entries split by semicolons.
    if !in_heading && toks.iter().any(|t| t.shape == Shape::Punct(b';')) {
        return false;
    }
    let min = if in_heading { 2 } else { 3 };
    content >= min && cap >= min && !has_sentence_word(text, toks)
}

/// "Priyanka Desai, Investor Relations Manager", "Liam Tran, Head of
/// Communications": a personal name, a comma and a role, the line of a
/// contact or a signature, whose capitals mark names as in a sentence.
fn is_name_and_role(toks: &[Token]) -> bool {
    let Some(comma) = toks.iter().position(|t| t.punct() == Some(b',')) else {
        return false;
    };
    (2..=3).contains(&comma)
        && toks.len() <= comma + 6
        && (toks[0].flags & GIVEN != 0 || toks[0].flags & (COMMON | PLACE | ORG_KW) == 0)
        && toks[..comma].iter().all(|t| t.shape == Shape::Cap)
        && (toks[comma + 1..]
            .iter()
            .any(|t| t.is_cap() && t.flags & (ROLE | TITLE) != 0)
            // "Marlies Claes, Brandpunt Communicatie B.V.": an employer.
            || is_company_line(&toks[comma + 1..]))
}

/// "Havenlijn Logistics NV" alone on a line (a contact block): two to six
/// capitalised words ending in a company form name a company, not a
/// headline.
fn is_company_line(toks: &[Token]) -> bool {
    (2..=6).contains(&toks.len())
        && toks.iter().all(|t| t.is_cap())
        && toks.last().is_some_and(|t| t.flags & DESIGNATOR != 0)
}

/// "Priya Venkataraman" alone on a line (a contact block, a signature):
/// two or three capitalised words that open with a given name that is no
/// common word and name no place or body.
fn is_name_line(toks: &[Token]) -> bool {
    (2..=3).contains(&toks.len())
        && toks[0].flags & GIVEN != 0
        && toks[0].flags & (COMMON | PLACE) == 0
        && toks.iter().all(|t| {
            t.shape == Shape::Cap
                && !t.poss
                && t.flags & (ORG_KW | PLACE | PLACE_KW | TITLE | FUNCTION) == 0
        })
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

#[cfg(test)]
mod tests {
    use super::stems;

    #[test]
    fn stems_strip_each_suffix_in_order() {
        const SUFFIXES: [&str; 9] = ["s", "es", "ies", "ed", "d", "ing", "ly", "ers", "er"];
        for w in [
            "Strategists",
            "Officers",
            "Studies",
            "Reported",
            "Speaking",
            "Reportedly",
            "Leader",
            "Mayor",
            "Bus",
            "Ted",
            "Ties",
            "Lies",
            "Sing",
            "Fly",
            "Moscow",
            "",
            "s",
            "ers",
        ] {
            let all: Vec<_> = SUFFIXES
                .iter()
                .filter(|s| w.len() > s.len() + 2 && w.ends_with(*s))
                .map(|s| (&w[..w.len() - s.len()], *s))
                .collect();
            assert_eq!(stems(w).collect::<Vec<_>>(), all, "{w}");
        }
    }
}
