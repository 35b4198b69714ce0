//! Snippets: ~160 characters of text around the first hit, cut on UTF-8
//! char boundaries, line breaks and tabs turned into spaces.

use std::ops::Range;

/// Characters of context a snippet holds.
pub const SNIPPET_CHARS: usize = 160;
/// Characters shown before the first hit.
const LEAD_CHARS: usize = 50;

/// A one-line excerpt with the hit ranges inside it (byte offsets of `text`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<Range<usize>>,
}

/// Cuts a snippet of `text` around `hits[0]` (hits sorted by start). With no
/// hit the snippet is the start of the text.
pub fn snippet(text: &str, hits: &[Range<usize>]) -> Snippet {
    let anchor = hits.first().map_or(0, |r| r.start.min(text.len()));
    let anchor = floor_boundary(text, anchor);
    // Walk back LEAD_CHARS chars, then to the start of a word if one is near.
    let mut start = text[..anchor]
        .char_indices()
        .rev()
        .take(LEAD_CHARS)
        .last()
        .map_or(anchor, |(i, _)| i);
    if start > 0
        && let Some(ws) = text[start..anchor].find(char::is_whitespace)
        && ws < 20
    {
        start += ws;
    }
    let end = text[start..]
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map_or(text.len(), |(i, _)| start + i);
    let body = &text[start..end];
    let lead = body.len() - body.trim_start().len();
    let (start, body) = (start + lead, body.trim_start());
    let body = body.trim_end();
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if start + body.len() < text.len() {
        "…"
    } else {
        ""
    };
    let mut out = String::with_capacity(body.len() + 8);
    out.push_str(prefix);
    out.extend(body.chars().map(|c| {
        if c.is_control() && c.len_utf8() == 1 {
            ' '
        } else {
            c
        }
    }));
    out.push_str(suffix);
    let shift = prefix.len();
    let body_end = start + body.len();
    let highlights = hits
        .iter()
        .filter(|r| r.start < body_end && r.end > start)
        .map(|r| {
            let s = floor_boundary(text, r.start.max(start)) - start + shift;
            let e = ceil_boundary(text, r.end.min(body_end)) - start + shift;
            s..e
        })
        .collect();
    Snippet {
        text: out,
        highlights,
    }
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    #[test]
    fn cuts_on_char_boundaries_and_flattens_lines() {
        let text = "Überblick — ".repeat(30) + "the envoy\nspoke " + &"ça va ‘ok’ ".repeat(40);
        let at = text.find("envoy").expect("envoy");
        let s = snippet(&text, &[at..at + 5]);
        assert!(!s.text.contains('\n'));
        assert!(s.text.chars().count() <= SNIPPET_CHARS + 2);
        assert_eq!(&s.text[s.highlights[0].clone()], "envoy");
        assert!(s.text.starts_with('…') && s.text.ends_with('…'));
    }

    #[test]
    fn every_anchor_is_safe() {
        let text = "é€😀 a\r\nb\tc ".repeat(50);
        for i in 0..text.len() {
            let s = snippet(&text, &[i..(i + 3).min(text.len())]);
            for h in &s.highlights {
                assert!(s.text.get(h.clone()).is_some());
            }
        }
    }

    #[test]
    fn no_hit_gives_the_start() {
        let s = snippet("Short text.", &[]);
        assert_eq!(s.text, "Short text.");
        assert!(s.highlights.is_empty());
    }
}
