//! In-article search: smart-case matching with Unicode simple case folding
//! whose hits are byte ranges into the ORIGINAL text.
//!
//! Folding maps every char to its single-char lower case (chars whose lower
//! case is several chars are kept as they are). A folded char may have a
//! different UTF-8 length than the original (`K` KELVIN SIGN, 3 bytes → `k`,
//! 1 byte), so when lengths change a map from folded to original offsets is
//! kept.

use std::ops::Range;

use memchr::memmem;

/// Folds one char: its lower case when that is a single char, else itself.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Folds a whole string (see [`fold_char`]).
pub fn fold_str(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// True when the query asks for a case-sensitive search (smart case): it
/// holds an upper-case letter.
pub fn is_case_sensitive(query: &str) -> bool {
    query.chars().any(char::is_uppercase)
}

/// A text prepared for repeated searching: fold once, search every
/// keystroke. Build it when the article opens (O(n); ~1 ms per MB).
#[derive(Debug, Clone)]
pub struct InArticleSearch {
    folded: String,
    /// `map[i]` = original offset of folded offset `i`; `None` when folding
    /// kept every byte offset (the common case).
    map: Option<Vec<u32>>,
    /// Length of the original text.
    len: usize,
}

impl InArticleSearch {
    /// Folds `text` for searching.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut out: Vec<u8> = Vec::with_capacity(text.len());
        let mut same_len = true;
        let mut i = 0;
        while i < bytes.len() {
            // ASCII runs are lowered a slice at a time (the common case).
            let run = ascii_prefix_len(&bytes[i..]);
            if run > 0 {
                let from = out.len();
                out.extend_from_slice(&bytes[i..i + run]);
                out[from..].make_ascii_lowercase();
                i += run;
                continue;
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            let f = fold_char(c);
            same_len &= f.len_utf8() == c.len_utf8();
            let mut buf = [0u8; 4];
            out.extend_from_slice(f.encode_utf8(&mut buf).as_bytes());
            i += c.len_utf8();
        }
        // Only valid UTF-8 was pushed; the fallback is never taken.
        let folded = String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        let map = (!same_len).then(|| {
            let mut map = Vec::with_capacity(folded.len() + 1);
            for (orig, c) in text.char_indices() {
                let f = fold_char(c);
                for _ in 0..f.len_utf8() {
                    map.push(orig as u32);
                }
            }
            map.push(text.len() as u32);
            map
        });
        InArticleSearch {
            folded,
            map,
            len: text.len(),
        }
    }

    fn to_orig(&self, folded_off: usize) -> usize {
        match &self.map {
            Some(map) => map.get(folded_off).map_or(self.len, |&o| o as usize),
            None => folded_off,
        }
    }

    /// All non-overlapping matches of `query` in `text` (the same text given
    /// to [`InArticleSearch::new`]), as byte ranges of `text`, in order.
    /// Smart case: case-insensitive unless `query` has an upper-case letter.
    pub fn find(&self, text: &str, query: &str) -> Vec<Range<usize>> {
        if query.is_empty() {
            return Vec::new();
        }
        let ranges: Vec<Range<usize>> = if is_case_sensitive(query) {
            memmem::find_iter(text.as_bytes(), query.as_bytes())
                .map(|s| s..s + query.len())
                .collect()
        } else {
            let needle = fold_str(query);
            memmem::find_iter(self.folded.as_bytes(), needle.as_bytes())
                .map(|s| self.to_orig(s)..self.to_orig(s + needle.len()))
                .collect()
        };
        non_overlapping(ranges)
    }

    /// Narrows the previous keystroke's matches when the query grew (`query`
    /// starts with the previous query): only the previous match starts are
    /// checked. Falls back to [`InArticleSearch::find`] otherwise.
    pub fn refine(
        &self,
        text: &str,
        prev_query: &str,
        prev: &[Range<usize>],
        query: &str,
    ) -> Vec<Range<usize>> {
        let same_mode = is_case_sensitive(prev_query) == is_case_sensitive(query);
        if prev_query.is_empty() || !query.starts_with(prev_query) || !same_mode {
            return self.find(text, query);
        }
        // Non-overlapping matches of a longer needle start at a subset of the
        // shorter needle's match starts, except where the shorter matches were
        // suppressed by overlap; re-searching the gaps is cheaper than that
        // bookkeeping, so only the common case (no overlap possible) is used.
        let prev_needle = if is_case_sensitive(query) {
            prev_query.to_string()
        } else {
            fold_str(prev_query)
        };
        if self_overlaps(&prev_needle) {
            return self.find(text, query);
        }
        let hits: Vec<usize> = prev.iter().map(|r| r.start).collect();
        if is_case_sensitive(query) {
            // The longer query may overlap itself ("AA" in "AAA"): keep the
            // matches `find` keeps, leftmost first.
            let q = query.as_bytes();
            return non_overlapping(
                hits.into_iter()
                    .filter(|&s| text.as_bytes().get(s..s + q.len()) == Some(q))
                    .map(|s| s..s + q.len())
                    .collect(),
            );
        }
        let needle = fold_str(query);
        let n = needle.as_bytes();
        let mut out = Vec::new();
        let mut last_end = 0;
        for orig in hits {
            let f = self.to_folded(orig);
            if f < last_end {
                continue;
            }
            if self.folded.as_bytes().get(f..f + n.len()) == Some(n) {
                out.push(orig..self.to_orig(f + n.len()));
                last_end = f + n.len();
            }
        }
        out
    }

    fn to_folded(&self, orig: usize) -> usize {
        match &self.map {
            Some(map) => map.partition_point(|&o| (o as usize) < orig),
            None => orig,
        }
    }
}

/// Length of the ASCII prefix of `bytes`, checked a block at a time.
fn ascii_prefix_len(bytes: &[u8]) -> usize {
    const BLOCK: usize = 64;
    let whole = bytes
        .chunks_exact(BLOCK)
        .take_while(|c| c.is_ascii())
        .count()
        * BLOCK;
    whole
        + bytes[whole..]
            .iter()
            .position(|b| !b.is_ascii())
            .unwrap_or(bytes.len() - whole)
}

/// Drops matches that start inside the previous one, so highlights never
/// overlap (folding can map two folded matches onto overlapping originals).
fn non_overlapping(ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        if out.last().is_none_or(|last| r.start >= last.end) {
            out.push(r);
        }
    }
    out
}

