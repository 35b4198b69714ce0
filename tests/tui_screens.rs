//! TUI screens through ratatui's TestBackend, compared with insta snapshots.

mod support;

use ratatui::style::Modifier;
use support::{app, draw, press, screen_text};

const SEED: &str = "seeds/000_32cdb249023d6e56.txt";

#[test]
fn library_screen() {
    let app = app(&["tests/fixtures/library"], (100, 14));
    let t = draw(&app);
    insta::assert_snapshot!(screen_text(&t));
}

#[test]
fn library_shows_dates_and_the_selected_articles_details() {
    // Every format, several with a source, date, author or URL.
    let mut app = app(&["tests/fixtures/formats"], (110, 16));
    // Sorted by date (s: path → date), newest first, undated last; the
    // first row's author, date and URL on the bottom border.
    press(&mut app, &["s"]);
    let text = screen_text(&draw(&app));
    assert!(text.contains("sorted by date"), "{text}");
    assert!(text.contains(" DATE "), "{text}");
    insta::assert_snapshot!(text);
    // Narrow: the dates give way to the titles.
    app.resize(60, 16);
    let text = screen_text(&draw(&app));
    assert!(!text.contains(" DATE "), "{text}");
    assert!(text.contains("TITLE"), "{text}");
}

#[test]
fn reader_lists_look_like_newsdesk_text() {
    let app = app(&["tests/fixtures/lists/packing.md"], (90, 30));
    let text = screen_text(&draw(&app));
    // Short items are drawn as the canonical text has them: one after the
    // other, nested ones indented.
    let canonical = &app.library.articles()[0].text;
    let screen_rows: Vec<&str> = text
        .lines()
        .map(|l| l.trim_start_matches('│').trim_end_matches(['│', ' ']))
        .collect();
    for run in [
        ["• Sleeping bag", "  • Liner for cold nights"],
        ["  • Pillow", "• Stove"],
        ["2. Second step", "3. Tenth"],
    ] {
        assert!(
            canonical.contains(&format!("{}\n{}", run[0], run[1]))
                || canonical.contains(&format!("{}\n\n{}", run[0], run[1])),
            "{run:?} in the text"
        );
        let at = screen_rows
            .iter()
            .position(|r| r.strip_prefix(' ').is_some_and(|r| r.starts_with(run[0])))
            .unwrap_or_else(|| panic!("{:?} on screen:\n{text}", run[0]));
        assert!(
            screen_rows[at + 1]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(run[1])),
            "{run:?} on consecutive rows:\n{text}"
        );
    }
    // Long items wrap under their text.
    assert!(
        text.contains("│ • Tent and a very long description of the tent that will     │"),
        "{text}"
    );
    assert!(text.contains("│   certainly need to wrap"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn reader_with_sidebar() {
    let app = app(&[SEED], (120, 40));
    let t = draw(&app);
    let text = screen_text(&t);
    assert!(text.contains("PEOPLE"));
    insta::assert_snapshot!(text);
}

#[test]
fn reader_highlights_mentions_with_a_modifier() {
    let app = app(&[SEED], (120, 40));
    let t = draw(&app);
    let buf = t.backend().buffer();
    // Find "Steve Witkoff" on screen: its cells carry the person style.
    let text = screen_text(&t);
    let (row, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Steve Witkoff,"))
        .expect("Steve Witkoff on screen");
    let col = line[..line.find("Steve Witkoff,").expect("col")]
        .chars()
        .count() as u16;
    let cell = &buf[(col, row as u16)];
    assert!(
        cell.modifier.contains(Modifier::UNDERLINED),
        "person mention is underlined: {cell:?}"
    );
}

#[test]
fn entity_selected_and_next_mention() {
    let mut app = app(&[SEED], (120, 40));
    press(&mut app, &["tab"]);
    let reader = app.state.reader.as_ref().expect("reader");
    let entities = app.library.entities(reader.article);
    let witkoff = entities
        .iter()
        .position(|e| e.name == "Steve Witkoff")
        .expect("Steve Witkoff found");
    let total = entities[witkoff].mentions.len();
    for _ in 0..witkoff {
        press(&mut app, &["j"]);
    }
    press(&mut app, &["enter"]);
    assert!(screen_text(&draw(&app)).contains(&format!("Steve Witkoff: 1/{total}")));
    press(&mut app, &["n"]);
    let t = draw(&app);
    let text = screen_text(&t);
    let next = if total > 1 { 2 } else { 1 };
    assert!(
        text.contains(&format!("Steve Witkoff: {next}/{total}")),
        "{text}"
    );
    insta::assert_snapshot!(text);
}

#[test]
fn help_screen() {
    let mut app = app(&[SEED], (100, 30));
    press(&mut app, &["?"]);
    let t = draw(&app);
    insta::assert_snapshot!(screen_text(&t));
    press(&mut app, &["q"]);
    assert!(!screen_text(&draw(&app)).contains("newsdesk ─ help"));
}

#[test]
fn help_pages_by_the_screen_and_moves_at_once_after_the_end() {
    let mut app = app(&[SEED], (100, 30));
    press(&mut app, &["?"]);
    let page = newsdesk::tui::regions::list(ratatui::layout::Rect::new(0, 0, 100, 30))
        .body
        .height as usize;
    press(&mut app, &["pagedown"]);
    assert_eq!(app.state.help_scroll, page, "a page is the screen's height");
    press(&mut app, &["ctrl-u"]);
    assert_eq!(app.state.help_scroll, page - page / 2, "half a page back");
    press(&mut app, &["G"]);
    let end = app.state.help_scroll;
    assert!(end > 0 && end < 200, "G stops at the last screenful: {end}");
    let last = screen_text(&draw(&app));
    press(&mut app, &["k"]);
    assert_eq!(app.state.help_scroll, end - 1, "k moves at once after G");
    press(&mut app, &["j", "j"]);
    assert_eq!(app.state.help_scroll, end, "no scrolling past the end");
    assert_eq!(screen_text(&draw(&app)), last);
    press(&mut app, &["g", "g"]);
    assert_eq!(app.state.help_scroll, 0);
}

#[test]
fn an_80_column_status_bar_keeps_the_help_hint_and_the_position() {
    let mut app = app(&[SEED], (80, 24));
    let screen = screen_text(&draw(&app));
    let status = screen.lines().last().expect("status bar");
    assert!(status.contains("? help"), "{status}");
    assert!(status.contains("0%"), "{status}");
    // A mention walk says where it is and keeps the position beside it.
    press(&mut app, &["tab", "enter", "n"]);
    let screen = screen_text(&draw(&app));
    let status = screen.lines().last().expect("status bar");
    assert!(status.contains("2/12") && status.contains('%'), "{status}");
}

#[test]
fn tiny_terminal() {
    let app = app(&[SEED], (30, 6));
    let t = draw(&app);
    let text = screen_text(&t);
    assert!(text.contains("terminal too"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn every_size_and_resize_storm_draws_without_panic() {
    let mut app = app(&[SEED], (1, 1));
    for (w, h) in [(0, 0), (1, 1), (20, 5), (40, 8), (500, 200), (80, 24)] {
        app.resize(w, h);
        let _ = draw(&app);
    }
    for i in 0..100u16 {
        app.resize(20 + (i * 37) % 180, 3 + (i * 11) % 60);
        press(&mut app, &["G"]);
        let _ = draw(&app);
    }
}

#[test]
fn library_open_and_back() {
    let mut app = app(&["tests/fixtures/library"], (100, 20));
    press(&mut app, &["j", "enter"]);
    let text = screen_text(&draw(&app));
    assert!(text.contains("Regional Election Tightens"), "{text}");
    press(&mut app, &["]", "]"]);
    assert!(screen_text(&draw(&app)).contains("Central Bank Holds Rates"));
    press(&mut app, &["q"]);
    let text = screen_text(&draw(&app));
    assert!(text.contains("library (3 articles)"), "{text}");
    press(&mut app, &["q"]);
    assert!(app.state.should_quit);
}

#[test]
fn reader_scrolls_to_the_end_and_reports_percent() {
    let mut app = app(&[SEED], (80, 20));
    press(&mut app, &["G"]);
    let text = screen_text(&draw(&app));
    assert!(text.contains("100%"), "{text}");
    assert!(text.contains("stable and lasting agreement."));
    press(&mut app, &["g", "g"]);
    assert!(screen_text(&draw(&app)).contains(" 0%"));
}
