//! Making selectors for a span, and finding the span again after the text
//! changed (re-anchoring).
//!
//! Order of attempts: same text hash → the stored position; exact quote
//! occurrences (after whitespace/typography folding) scored by prefix/suffix
//! context and distance from the old position; a bounded fuzzy match with a
//! minimum score and a margin over the runner-up; else orphaned. The rules
//! prefer an orphan to a wrong anchor.

use std::ops::Range;

use serde::{Deserialize, Serialize};
use serde_json::Map;
use sha2::{Digest, Sha256};

use super::fuzzy::{best_substring, similarity};
use super::model::{
    PositionTag, QuoteTag, Selector, Target, TextPositionSelector, TextQuoteSelector,
};
use super::normalize::{Normalized, head, normalize, tail};

/// Characters of context stored on each side of a quote.
pub const CONTEXT_CHARS: usize = 64;
/// Normalised bytes of context compared on each side when re-anchoring.
const CONTEXT_CMP: usize = 64;
/// Quotes shorter than this (normalised bytes) need strong context on both
/// sides, also to be matched exactly.
const MIN_FUZZY_LEN: usize = 16;
/// Quotes shorter than this are never matched fuzzily.
const MIN_SHORT_FUZZY_LEN: usize = 8;
/// Quotes longer than this are only matched exactly (bounds the cost).
const MAX_FUZZY_LEN: usize = 4000;
/// Fuzzy candidate regions examined per annotation.
const MAX_CANDIDATES: usize = 8;

/// Where an annotation stands against the current text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// At its stored position, same text.
    Anchored,
    /// Found elsewhere, or its text changed slightly.
    Moved,
    /// Not found with confidence; kept, listed with its quote.
    Orphaned,
}

impl Status {
    /// The status as printed and serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Anchored => "anchored",
            Status::Moved => "moved",
            Status::Orphaned => "orphaned",
        }
    }
}

/// The outcome of re-anchoring one annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub status: Status,
    /// Byte range in the current canonical text (None when orphaned).
    pub range: Option<Range<usize>>,
}

impl Anchor {
    /// An orphan.
    pub const ORPHAN: Anchor = Anchor {
        status: Status::Orphaned,
        range: None,
    };
}

/// The hash recorded with annotations: `sha256:` and 64 hex digits.
///
/// SHA-256 (pure Rust `sha2`) rather than BLAKE3: a standard, stable digest
/// that other tools can recompute; speed is irrelevant at article sizes.
pub fn text_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut s = String::with_capacity(71);
    s.push_str("sha256:");
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// The quote and position selectors of `range` in `text`. Errors when the
/// range is empty, out of bounds or not on character boundaries.
pub fn selectors(text: &str, range: Range<usize>) -> Result<Vec<Selector>, String> {
    if range.start >= range.end
        || range.end > text.len()
        || !text.is_char_boundary(range.start)
        || !text.is_char_boundary(range.end)
    {
        return Err(format!(
            "selection {}..{} is not a non-empty span of the text ({} bytes)",
            range.start,
            range.end,
            text.len()
        ));
    }
    let before = &text[..range.start];
    let prefix_start = before
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(0, |(i, _)| i);
    let after = &text[range.end..];
    let suffix_end = after
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(after.len(), |(i, _)| i);
    Ok(vec![
        Selector::Quote(TextQuoteSelector {
            kind: QuoteTag::TextQuoteSelector,
            exact: text[range.clone()].to_string(),
            prefix: before[prefix_start..].to_string(),
            suffix: after[..suffix_end].to_string(),
            extra: Map::new(),
        }),
        Selector::Position(TextPositionSelector {
            kind: PositionTag::TextPositionSelector,
            start: range.start,
            end: range.end,
            extra: Map::new(),
        }),
    ])
}

/// Re-anchors targets against one text; build once per text.
#[derive(Debug)]
pub struct Resolver<'a> {
    text: &'a str,
    hash: String,
    norm: Normalized,
}

