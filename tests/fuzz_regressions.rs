//! Replays every file in tests/fuzz_inputs/ (nasty inputs: deep nesting,
//! NUL bytes, unterminated tags, huge attributes, broken UTF-8, BOMs)
//! through every loader, then through the sanitiser, the wrapper and the
//! entity extractor, as the fuzz targets do. Nothing may panic, every block
//! must slice the canonical text, and each load must finish quickly.

use std::path::Path;
use std::time::{Duration, Instant};

use newsdesk::core::article::Article;
use newsdesk::core::article::load::{Format, load_bytes};
use newsdesk::core::article::sanitize;
use newsdesk::core::entities::Extractor;

const FORMATS: [Format; 4] = [Format::Text, Format::Markdown, Format::Html, Format::Jsonl];

/// A hang detector, not a benchmark: generous even for a debug build on a
/// busy machine (benches/loading.rs measures speed).
const BUDGET: Duration = Duration::from_secs(60);

fn check_article(a: &Article, what: &str) {
    for b in &a.blocks {
        assert!(b.start <= b.end, "{what}: inverted block");
        assert!(
            a.text.get(b.range()).is_some(),
            "{what}: block off char boundary"
        );
    }
    let shown = sanitize::for_display(&a.text);
    assert!(
        !shown
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "{what}: control character survives the sanitiser"
    );
    let _ = textwrap::wrap(&shown, 40);
    let _ = sanitize::one_line(&a.title);
    for e in Extractor::new().extract(&a.text, &a.blocks) {
        for m in &e.mentions {
            assert!(
                a.text.get(m.start..m.end).is_some(),
                "{what}: mention off boundary"
            );
        }
    }
}

fn replay(name: &str, bytes: &[u8]) {
    for format in FORMATS {
        let what = format!("{name} as {format:?}");
        let start = Instant::now();
        let result = load_bytes(bytes, Some(format), None, name);
        assert!(
            start.elapsed() < BUDGET,
            "{what}: took {:?}",
            start.elapsed()
        );
        if let Ok(loaded) = result {
            for a in &loaded.articles {
                check_article(a, &what);
            }
        }
    }
    // Sniffed, as stdin is.
    if let Ok(loaded) = load_bytes(bytes, None, None, name) {
        for a in &loaded.articles {
            check_article(a, name);
        }
    }
}

#[test]
fn every_fuzz_input_loads_without_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_inputs");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("fuzz inputs")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    assert!(files.len() >= 12, "expected a dozen inputs");
    for f in files {
        let bytes = std::fs::read(&f).expect("read");
        replay(&f.file_name().unwrap_or_default().to_string_lossy(), &bytes);
    }
}

#[test]
fn a_ten_megabyte_single_line_loads_in_every_format() {
    let mut line = "The harbour council met again on Tuesday. ".repeat(250_000);
    line.truncate(10 * 1024 * 1024);
    replay("10mb-line", line.as_bytes());
    let json = format!("{{\"title\":\"Long\",\"text\":\"{line}\"}}");
    let arts = load_bytes(json.as_bytes(), Some(Format::Jsonl), None, "long.jsonl")
        .expect("loads")
        .articles;
    assert_eq!(arts[0].text.len(), "Long\n\n".len() + line.trim_end().len());
}

#[test]
fn nesting_100000_deep_is_bounded_in_every_markup_format() {
    let cases: [(&str, String); 4] = [
        ("div", "<div>".repeat(100_000)),
        ("blockquote", "<blockquote>".repeat(100_000)),
        ("md quote", ">".repeat(100_000) + " x"),
        (
            "md list",
            (0..2_000)
                .map(|i| format!("{}* x\n", " ".repeat(i)))
                .collect(),
        ),
    ];
    for (name, src) in cases {
        // A small stack: nothing may recurse per nesting level.
        let handle = std::thread::Builder::new()
            .stack_size(512 * 1024)
            .spawn(move || replay(name, src.as_bytes()))
            .expect("spawn");
        handle.join().expect("no stack overflow or panic");
    }
}
