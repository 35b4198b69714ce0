//! Times the library filter key by key over N synthetic titles (best of 5
//! runs per keystroke, so a busy machine disturbs it less).
//! `cargo run --release --example fuzzy_keys -- [N] [QUERY] [THREADS]`

use std::time::{Duration, Instant};

use newsdesk::core::search::LibraryFilter;
use newsdesk::core::search::corpus_gen::CorpusGen;

#[path = "../benches/common/news_text.rs"]
mod news_text;

use news_text::cpu_ns;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let query = args.next().unwrap_or_else(|| "kellan".into());
    let threads: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(2);
    let mut g = CorpusGen::new(9);
    let sources = ["Velmora Herald", "Coastline Post", "The Dispatch", ""];
    let items: Vec<(String, String)> = (0..n)
        .map(|i| (g.title(), sources[i % sources.len()].to_string()))
        .collect();
    let mut f = LibraryFilter::new(items.iter().map(|(t, s)| (t, s))).with_threads(threads);
    let keys: Vec<String> = query
        .char_indices()
        .map(|(i, c)| query[..i + c.len_utf8()].to_string())
        .collect();
    let mut best = vec![Duration::MAX; keys.len()];
    let mut counts = vec![0; keys.len()];
    let mut cpu = vec![u64::MAX; keys.len()];
    for _ in 0..5 {
        let _ = f.filter("");
        for (k, q) in keys.iter().enumerate() {
            let (t, c) = (Instant::now(), cpu_ns());
            counts[k] = f.filter(q).len();
            best[k] = best[k].min(t.elapsed());
            cpu[k] = cpu[k].min(cpu_ns().saturating_sub(c));
        }
    }
    for (k, q) in keys.iter().enumerate() {
        let cpu_ms = cpu[k] as f64 / 1e6;
        println!(
            "{q:<10} wall {:>9.2?}  main-thread cpu {cpu_ms:>7.2} ms  {:>7} matches",
            best[k], counts[k]
        );
    }
    let total: Duration = best.iter().sum();
    let cpu_total: u64 = cpu.iter().sum();
    println!(
        "mean per keystroke: wall {:.2?}, main-thread cpu {:.2} ms ({threads} threads, {n} titles)",
        total / keys.len() as u32,
        cpu_total as f64 / 1e6 / keys.len() as f64
    );
    nucleo(&items, &keys);
}

/// The alternative: nucleo-matcher (one thread, same narrowing), for the
/// comparison only.
fn nucleo(items: &[(String, String)], keys: &[String]) {
    use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
    use nucleo_matcher::{Config, Matcher, Utf32Str};
    let hays: Vec<String> = items.iter().map(|(t, s)| format!("{t}  {s}")).collect();
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    let mut cpu = vec![u64::MAX; keys.len()];
    let mut counts = vec![0; keys.len()];
    for _ in 0..5 {
        let mut cands: Vec<usize> = (0..hays.len()).collect();
        for (k, q) in keys.iter().enumerate() {
            let c = cpu_ns();
            let pat = Pattern::new(
                q,
                CaseMatching::Smart,
                Normalization::Smart,
                AtomKind::Fuzzy,
            );
            let mut hits: Vec<(usize, u32)> = cands
                .iter()
                .filter_map(|&i| {
                    pat.score(Utf32Str::new(&hays[i], &mut buf), &mut matcher)
                        .map(|s| (i, s))
                })
                .collect();
            hits.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            cands = hits.iter().map(|h| h.0).collect();
            cpu[k] = cpu[k].min(cpu_ns().saturating_sub(c));
            counts[k] = hits.len();
        }
    }
    for (k, q) in keys.iter().enumerate() {
        println!(
            "nucleo {q:<10} cpu {:>7.2} ms  {:>7} matches",
            cpu[k] as f64 / 1e6,
            counts[k]
        );
    }
    let cpu_total: u64 = cpu.iter().sum();
    println!(
        "nucleo mean per keystroke: cpu {:.2} ms (1 thread)",
        cpu_total as f64 / 1e6 / keys.len() as f64
    );
}