/// One scored candidate span (normalised byte offsets).
#[derive(Debug, Clone)]
struct Candidate {
    start: usize,
    end: usize,
    score: f64,
    accepted: bool,
}

impl<'a> Resolver<'a> {
    /// Prepares `text` (hash and normalised view).
    pub fn new(text: &'a str) -> Self {
        Resolver {
            text,
            hash: text_hash(text),
            norm: Normalized::new(text),
        }
    }

    /// The hash of the text.
    pub fn hash(&self) -> &str {
        &self.hash
    }

    /// Finds `target` in the text.
    pub fn resolve(&self, target: &Target) -> Anchor {
        let old = target
            .position()
            .map(|p| p.start..p.end)
            .filter(|r| self.valid(r));
        let Some(quote) = target.quote() else {
            return match old {
                Some(r) if target.text_hash == self.hash => Anchor {
                    status: Status::Anchored,
                    range: Some(r),
                },
                _ => Anchor::ORPHAN,
            };
        };
        if let Some(r) = &old
            && target.text_hash == self.hash
            && self.text[r.clone()] == quote.exact
        {
            return Anchor {
                status: Status::Anchored,
                range: Some(r.clone()),
            };
        }
        let nq = normalize(&quote.exact);
        if nq.trim().is_empty() {
            return Anchor::ORPHAN;
        }
        let prefix = normalize(&quote.prefix);
        let suffix = normalize(&quote.suffix);
        let ctx = Context {
            prefix: tail(&prefix, CONTEXT_CMP),
            suffix: head(&suffix, CONTEXT_CMP),
        };
        let found = self
            .exact(&quote.exact, &nq, &ctx, old.as_ref())
            .or_else(|| self.fuzzy(&nq, &ctx, old.as_ref()));
        match found {
            None => Anchor::ORPHAN,
            Some(r) => {
                let same = old.as_ref() == Some(&r) && self.text[r.clone()] == quote.exact;
                Anchor {
                    status: if same {
                        Status::Anchored
                    } else {
                        Status::Moved
                    },
                    range: Some(r),
                }
            }
        }
    }

    fn valid(&self, r: &Range<usize>) -> bool {
        r.start < r.end
            && r.end <= self.text.len()
            && self.text.is_char_boundary(r.start)
            && self.text.is_char_boundary(r.end)
    }

    /// Prefix and suffix similarity of a candidate span. A side whose stored
    /// context is only an edge (the text's start or end, a paragraph break)
    /// agrees with a candidate at such an edge and not with one inside a
    /// sentence: an empty context is no licence to match anywhere.
    fn context(&self, ctx: &Context<'_>, start: usize, end: usize) -> Sides {
        let t = &self.norm.text;
        let before = Edge::of(t[..start].bytes().next_back());
        let after = Edge::of(t[end..].bytes().next());
        let side = |want: &str, actual: &str, edge: Edge| {
            if want.trim().is_empty() {
                Edge::stored(want).agreement(edge)
            } else {
                similarity(want, actual)
            }
        };
        // Context stops at a paragraph break (kept as '\n' by normalising).
        let want_p = ctx
            .prefix
            .rfind('\n')
            .map_or(ctx.prefix, |i| &ctx.prefix[i..]);
        let want_s = ctx
            .suffix
            .find('\n')
            .map_or(ctx.suffix, |i| &ctx.suffix[..=i]);
        Sides {
            prefix: side(want_p, tail(&t[..start], want_p.len()), before),
            suffix: side(want_s, head(&t[end..], want_s.len()), after),
            prefix_is_edge: want_p.trim().is_empty(),
            suffix_is_edge: want_s.trim().is_empty(),
        }
    }

    fn closeness(&self, start: usize, old: Option<&Range<usize>>) -> f64 {
        old.map_or(0.0, |o| {
            1.0 / (1.0 + self.norm.orig(start).abs_diff(o.start) as f64 / 1000.0)
        })
    }

