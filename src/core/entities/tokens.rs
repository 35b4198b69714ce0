//! Tokenizer: words (with internal hyphens, apostrophes and dots), the
//! punctuation that matters for names, and line breaks; then sentence starts.
//!
//! Possessives are split off: "Trump’s" is the word "Trump" with `poss` set,
//! so a mention never covers the ’s.

use std::ops::Range;

use super::gazetteer::{
    ABBR, ABBREV, COMMON, DESIGNATOR, FUNCTION, GIVEN, Gazetteer, ORG_KW, PARTICLE, PLACE,
    PLACE_KW, SURNAME, TITLE, ascii_letters_hash, medium_letters_hash, short_letters_hash,
    word_hash,
};

/// What a token looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Starts lower case ("envoy", "of").
    Lower,
    /// Starts upper case ("Moscow", "McDonald"; "al-Assad" and "d'Estaing"
    /// count too).
    Cap,
    /// Two or more letters, all upper case ("NATO", "U.S.").
    Upper,
    /// Starts with a digit.
    Number,
    /// A punctuation mark (normalised: quotes → '"', dashes → '-').
    Punct(u8),
    /// A line break.
    Newline,
}

/// One token of the text.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    /// Byte range in the text (u32 keeps tokens small; see [`tokenize`]).
    lo: u32,
    hi: u32,
    /// Case-folded hash ([`word_hash`]); 0 for punctuation.
    pub hash: u64,
    /// Gazetteer flags of the word.
    pub flags: u32,
    pub shape: Shape,
    /// Followed by a possessive ’s / 's / ’ that is not part of the token.
    pub poss: bool,
    /// The first word of a sentence or of a line.
    pub sent_start: bool,
    /// The token swallowed a final dot ("U.S.", "Mr.").
    pub dot: bool,
    /// The word holds a hyphen ("Post-Gazette", "al-Rashid").
    pub hyphen: bool,
    /// The word holds a dot between letters ("U.S.", "K.D.").
    pub dotted: bool,
    /// A word starting in lower case with capitals inside ("iPhone",
    /// "eBay").
    pub camel: bool,
    /// What the token does to sentence starts ([`boundary_effect`]), kept
    /// so that marking them needs no branch on the shape.
    brk: u8,
}

impl Token {
    /// Start byte offset in the text.
    #[inline]
    pub fn start(&self) -> usize {
        self.lo as usize
    }

    /// End byte offset in the text (exclusive).
    #[inline]
    pub fn end(&self) -> usize {
        self.hi as usize
    }

    /// A word that can be part of a name (capitalised or an acronym).
    #[inline]
    pub fn is_cap(&self) -> bool {
        matches!(self.shape, Shape::Cap | Shape::Upper)
    }

    /// A name's suffix, "Jr." or "Sr." (or one of the few capitalised
    /// abbreviations like it, "PhD").
    #[inline]
    pub fn is_name_suffix(&self) -> bool {
        self.shape == Shape::Cap && self.flags & ABBREV != 0
    }

    /// A single capital letter with its dot, an initial ("R." in "R.
    /// Lakshmi Narayanan"), though the letter is also a word.
    #[inline]
    pub fn is_initial(&self) -> bool {
        self.dot && self.shape == Shape::Cap && self.hi - self.lo == 2
    }

    /// A word token (not punctuation or a line break).
    #[inline]
    #[cfg(test)]
    pub fn is_word(&self) -> bool {
        matches!(
            self.shape,
            Shape::Lower | Shape::Cap | Shape::Upper | Shape::Number
        )
    }

    /// The punctuation mark, if any.
    #[inline]
    pub fn punct(&self) -> Option<u8> {
        match self.shape {
            Shape::Punct(c) => Some(c),
            _ => None,
        }
    }
}

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text.get(i..).and_then(|s| s.chars().next()),
        None => None,
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())
}

/// Splits `text` into tokens. Texts of 4 GiB or more yield no tokens
/// (offsets are kept as u32).
#[cfg(test)]
pub fn tokenize(text: &str, gaz: &Gazetteer) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, gaz, &mut out, &mut ByCase::default(), |_, _, _| {});
    out
}

/// The words of a text by case, filed as they are tokenized (where each
/// word's shape is known without a test): the hashes of the lower-case
/// words and the indices of the capitalised ones ([`Token::is_cap`]), in
/// text order; and whether the current line is prose.
#[derive(Debug, Default)]
pub struct ByCase {
    pub lower: Vec<u64>,
    pub caps: Vec<u32>,
    /// The line handed over holds a lower-case content word (no
    /// function word or particle; not in camel case, "iPhone"): it is no
    /// headline, known without reading its tokens again.
    pub prose: bool,
}

impl ByCase {
    /// Empties both lists.
    pub fn clear(&mut self) {
        self.lower.clear();
        self.caps.clear();
        self.prose = false;
    }

