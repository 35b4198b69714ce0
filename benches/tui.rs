//! Frame budgets: first frame on the seed, and key → frame on a 1 MB
//! article at its top and at its end; the wrap of a 1 MB article.
//!
//! `first_frame_seed` runs in-process (load, extract, wrap, draw to a
//! `TestBackend`); the start of the real process in a pseudo-terminal,
//! which issue #2's start-up budget is about, is `benches/startup.rs`.

mod common;

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use newsdesk::core::article::{LoadReport, load_paths, text};
use newsdesk::core::library::Library;
use newsdesk::tui::App;
use newsdesk::tui::keymap::{Keymap, Overrides};
use newsdesk::tui::layout::WrapCache;
use newsdesk::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The newsdesk binary's allocator (see `src/main.rs`), so that the
/// figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn seed() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds/000_32cdb249023d6e56.txt")
}

fn big_library() -> Library {
    let parsed = text::parse(common::article(1 << 20));
    let article = newsdesk::core::article::Article::from_parsed(parsed, None, "big.txt".into());
    Library::new(LoadReport {
        articles: vec![article],
        ..LoadReport::default()
    })
}

fn keymap() -> Keymap {
    Keymap::new(&Overrides::new()).expect("keymap")
}

fn bench_first_frame(c: &mut Criterion) {
    c.bench_function("first_frame_seed (load + extract + wrap + draw)", |b| {
        b.iter(|| {
            let lib = Library::new(load_paths(&[seed()]).expect("load"));
            let app = App::new(lib, keymap(), Theme::colored(), (120, 40));
            let mut t = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
            t.draw(|f| app.draw(f)).expect("draw");
            black_box(t);
        })
    });
}

/// The first visible line of the open article.
fn top(app: &App) -> usize {
    app.state.reader.as_ref().expect("the article is open").top
}

/// Key → frame, one keystroke and one frame per iteration, on a 1 MB
/// article at its top and at its end. Iterations alternate between a key
/// that scrolls one line away from the edge (`j` at the top, `k` at the
/// end) and the one that scrolls back, so that every key moves the text
/// and the figure is per key.
fn bench_keystroke(c: &mut Criterion) {
    let mut app = App::new(big_library(), keymap(), Theme::colored(), (120, 40));
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
    let k = KeyEvent::new(KeyCode::Char('k'), KeyModifiers::NONE);
    let mut per_key = |name: &str, app: &mut App, away: KeyEvent, back: KeyEvent| {
        let edge = top(app);
        app.handle_key(away);
        assert_ne!(top(app), edge, "{name}: the first key must scroll");
        app.handle_key(back);
        assert_eq!(top(app), edge, "{name}: the second key must scroll back");
        let mut next_away = true;
        c.bench_function(name, |b| {
            b.iter(|| {
                app.handle_key(if next_away { away } else { back });
                next_away = !next_away;
                term.draw(|f| app.draw(f)).expect("draw").area.width
            })
        });
    };
    per_key("key_to_frame_1mb_top", &mut app, j, k);
    app.handle_key(KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT));
    assert!(top(&app) > 0, "G goes to the end");
    per_key("key_to_frame_1mb_end", &mut app, k, j);
}

fn bench_wrap(c: &mut Criterion) {
    let parsed = text::parse(common::article(1 << 20));
    c.bench_function("wrap_1mb_at_80_cols", |b| {
        b.iter(|| black_box(WrapCache::build(&parsed.text, &parsed.blocks, 80)))
    });
}

fn library_of(body: String) -> Library {
    let article = newsdesk::core::article::Article::from_parsed(
        text::parse(body),
        None,
        "hostile.txt".into(),
    );
    Library::new(LoadReport {
        articles: vec![article],
        ..LoadReport::default()
    })
}

/// Hostile frames: a letter carrying 10,000 combining marks (capped per
/// cell, so the frame costs what a plain one does), and j/k at the top,
/// middle and end of one 10 MB line without a newline.
fn bench_hostile(c: &mut Criterion) {
    let zalgo: String = std::iter::once('e')
        .chain(std::iter::repeat_n('\u{301}', 10_000))
        .collect();
    let body = format!("Marks\n\n{}", format!("The {zalgo} letter. ").repeat(20));
    let app = App::new(library_of(body), keymap(), Theme::colored(), (120, 40));
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    c.bench_function("frame_10k_combining_marks", |b| {
        b.iter(|| term.draw(|f| app.draw(f)).expect("draw").area.width)
    });
    // One 10 MB line of news sentences (the whole file is also the title),
    // with ~240,000 entity mentions highlighted.
    let sentence = "Mara Quell told the Tessaly Harbour Board that the ferries would run. ";
    let line = sentence.repeat(10 * 1024 * 1024 / sentence.len() + 1);
    let mut app = App::new(library_of(line), keymap(), Theme::colored(), (120, 40));
    let j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
    let k = KeyEvent::new(KeyCode::Char('k'), KeyModifiers::NONE);
    let mut jk = |name: &str, app: &mut App| {
        c.bench_function(name, |b| {
            b.iter(|| {
                app.handle_key(j);
                term.draw(|f| app.draw(f)).expect("draw");
                app.handle_key(k);
                term.draw(|f| app.draw(f)).expect("draw");
            })
        });
    };
    jk("key_to_frame_10mb_line_top", &mut app);
    if let Some(r) = app.state.reader.as_mut() {
        r.top = r.wrap.len() / 2;
    }
    jk("key_to_frame_10mb_line_middle", &mut app);
    app.handle_key(KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT));
    let end = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
    jk("key_to_frame_10mb_line_end", &mut app);
    // Every "Quell" matched, then a selection, at the end.
    for ch in "/Quell".chars() {
        let mods = if ch.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        app.handle_key(KeyEvent::new(KeyCode::Char(ch), mods));
    }
    app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    app.handle_key(end);
    jk("key_to_frame_10mb_line_end_with_matches", &mut app);
    app.handle_key(KeyEvent::new(KeyCode::Char('v'), KeyModifiers::NONE));
    jk("key_to_frame_10mb_line_end_selecting", &mut app);
}

criterion_group!(
    benches,
    bench_first_frame,
    bench_keystroke,
    bench_wrap,
    bench_hostile
);
criterion_main!(benches);