    fn to_orig(&self, start: usize, end: usize) -> Option<Range<usize>> {
        let r = self.norm.orig(start)..self.norm.orig(end);
        self.valid(&r).then_some(r)
    }

    /// Exact occurrences of the normalised quote, scored by context. A short
    /// quote must also keep its letters' case ("Update" is not "update").
    fn exact(
        &self,
        quote: &str,
        nq: &str,
        ctx: &Context<'_>,
        old: Option<&Range<usize>>,
    ) -> Option<Range<usize>> {
        let hits: Vec<usize> = self
            .norm
            .text
            .match_indices(nq)
            .map(|(i, _)| i)
            .take(10_000)
            .collect();
        let mut best: Option<Candidate> = None;
        for s in hits {
            let e = s + nq.len();
            let sides = self.context(ctx, s, e);
            let (sp, ss) = (sides.prefix, sides.suffix);
            let at_old = old.is_some_and(|o| self.norm.to_norm(o.start) == s);
            // At the old position, the words around must still agree in
            // part (a short quote: mostly): a quote that stood at the text's
            // start is not kept there once a new sentence begins with the
            // same words. A whole paragraph (edges on both sides) and a long
            // quote are kept.
            let accepted = if at_old {
                let need = if nq.len() < MIN_FUZZY_LEN { 0.8 } else { 0.5 };
                sides.text_max() >= need
                    || (sides.prefix_is_edge && sides.suffix_is_edge && sp.min(ss) >= 1.0)
                    || nq.len() >= 32
            } else {
                exact_accepts(nq.len(), sp, ss)
            };
            if !accepted
                || (nq.len() < MIN_FUZZY_LEN
                    && !self
                        .to_orig(s, e)
                        .is_some_and(|r| same_case(quote, &self.text[r])))
            {
                continue;
            }
            let score = (sp + ss) / 2.0 + 0.1 * self.closeness(s, old);
            if best.as_ref().is_none_or(|b| score > b.score) {
                best = Some(Candidate {
                    start: s,
                    end: e,
                    score,
                    accepted,
                });
            }
        }
        best.and_then(|b| self.to_orig(b.start, b.end))
    }

    /// Votes for quote starts: every hit of a seed pattern (at most 64 per
    /// pattern: a more common one says nothing) plus its offset.
    fn seed_votes(&self, seeds: &[(&str, isize)]) -> Vec<isize> {
        const MAX_HITS: usize = 64;
        let Ok(ac) = aho_corasick::AhoCorasick::new(seeds.iter().map(|s| s.0)) else {
            return Vec::new();
        };
        let mut per: Vec<Vec<isize>> = vec![Vec::new(); seeds.len()];
        for hit in ac.find_overlapping_iter(self.norm.text.as_str()) {
            let i = hit.pattern().as_usize();
            if per[i].len() <= MAX_HITS {
                per[i].push(hit.start() as isize + seeds[i].1);
            }
        }
        per.into_iter()
            .filter(|v| v.len() <= MAX_HITS)
            .flatten()
            .collect()
    }

    /// Moves the edges of a fuzzy span to where the stored context ends and
    /// begins, when the context is found close by (the edges of a reworded
    /// quote are otherwise uncertain).
    fn refine(&self, ctx: &Context<'_>, s: usize, e: usize, m: usize) -> Option<(usize, usize)> {
        const EDGE: usize = 12;
        let t = self.norm.text.as_str();
        let slack = m / 4 + 8;
        let window = |a: usize, b: usize| (snap_down(t, a), snap_up(t, b.min(t.len())));
        let want_p = ctx
            .prefix
            .rfind('\n')
            .map_or(ctx.prefix, |i| &ctx.prefix[i..]);
        let want_s = ctx
            .suffix
            .find('\n')
            .map_or(ctx.suffix, |i| &ctx.suffix[..=i]);
        let mut new_s = s;
        let p = tail(want_p, EDGE);
        if p.trim().len() >= 4 {
            let (a, b) = window(s.saturating_sub(slack + p.len()), s + slack);
            new_s = t[a..b]
                .match_indices(p)
                .map(|(i, _)| a + i + p.len())
                .min_by_key(|&x| x.abs_diff(s))
                .unwrap_or(s);
        }
        let mut new_e = e;
        let q = head(want_s, EDGE);
        if q.trim().len() >= 4 {
            let (a, b) = window(e.saturating_sub(slack), e + slack + q.len());
            new_e = t[a..b]
                .match_indices(q)
                .map(|(i, _)| a + i)
                .min_by_key(|&x| x.abs_diff(e))
                .unwrap_or(e);
        }
        (new_s < new_e).then_some((new_s, new_e))
    }

