//! Entity extraction throughput on a generated news-like text (invented
//! names and templates), on the generated 1 MB article of the TUI
//! benchmarks (`benches/common`), on the seed article and on the evaluation
//! corpus (read at bench time from outside the repository); gazetteer load
//! time.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsdesk::core::article::{Parsed, text};
use newsdesk::core::entities::Extractor;

mod common;
#[path = "common/news_text.rs"]
mod news_text;

use news_text::{cpu_ns, generate};

/// The newsdesk binary's allocator (see `src/main.rs`), so that the
/// figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SEED: &str = include_str!("../seeds/000_32cdb249023d6e56.txt");

/// Runs `f` `iters` times and returns the on-CPU time (wall time when
/// schedstat is unavailable).
fn cpu_time<T>(iters: u64, mut f: impl FnMut() -> T) -> Duration {
    let wall = Instant::now();
    let start = cpu_ns();
    for _ in 0..iters {
        black_box(f());
    }
    let cpu = cpu_ns().saturating_sub(start);
    if cpu == 0 {
        wall.elapsed()
    } else {
        Duration::from_nanos(cpu)
    }
}

/// Where the evaluation corpus may be: `NEWSDESK_CORPUS`, else
/// `../shared/corpus` from the repository (or from its parent, for a git
/// worktree one level deeper).
fn corpus_dir() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::var_os("NEWSDESK_CORPUS")
        .map(PathBuf::from)
        .into_iter()
        .chain([
            root.join("../shared/corpus"),
            root.join("../../shared/corpus"),
        ])
        .find(|p| p.is_dir())
}

/// Every `.txt` file under `dir` (sorted by path), parsed as plain text.
fn corpus_docs(dir: &Path) -> Vec<Parsed> {
    let mut paths = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                paths.push(p);
            }
        }
    }
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(text::parse)
        .collect()
}

/// Extracts every document of the corpus once.
fn extract_all(ex: &Extractor, docs: &[Parsed]) -> usize {
    docs.iter()
        .map(|d| ex.extract(black_box(&d.text), &d.blocks).len())
        .sum()
}

/// Throughput over the evaluation corpus (wall and on-CPU time); skipped
/// with a note when the corpus is not there.
fn bench_corpus(c: &mut Criterion, ex: &Extractor) {
    let Some(dir) = corpus_dir() else {
        eprintln!("extract_corpus: no evaluation corpus found (set NEWSDESK_CORPUS); skipped");
        return;
    };
    let docs = corpus_docs(&dir);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    if docs.is_empty() {
        eprintln!(
            "extract_corpus: no .txt files in {}; skipped",
            dir.display()
        );
        return;
    }
    let mut g = c.benchmark_group("extract_corpus");
    g.sample_size(20);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("wall", |b| b.iter(|| extract_all(ex, &docs)));
    g.bench_function("cpu_time", |b| {
        b.iter_custom(|iters| cpu_time(iters, || extract_all(ex, &docs)))
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    c.bench_function("gazetteer_load", |b| b.iter(|| black_box(Extractor::new())));

    let ex = Extractor::new();
    let big = generate(4 << 20);
    let big_blocks = text::parse(big.clone()).blocks;
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("generated_4mb", |b| {
        b.iter(|| black_box(ex.extract(black_box(&big), &big_blocks)))
    });
    // The 1 MB article that benches/tui.rs scrolls through (issue #2's
    // budget names it), parsed as that bench parses it.
    let article = text::parse(common::article(1 << 20));
    g.throughput(Throughput::Bytes(article.text.len() as u64));
    g.bench_function("article_1mb", |b| {
        b.iter(|| black_box(ex.extract(black_box(&article.text), &article.blocks)))
    });
    let seed = text::parse(SEED.to_string());
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    g.sample_size(50);
    g.bench_function("seed", |b| {
        b.iter(|| black_box(ex.extract(black_box(&seed.text), &seed.blocks)))
    });
    g.finish();

    // The same, timed by on-CPU time of the benchmark thread.
    let mut g = c.benchmark_group("extract_cpu_time");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("generated_4mb", |b| {
        b.iter_custom(|iters| cpu_time(iters, || ex.extract(black_box(&big), &big_blocks)))
    });
    g.throughput(Throughput::Bytes(article.text.len() as u64));
    g.bench_function("article_1mb", |b| {
        b.iter_custom(|iters| {
            cpu_time(iters, || {
                ex.extract(black_box(&article.text), &article.blocks)
            })
        })
    });
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    g.sample_size(50);
    g.bench_function("seed", |b| {
        b.iter_custom(|iters| cpu_time(iters, || ex.extract(black_box(&seed.text), &seed.blocks)))
    });
    g.finish();
    bench_corpus(c, &ex);
    let mut g = c.benchmark_group("load_cpu_time");
    g.sample_size(10);
    g.bench_function("gazetteer_load", |b| {
        b.iter_custom(|iters| cpu_time(iters, Extractor::new))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
