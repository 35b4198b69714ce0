//! Search benchmarks (DESIGN.md §10): fuzzy library filter per keystroke
//! over 100,000 titles, index build (10,000 articles), indexed query over
//! 100,000 articles, in-article search on a 1 MB article.
//! Run: `cargo bench --bench search` (add a filter name to run one group).

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use newsdesk::core::article::{Article, LoadReport, text};
use newsdesk::core::library::Library;
use newsdesk::core::search::corpus_gen::CorpusGen;
use newsdesk::core::search::{InArticleSearch, Index, LibraryFilter, Query, find_matches};
use newsdesk::tui::App;
use newsdesk::tui::keymap::{Keymap, Overrides};
use newsdesk::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// The newsdesk binary's allocator (see `src/main.rs`), so that the
/// figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn articles(n: usize, seed: u64) -> Vec<Article> {
    let mut g = CorpusGen::new(seed);
    (0..n)
        .map(|i| Article::from_parsed(text::parse(g.article()), None, format!("a{i}")))
        .collect()
}

fn titles(n: usize) -> Vec<(String, String)> {
    let mut g = CorpusGen::new(9);
    let sources = ["Velmora Herald", "Coastline Post", "The Dispatch", ""];
    (0..n)
        .map(|i| (g.title(), sources[i % sources.len()].to_string()))
        .collect()
}

fn fuzzy(c: &mut Criterion) {
    let items = titles(100_000);
    let mut group = c.benchmark_group("fuzzy_100k_titles");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(8));
    // Typing "kellan" key by key: the whole sequence (6 keystrokes) per
    // iteration; divide by 6 for the mean per keystroke.
    for threads in [1, 2] {
        let mut f = LibraryFilter::new(items.iter().map(|(t, s)| (t, s))).with_threads(threads);
        group.bench_function(format!("type_6_keys_{threads}t"), |b| {
            b.iter(|| {
                let _ = f.filter("");
                let mut n = 0;
                for q in ["k", "ke", "kel", "kell", "kella", "kellan"] {
                    n += f.filter(black_box(q)).len();
                }
                n
            })
        });
        // The worst keystroke: the first, over every title.
        group.bench_function(format!("first_key_{threads}t"), |b| {
            b.iter(|| {
                let _ = f.filter("");
                f.filter(black_box("k")).len()
            })
        });
    }
    group.finish();
}

/// 100,000 one-paragraph articles with generated titles and sources.
fn title_library(n: usize) -> Library {
    let articles = titles(n)
        .into_iter()
        .enumerate()
        .map(|(i, (title, _))| {
            Article::from_parsed(
                text::parse(format!("{title}\n\nBody of article {i}.\n")),
                None,
                format!("wire/{i:06}.txt"),
            )
        })
        .collect();
    Library::new(LoadReport {
        articles,
        ..LoadReport::default()
    })
}

/// The library filter as the user meets it: a keystroke in the TUI over
/// 100,000 articles, key → frame (the matching runs on a worker, so this is
/// what the user waits for before the screen answers), and key → rows (when
/// the ranked rows are on screen).
fn filter_in_app(c: &mut Criterion) {
    let keymap = Keymap::new(&Overrides::new()).expect("keymap");
    let mut app = App::new(title_library(100_000), keymap, Theme::colored(), (120, 40));
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let key = |c: char| KeyEvent::from(KeyCode::Char(c));
    let mut group = c.benchmark_group("library_filter_100k_in_app");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(8));
    // Each iteration types "kellan" from an empty filter; the time is per
    // keystroke (divided by 6).
    let mut type_query = |b: &mut criterion::Bencher, wait_for_rows: bool| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                app.handle_key(KeyEvent::from(KeyCode::Esc));
                app.handle_key(key('/'));
                term.draw(|f| app.draw(f)).expect("draw");
                for ch in "kellan".chars() {
                    let t = Instant::now();
                    app.handle_key(key(ch));
                    while wait_for_rows && app.state.library_filter_pending {
                        std::thread::sleep(Duration::from_micros(200));
                        app.tick();
                    }
                    term.draw(|f| app.draw(f)).expect("draw");
                    total += t.elapsed();
                }
                // Let the worker finish before the next round.
                while app.state.library_filter_pending {
                    std::thread::sleep(Duration::from_micros(200));
                    app.tick();
                }
            }
            total / 6
        })
    };
    group.bench_function("key_to_frame", |b| type_query(b, false));
    group.bench_function("key_to_rows", |b| type_query(b, true));
    group.finish();
}

/// One frame of the library list over 100,000 articles (cursor moves).
fn library_frame(c: &mut Criterion) {
    let keymap = Keymap::new(&Overrides::new()).expect("keymap");
    let mut app = App::new(title_library(100_000), keymap, Theme::colored(), (120, 40));
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    c.bench_function("library_100k_key_j_to_frame", |b| {
        b.iter(|| {
            app.handle_key(KeyEvent::from(KeyCode::Char('j')));
            term.draw(|f| app.draw(f)).expect("draw");
        })
    });
}

fn index_build(c: &mut Criterion) {
    let arts = articles(10_000, 1);
    let mut group = c.benchmark_group("index_build");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("10k_articles", |b| {
        b.iter(|| Index::build(&arts, |_| Vec::new(), &|_, _| {}).len())
    });
    group.finish();
}

fn corpus_query(c: &mut Criterion) {
    let arts = articles(100_000, 2);
    let index = Index::build(&arts, |_| Vec::new(), &|_, _| {});
    let mut group = c.benchmark_group("query_100k_articles");
    group.sample_size(20);
    for (name, q) in [
        ("rare_word", "kellan"),
        ("common_word", "talks"),
        ("two_words", "envoy grain"),
        ("phrase", "\"grain deal\""),
        ("prefix", "negot*"),
    ] {
        let q = Query::parse(q);
        group.bench_function(name, |b| {
            b.iter(|| index.search(black_box(&q), &arts, 20).hits.len())
        });
    }
    group.finish();
}

fn in_article(c: &mut Criterion) {
    let mut g = CorpusGen::new(4);
    let mut text = String::new();
    while text.len() < 1_000_000 {
        text.push_str(&g.article());
    }
    // A few length-changing folds (KELVIN SIGN) force the offset map.
    text.push_str("\u{212A}elvin ");
    let mut group = c.benchmark_group("in_article_1mb");
    group.bench_function("prepare", |b| {
        b.iter(|| InArticleSearch::new(black_box(&text)))
    });
    let s = InArticleSearch::new(&text);
    group.bench_function("keystroke_find", |b| {
        b.iter(|| s.find(&text, black_box("envoy")).len())
    });
    group.bench_function("keystroke_refine", |b| {
        let prev = s.find(&text, "envo");
        b.iter(|| s.refine(&text, "envo", &prev, black_box("envoy")).len())
    });
    group.bench_function("find_matches_one_call", |b| {
        b.iter(|| find_matches(&text, black_box("envoy")).len())
    });
    group.finish();
}

criterion_group!(
    benches,
    fuzzy,
    filter_in_app,
    library_frame,
    in_article,
    index_build,
    corpus_query
);
criterion_main!(benches);