    /// A bounded fuzzy search around seeds (quote n-grams, context, old
    /// position); demands a minimum score and a margin over the runner-up.
    fn fuzzy(
        &self,
        nq: &str,
        ctx: &Context<'_>,
        old: Option<&Range<usize>>,
    ) -> Option<Range<usize>> {
        let m = nq.len();
        if !(MIN_SHORT_FUZZY_LEN..=MAX_FUZZY_LEN).contains(&m) {
            return None;
        }
        let t = self.norm.text.as_str();
        // Seeds: quote n-grams and the context next to the quote, found in
        // one pass; each hit votes for where the quote would start.
        let k = if m < 32 { 6 } else { 8 };
        let step = (m / 16).max(k / 2);
        let mut seeds: Vec<(&str, isize)> = Vec::new();
        let mut off = 0;
        while off + k <= m {
            if nq.is_char_boundary(off) && nq.is_char_boundary(off + k) {
                seeds.push((&nq[off..off + k], -(off as isize)));
            }
            off += step;
        }
        let seed_len = 16;
        if ctx.prefix.len() >= seed_len {
            let p = tail(ctx.prefix, seed_len);
            seeds.push((p, p.len() as isize));
        }
        if ctx.suffix.len() >= seed_len {
            seeds.push((head(ctx.suffix, seed_len), -(m as isize)));
        }
        let mut votes = self.seed_votes(&seeds);
        let mut starts = cluster(&mut votes, (m / 4).max(8));
        if let Some(o) = old {
            starts.push(self.norm.to_norm(o.start) as isize);
        }
        let slack = (m / 3 + 8) as isize;
        let mut cands: Vec<Candidate> = Vec::new();
        for c in starts {
            let lo = snap_down(t, (c - slack).clamp(0, t.len() as isize) as usize);
            let hi = snap_up(
                t,
                (c + m as isize + slack).clamp(0, t.len() as isize) as usize,
            );
            if lo >= hi {
                continue;
            }
            let Some((s, e, dist)) = best_substring(nq.as_bytes(), &t.as_bytes()[lo..hi]) else {
                continue;
            };
            let (mut s, mut e) = (snap_down(t, lo + s), snap_up(t, lo + e));
            if !nq.starts_with(' ') {
                while s < e && t.as_bytes()[s] == b' ' {
                    s += 1;
                }
            }
            if !nq.ends_with(' ') {
                while e > s && t.as_bytes()[e - 1] == b' ' {
                    e -= 1;
                }
            }
            let mut qsim = 1.0 - dist as f64 / m as f64;
            if let Some((rs, re)) = self.refine(ctx, s, e, m)
                && (rs, re) != (s, e)
            {
                (s, e) = (rs, re);
                qsim = similarity(nq, &t[s..e]);
            }
            if s >= e || cands.iter().any(|c| c.start == s && c.end == e) {
                continue;
            }
            let Sides {
                prefix: sp,
                suffix: ss,
                ..
            } = self.context(ctx, s, e);
            let accepted = fuzzy_accepts(m, qsim, sp, ss);
            let score = 0.6 * qsim + 0.3 * (sp + ss) / 2.0 + 0.1 * self.closeness(s, old);
            cands.push(Candidate {
                start: s,
                end: e,
                score,
                accepted,
            });
        }
        let best = cands
            .iter()
            .filter(|c| c.accepted)
            .max_by(|a, b| a.score.total_cmp(&b.score))?;
        let runner_up = cands
            .iter()
            .filter(|c| c.end <= best.start || c.start >= best.end)
            .map(|c| c.score)
            .fold(f64::MIN, f64::max);
        if best.score - runner_up < 0.08 {
            return None;
        }
        self.to_orig(best.start, best.end)
    }
}