    /// Files the word `t`, to be the `index`th token.
    #[inline(always)]
    fn file(&mut self, t: &Token, index: usize) {
        match t.shape {
            Shape::Lower => {
                self.lower.push(t.hash);
                self.prose |= (t.flags & (FUNCTION | PARTICLE) == 0) & !t.camel;
            }
            Shape::Cap | Shape::Upper => self.caps.push(index as u32),
            _ => {}
        }
    }
}

/// [`tokenize`] into a reused buffer (cleared first), filing the words in
/// `words` (appended to). `on_line` is called with the tokens so far, the
/// token range of each non-empty line (line breaks excluded, sentence
/// starts marked) and the words filed so far, as soon as the line is
/// complete.
pub fn tokenize_into(
    text: &str,
    gaz: &Gazetteer,
    out: &mut Vec<Token>,
    words: &mut ByCase,
    on_line: impl FnMut(&[Token], Range<usize>, &mut ByCase),
) {
    tokenize_with::<true>(text, gaz, out, words, on_line);
}

/// The tokenizer; `FAST` enables the fast paths for plain ASCII words
/// (off only in tests, which check that both ways give the same tokens).
/// Kept out of line: inlined into its caller it compiles worse.
#[inline(never)]
fn tokenize_with<const FAST: bool>(
    text: &str,
    gaz: &Gazetteer,
    out: &mut Vec<Token>,
    words: &mut ByCase,
    mut on_line: impl FnMut(&[Token], Range<usize>, &mut ByCase),
) {
    out.clear();
    if u32::try_from(text.len()).is_err() {
        return;
    }
    let bytes = text.as_bytes();
    let n = bytes.len();
    // News text makes about one token per five or six bytes: reserving a
    // little more avoids copying a large article's tokens while growing.
    out.reserve(n / 4 + 8);
    // Likewise its words: about one in lower case per eight bytes, one
    // capitalised per thirty (reserved for a little more).
    words.lower.reserve(n / 8);
    words.caps.reserve(n / 24);
    let mut lines = Lines::new(words);
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        if b == b' ' {
            i += 1;
            continue;
        }
        if b < 0x80 {
            if FAST && b.is_ascii_lowercase() {
                // Fast path: a plain lower-case ASCII word ended by a space
                // or by punctuation that cannot continue it.
                let (j, hash) = letters_and_hash(bytes, i, 0);
                let resume = if ends_plain(bytes, j) {
                    Some(j)
                } else {
                    possessive_end(bytes, j)
                };
                if let Some(resume) = resume {
                    let mut t = plain(i, j, hash, gaz.lower_flags(hash), Shape::Lower);
                    t.poss = resume != j;
                    lines.push_word(out, t);
                    i = resume;
                    continue;
                }
            }
            if FAST
                && b.is_ascii_uppercase()
                && let Some((t, resume)) = plain_upper_start(bytes, i, gaz)
            {
                lines.push_word(out, t);
                i = resume;
                continue;
            }
            if FAST && b.is_ascii_digit() {
                // Fast path: a plain number ("2024" followed by a space, a
                // full stop …).
                let j = digit_run_end(bytes, i + 1);
                if ends_plain(bytes, j) {
                    let hash = ascii_letters_hash(bytes, i, j);
                    lines.push_word(out, plain(i, j, hash, 0, Shape::Number));
                    i = j;
                    continue;
                }
            }
            if b.is_ascii_alphanumeric() {
                let (t, resume) = word(text, i, gaz, out);
                lines.push_word(out, t);
                i = resume;
                continue;
            }
            i += 1;
            // A table, not a `match`: compiled to a jump table, the match
            // mispredicted its target on most punctuation.
            let Some((shape, brk)) = ASCII_PUNCT[usize::from(b)] else {
                continue;
            };
            lines.push(out, punct_with(i - 1, i, shape, brk));
            if shape == Shape::Newline {
                lines.end_line(out, &mut on_line);
            }
            continue;
        }
        let Some(c) = char_at(text, i) else { break };
        let len = c.len_utf8();
        if c.is_alphanumeric() {
            let (t, resume) = word(text, i, gaz, out);
            lines.push_word(out, t);
            i = resume;
            continue;
        }
        let shape = match c {
            '“' | '”' | '„' | '‘' | '’' | '«' | '»' | '‹' | '›' => {
                Shape::Punct(b'"')
            }
            '—' | '–' | '‐' | '‑' | '•' | '·' => Shape::Punct(b'-'),
            '…' => Shape::Punct(b'.'),
            '\u{2028}' | '\u{2029}' | '\u{85}' => Shape::Newline,
            c if c.is_whitespace() => {
                i += len;
                continue;
            }
            _ => Shape::Punct(b'/'),
        };
        lines.push(out, punct(i, i + len, shape));
        if shape == Shape::Newline {
            lines.end_line(out, &mut on_line);
        }
        i += len;
    }
    lines.finish(out, &mut on_line);
}

