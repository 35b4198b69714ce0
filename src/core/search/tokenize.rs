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

/// Characters that never belong to a term (the query syntax uses them);
/// UAX #29 keeps `:` inside words (`a:b`) and lets a combining mark follow
/// `"`.
fn is_syntax(c: char) -> bool {
    matches!(c, ':' | '"' | '*') || c.is_whitespace()
}

/// True for combining marks (chars that extend the grapheme before them).
fn is_mark(c: char) -> bool {
    if c.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 8];
    buf[0] = b'a';
    let n = c.encode_utf8(&mut buf[1..]).len();
    std::str::from_utf8(&buf[..=n]).is_ok_and(|s| s.graphemes(true).count() == 1)
}

/// Calls `f(term, range)` for every token of `text`, reusing one buffer.
///
/// White-space separated chunks of pure ASCII take a fast path that applies
/// the UAX #29 word rules for ASCII by hand (the general segmenter runs at
/// ~15 MB/s); other chunks go through `unicode-segmentation`.
pub fn for_each_token(text: &str, mut f: impl FnMut(&str, Range<usize>)) {
    let mut buf = String::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let mut ascii = true;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            ascii &= bytes[i].is_ascii();
            i += 1;
        }
        let chunk = &text[start..i];
        if ascii {
            ascii_words(chunk, |off, word| {
                word_pieces(&mut buf, start + off, word, &mut f)
            });
        } else {
            for (off, word) in chunk.unicode_word_indices() {
                word_pieces(&mut buf, start + off, word, &mut f);
            }
        }
    }
}

fn word_pieces(buf: &mut String, start: usize, word: &str, f: &mut impl FnMut(&str, Range<usize>)) {
    if word.contains(is_syntax) {
        let mut off = 0;
        for piece in word.split(is_syntax) {
            if piece.chars().any(char::is_alphanumeric) {
                emit(buf, start + off, piece, f);
            }
            off += piece.len() + 1;
        }
    } else {
        emit(buf, start, word, f);
    }
}

/// UAX #29 words of an ASCII string without white space.
fn ascii_words(s: &str, mut f: impl FnMut(usize, &str)) {
    let b = s.as_bytes();
    let is_letter = |c: u8| c.is_ascii_alphabetic();
    let is_digit = |c: u8| c.is_ascii_digit();
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i = 0;
    while i < b.len() {
        if !is_word(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < b.len() {
            let (last, c) = (b[i - 1], b[i]);
            if is_word(c) {
                i += 1;
                continue;
            }
            let next = b.get(i + 1).copied().unwrap_or(b' ');
            // WB6/7: letter (MidLetter | MidNumLet | Single_Quote) letter.
            let mid_letter = matches!(c, b':' | b'.' | b'\'');
            // WB11/12: digit (MidNum | MidNumLet | Single_Quote) digit.
            let mid_num = matches!(c, b',' | b';' | b'.' | b'\'');
            if (mid_letter && is_letter(last) && is_letter(next))
                || (mid_num && is_digit(last) && is_digit(next))
            {
                i += 2;
                continue;
            }
            break;
        }
        let word = &s[start..i];
        if word.bytes().any(|c| c.is_ascii_alphanumeric()) {
            f(start, word);
        }
    }
}

fn emit(buf: &mut String, start: usize, word: &str, f: &mut impl FnMut(&str, Range<usize>)) {
    // A word never starts with a mark or symbol (UAX #29 glues marks to
    // whatever precedes them).
    let trimmed = word.trim_start_matches(|c: char| !c.is_alphanumeric() || is_mark(c));
    let start = start + (word.len() - trimmed.len());
    let stem = strip_possessive(trimmed);
    if stem.is_empty() {
        return;
    }
    buf.clear();
    if stem.is_ascii() {
        buf.push_str(stem);
        buf.make_ascii_lowercase();
    } else {
        buf.extend(stem.chars().flat_map(char::to_lowercase));
    }
    f(buf, start..start + stem.len());
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

    type Words = Vec<(usize, String)>;

    fn fast_and_slow(s: &str) -> (Words, Words) {
        let mut fast = Vec::new();
        let mut slow = Vec::new();
        for chunk in s.split(' ') {
            let base = chunk.as_ptr() as usize - s.as_ptr() as usize;
            ascii_words(chunk, |o, w| fast.push((base + o, w.to_string())));
            for (o, w) in chunk.unicode_word_indices() {
                slow.push((base + o, w.to_string()));
            }
        }
        (fast, slow)
    }

    #[test]
    fn ascii_fast_path_agrees_with_uax29() {
        let samples = [
            "U.S. talks, 3.5 per cent; 1,000 delegates' e-mail don't x_y _z a:b 3:30",
            "a.b. 1.a a1.2 'quoted' (paren) [x]...y ,1, a''b 1''2 a.'b __ _1_",
            "end. Start! Mid-word? yes/no 4.5.6 A.B.C",
        ];
        for s in samples {
            let (fast, slow) = fast_and_slow(s);
            assert_eq!(fast, slow, "{s}");
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_fast_path_agrees_on_any_ascii(s in "[a-zA-Z0-9_.,;:'\" ()!?-]{0,40}") {
            let (fast, slow) = fast_and_slow(&s);
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn unicode_words() {
        assert_eq!(
            terms("ÉCOLE Straße, 2025 talks"),
            vec!["école", "straße", "2025", "talks"]
        );
    }
}