/// Whether an exact occurrence away from the old position is trusted:
/// context must agree on both sides (short quotes: strongly), or strongly
/// on one and fairly on the other.
fn exact_accepts(len: usize, sp: f64, ss: f64) -> bool {
    let (hi, lo) = (sp.max(ss), sp.min(ss));
    if len < MIN_FUZZY_LEN {
        return lo >= 0.8;
    }
    (lo >= 0.7) || (hi >= 0.9 && lo >= 0.5)
}

/// Whether a fuzzy match is trusted: a near-exact quote with strong context
/// on one side and fair on the other, or a reworded quote whose context is
/// intact on both sides. Short quotes: a typo at most, context intact.
fn fuzzy_accepts(len: usize, qsim: f64, sp: f64, ss: f64) -> bool {
    let (hi, lo) = (sp.max(ss), sp.min(ss));
    if len < MIN_FUZZY_LEN {
        return qsim >= 0.8 && lo >= 0.9;
    }
    (qsim >= 0.85 && hi >= 0.9 && lo >= 0.6) || (qsim >= 0.65 && lo >= 0.85)
}

/// How far a candidate's context agrees with the stored one on each side.
#[derive(Debug, Clone, Copy)]
struct Sides {
    prefix: f64,
    suffix: f64,
    /// The stored prefix is only an edge (text start or paragraph break).
    prefix_is_edge: bool,
    /// The stored suffix is only an edge (text end or paragraph break).
    suffix_is_edge: bool,
}

impl Sides {
    /// The best agreement of a side whose stored context has words (0 when
    /// neither has).
    fn text_max(&self) -> f64 {
        let p = if self.prefix_is_edge {
            0.0
        } else {
            self.prefix
        };
        let s = if self.suffix_is_edge {
            0.0
        } else {
            self.suffix
        };
        p.max(s)
    }
}

/// Whether two spellings of one text have their letters in the same case.
fn same_case(a: &str, b: &str) -> bool {
    let caps = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphabetic())
            .map(char::is_uppercase)
            .collect::<Vec<_>>()
    };
    caps(a) == caps(b)
}

/// What borders a span on one side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Edge {
    /// The start or end of the text, or a paragraph break.
    Block,
    /// A space inside a paragraph.
    Space,
    /// More of a word or punctuation.
    Word,
}

impl Edge {
    /// The edge made by the normalised byte next to a span (None: the text's
    /// start or end).
    fn of(byte: Option<u8>) -> Edge {
        match byte {
            None | Some(b'\n') => Edge::Block,
            Some(b' ') => Edge::Space,
            Some(_) => Edge::Word,
        }
    }

    /// The edge a whitespace-only stored context stands for.
    fn stored(want: &str) -> Edge {
        if want.is_empty() || want.contains('\n') {
            Edge::Block
        } else {
            Edge::Space
        }
    }

    /// How far a candidate's edge agrees with the stored one, 0 to 1. The text's
    /// edge and a paragraph break are one kind (boilerplate added around an
    /// article, a heading deleted above a paragraph); a space in a sentence
    /// is weak evidence for either, and a word running on is none.
    fn agreement(self, actual: Edge) -> f64 {
        match (self, actual) {
            (_, Edge::Word) => 0.0,
            (a, b) if a == b => 1.0,
            _ => 0.5,
        }
    }
}