/// The token of an ASCII byte that starts no word: a line break or a
/// punctuation mark (normalised: quotes → '"', dashes and the like → '-',
/// brackets → '(' and ')') with its [`boundary_effect`]; `None` for white
/// space.
static ASCII_PUNCT: [Option<(Shape, u8)>; 128] = {
    let mut t = [None; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let shape = match c {
            b'\n' => Some(Shape::Newline),
            b' ' | b'\t' | b'\r' | 0x0c => None,
            b'\'' | b'`' => Some(Shape::Punct(b'"')),
            b'-' | b'_' | b'|' | b'*' | b'#' | b'/' | b'\\' => Some(Shape::Punct(b'-')),
            b'[' | b'{' => Some(Shape::Punct(b'(')),
            b']' | b'}' => Some(Shape::Punct(b')')),
            _ => Some(Shape::Punct(c)),
        };
        if let Some(shape) = shape {
            t[b] = Some((shape, boundary_effect(shape)));
        }
        b += 1;
    }
    t
};

/// Bytes that end a plain word in the fast paths: a space, a line break or
/// punctuation that cannot continue a word.
static ENDS_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let ends = b" \n,;:)\"\r\t";
    let mut k = 0;
    while k < ends.len() {
        t[ends[k] as usize] = true;
        k += 1;
    }
    t
};

/// Does a plain word in lower case or a number end at `j`: at the end of
/// the text, before a space or punctuation that cannot continue it, or
/// before a full stop that is not kept (not followed by a letter, as in
/// "U.S.", and such a word takes no abbreviation's dot)?
#[inline(always)]
fn ends_plain(bytes: &[u8], j: usize) -> bool {
    match bytes.get(j) {
        None => true,
        Some(b'.') => bytes
            .get(j + 1)
            .is_none_or(|&d| d < 0x80 && !d.is_ascii_alphabetic()),
        Some(&c) => ENDS_WORD[usize::from(c)],
    }
}

/// The eight bytes at `j` as a little-endian word, if the text goes on
/// for eight.
#[inline(always)]
fn eight_at(bytes: &[u8], j: usize) -> Option<u64> {
    bytes
        .get(j..j + 8)
        .and_then(|w| <[u8; 8]>::try_from(w).ok())
        .map(u64::from_le_bytes)
}

/// Per byte of `x`, the high bit set when the byte is not a lower-case
/// ASCII letter.
#[inline(always)]
fn not_lower(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = x & LOW7;
    // Per byte, high bit set when ≥ 'a', and when > 'z' (no carries: a
    // byte of `low` is at most 0x7f).
    let ge_a = (low + ONES * (0x80 - 0x61)) & HIGH;
    let gt_z = (low + ONES * (0x80 - 0x7b)) & HIGH;
    !(ge_a & !gt_z & !(x & HIGH)) & HIGH
}

/// The end of the word of ASCII letters at `i` whose first `skip` bytes
/// (0 or 1) are letters and the rest lower case, and its
/// [`ascii_letters_hash`]. A word shorter than sixteen bytes, nearly all
/// of them, is read once for both, without a loop.
#[inline(always)]
fn letters_and_hash(bytes: &[u8], i: usize, skip: u32) -> (usize, u64) {
    if let Some(x) = eight_at(bytes, i) {
        // The skipped bytes count as lower case.
        let stop = not_lower(x) & (u64::MAX << (8 * skip));
        if stop != 0 {
            let len = (stop.trailing_zeros() / 8) as usize;
            return (i + len, short_letters_hash(x, len));
        }
        // Eight letters or more: most words end within eight more.
        if let Some(y) = eight_at(bytes, i + 8) {
            let stop = not_lower(y);
            if stop != 0 {
                let rest = (stop.trailing_zeros() / 8) as usize;
                return (i + 8 + rest, medium_letters_hash(x, y, rest));
            }
        }
    }
    let j = lower_run_end(bytes, i + skip as usize);
    (j, ascii_letters_hash(bytes, i, j))
}

