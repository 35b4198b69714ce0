//! Times the library filter key by key over N synthetic titles (best of 5
//! runs per keystroke, so a busy machine disturbs it less).
//! `cargo run --release --example fuzzy_keys -- [N] [QUERY] [THREADS]`

use std::time::{Duration, Instant};

use newsdesk::core::search::LibraryFilter;
use newsdesk::core::search::corpus_gen::CorpusGen;

/// CPU time of the calling thread (ns), from /proc: on a busy machine wall
/// time includes waiting for a core, CPU time does not.
fn thread_cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|v| v.parse().ok()))
        .unwrap_or(0)
}

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
            let (t, c) = (Instant::now(), thread_cpu_ns());
            counts[k] = f.filter(q).len();
            best[k] = best[k].min(t.elapsed());
            cpu[k] = cpu[k].min(thread_cpu_ns().saturating_sub(c));
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
}
