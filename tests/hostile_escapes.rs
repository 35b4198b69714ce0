//! Hostile text in articles (rows 1–4 of "Survive hostile input and
//! faults"): escape sequences, C1 controls, character references that decode
//! to controls, C0 controls, bidi and zero-width characters, and a letter
//! with 10,000 combining marks. Nothing from the content may reach the
//! terminal as a control: checked on the display function, on the rendered
//! buffer, and on the very bytes a real crossterm backend writes.

mod support;

use std::cell::RefCell;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use newsdesk::core::article::load::{Format, load_bytes};
use newsdesk::tui::App;
use newsdesk::tui::layout::str_width;
use newsdesk::tui::views::text::{MAX_COMBINING, display};
use proptest::prelude::*;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use support::{draw, press, screen_text};

/// Every escape-sequence family a terminal would act on, plus C1 controls
/// and an unterminated OSC at the very end.
fn hostile_body() -> String {
    [
        "Harbour council report",
        "",
        "MARKCLIP \u{1b}]52;c;ZWNobyBwd25lZA==\u{7} clipboard write.",
        "MARKLINK \u{1b}]8;;https://evil.example/\u{1b}\\click\u{1b}]8;;\u{1b}\\ hyperlink.",
        "MARKCLEAR \u{1b}[2J screen clear and MARKQUERY \u{1b}[6n cursor query.",
        "MARKRESET \u{1b}c full reset, MARKDCS \u{1b}P1$qm\u{1b}\\ and MARKAPC \u{1b}_payload\u{1b}\\.",
        "MARKC1 \u{9b}2J \u{9d}0;title\u{9c} \u{90}dcs\u{9c} \u{9f}apc \u{85}nel \u{80}x.",
        "MARKCOLOR \u{1b}[31mred\u{1b}[0m and MARKTITLE \u{1b}]0;pwned\u{7}.",
        "MARKOPEN \u{1b}]52;c;unterminated",
    ]
    .join("\n")
}

fn write(dir: &Path, name: &str, content: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, content).expect("write");
    p
}

fn app_on(path: &Path, size: (u16, u16)) -> App {
    support::app(&[path.to_str().expect("utf-8 temp path")], size)
}

/// True when a character must never be drawn as it is.
fn is_terminal_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

fn assert_buffer_clean(t: &Terminal<ratatui::backend::TestBackend>) {
    let buf = t.backend().buffer();
    for cell in buf.content() {
        assert!(
            !cell.symbol().chars().any(is_terminal_control),
            "control in a cell: {:?}",
            cell.symbol()
        );
    }
}

/// Checks what a crossterm backend wrote: valid UTF-8, no C1 characters, and
/// every ESC starts a CSI of the kinds ratatui itself uses (cursor moves,
/// colours, cursor visibility) — never OSC/DCS/APC/RIS, never 2J or 6n.
fn assert_bytes_clean(bytes: &[u8]) {
    let s = std::str::from_utf8(bytes).expect("the output is valid UTF-8");
    for (what, needle) in [
        ("OSC", "\u{1b}]"),
        ("DCS", "\u{1b}P"),
        ("APC", "\u{1b}_"),
        ("PM", "\u{1b}^"),
        ("RIS", "\u{1b}c"),
        ("clear", "\u{1b}[2J"),
        ("cursor query", "\u{1b}[6n"),
    ] {
        assert!(!s.contains(needle), "{what} in the output");
    }
    assert!(
        !s.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)),
        "a C1 control in the output"
    );
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            assert!(
                !c.is_control() || c == '\r' || c == '\n',
                "raw control {c:?} in the output"
            );
            continue;
        }
        assert_eq!(chars.next(), Some('['), "a non-CSI escape in the output");
        let mut fin = None;
        for d in chars.by_ref() {
            if !(d.is_ascii_digit() || d == ';' || d == '?' || d == ':') {
                fin = Some(d);
                break;
            }
        }
        assert!(
            matches!(
                fin,
                Some('H' | 'm' | 'h' | 'l' | 'K' | 'X' | 'C' | 'D' | 'G')
            ),
            "unexpected CSI final {fin:?}"
        );
    }
}

/// A writer whose bytes stay readable after the backend took it.
#[derive(Clone, Default)]
struct Capture(Rc<RefCell<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Draws `app` through a real crossterm backend into memory.
fn crossterm_bytes(app: &App) -> Vec<u8> {
    let (w, h) = app.state.size;
    let capture = Capture::default();
    let backend = CrosstermBackend::new(capture.clone());
    let mut t = Terminal::with_options(
        backend,
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
        },
    )
    .expect("terminal");
    t.draw(|f| app.draw(f)).expect("draw");
    drop(t);
    capture.0.take()
}