/// The end of the run of lower-case ASCII letters from `j`, eight bytes
/// at a time.
#[inline(always)]
fn lower_run_end(bytes: &[u8], mut j: usize) -> usize {
    while let Some(x) = eight_at(bytes, j) {
        let stop = not_lower(x);
        if stop != 0 {
            return j + (stop.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while j < bytes.len() && bytes[j].is_ascii_lowercase() {
        j += 1;
    }
    j
}

/// The end of the run of ASCII digits from `j`.
#[inline(always)]
fn digit_run_end(bytes: &[u8], mut j: usize) -> usize {
    while j < bytes.len() && bytes[j].is_ascii_digit() {
        j += 1;
    }
    j
}

/// The end of the run of upper-case ASCII letters from `j`.
#[inline(always)]
fn upper_run_end(bytes: &[u8], mut j: usize) -> usize {
    while j < bytes.len() && bytes[j].is_ascii_uppercase() {
        j += 1;
    }
    j
}

/// Where scanning resumes after a possessive ’s or 's at `j` that ends a
/// plain word ("Moor’s plan"); `None` when there is none.
#[inline(always)]
fn possessive_end(bytes: &[u8], j: usize) -> Option<usize> {
    let len = match bytes.get(j..j + 3)? {
        [0xe2, 0x80, 0x99] => 3,
        [b'\'', ..] => 1,
        _ => return None,
    };
    let s = j + len;
    let plain_after = bytes
        .get(s + 1)
        .is_none_or(|&c| c < 0x80 && !c.is_ascii_alphanumeric());
    (matches!(bytes.get(s), Some(b's' | b'S')) && plain_after).then_some(s + 1)
}

/// Fast paths for a word starting with an upper-case ASCII letter at `i`:
/// "Moscow" or an acronym ("NATO") followed by a space, a comma …,
/// "Moscow’s", or "Moscow." before a space (the dot kept when the word is
/// a known abbreviation, "Gen."). Gives the token and where scanning
/// resumes; `None` for anything else ([`word`] decides).
#[inline(always)]
fn plain_upper_start(bytes: &[u8], i: usize, gaz: &Gazetteer) -> Option<(Token, usize)> {
    let ends = |j: usize| bytes.get(j).is_none_or(|&c| ENDS_WORD[usize::from(c)]);
    let (j, hash) = letters_and_hash(bytes, i, 1);
    if j == i + 1 {
        let j = upper_run_end(bytes, i + 1);
        if !ends(j) {
            return None;
        }
        // A single capital ("A", "I") is a capitalised word, more an
        // acronym.
        let shape = if j == i + 1 { Shape::Cap } else { Shape::Upper };
        let hash = ascii_letters_hash(bytes, i, j);
        return Some((plain(i, j, hash, gaz.flags(hash), shape), j));
    }
    let cap = || plain(i, j, hash, gaz.flags(hash), Shape::Cap);
    if ends(j) {
        return Some((cap(), j));
    }
    if let Some(resume) = possessive_end(bytes, j) {
        let mut t = cap();
        t.poss = true;
        return Some((t, resume));
    }
    let after_dot = bytes.get(j + 1);
    if bytes[j] != b'.' || after_dot.is_some_and(|&d| d >= 0x80 || d.is_ascii_alphabetic()) {
        return None;
    }
    // The hash drops dots: "Gen." hashes as "Gen".
    let mut t = cap();
    // "Md. Jahangir Alam": [`word`] decides.
    if gaz.given_abbreviation(t.hash).is_some() {
        return None;
    }
    if t.flags & ABBR != 0 {
        t.hi += 1;
        t.dot = true;
    }
    Some((t, t.end()))
}

/// A plain ASCII word token (no dot, no possessive).
#[inline(always)]
fn plain(start: usize, end: usize, hash: u64, flags: u32, shape: Shape) -> Token {
    Token {
        lo: start as u32,
        hi: end as u32,
        hash,
        flags,
        shape,
        poss: false,
        sent_start: false,
        dot: false,
        hyphen: false,
        dotted: false,
        camel: false,
        brk: BRK_WORD,
    }
}

/// Line tracking while tokenizing: sentence starts are marked as tokens
/// are pushed, words filed by case, and each line handed over as soon as
/// its break is read, while its tokens are in cache.
struct Lines<'w> {
    marker: SentenceMarker,
    /// The first token of the current line.
    start: usize,
    words: &'w mut ByCase,
}

impl<'w> Lines<'w> {
    fn new(words: &'w mut ByCase) -> Self {
        Lines {
            marker: SentenceMarker::new(),
            start: 0,
            words,
        }
    }

    /// Pushes `t` with its sentence start marked.
    #[inline(always)]
    fn push(&mut self, out: &mut Vec<Token>, t: Token) {
        let t = self.marker.mark(out, t);
        out.push(t);
    }

    /// Pushes the word `t` ([`Lines::push`]) and files it by case: inlined
    /// into each fast path, whose shape is known, it files without a test.
    #[inline(always)]
    fn push_word(&mut self, out: &mut Vec<Token>, t: Token) {
        self.words.file(&t, out.len());
        self.push(out, t);
    }

    /// After pushing a line break: hands the line over unless empty.
    fn end_line(
        &mut self,
        out: &mut [Token],
        on_line: &mut impl FnMut(&[Token], Range<usize>, &mut ByCase),
    ) {
        let brk = out.len() - 1;
        if self.start < brk {
            on_line(out, self.start..brk, self.words);
        }
        self.words.prose = false;
        self.start = out.len();
    }

    /// At the end of the text: hands over the last line.
    fn finish(
        &mut self,
        out: &mut [Token],
        on_line: &mut impl FnMut(&[Token], Range<usize>, &mut ByCase),
    ) {
        if self.start < out.len() {
            on_line(out, self.start..out.len(), self.words);
        }
    }
}

fn punct(start: usize, end: usize, shape: Shape) -> Token {
    punct_with(start, end, shape, boundary_effect(shape))
}

/// A punctuation token whose [`boundary_effect`] `brk` is known.
#[inline(always)]
fn punct_with(start: usize, end: usize, shape: Shape, brk: u8) -> Token {
    Token {
        lo: start as u32,
        hi: end as u32,
        hash: 0,
        flags: 0,
        shape,
        poss: false,
        sent_start: false,
        dot: false,
        hyphen: false,
        dotted: false,
        camel: false,
        brk,
    }
}

/// [`Token::brk`]: the next word starts no sentence.
const BRK_CLEAR: u8 = 0;
/// [`Token::brk`]: the next word starts a sentence.
const BRK_SET: u8 = 1;
/// [`Token::brk`]: no effect (quotes, brackets, dashes).
const BRK_KEEP: u8 = 2;
/// [`Token::brk`]: a word (may start a sentence; see [`SentenceMarker`]).
const BRK_WORD: u8 = 3;

/// What a token of this shape does to sentence starts: a line break and
/// . ! ? : start a sentence, ; and other punctuation do not, quotes,
/// brackets and dashes change nothing.
const fn boundary_effect(shape: Shape) -> u8 {
    match shape {
        Shape::Newline => BRK_SET,
        Shape::Punct(b'.' | b'!' | b'?' | b':') => BRK_SET,
        Shape::Punct(b';') => BRK_CLEAR,
        Shape::Punct(b'"' | b'(' | b')' | b'-') => BRK_KEEP,
        Shape::Punct(_) => BRK_CLEAR,
        _ => BRK_WORD,
    }
}

/// Can the word after the space at `p` follow an abbreviated given name:
/// a capitalised given name, or, after one that is never a surname ("Md.",
/// unlike "Ma"), any capitalised word that is not a common one?
fn name_after_given_abbreviation(text: &str, p: usize, surname: bool, gaz: &Gazetteer) -> bool {
    let Some(rest) = text.get(p..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..end];
    let flags = gaz.flags(word_hash(word));
    word.starts_with(char::is_uppercase)
        && (flags & GIVEN != 0 || !surname && flags & (COMMON | FUNCTION) == 0)
}

/// Scans one word starting at `start` (`out`: the tokens before it); gives
/// its token and where scanning goes on.
fn word(text: &str, start: usize, gaz: &Gazetteer, out: &[Token]) -> (Token, usize) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut j = start;
    let mut upper = 0usize;
    let mut lower = 0usize;
    let mut dotted = false;
    let mut hyphen_cap = false;
    let mut hyphen = false;
    let mut poss = false;
    let mut resume: Option<usize> = None;
    // No byte of the word (so far) outside ASCII.
    let mut ascii = true;
    while j < n {
        let b = bytes[j];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                if b.is_ascii_uppercase() {
                    upper += 1;
                } else if b.is_ascii_lowercase() {
                    lower += 1;
                }
                j += 1;
                continue;
            }
            match b {
                b'-' => {
                    if char_at(text, j + 1).is_some_and(is_word_char) {
                        if char_at(text, j + 1).is_some_and(char::is_uppercase)
                            && (hyphen || !is_english_prefix(&bytes[start..j]))
                        {
                            hyphen_cap = true;
                        }
                        hyphen = true;
                        j += 1;
                        continue;
                    }
                    break;
                }
                b'.' => {
                    if char_at(text, j + 1).is_some_and(char::is_alphabetic) {
                        dotted = true;
                        j += 1;
                        continue;
                    }
                    break;
                }
                // "Nordvind Energi A/S": a Nordic company form after a name.
                b'/' if j == start + 1
                    && upper == 1
                    && bytes.get(j + 1).is_some_and(u8::is_ascii_uppercase)
                    && bytes.get(j + 2).is_none_or(|c| !c.is_ascii_alphanumeric())
                    && out
                        .last()
                        .is_some_and(|t| t.is_cap() && t.end() + 1 == start) =>
                {
                    upper += 1;
                    j += 2;
                    continue;
                }
                b'\'' => {
                    if let Some(skip) = apostrophe(text, j, 1, &mut poss, lower + upper) {
                        resume = Some(skip);
                        break;
                    }
                    hyphen_cap |= elided_particle(text, j, 1, lower + upper);
                    j += 1;
                    continue;
                }
                _ => break,
            }
        }
        ascii = false;
        let Some(c) = char_at(text, j) else { break };
        if c == '’' {
            if let Some(skip) = apostrophe(text, j, 3, &mut poss, lower + upper) {
                resume = Some(skip);
                break;
            }
            hyphen_cap |= elided_particle(text, j, 3, lower + upper);
            j += 3;
            continue;
        }
        if !c.is_alphanumeric() {
            break;
        }
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
        j += c.len_utf8();
    }
    let mut end = j;
    let first = char_at(text, start).unwrap_or(' ');
    let letters = upper + lower;
    let mut shape = if first.is_numeric() {
        // "6PR", "3AW": call signs and codes read as acronyms.
        if upper >= 2 && lower == 0 {
            Shape::Upper
        } else {
            Shape::Number
        }
    } else if first.is_uppercase() {
        if upper >= 2 && lower == 0 {
            Shape::Upper
        } else {
            Shape::Cap
        }
    } else if hyphen_cap {
        Shape::Cap
    } else {
        Shape::Lower
    };
    let lookup = |hash: u64, shape: Shape| match shape {
        Shape::Lower => gaz.lower_flags(hash),
        Shape::Number => 0,
        _ => gaz.flags(hash),
    };
    // An ASCII word without dots hashes as its bytes are, read eight at a
    // time from the text ([`ascii_letters_hash`] is [`word_hash`] there),
    // without checking each byte first.
    let hash_of = |end: usize| {
        if ascii && !dotted && end == j {
            ascii_letters_hash(bytes, start, end)
        } else {
            word_hash(&text[start..end])
        }
    };
    let mut hash = hash_of(end);
    let mut flags = lookup(hash, shape);
    let final_dot = resume.is_none() && bytes.get(end) == Some(&b'.');
    // "Md. Jahangir Alam", "Ma. Cristina Reyes": an abbreviated given name
    // keeps its dot before a name (not "Baltimore, Md. Officials", nor
    // "said Jack Ma. The").
    let given_abbreviation = final_dot
        && shape == Shape::Cap
        && out.last().is_none_or(|t| t.shape != Shape::Punct(b','))
        && gaz
            .given_abbreviation(hash)
            .is_some_and(|surname| name_after_given_abbreviation(text, end + 1, surname, gaz));
    // A final dot belongs to dotted abbreviations (U.S.), initials (J.) and
    // known abbreviations (Mr., Gen., Inc.); not to a company form in
    // capitals that ends a sentence of mixed case ("… joined Carrow &
    // Finch LLP. The firm …"), written without one (in capitals, "ACME
    // CO. LTD." keeps it).
    if final_dot {
        let single_cap = letters == 1 && upper == 1;
        let caps_form = shape == Shape::Upper
            && flags & DESIGNATOR != 0
            && match bytes.get(end + 1..end + 4) {
                Some([b' ', a, b]) => a.is_ascii_uppercase() && b.is_ascii_lowercase(),
                Some([b'\n' | b'\r', ..]) => true,
                _ => bytes.get(end + 1).is_none_or(|&c| c == b'\n' || c == b'\r'),
            };
        if dotted
            || single_cap
            || given_abbreviation
            || (flags & ABBR != 0 && shape != Shape::Lower && !caps_form)
        {
            end += 1;
            if dotted && upper >= 1 && shape == Shape::Cap && lower == 0 {
                shape = Shape::Upper;
            }
        }
    }
    if dotted && shape == Shape::Cap && lower == 0 {
        shape = Shape::Upper;
    }
    if shape == Shape::Upper && upper == 1 && !dotted {
        shape = Shape::Cap;
    }
    if end != j {
        hash = hash_of(end);
        flags = lookup(hash, shape);
    }
    if given_abbreviation {
        flags |= GIVEN;
    }
    // "Aïssatou Bâ": a short word with a diacritic is a name, not the
    // company form its plain letters spell ("BA").
    if letters <= 2 && !bytes[start..j].is_ascii() {
        flags &= !DESIGNATOR;
    }
    let t = Token {
        lo: start as u32,
        hi: end as u32,
        hash,
        flags,
        shape,
        poss,
        sent_start: false,
        dot: end != j,
        hyphen,
        dotted,
        camel: shape == Shape::Lower && bytes[start..end].iter().any(u8::is_ascii_uppercase),
        brk: BRK_WORD,
    };
    (t, resume.unwrap_or(end))
}

