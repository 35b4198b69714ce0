//! Frame budgets: first frame on the seed, and key → frame on a 1 MB
//! article at its top and at its end; the wrap of a 1 MB article.

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

fn seed() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds/000_32cdb249023d6e56.txt")
}

fn big_library() -> Library {
    let parsed = text::parse(common::article(1 << 20));
    let article = newsdesk::core::article::Article::from_parsed(parsed, None, "big.txt".into());
    Library::new(LoadReport {
        articles: vec![article],
        skipped: vec![],
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

fn bench_keystroke(c: &mut Criterion) {
    let mut app = App::new(big_library(), keymap(), Theme::colored(), (120, 40));
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
    let k = KeyEvent::new(KeyCode::Char('k'), KeyModifiers::NONE);
    c.bench_function("key_to_frame_1mb_top", |b| {
        b.iter(|| {
            app.handle_key(j);
            term.draw(|f| app.draw(f)).expect("draw");
            app.handle_key(k);
            term.draw(|f| app.draw(f)).expect("draw");
        })
    });
    app.handle_key(KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT));
    c.bench_function("key_to_frame_1mb_end", |b| {
        b.iter(|| {
            app.handle_key(k);
            term.draw(|f| app.draw(f)).expect("draw");
            app.handle_key(j);
            term.draw(|f| app.draw(f)).expect("draw");
        })
    });
}

fn bench_wrap(c: &mut Criterion) {
    let parsed = text::parse(common::article(1 << 20));
    c.bench_function("wrap_1mb_at_80_cols", |b| {
        b.iter(|| black_box(WrapCache::build(&parsed.text, &parsed.blocks, 80)))
    });
}

criterion_group!(benches, bench_first_frame, bench_keystroke, bench_wrap);
criterion_main!(benches);