/// Normalised context compared on each side.
struct Context<'c> {
    prefix: &'c str,
    suffix: &'c str,
}

/// Groups nearby votes; returns cluster medians, most voted first.
fn cluster(votes: &mut [isize], tolerance: usize) -> Vec<isize> {
    votes.sort_unstable();
    let mut groups: Vec<(usize, isize)> = Vec::new();
    let mut i = 0;
    while i < votes.len() {
        let mut j = i;
        while j + 1 < votes.len() && votes[j + 1].abs_diff(votes[j]) <= tolerance {
            j += 1;
        }
        groups.push((j - i + 1, votes[i + (j - i) / 2]));
        i = j + 1;
    }
    groups.sort_by_key(|g| std::cmp::Reverse(g.0));
    let floor = groups.first().map_or(0, |g| g.0 / 4);
    groups
        .into_iter()
        .take(MAX_CANDIDATES)
        .filter(|g| g.0 >= floor)
        .map(|g| g.1)
        .collect()
}

fn snap_down(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn snap_up(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(text: &str, range: Range<usize>) -> Target {
        Target {
            source: "a".into(),
            text_hash: text_hash(text),
            selector: selectors(text, range).expect("selectors"),
            extra: Map::new(),
        }
    }

    const TEXT: &str = "The harbour authority of Velmora announced on Tuesday that the old grain pier \
        will close for repairs. Officials said the work would take six months. \
        The mayor, Elin Ostrova, said the city would pay for a temporary ferry.\n\n\
        Fishermen were unhappy. \"We were not asked,\" said one captain.";

    fn span(text: &str, needle: &str) -> Range<usize> {
        let s = text.find(needle).expect("needle");
        s..s + needle.len()
    }

    #[test]
    fn unchanged_text_keeps_position() {
        let r = span(TEXT, "the work would take six months");
        let a = Resolver::new(TEXT).resolve(&target(TEXT, r.clone()));
        assert_eq!(
            a,
            Anchor {
                status: Status::Anchored,
                range: Some(r)
            }
        );
    }

    #[test]
    fn inserted_paragraph_moves_the_anchor() {
        let t = target(TEXT, span(TEXT, "the work would take six months"));
        let new = format!("A new first paragraph about something else entirely.\n\n{TEXT}");
        let a = Resolver::new(&new).resolve(&t);
        assert_eq!(a.status, Status::Moved);
        assert_eq!(a.range, Some(span(&new, "the work would take six months")));
    }

    #[test]
    fn typo_fix_inside_quote_is_found() {
        let old = TEXT.replace("temporary ferry", "temporry ferry");
        let t = target(&old, span(&old, "pay for a temporry ferry"));
        let a = Resolver::new(TEXT).resolve(&t);
        assert_eq!(a.range, Some(span(TEXT, "pay for a temporary ferry")));
    }

    #[test]
    fn deleted_sentence_is_orphaned() {
        let t = target(
            TEXT,
            span(TEXT, "Officials said the work would take six months."),
        );
        let new = TEXT.replace("Officials said the work would take six months. ", "");
        assert_eq!(Resolver::new(&new).resolve(&t), Anchor::ORPHAN);
    }

    #[test]
    fn short_quote_elsewhere_is_not_taken() {
        let t = target(TEXT, span(TEXT, "said one"));
        let new = TEXT.replace("said one captain", "a captain told us");
        let a = Resolver::new(&new).resolve(&t);
        assert_eq!(a, Anchor::ORPHAN);
    }

    #[test]
    fn deleted_heading_does_not_move_onto_the_same_word_in_a_sentence() {
        let old = "Update\n\nAn update on the budget was published by the council today.";
        let new = "An update on the budget was published by the council today.";
        let t = target(old, span(old, "Update"));
        assert_eq!(Resolver::new(new).resolve(&t), Anchor::ORPHAN);
    }

    #[test]
    fn opening_words_are_not_kept_when_a_new_sentence_starts_with_them() {
        let old = "According to the Velmora council, the old tunnel could cost more than 12 million. \
                   According to the Harbour Trust, the costly tunnel could cost more than 3 million.";
        let new =
            "According to the Harbour Trust, the costly tunnel could cost more than 3 million.";
        let t = target(old, 0..12);
        assert_eq!(Resolver::new(new).resolve(&t), Anchor::ORPHAN);
    }

    #[test]
    fn a_heading_moved_below_new_text_is_found_by_its_paragraph_edges() {
        let old = "Harbour plans\n\nThe council met on Tuesday.";
        let new = "Breaking: a ferry was delayed.\n\nHarbour plans\n\nThe council met on Tuesday.";
        let t = target(old, span(old, "Harbour plans"));
        let a = Resolver::new(new).resolve(&t);
        assert_eq!(a.range, Some(span(new, "Harbour plans")));
    }

    #[test]
    fn a_short_quote_keeps_its_case() {
        let old = "The harbour Board met on Tuesday. The board said no.";
        let new = old.replace("harbour Board", "harbour board");
        let t = target(old, span(old, "Board"));
        assert_eq!(Resolver::new(&new).resolve(&t), Anchor::ORPHAN);
        let long = "The Harbour Board Of Velmora met. The board said no.";
        let t = target(long, span(long, "Harbour Board Of Velmora"));
        let new = long.replace("Board Of", "Board of");
        let a = Resolver::new(&new).resolve(&t);
        assert_eq!(a.range, Some(span(&new, "Harbour Board of Velmora")));
    }

    #[test]
    fn selectors_reject_bad_ranges() {
        assert!(selectors("é", 0..1).is_err());
        assert!(selectors("abc", 2..2).is_err());
        assert!(selectors("abc", 1..9).is_err());
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn snap(t: &str, i: usize) -> usize {
            let mut i = i.min(t.len());
            while !t.is_char_boundary(i) {
                i -= 1;
            }
            i
        }

        /// A non-empty span of `t` from about `a` (taken modulo the text's
        /// length, so that few cases are rejected) and about `l` bytes long.
        fn span_in(t: &str, a: usize, l: usize) -> (usize, usize) {
            let s = snap(t, a % t.len().max(1));
            let mut e = (s + l).min(t.len());
            while !t.is_char_boundary(e) {
                e += 1;
            }
            (s, e)
        }

        fn texts() -> impl Strategy<Value = String> {
            proptest::string::string_regex("([a-eé ]|\u{2019}|\u{201C}|\n|ß|日){1,300}")
                .expect("regex")
        }

        proptest! {
            #[test]
            fn unchanged_text_reanchors_to_same_range(t in texts(), a in 0usize..400, l in 1usize..40) {
                let (s, e) = span_in(&t, a, l);
                prop_assume!(s < e);
                let anchor = Resolver::new(&t).resolve(&target(&t, s..e));
                prop_assert_eq!(anchor, Anchor { status: Status::Anchored, range: Some(s..e) });
            }

            #[test]
            fn anchors_land_on_char_boundaries(
                t in texts(), a in 0usize..400, l in 1usize..40,
                at in 0usize..400, ins in texts(), cut in 0usize..20,
            ) {
                let (s, e) = span_in(&t, a, l);
                prop_assume!(s < e);
                let tg = target(&t, s..e);
                let p = snap(&t, at);
                let q = snap(&t, p + cut);
                let edited = format!("{}{}{}", &t[..p], ins, &t[q..]);
                let anchor = Resolver::new(&edited).resolve(&tg);
                if let Some(r) = anchor.range {
                    prop_assert!(r.start < r.end && r.end <= edited.len());
                    prop_assert!(edited.is_char_boundary(r.start) && edited.is_char_boundary(r.end));
                } else {
                    prop_assert_eq!(anchor.status, Status::Orphaned);
                }
            }
        }
    }
}