/// English prefixes written before a capitalised word ("pro-European",
/// "anti-Kremlin", "ex-Labour"): the word is no name, unlike "al-Assad".
const ENGLISH_PREFIXES: [&[u8]; 22] = [
    b"pro", b"anti", b"ex", b"non", b"post", b"pre", b"mid", b"neo", b"pan", b"semi", b"quasi",
    b"multi", b"inter", b"trans", b"ultra", b"over", b"under", b"sub", b"super", b"counter",
    b"cross", b"un",
];

/// Is `w` one of the [`ENGLISH_PREFIXES`] (in lower case, as a word
/// starting in lower case has it)?
fn is_english_prefix(w: &[u8]) -> bool {
    ENGLISH_PREFIXES.contains(&w)
}

/// "d'Estaing", "l'Humanité": one letter, an apostrophe of `len` bytes at
/// `j`, then a capital — a name with an elided particle, capitalised like
/// "al-Assad".
fn elided_particle(text: &str, j: usize, len: usize, letters: usize) -> bool {
    letters == 1 && char_at(text, j + len).is_some_and(char::is_uppercase)
}

/// At an apostrophe of `len` bytes at `j` inside a word: `None` to keep it
/// in the word (O'Brien, don't), or where to resume after a possessive
/// ("’s", or a bare ’ after s) that ends the word.
fn apostrophe(text: &str, j: usize, len: usize, poss: &mut bool, letters: usize) -> Option<usize> {
    let next = char_at(text, j + len);
    let after = char_at(text, j + len + 1);
    if matches!(next, Some('s' | 'S')) && !after.is_some_and(is_word_char) {
        *poss = true;
        return Some(j + len + 1);
    }
    if next.is_some_and(char::is_alphabetic) && letters > 0 {
        return None;
    }
    if letters > 0 && text[..j].ends_with(['s', 'S']) {
        *poss = true;
    }
    Some(j + len)
}

