//! The rule-based extractor: tokens → candidates → classes → entities.

use std::cell::RefCell;

use super::candidates::{self, Cand};
use super::classify::{Class, classify};
use super::document::{Document, Scratch};
use super::gazetteer::{DESIGNATOR, phrase_hash};
use super::lexicon::Lexicon;
use super::merge::{self, Found};
use super::tokens::Token;
use super::{Entity, sort_distinct_for_display};
use crate::core::article::Block;

/// Largest token buffer kept for reuse between calls on one thread.
const MAX_KEPT_TOKENS: usize = 1 << 20;

/// The per-article buffers, reused across articles on one thread (saves
/// allocating, growing and page-faulting fresh ones for every article).
#[derive(Default)]
struct Buffers {
    doc: Scratch,
    cands: Vec<Cand>,
    dropped: Vec<usize>,
    found: Vec<Found>,
    orgs: Vec<u64>,
    merge: merge::Buffers,
    /// Display keys ([`sort_distinct_for_display`]).
    order: Vec<u64>,
}

thread_local! {
    static SCRATCH: RefCell<Buffers> = RefCell::new(Buffers::default());
}

/// Finds entities in text. Build once, share across articles and threads.
#[derive(Debug)]
pub struct Extractor {
    lex: Lexicon,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

impl Extractor {
    /// Builds the extractor with the bundled gazetteers.
    pub fn new() -> Self {
        Extractor {
            lex: Lexicon::load(),
        }
    }

    /// Extracts the entities of one article. `blocks` tells which lines are
    /// titles and headings; it may be empty.
    pub fn extract(&self, text: &str, blocks: &[Block]) -> Vec<Entity> {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut bufs) => {
                let out = self.extract_with(text, blocks, &mut bufs);
                if bufs.doc.tokens_used() > MAX_KEPT_TOKENS {
                    *bufs = Buffers::default();
                }
                out
            }
            // Only if extracting ever called itself on this thread.
            Err(_) => self.extract_with(text, blocks, &mut Buffers::default()),
        })
    }

    /// [`Extractor::extract`] with the per-article buffers (used in place:
    /// moving them in and out of the thread-local costs more on a short
    /// article).
    fn extract_with(&self, text: &str, blocks: &[Block], bufs: &mut Buffers) -> Vec<Entity> {
        let Buffers {
            doc,
            cands,
            dropped,
            found,
            orgs,
            merge,
            order,
        } = bufs;
        let document = Document::with_buffer(text, blocks, &self.lex, std::mem::take(doc));
        cands.clear();
        dropped.clear();
        found.clear();
        candidates::find(&document, &self.lex, cands, dropped);
        classify_all(&document, &self.lex, cands, found, orgs);
        let mut out = merge::build(&document, &self.lex, found, dropped, merge);
        *doc = document.into_buffer();
        sort_distinct_for_display(&mut out, order);
        out
    }
}

/// Classifies the candidates (`cands` is emptied) into `found`, each
/// with the key of its form, and makes the classes consistent across
/// the article ([`consistent_orgs`]; `orgs` is its buffer).
fn classify_all(
    doc: &Document,
    lex: &Lexicon,
    cands: &mut Vec<Cand>,
    found: &mut Vec<Found>,
    orgs: &mut Vec<u64>,
) {
    found.extend(cands.drain(..).map(|mut cand| {
        let class = classify(doc, lex, &mut cand);
        // Hashed now, while the candidate's tokens are in cache.
        let key = phrase_hash(key_tokens(doc, &cand, class).iter().map(|t| t.hash));
        Found { cand, class, key }
    }));
    consistent_orgs(doc, found, orgs);
}

/// The tokens that key a candidate's form: an organisation's without its
/// closing designators, so that "Vardhan Infraports Ltd" and "Vardhan
/// Infraports" are one name.
fn key_tokens<'d>(doc: &'d Document, cand: &Cand, class: Class) -> &'d [Token] {
    let toks = &doc.toks[cand.toks.clone()];
    if class != Class::Organisation {
        return toks;
    }
    let mut end = toks.len();
    while end > 1 && toks[end - 1].flags & DESIGNATOR != 0 && toks[end - 1].is_cap() {
        end -= 1;
    }
    &toks[..end]
}

/// Roles held by firms as well as by people ("rival Norrvik", "investor
/// Kestown Capital").
const SHARED_ROLES: [&str; 3] = ["rival", "owner", "investor"];

