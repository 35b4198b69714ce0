//! Measures the corpus index on a directory of articles: load time, build
//! time, memory (VmRSS before and after the build, and the index's own heap
//! estimate) relative to the corpus text, and a few query latencies.
//! `cargo run --release --example index_mem -- DIR`

use std::time::Instant;

use newsdesk::core::article::load_paths;
use newsdesk::core::search::{Index, Query};

fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

fn main() -> anyhow::Result<()> {
    let Some(dir) = std::env::args().nth(1) else {
        anyhow::bail!("usage: index_mem DIR");
    };
    let t = Instant::now();
    let report = load_paths(&[dir.into()])?;
    let arts = report.articles;
    let text: usize = arts.iter().map(|a| a.text.len()).sum();
    println!(
        "loaded {} articles, {:.1} MB text in {:.2?}",
        arts.len(),
        text as f64 / 1e6,
        t.elapsed()
    );
    if std::env::var_os("TOKENIZE_ONLY").is_some() {
        let t = Instant::now();
        let mut n = 0usize;
        for a in &arts {
            newsdesk::core::search::for_each_token(&a.text, |_, _| n += 1);
        }
        println!("tokenised {n} tokens in {:.2?}", t.elapsed());
        let t = Instant::now();
        let mut n = 0usize;
        for a in &arts {
            use unicode_segmentation::UnicodeSegmentation;
            n += a.text.unicode_word_indices().count();
        }
        println!("uax29 words only {n} in {:.2?}", t.elapsed());
    }
    let before = rss_kb();
    let t = Instant::now();
    let index = Index::build(&arts, |_| Vec::new(), &|_, _| {});
    let build = t.elapsed();
    let after = rss_kb();
    println!("built in {build:.2?}");
    let rss_delta = (after.saturating_sub(before) * 1024) as f64;
    println!(
        "index: RSS +{:.1} MB ({:.2}x text), heap estimate {:.1} MB ({:.2}x text)",
        rss_delta / 1e6,
        rss_delta / text as f64,
        index.heap_bytes() as f64 / 1e6,
        index.heap_bytes() as f64 / text as f64
    );
    for q in [
        "kellan",
        "talks",
        "envoy grain",
        "\"grain deal\"",
        "negot*",
        "per cent",
    ] {
        let query = Query::parse(q);
        let t = Instant::now();
        let mut hits = 0;
        for _ in 0..10 {
            hits = index.search(&query, &arts, 20).candidates;
        }
        println!(
            "query {q:<16} {:>8.2?} per query, {hits} matches",
            t.elapsed() / 10
        );
    }
    Ok(())
}