/// Marks the first word of each sentence and each line as the tokens are
/// pushed (see [`SentenceMarker::mark`]).
#[derive(Debug, Clone, Copy)]
struct SentenceMarker {
    /// Does the next word start a sentence?
    boundary: bool,
    /// The last token is a word with a final dot that ends a sentence or
    /// not depending on the token after it ([`ends_at_dot`]).
    pending: bool,
}

impl SentenceMarker {
    fn new() -> Self {
        SentenceMarker {
            boundary: true,
            pending: false,
        }
    }

    /// `t` marked, given the tokens before it (`out`).
    #[inline(always)]
    fn mark(&mut self, out: &[Token], mut t: Token) -> Token {
        if self.pending {
            // Rare: a word with a final dot before `t`.
            self.pending = false;
            self.boundary = out.last().is_some_and(|p| ends_at_dot(p, &t));
        }
        // Branch-free: token shapes follow no pattern a branch predictor
        // could learn.
        let word = t.brk == BRK_WORD;
        t.sent_start = word & self.boundary;
        self.boundary = (self.boundary & (t.brk == BRK_KEEP)) | (t.brk == BRK_SET);
        self.pending = word & t.dot && t.hi > t.lo && t.flags & TITLE == 0;
        t
    }
}

/// Does the word `t` with a final dot (no title) end a sentence before
/// the token `n`?
/// "… in the U.S. The talks …": a dotted abbreviation that is not a title
/// can end a sentence.
/// So can a company designator: "… AstraZeneca PLC. Johnson & Johnson
/// agreed …" (not "Samsung Co. Ltd.", nor initials that read like one,
/// "K.D. Ferro").
#[inline(never)]
fn ends_at_dot(t: &Token, n: &Token) -> bool {
    (t.shape == Shape::Upper && n.shape == Shape::Cap && n.flags & FUNCTION != 0)
        || (t.flags & DESIGNATOR != 0 && !t.dotted && n.is_cap() && n.flags & DESIGNATOR == 0)
        || ends_suffix_sentence(t, n)
}