/// Per-article consistency: a form classified as an organisation anywhere
/// in the article is one everywhere ("the band Vela … Vela's album").
/// Titled people and one-word places keep their class.
/// `orgs` is a buffer.
fn consistent_orgs(doc: &Document, found: &mut [Found], orgs: &mut Vec<u64>) {
    orgs.clear();
    orgs.extend(
        found
            .iter()
            .filter(|f| f.class == Class::Organisation)
            .map(|f| f.key),
    );
    if orgs.is_empty() {
        return;
    }
    // A few keys are scanned (cheaper than sorting them for a search);
    // many are sorted.
    let sorted = orgs.len() > MAX_SCANNED_ORGS;
    if sorted {
        orgs.sort_unstable();
        orgs.dedup();
    }
    // One bit per top six bits of a key: most keys that are no
    // organisation's are told so at once.
    let bits = orgs.iter().fold(0u64, |b, &k| b | top_bit(k));
    let is_org = |k: u64| {
        bits & top_bit(k) != 0
            && if sorted {
                orgs.binary_search(&k).is_ok()
            } else {
                orgs.contains(&k)
            }
    };
    for f in found.iter_mut() {
        let keep = match f.class {
            Class::Organisation => true,
            Class::Person => f.cand.role.as_ref().is_some_and(|r| {
                // "Swedish rival Norrvik … Norrvik's board": a role that
                // firms hold too says nothing against the firm.
                f.cand.toks.len() > 1
                    || !SHARED_ROLES.contains(&doc.text.get(r.clone()).unwrap_or(""))
            }),
            Class::Place => f.cand.toks.len() == 1,
            Class::Unknown | Class::Drop => false,
        };
        if !keep && is_org(f.key) {
            f.class = Class::Organisation;
        }
    }
}

/// Most organisation keys [`consistent_orgs`] scans rather than sorts.
const MAX_SCANNED_ORGS: usize = 32;

/// A bit for the top six bits of a key (see [`consistent_orgs`]).
#[inline]
fn top_bit(key: u64) -> u64 {
    1 << (key >> 58)
}

#[cfg(test)]
mod phase_timing {
    use super::*;
    use std::time::{Duration, Instant};

    /// On-CPU time of this thread (Linux schedstat), immune to waiting
    /// for a shared, overloaded CPU.
    fn cpu_ns() -> u64 {
        std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    }

    fn min_of<T>(mut f: impl FnMut() -> T) -> (Duration, T) {
        let mut best = Duration::MAX;
        let mut out = f();
        for _ in 0..8 {
            let t = Instant::now();
            let c = cpu_ns();
            out = f();
            let cpu = Duration::from_nanos(cpu_ns().saturating_sub(c));
            best = best.min(if cpu.is_zero() { t.elapsed() } else { cpu });
        }
        (best, out)
    }

    /// Best-of-9 timings of each phase on 4 MB of generated text
    /// (`cargo test --release --lib phases -- --ignored --nocapture`).
    #[test]
    #[ignore = "manual profiling aid"]
    fn phases() {
        let mut s = String::new();
        let mut i = 0;
        while s.len() < 4 << 20 {
            s.push_str(&format!("President Marta Brennholt{} said on Tuesday that the Halvern Institute would review its plans for Lisbon. According to analysts, Brennholt’s proposal could reshape the debate while critics warned.\n", i % 50));
            i += 1;
        }
        let ex = Extractor::new();
        let mb = s.len() as f64 / 1e6;
        let (d, _) = min_of(|| s.bytes().filter(|&b| b == b' ').count());
        eprintln!("count      {d:?}");
        let (d, _) = min_of(|| super::super::tokens::tokenize(&s, &ex.lex.gaz).len());
        eprintln!("tokenize   {d:?}");
        let (d, _) = min_of(|| Document::new(&s, &[], &ex.lex).toks.len());
        eprintln!("document   {d:?}");
        let (d, _) = min_of(|| ex.extract(&s, &[]).len());
        eprintln!("extract    {d:?} = {:.1} MB/s", mb / d.as_secs_f64());
    }
}

/// Per-phase timing on the evaluation corpus (short, name-dense
/// articles), read from outside the repository, the articles in turn and
/// each repeated ("warm"):
/// `cargo test --release --lib corpus_phases -- --ignored --nocapture`
/// (`NEWSDESK_CORPUS` = a directory of `.txt` files; by default
/// `../shared/corpus/wikigold` from the repository or its parent).
#[cfg(test)]
mod corpus_phases {
    use super::*;
    use crate::core::article::text;
    use std::path::{Path, PathBuf};
    use std::time::Instant;

