//! The library filter: fuzzy matching (fuzzy-matcher's skim V2 algorithm)
//! over article titles and sources, fast enough to run on every keystroke
//! over 100,000 titles.
//!
//! Speed comes from (1) narrowing: when the query grows, only the previous
//! matches are rescored (a stack of earlier results also makes Backspace
//! free); (2) a cheap prefilter: every query byte present in order in the
//! ASCII-lower-cased haystack (exactly skim's ASCII case-insensitivity);
//! (3) scoring without match positions, on every core (std scoped threads:
//! no extra dependency for one parallel loop); positions are computed only
//! for the rows on screen ([`LibraryFilter::highlight`]).
//!
//! Guards: queries are cut to [`MAX_QUERY_CHARS`] and skim's `element_limit`
//! is set, so no input makes the matcher allocate a huge score matrix.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// Longest query used (longer ones are cut).
pub const MAX_QUERY_CHARS: usize = 64;
/// Most score-matrix cells skim may allocate per match (beyond it skim
/// falls back to its linear simple match).
pub const ELEMENT_LIMIT: usize = 64 * 1024;
/// Longest haystack used for an item (characters).
const MAX_HAYSTACK_CHARS: usize = 400;
/// Below this many candidates one thread is faster than several.
const PARALLEL_MIN: usize = 4096;
/// How many items are scored between two checks for cancellation.
const CANCEL_CHECK_EVERY: usize = 2048;

/// One row of the library as the filter sees it.
#[derive(Debug, Clone)]
struct Item {
    /// `title` then, when there is a source, `"  "` and the source.
    hay: String,
    /// `hay`, ASCII-lower-cased, for the prefilter.
    lower: Box<[u8]>,
    /// Byte length of the title part of `hay`.
    title_len: usize,
}

impl Item {
    fn new(title: &str, source: &str) -> Item {
        let hay = haystack(title, source);
        let lower = hay.to_ascii_lowercase().into_bytes().into_boxed_slice();
        Item {
            hay,
            lower,
            title_len: title.len(),
        }
    }
}

/// What skim matches for a row: the title, then two spaces and the source.
fn haystack(title: &str, source: &str) -> String {
    let mut hay = String::with_capacity(title.len() + 2 + source.len());
    hay.push_str(title);
    if !source.is_empty() {
        hay.push_str("  ");
        hay.push_str(source);
    }
    hay
}

/// The matcher every filter and highlighter uses: skim V2, smart case, with
/// the allocation guard.
fn matcher() -> SkimMatcherV2 {
    SkimMatcherV2::default()
        .smart_case()
        .element_limit(ELEMENT_LIMIT)
}

/// A matching item and its score (higher is better).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FuzzyHit {
    /// Index of the item as given to [`LibraryFilter::new`].
    pub idx: usize,
    pub score: i64,
}

/// Byte offsets of the matched characters, for highlighting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlight {
    /// Byte offsets of matched chars in the title.
    pub title: Vec<usize>,
    /// Byte offsets of matched chars in the source.
    pub source: Vec<usize>,
}

/// The fuzzy library filter. Keep one per library; call
/// [`LibraryFilter::filter`] on every keystroke.
pub struct LibraryFilter {
    items: Vec<Item>,
    sources: Vec<String>,
    matcher: SkimMatcherV2,
    /// Earlier results: (query, hits), each query a prefix of the next.
    stack: Vec<(String, Vec<FuzzyHit>)>,
    threads: usize,
}

impl std::fmt::Debug for LibraryFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LibraryFilter")
            .field("items", &self.items.len())
            .finish_non_exhaustive()
    }
}