/// True when a string can overlap itself (some proper prefix is a suffix).
fn self_overlaps(s: &str) -> bool {
    let b = s.as_bytes();
    (1..b.len()).any(|k| b[..k] == b[b.len() - k..])
}

/// All non-overlapping, smart-case matches of `query` in `text` as byte
/// ranges of `text`. Folds the text on every call: for per-keystroke use keep
/// an [`InArticleSearch`] instead.
pub fn find_matches(text: &str, query: &str) -> Vec<Range<usize>> {
    if query.is_empty() {
        return Vec::new();
    }
    InArticleSearch::new(text).find(text, query)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, hits: &[Range<usize>]) -> Vec<&'a str> {
        hits.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn smart_case() {
        let t = "The envoy met the Envoy of ENVOY fame.";
        assert_eq!(find_matches(t, "envoy").len(), 3);
        assert_eq!(texts(t, &find_matches(t, "Envoy")), vec!["Envoy"]);
        assert_eq!(find_matches(t, "ENVOY").len(), 1);
        assert!(find_matches(t, "").is_empty());
    }

    #[test]
    fn length_changing_folds_keep_original_offsets() {
        // KELVIN SIGN (3 bytes) folds to 'k' (1 byte); 'Ⱥ' (2 bytes) folds to
        // 'ⱥ' (3 bytes).
        let t = "\u{212A}ilo Ⱥrno met Kilo and ⱥrno.";
        let hits = find_matches(t, "kilo");
        assert_eq!(texts(t, &hits), vec!["\u{212A}ilo", "Kilo"]);
        let hits = find_matches(t, "ⱥrno");
        assert_eq!(texts(t, &hits), vec!["Ⱥrno", "ⱥrno"]);
        for r in find_matches(t, "o") {
            assert_eq!(&t[r], "o");
        }
    }

    #[test]
    fn unicode_case_insensitive() {
        let t = "ÉCOLE and école and Straße";
        assert_eq!(texts(t, &find_matches(t, "école")), vec!["ÉCOLE", "école"]);
        assert_eq!(find_matches(t, "straße").len(), 1);
    }

    #[test]
    fn refine_equals_find() {
        let t = "\u{212A}elp kelp KELP kelvin kel kelpie";
        let s = InArticleSearch::new(t);
        let mut prev_q = String::new();
        let mut prev = Vec::new();
        for q in ["k", "ke", "kel", "kelp", "kelpi", "Kelp", "aa", "aaa"] {
            let r = s.refine(t, &prev_q, &prev, q);
            assert_eq!(r, s.find(t, q), "query {q}");
            prev = r;
            prev_q = q.to_string();
        }
    }

    #[test]
    fn refining_a_case_sensitive_query_that_overlaps_itself_equals_find() {
        // Found by the property test below: "ÉÉ" after "É" in "ÉÉÉ" gave
        // overlapping matches.
        for (t, short, long) in [("ÉÉÉ", "É", "ÉÉ"), ("AAAA", "A", "AA")] {
            let s = InArticleSearch::new(t);
            let prev = s.find(t, short);
            assert_eq!(s.refine(t, short, &prev, long), s.find(t, long), "{t}");
        }
    }

    proptest::proptest! {
        #[test]
        fn hits_are_original_ranges_of_the_query(
            text in "[aAkK\u{212A}ȺⱥéÉßẞİı \n]{0,40}",
            q in "[akK\u{212A}ⱥÉẞ]{1,3}",
        ) {
            let s = InArticleSearch::new(&text);
            let hits = s.find(&text, &q);
            for r in &hits {
                let got = text.get(r.clone());
                proptest::prop_assert!(got.is_some());
                if is_case_sensitive(&q) {
                    proptest::prop_assert_eq!(got, Some(q.as_str()));
                } else {
                    proptest::prop_assert_eq!(fold_str(got.unwrap_or("")), fold_str(&q));
                }
            }
            let shorter: String = q.chars().take(1).collect();
            let prev = s.find(&text, &shorter);
            proptest::prop_assert_eq!(s.refine(&text, &shorter, &prev, &q), hits);
        }
    }
}