/// "… said Ann Lee Jr. Both sides agreed": a name's suffix ("Jr.",
/// "Sr.") before a capitalised common word that names nobody ends the
/// sentence.
#[inline]
fn ends_suffix_sentence(t: &Token, n: &Token) -> bool {
    t.is_name_suffix()
        && n.shape == Shape::Cap
        && (n.flags & FUNCTION != 0
            || n.flags & COMMON != 0
                && n.flags & (GIVEN | SURNAME | PLACE | PLACE_KW | ORG_KW) == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, Shape, bool, bool)> {
        let g = Gazetteer::load();
        tokenize(text, &g)
            .into_iter()
            .filter(Token::is_word)
            .map(|t| {
                (
                    text[t.start()..t.end()].to_string(),
                    t.shape,
                    t.poss,
                    t.sent_start,
                )
            })
            .collect()
    }

    #[test]
    fn possessives_are_split_off() {
        let w = words("Lena Moor’s plan and Ivo Rask's car, the Brothers’ farm.");
        let names: Vec<_> = w.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "Lena", "Moor", "plan", "and", "Ivo", "Rask", "car", "the", "Brothers", "farm"
            ]
        );
        assert!(w[1].2 && w[5].2 && w[8].2);
    }

    #[test]
    fn apostrophe_and_hyphen_names_stay_whole() {
        let w = words("O'Brien met al-Rashid and D’Arcy-Hale.");
        assert_eq!(w[0].0, "O'Brien");
        assert_eq!(w[2].0, "al-Rashid");
        assert_eq!(w[2].1, Shape::Cap);
        assert_eq!(w[4].0, "D’Arcy-Hale");
    }

    #[test]
    fn dotted_abbreviations_keep_their_dot() {
        let w = words("The U.S. envoy met Mr. Olt and J. Ferro.");
        assert_eq!(w[1].0, "U.S.");
        assert_eq!(w[1].1, Shape::Upper);
        assert_eq!(w[4].0, "Mr.");
        assert!(!w[5].3, "a title's dot ends no sentence");
        assert_eq!(w[7].0, "J.");
    }

    #[test]
    fn sentence_starts_follow_stops_and_lines() {
        let w = words("Rain fell. Then it stopped\nNext line: Quiet");
        let starts: Vec<_> = w.iter().filter(|x| x.3).map(|x| x.0.as_str()).collect();
        assert_eq!(starts, ["Rain", "Then", "Next", "Quiet"]);
    }

    #[test]
    fn lines_are_reported_without_their_breaks() {
        let g = Gazetteer::load();
        let text = "Rain fell\n\nThen it. Stopped\nEnd";
        let mut lines = Vec::new();
        let mut toks = Vec::new();
        tokenize_into(text, &g, &mut toks, &mut ByCase::default(), |t, r, _| {
            let starts: Vec<bool> = t[r.clone()].iter().map(|t| t.sent_start).collect();
            lines.push((r, starts));
        });
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0], (0..2, vec![true, false]));
        assert_eq!(lines[1], (4..8, vec![true, false, false, true]));
        assert_eq!(lines[2], (9..10, vec![true]));
        let whole = tokenize(text, &g);
        assert!(
            toks.iter()
                .zip(&whole)
                .all(|(a, b)| a.sent_start == b.sent_start)
        );
    }

    fn shared_gazetteer() -> &'static Gazetteer {
        static G: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
        G.get_or_init(Gazetteer::load)
    }

    fn fields(t: &Token) -> (u32, u32, u64, u32, Shape, bool, bool, bool, bool, bool) {
        (
            t.lo,
            t.hi,
            t.hash,
            t.flags,
            t.shape,
            t.poss,
            t.sent_start,
            t.dot,
            t.hyphen,
            t.camel,
        )
    }

    proptest::proptest! {
        /// The fast paths give exactly what the general word scanner gives.
        #[test]
        fn fast_paths_change_nothing(
            words in proptest::collection::vec(
                "[A-Za-z]{0,3}[a-z]{0,14}|[A-Z]{1,5}|[0-9]{1,4}|Gen|Mr|[A-Z][a-z]+[-'’][A-Za-z]+|Ca[fé]+|[A-Za-z][a-z]{0,5}['’][sS]|[.,;:)(\"’' \n-]{1,2}",
                0..40,
            ),
            seps in proptest::collection::vec("[ .,\n]|\\. |[a-zé]", 40),
        ) {
            let g = shared_gazetteer();
            let text: String = words
                .iter()
                .zip(&seps)
                .map(|(w, s)| format!("{w}{s}"))
                .collect();
            let mut fast = Vec::new();
            let mut general = Vec::new();
            let (mut fast_words, mut general_words) = (ByCase::default(), ByCase::default());
            tokenize_with::<true>(&text, g, &mut fast, &mut fast_words, |_, _, _| {});
            tokenize_with::<false>(&text, g, &mut general, &mut general_words, |_, _, _| {});
            proptest::prop_assert_eq!(&fast_words.lower, &general_words.lower);
            proptest::prop_assert_eq!(&fast_words.caps, &general_words.caps);
            let fast: Vec<_> = fast.iter().map(fields).collect();
            let general: Vec<_> = general.iter().map(fields).collect();
            proptest::prop_assert_eq!(fast, general, "{:?}", text);
        }
    }

    #[test]
    fn lower_runs_end_at_the_first_other_byte() {
        for text in [
            "abcdefghijklmnopqrstuvwxyz{",
            "zzzzzzzzzzzzzzzz",
            "ab`c",
            "abc@",
            "abcdefgh\u{e9}",
            "abcdefghZ",
            "",
        ] {
            let b = text.as_bytes();
            for start in 0..b.len() {
                let mut j = start;
                while j < b.len() && b[j].is_ascii_lowercase() {
                    j += 1;
                }
                assert_eq!(lower_run_end(b, start), j, "{text:?} from {start}");
            }
        }
    }

    #[test]
    fn word_hashes_are_those_of_their_text() {
        let g = Gazetteer::load();
        let text = "Post-Gazette's anti-Kremlin 15th don't O'Brien U.S. Gen. A/S \
                    Nordvind Energi A/S iPhone McDonald Aïssatou Bâ counter-intelligence-officers \
                    São-Paulo x9-y8-z7-w6-v5 Mr. J. Ferro";
        for t in tokenize(text, &g).iter().filter(|t| t.is_word()) {
            let w = &text[t.start()..t.end()];
            assert_eq!(t.hash, word_hash(w), "{w}");
        }
    }

    #[test]
    fn camel_case_is_marked_in_lower_case_words() {
        let g = Gazetteer::load();
        let camel: Vec<bool> = tokenize("iPhone eBay Apple news", &g)
            .iter()
            .map(|t| t.camel)
            .collect();
        assert_eq!(camel, [true, true, false, false]);
    }

    #[test]
    fn acronyms_are_upper() {
        let w = words("NATO and the EU, not I.");
        assert_eq!(w[0].1, Shape::Upper);
        assert_eq!(w[3].1, Shape::Upper);
        assert_eq!(w[5].1, Shape::Cap);
    }
}
