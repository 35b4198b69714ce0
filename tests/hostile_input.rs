//! Hostile search input (row 16 of "Survive hostile input and faults"): a
//! 10,000-character query, pasted binary, regex metacharacters and a 10 MB
//! bracketed paste — capped with a notice, drawn safely, no freeze — in the
//! TUI and in `newsdesk search`.

mod support;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use newsdesk::tui::App;
use newsdesk::tui::state::MAX_INPUT_CHARS;
use support::{draw, press, screen_text, type_text};

const META: &str =
    r".*+?()[]{}|^$\ (?i) [a-z]+ \d{3} (( )) \\ ** ?? ^^ $$ | & ! ~ ` ' : - -- \b \1";

fn library(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for (name, body) in [
        (
            "a.txt",
            "Harbour council reopens ferry\n\nMayor Ines Valdor said the Northgate ferry ($5 a ride) runs again.\n",
        ),
        (
            "b.txt",
            "Budget debate in Northgate\n\nThe council [in session] approved the budget: 3.5% more.\n",
        ),
    ] {
        let p = dir.join(name);
        std::fs::write(&p, body).expect("write");
        out.push(p.display().to_string());
    }
    out
}

fn app(dir: &Path) -> App {
    let paths = library(dir);
    let refs: Vec<&str> = paths.iter().map(String::as_str).collect();
    support::app(&refs, (100, 24))
}

fn assert_clean(app: &App) -> String {
    let t = draw(app);
    for cell in t.backend().buffer().content() {
        assert!(
            !cell
                .symbol()
                .chars()
                .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
            "{:?}",
            cell.symbol()
        );
    }
    screen_text(&t)
}

/// Every input that searches: library filter, reader search, corpus search.
fn each_input(dir: &Path, mut f: impl FnMut(&mut App)) {
    for keys in [&["/"][..], &["enter", "/"][..], &["S"][..]] {
        let mut app = app(dir);
        press(&mut app, keys);
        if app.state.input.is_none() {
            continue;
        }
        f(&mut app);
        assert_clean(&app);
        press(&mut app, &["enter"]);
        assert_clean(&app);
    }
}

#[test]
fn a_10mb_bracketed_paste_is_capped_with_a_notice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let huge = "ferry council ".repeat(750_000);
    assert!(huge.len() > 10_000_000);
    each_input(dir.path(), |app| {
        let start = Instant::now();
        app.paste(&huge);
        let input = app.state.input.as_ref().expect("input");
        assert!(input.text.chars().count() <= MAX_INPUT_CHARS);
        let screen = assert_clean(app);
        assert!(screen.contains("capped"), "{screen}");
        assert!(start.elapsed() < Duration::from_secs(30), "no freeze");
    });
}

#[test]
fn a_10000_character_typed_query_is_capped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let long: String = "ferry ".repeat(1700);
    each_input(dir.path(), |app| {
        type_text(app, &long[..10_000]);
        let n = app
            .state
            .input
            .as_ref()
            .expect("input")
            .text
            .chars()
            .count();
        assert!(n <= MAX_INPUT_CHARS, "{n} characters kept");
    });
}

#[test]
fn pasted_binary_and_controls_are_neutralised() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes: Vec<u8> = (0u8..=255).cycle().take(4096).collect();
    let binary = String::from_utf8_lossy(&bytes).into_owned();
    each_input(dir.path(), |app| {
        app.paste(&binary);
        app.paste("\u{1b}]52;c;ZXZpbA==\u{7}\u{202e}evil\u{9b}2J\r\n\t");
        let text = &app.state.input.as_ref().expect("input").text;
        assert!(!text.chars().any(char::is_control), "{text:?}");
    });
}

#[test]
fn regex_metacharacters_are_plain_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    each_input(dir.path(), |app| {
        type_text(app, META);
        press(app, &["ctrl-u"]);
        type_text(app, "($5");
    });
    // In the reader, "[in session]" is found literally.
    let mut app = app(dir.path());
    press(&mut app, &["j", "enter", "/"]);
    type_text(&mut app, "[in session]");
    press(&mut app, &["enter"]);
    let r = app.state.reader.as_ref().expect("reader");
    assert_eq!(r.search.matches.len(), 1, "literal match");
}

fn cli_search(dir: &Path, query: &str) -> std::process::Output {
    let paths = library(dir);
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .arg("search")
        .arg("--data-dir")
        .arg(dir.join("data"))
        .env("XDG_STATE_HOME", dir.join("state"))
        .arg(query)
        .args(&paths)
        .output()
        .expect("run");
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "search took {:?}",
        start.elapsed()
    );
    out
}

#[test]
fn cli_search_survives_long_and_metacharacter_queries() {
    let dir = tempfile::tempdir().expect("tempdir");
    let long_word = "x".repeat(10_000);
    let many_words = "ferry ".repeat(1700)[..10_000].to_string();
    let many_phrases = "\"ferry council\" ".repeat(700);
    let deep_prefix = "fer* ".repeat(2000);
    let odd = "\u{1b}[2J person: org: tag: note: \u{202e}\"unterminated";
    for q in [
        long_word.as_str(),
        &many_words,
        &many_phrases,
        &deep_prefix,
        META,
        odd,
        "\"",
        "*",
        "person:",
    ] {
        let out = cli_search(dir.path(), q);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.code() == Some(0) || out.status.code() == Some(1),
            "{q:.40}: {:?} {err}",
            out.status
        );
        assert!(!err.contains("panicked"), "{q:.40}: {err}");
        assert!(!out.stdout.contains(&0x1b) && !err.contains('\u{1b}'));
    }
    let out = cli_search(dir.path(), "($5");
    assert!(out.status.success());
    let out = cli_search(dir.path(), "ferry");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Harbour council"));
}