#[test]
fn display_neutralises_every_sequence_family() {
    let body = hostile_body();
    let shown = display(&body.replace('\n', " "));
    assert!(!shown.chars().any(is_terminal_control), "{shown:?}");
    assert!(
        shown.contains("␛]52;c;"),
        "ESC becomes a visible placeholder"
    );
    assert!(
        shown.contains("MARKC1 ¿2J"),
        "C1 becomes a visible placeholder"
    );
    assert_eq!(str_width(&shown), str_width(&body.replace('\n', " ")));
}

#[test]
fn rendered_reader_has_no_controls_and_shows_placeholders() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "hostile.txt", &hostile_body());
    let mut app = app_on(&p, (100, 30));
    let t = draw(&app);
    assert_buffer_clean(&t);
    let screen = screen_text(&t);
    assert!(screen.contains("MARKCLEAR ␛[2J"), "{screen}");
    assert!(screen.contains("MARKOPEN ␛]52;c;unterminated"), "{screen}");
    press(&mut app, &["G"]);
    assert_buffer_clean(&draw(&app));
}

#[test]
fn crossterm_output_carries_no_escape_from_content() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "hostile.txt", &hostile_body());
    for size in [(100, 30), (40, 12)] {
        let mut app = app_on(&p, size);
        let bytes = crossterm_bytes(&app);
        assert_bytes_clean(&bytes);
        let s = String::from_utf8_lossy(&bytes);
        if size.0 == 100 {
            assert!(s.contains("␛[2J"), "the placeholder is drawn");
        }
        // The sidebar and the status bar draw names and paths too.
        press(&mut app, &["tab", "j", "G"]);
        assert_bytes_clean(&crossterm_bytes(&app));
    }
}

#[test]
fn file_names_with_escapes_are_drawn_safely() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "a\u{1b}]0;pwned\u{7}\u{9b}2J.txt",
        "Escape named\nBody.",
    );
    write(dir.path(), "b.txt", "Plain one\nBody.");
    let lib = newsdesk::core::library::Library::new(
        newsdesk::core::article::load_paths(&[dir.path().to_path_buf()]).expect("load"),
    );
    let km = newsdesk::tui::keymap::Keymap::new(&newsdesk::tui::keymap::Overrides::new())
        .expect("keymap");
    let mut app = App::new(lib, km, newsdesk::tui::theme::Theme::colored(), (90, 20));
    assert_bytes_clean(&crossterm_bytes(&app));
    assert_buffer_clean(&draw(&app));
    press(&mut app, &["enter"]);
    assert_bytes_clean(&crossterm_bytes(&app));
}

/// Loads `src` as `format` and checks the canonical text through the
/// display function and the rendered buffer.
fn check_loaded(src: &str, format: Format, name: &str) -> String {
    let arts = load_bytes(src.as_bytes(), Some(format), None, name)
        .expect("load")
        .articles;
    let a = &arts[0];
    let shown = display(&a.text);
    assert!(
        !shown.chars().any(|c| is_terminal_control(c) && c != '\n'),
        "{name}: {shown:?}"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), name, src);
    let app = app_on(&p, (90, 24));
    assert_buffer_clean(&draw(&app));
    assert_bytes_clean(&crossterm_bytes(&app));
    a.text.clone()
}

#[test]
fn html_character_references_to_controls_are_neutralised() {
    let html = "<html><head><title>Ref &#27;]0;t&#7; test</title></head><body>\
        <h1>Ref test</h1>\
        <p>Decimal &#27;[2J and hex &#x1b;]52;c;eA==&#x07; and C1 &#x9b;6n &#155;.</p>\
        <p>Twice: &amp;#27;[2J stays text. Split: &#<b>27</b>;[2J and &#x1<i>b</i>;.</p>\
        <p>Named &NewLine; tab&Tab;end, null &#0; and &#x85; next line.</p>\
        </body></html>";
    let text = check_loaded(html, Format::Html, "refs.html");
    assert!(text.contains("&#27;[2J"), "decoded once only: {text:?}");
}

#[test]
fn markdown_character_references_to_controls_are_neutralised() {
    let md = "# Ref &#27;]0;title&#7; test\n\n\
        Decimal &#27;[2J, hex &#x1b;]52;c;eA==&#x07;, C1 &#x9b;6n and &#155;.\n\n\
        Twice &amp;#27;[2J stays text; split &#<em>27</em>;[2J; raw \u{1b}[31mred.\n\n\
        `code \u{1b}]8;;x\u{7}` and [link &#27;](http://x.example/&#27;).\n";
    let text = check_loaded(md, Format::Markdown, "refs.md");
    assert!(text.contains("&#27;[2J"), "decoded once only: {text:?}");
}