    fn corpus_dir() -> Option<PathBuf> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        std::env::var_os("NEWSDESK_CORPUS")
            .map(PathBuf::from)
            .into_iter()
            .chain([
                root.join("../shared/corpus/wikigold"),
                root.join("../../shared/corpus/wikigold"),
            ])
            .find(|p| p.is_dir())
    }

    /// The corpus's articles, in file name order.
    fn corpus_docs() -> Option<Vec<crate::core::article::Parsed>> {
        let Some(dir) = corpus_dir() else {
            eprintln!("no corpus found (set NEWSDESK_CORPUS); skipped");
            return None;
        };
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .expect("corpus dir")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        Some(
            paths
                .iter()
                .map(|p| text::parse(std::fs::read_to_string(p).expect("corpus file")))
                .collect(),
        )
    }

    /// Names of the phases [`extract_timed`] times.
    const PHASES: [&str; 5] = ["document", "candidates", "classify", "merge", "sort+drop"];

    /// Extracts one article as [`Extractor::extract_with`] does; gives the
    /// nanoseconds spent in each phase.
    fn extract_timed(
        lex: &Lexicon,
        d: &crate::core::article::Parsed,
        buf: &mut Buffers,
    ) -> [u64; 5] {
        let t0 = Instant::now();
        let now = || t0.elapsed().as_nanos() as u64;
        let c0 = now();
        let doc = Document::with_buffer(&d.text, &d.blocks, lex, std::mem::take(&mut buf.doc));
        let c1 = now();
        buf.cands.clear();
        buf.dropped.clear();
        buf.found.clear();
        candidates::find(&doc, lex, &mut buf.cands, &mut buf.dropped);
        let c2 = now();
        classify_all(&doc, lex, &mut buf.cands, &mut buf.found, &mut buf.orgs);
        let c3 = now();
        let mut out = merge::build(&doc, lex, &mut buf.found, &buf.dropped, &mut buf.merge);
        let c4 = now();
        sort_distinct_for_display(&mut out, &mut buf.order);
        drop(out);
        buf.doc = doc.into_buffer();
        let c5 = now();
        [c1 - c0, c2 - c1, c3 - c2, c4 - c3, c5 - c4]
    }

    /// Prints the phase times (ns per corpus pass) and the throughput.
    fn report(label: &str, bytes: usize, t: [u64; 5]) {
        let ms = |ns: u64| ns as f64 / 1e6;
        for (n, b) in PHASES.iter().zip(t) {
            eprintln!("{label} {n:13} {:6.3} ms", ms(b));
        }
        let total: u64 = t.iter().sum();
        eprintln!("{label} {:13} {:6.3} ms", "total", ms(total));
        eprintln!("{label} {:.1} MB/s", bytes as f64 / ms(total) / 1e3);
    }

    /// Best-of-200 time of each phase over the whole corpus, the articles
    /// taken in turn (as the benchmark does).
    #[test]
    #[ignore = "manual profiling aid"]
    fn corpus_phases() {
        let Some(docs) = corpus_docs() else { return };
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        let ex = Extractor::new();
        let lex = &ex.lex;
        let mut toks = Vec::new();
        let mut words = super::super::tokens::ByCase::default();
        let mut tokenize = u64::MAX;
        let mut best = [u64::MAX; 5];
        let mut buf = Buffers::default();
        let t0 = Instant::now();
        for _ in 0..200 {
            let c0 = t0.elapsed().as_nanos() as u64;
            for d in &docs {
                words.clear();
                super::super::tokens::tokenize_into(
                    &d.text,
                    &lex.gaz,
                    &mut toks,
                    &mut words,
                    |_, _, _| {},
                );
            }
            tokenize = tokenize.min(t0.elapsed().as_nanos() as u64 - c0);
            let mut pass = [0u64; 5];
            for d in &docs {
                for (p, t) in pass.iter_mut().zip(extract_timed(lex, d, &mut buf)) {
                    *p += t;
                }
            }
            if pass.iter().sum::<u64>() < best.iter().sum::<u64>() {
                best = pass;
            }
        }
        eprintln!("tokenize only {:6.3} ms", tokenize as f64 / 1e6);
        report("in turn", bytes, best);
    }

    /// The same, each article extracted twenty times in a row (best of
    /// them), where branch predictors and caches have learnt it: how
    /// much of [`corpus_phases`]'s time goes to what one article cannot
    /// teach the next (mispredicted branches, above all).
    #[test]
    #[ignore = "manual profiling aid"]
    fn corpus_phases_warm() {
        let Some(docs) = corpus_docs() else { return };
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        let ex = Extractor::new();
        let mut buf = Buffers::default();
        let mut total = [0u64; 5];
        for d in &docs {
            let mut best = [u64::MAX; 5];
            for _ in 0..20 {
                for (b, t) in best.iter_mut().zip(extract_timed(&ex.lex, d, &mut buf)) {
                    *b = (*b).min(t);
                }
            }
            for (s, b) in total.iter_mut().zip(best) {
                *s += b;
            }
        }
        report("warm", bytes, total);
    }
}