impl LibraryFilter {
    /// A filter over `(title, source)` pairs (source may be empty).
    pub fn new<I, T, S>(items: I) -> Self
    where
        I: IntoIterator<Item = (T, S)>,
        T: AsRef<str>,
        S: AsRef<str>,
    {
        let mut filter = LibraryFilter {
            items: Vec::new(),
            sources: Vec::new(),
            matcher: matcher(),
            stack: Vec::new(),
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        filter.push_items(items);
        filter
    }

    fn push_items<I, T, S>(&mut self, items: I)
    where
        I: IntoIterator<Item = (T, S)>,
        T: AsRef<str>,
        S: AsRef<str>,
    {
        for (t, s) in items {
            let (title, source) = (cut_chars(t.as_ref()), cut_chars(s.as_ref()));
            self.sources.push(source.to_string());
            self.items.push(Item::new(title, source));
        }
    }

    /// Adds items after the existing ones (a library still loading). The
    /// cached results of earlier queries are extended with the new items'
    /// matches, so the next [`LibraryFilter::filter`] costs what it did.
    pub fn extend<I, T, S>(&mut self, items: I)
    where
        I: IntoIterator<Item = (T, S)>,
        T: AsRef<str>,
        S: AsRef<str>,
    {
        let first = self.items.len();
        self.push_items(items);
        let mut candidates: Vec<usize> = (first..self.items.len()).collect();
        let mut stack = std::mem::take(&mut self.stack);
        for (query, hits) in &mut stack {
            let mut new = self
                .score(&candidates, query, &|| false)
                .unwrap_or_default();
            new.sort_unstable_by(by_rank);
            candidates = new.iter().map(|h| h.idx).collect();
            candidates.sort_unstable();
            *hits = merge_ranked(std::mem::take(hits), new);
        }
        self.stack = stack;
    }

    /// Uses at most `threads` threads (1 = the calling thread only).
    pub fn with_threads(mut self, threads: usize) -> Self {
        self.threads = threads.max(1);
        self
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when there are no items.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The matching items, best first (ties in item order). An empty query
    /// matches every item with score 0, in item order.
    pub fn filter(&mut self, query: &str) -> Vec<FuzzyHit> {
        self.filter_until(query, &|| false).unwrap_or_default()
    }

    /// As [`LibraryFilter::filter`], giving up (`None`) as soon as
    /// `cancelled` turns true — checked every few thousand items, so a
    /// stale query stops within a fraction of a millisecond.
    pub fn filter_until(
        &mut self,
        query: &str,
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Vec<FuzzyHit>> {
        let query = cut_query(query);
        if query.is_empty() {
            self.stack.clear();
            return Some(
                (0..self.items.len())
                    .map(|idx| FuzzyHit { idx, score: 0 })
                    .collect(),
            );
        }
        // Drop cached results that are not a prefix of the new query.
        while self
            .stack
            .last()
            .is_some_and(|(q, _)| !query.starts_with(q.as_str()))
        {
            self.stack.pop();
        }
        if let Some((q, hits)) = self.stack.last()
            && q == query
        {
            return Some(hits.clone());
        }
        let candidates: Vec<usize> = match self.stack.last() {
            Some((_, hits)) => hits.iter().map(|h| h.idx).collect(),
            None => (0..self.items.len()).collect(),
        };
        let mut hits = self.score(&candidates, query, cancelled)?;
        hits.sort_unstable_by(by_rank);
        self.stack.push((query.to_string(), hits.clone()));
        Some(hits)
    }

    fn score(
        &self,
        candidates: &[usize],
        query: &str,
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Vec<FuzzyHit>> {
        let needle = query.to_ascii_lowercase().into_bytes();
        let run = |chunk: &[usize]| -> Option<Vec<FuzzyHit>> {
            let mut out = Vec::new();
            for block in chunk.chunks(CANCEL_CHECK_EVERY) {
                if cancelled() {
                    return None;
                }
                out.extend(block.iter().filter_map(|&idx| {
                    let item = self.items.get(idx)?;
                    if !in_order(&item.lower, &needle) {
                        return None;
                    }
                    let score = self.matcher.fuzzy_match(&item.hay, query)?;
                    Some(FuzzyHit { idx, score })
                }));
            }
            Some(out)
        };
        if self.threads <= 1 || candidates.len() < PARALLEL_MIN {
            return run(candidates);
        }
        let chunk = candidates.len().div_ceil(self.threads);
        std::thread::scope(|s| {
            let handles: Vec<_> = candidates
                .chunks(chunk)
                .map(|c| s.spawn(move || run(c)))
                .collect();
            let mut all = Vec::new();
            for h in handles {
                all.extend(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))?);
            }
            Some(all)
        })
    }

    /// The matched characters of item `idx` for `query` (call it for the rows
    /// on screen only).
    pub fn highlight(&self, idx: usize, query: &str) -> Highlight {
        match (self.items.get(idx), self.sources.get(idx)) {
            (Some(item), Some(source)) => {
                positions(&self.matcher, &item.hay, item.title_len, source, query)
            }
            _ => Highlight::default(),
        }
    }
}

/// Finds the matched characters of a row without a [`LibraryFilter`] (the
/// filter itself may live on a worker thread).
pub struct TitleHighlighter {
    matcher: SkimMatcherV2,
}

impl Default for TitleHighlighter {
    fn default() -> Self {
        TitleHighlighter { matcher: matcher() }
    }
}

impl std::fmt::Debug for TitleHighlighter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TitleHighlighter")
    }
}

impl TitleHighlighter {
    /// The matched byte offsets of `query` in `title` and `source`, exactly
    /// as [`LibraryFilter::highlight`] gives them for that row.
    pub fn highlight(&self, title: &str, source: &str, query: &str) -> Highlight {
        let (title, source) = (cut_chars(title), cut_chars(source));
        let hay = haystack(title, source);
        positions(&self.matcher, &hay, title.len(), source, query)
    }
}