#[test]
fn c0_controls_tabs_cr_bs_bel_vt_ff_del_nul() {
    // NUL past the first KiB (earlier it marks the file as binary).
    let pad = "Padding sentence about the harbour council. ".repeat(30);
    let body = format!(
        "Controls test\n\n{pad}\n\nCR\rover BS\u{8}x BEL\u{7} VT\u{b} FF\u{c} DEL\u{7f} NUL\u{0} end.\n\ncol\tone\ttwo\n"
    );
    let shown = display(&body);
    assert!(!shown.chars().any(|c| c.is_control() && c != '\n'));
    assert!(shown.contains("col    one    two"), "tabs expand");
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "controls.txt", &body);
    let mut app = app_on(&p, (120, 30));
    press(&mut app, &["G"]);
    let t = draw(&app);
    assert_buffer_clean(&t);
    let screen = screen_text(&t);
    assert!(
        screen.contains("CR␍over BS␈x BEL␇ VT␋ FF␌ DEL␡ NUL␀ end."),
        "{screen}"
    );
    assert!(screen.contains("col    one    two"), "{screen}");
    assert_bytes_clean(&crossterm_bytes(&app));
}

#[test]
fn bidi_and_zero_width_keep_offsets_search_and_highlights() {
    let body = "Bidi test\n\nMayor \u{202e}Alvarez\u{202c} met \u{2066}Okafor\u{2069} and \
        Al\u{200b}varez\u{200d} at the \u{feff}port \u{200e}today\u{200f}.\n";
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "bidi.txt", body);
    let mut app = app_on(&p, (100, 20));
    let t = draw(&app);
    assert_buffer_clean(&t);
    assert!(screen_text(&t).contains("Mayor ¦Alvarez¦ met ¦Okafor¦"));
    press(&mut app, &["/"]);
    support::type_text(&mut app, "Alvarez");
    press(&mut app, &["enter"]);
    let text = app.library.articles()[0].text.clone();
    let r = app.state.reader.as_ref().expect("reader");
    assert!(!r.search.matches.is_empty(), "search finds the word");
    for m in &r.search.matches {
        assert_eq!(
            text.get(m.clone()),
            Some("Alvarez"),
            "match offsets slice the text"
        );
    }
    // The highlighted cells are exactly the word (1:1 placeholder mapping).
    let t = draw(&app);
    let buf = t.backend().buffer();
    let row = (0..buf.area.height)
        .find(|&y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
                .contains("Mayor ¦Alvarez")
        })
        .expect("row");
    let line: Vec<_> = (0..buf.area.width).map(|x| buf[(x, row)].clone()).collect();
    let start = line
        .windows(7)
        .position(|w| w.iter().map(|c| c.symbol()).collect::<String>() == "Alvarez")
        .expect("word");
    let plain = line[start - 3].style();
    for c in &line[start..start + 7] {
        assert_ne!(c.style(), plain, "the match is highlighted");
    }
    assert_eq!(line[start + 7].symbol(), "¦");
}

#[test]
fn ten_thousand_combining_marks_are_capped_per_cell() {
    let zalgo: String = std::iter::once('e')
        .chain(std::iter::repeat_n('\u{301}', 10_000))
        .collect();
    let body = format!("Marks test\n\nThe {zalgo} letter and more {zalgo}{zalgo} text.\n");
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "marks.txt", &body);
    let app = app_on(&p, (80, 20));
    let t = draw(&app);
    let longest = t
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol().chars().count())
        .max()
        .unwrap_or(0);
    assert!(longest <= 1 + MAX_COMBINING, "a cell holds {longest} chars");
    assert!(
        crossterm_bytes(&app).len() < 64 * 1024,
        "frame bytes bounded"
    );
}

proptest! {
    /// Placeholders are one cell each: the display form keeps the width and
    /// (without tabs or long mark runs) the character count, so offsets map 1:1.
    #[test]
    fn display_keeps_width_and_count(s in "[a-z \u{200b}-\u{200f}\u{202a}-\u{202e}\u{2066}-\u{2069}\u{feff}\u{0}-\u{1f}\u{7f}-\u{9f}]{0,80}") {
        let plain = s.replace(['\t', '\n'], " ");
        let shown = display(&plain);
        prop_assert!(!shown.chars().any(is_terminal_control));
        prop_assert_eq!(shown.chars().count(), plain.chars().count());
        prop_assert_eq!(str_width(&shown), str_width(&plain));
    }
}
