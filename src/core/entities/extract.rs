//! The rule-based extractor: tokens → candidates → classes → entities.

use std::cell::RefCell;

use super::candidates::{self, Cand};
use super::classify::{Class, classify};
use super::document::{Document, Scratch};
use super::gazetteer::phrase_hash;
use super::lexicon::Lexicon;
use super::merge::{self, Found};
use super::{Entity, sort_for_display};
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
    merge: merge::Buffers,
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
        let Buffers {
            doc,
            mut cands,
            mut dropped,
            mut found,
            mut merge,
        } = SCRATCH.with(|b| b.take());
        let doc = Document::with_buffer(text, blocks, &self.lex, doc);
        cands.clear();
        dropped.clear();
        found.clear();
        candidates::find(&doc, &self.lex, &mut cands, &mut dropped);
        found.extend(cands.drain(..).map(|mut cand| {
            let class = classify(&doc, &self.lex, &mut cand);
            // Hashed now, while the candidate's tokens are in cache.
            let key = phrase_hash(doc.toks[cand.toks.clone()].iter().map(|t| t.hash));
            Found { cand, class, key }
        }));
        consistent_orgs(&mut found);
        let mut out = merge::build(&doc, &self.lex, &mut found, &dropped, &mut merge);
        let doc = doc.into_buffer();
        if doc.tokens_used() <= MAX_KEPT_TOKENS {
            let keep = Buffers {
                doc,
                cands,
                dropped,
                found,
                merge,
            };
            SCRATCH.with(|b| b.replace(keep));
        }
        sort_for_display(&mut out);
        out
    }
}

/// Per-article consistency: a form classified as an organisation anywhere
/// in the article is one everywhere ("the band Vela … Vela's album").
/// Titled people and one-word places keep their class.
fn consistent_orgs(found: &mut [Found]) {
    let mut orgs: Vec<u64> = found
        .iter()
        .filter(|f| f.class == Class::Organisation)
        .map(|f| f.key)
        .collect();
    orgs.sort_unstable();
    if orgs.is_empty() {
        return;
    }
    for f in found.iter_mut() {
        let keep = match f.class {
            Class::Organisation => true,
            Class::Person => f.cand.role.is_some(),
            Class::Place => f.cand.toks.len() == 1,
            Class::Unknown | Class::Drop => false,
        };
        if !keep && orgs.binary_search(&f.key).is_ok() {
            f.class = Class::Organisation;
        }
    }
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