/// Maps skim's matched char positions in `hay` (title, two spaces, source)
/// to byte offsets in the title and in the source.
fn positions(
    matcher: &SkimMatcherV2,
    hay: &str,
    title_len: usize,
    source: &str,
    query: &str,
) -> Highlight {
    let query = cut_query(query);
    let Some((_, matched)) = matcher.fuzzy_indices(hay, query) else {
        return Highlight::default();
    };
    let mut out = Highlight::default();
    let mut matched = matched.into_iter().peekable();
    for (ci, (bi, _)) in hay.char_indices().enumerate() {
        let Some(&p) = matched.peek() else { break };
        if p != ci {
            continue;
        }
        matched.next();
        if bi < title_len {
            out.title.push(bi);
        } else if bi >= title_len + 2 && bi - (title_len + 2) < source.len() {
            out.source.push(bi - (title_len + 2));
        }
    }
    out
}

/// Best first; ties in item order.
fn by_rank(a: &FuzzyHit, b: &FuzzyHit) -> std::cmp::Ordering {
    b.score.cmp(&a.score).then(a.idx.cmp(&b.idx))
}

/// Two lists ranked by [`by_rank`] merged into one.
fn merge_ranked(a: Vec<FuzzyHit>, b: Vec<FuzzyHit>) -> Vec<FuzzyHit> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => by_rank(x, y) != std::cmp::Ordering::Greater,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return out,
        };
        out.extend(if take_a { a.next() } else { b.next() });
    }
}

/// True when the bytes of `needle` occur in `hay` in order (a scalar loop:
/// titles are short, SIMD set-up per call cost more).
fn in_order(hay: &[u8], needle: &[u8]) -> bool {
    let mut want = needle.iter();
    let Some(mut w) = want.next() else {
        return true;
    };
    for b in hay {
        if b == w {
            match want.next() {
                Some(n) => w = n,
                None => return true,
            }
        }
    }
    false
}

fn cut_query(query: &str) -> &str {
    match query.char_indices().nth(MAX_QUERY_CHARS) {
        Some((i, _)) => &query[..i],
        None => query,
    }
}

fn cut_chars(s: &str) -> &str {
    match s.char_indices().nth(MAX_HAYSTACK_CHARS) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lib() -> LibraryFilter {
        LibraryFilter::new([
            ("Envoy Dara Kellan Defends Talks", "Velmora Herald"),
            ("Harbour Strike Enters Second Week", "Coastline Post"),
            ("Café Owners Protest Rent Rise", ""),
            ("Kellan’s Deputy Resigns", "Velmora Herald"),
        ])
        .with_threads(2)
    }

    #[test]
    fn extending_equals_building_with_everything() {
        let all = [
            ("Envoy Dara Kellan Defends Talks", "Velmora Herald"),
            ("Harbour Strike Enters Second Week", "Coastline Post"),
            ("Café Owners Protest Rent Rise", ""),
            ("Kellan’s Deputy Resigns", "Velmora Herald"),
            ("Kellan Meets Harbour Unions", "Coastline Post"),
            ("Rent Talks Stall Again", "Velmora Herald"),
        ];
        for split in 0..all.len() {
            let mut grown = LibraryFilter::new(all[..split].iter().copied()).with_threads(2);
            // Cached narrowing results exist before the new items arrive.
            for q in ["k", "ke", "kel"] {
                grown.filter(q);
            }
            grown.extend(all[split..].iter().copied());
            let mut fresh = LibraryFilter::new(all.iter().copied()).with_threads(2);
            for q in ["kel", "ke", "kell", "", "h", "her"] {
                assert_eq!(
                    grown.filter(q),
                    fresh.filter(q),
                    "split {split} query {q:?}"
                );
            }
            assert_eq!(grown.len(), all.len());
            assert_eq!(grown.highlight(4, "kel"), fresh.highlight(4, "kel"));
        }
    }

    #[test]
    fn filters_and_ranks() {
        let mut f = lib();
        let hits = f.filter("kellan");
        let idx: Vec<_> = hits.iter().map(|h| h.idx).collect();
        assert!(idx.contains(&0) && idx.contains(&3) && idx.len() == 2);
        assert_eq!(f.filter("").len(), 4);
        assert_eq!(f.filter("herald").len(), 2);
    }

    #[test]
    fn narrowing_and_backspace_equal_fresh_results() {
        let mut f = lib();
        let mut fresh = lib();
        for q in [
            "k", "ke", "kel", "ke", "h", "he", "her", "hxr", "c", "ca", "caf",
        ] {
            let a = f.filter(q);
            fresh.stack.clear();
            assert_eq!(a, fresh.filter(q), "query {q}");
        }
    }

    #[test]
    fn highlight_maps_to_title_and_source_bytes() {
        let f = lib();
        let h = f.highlight(2, "café");
        assert_eq!(h.title, vec![0, 1, 2, 3]);
        let h = f.highlight(1, "post");
        assert!(h.title.is_empty() || !h.source.is_empty());
        let h = f.highlight(0, "herald");
        assert_eq!(h.source.len(), 6);
    }

    #[test]
    fn huge_queries_and_haystacks_are_guarded() {
        let long_title = "a".repeat(200_000);
        let mut f = LibraryFilter::new([(long_title.as_str(), "")]);
        let q = "a".repeat(2_000);
        assert_eq!(f.filter(&q).len(), 1);
        let _ = f.highlight(0, &q);
    }
}
