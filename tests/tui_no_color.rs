//! NO_COLOR: the theme decided from the config and the environment the
//! way start-up decides it ([`newsdesk::tui::theme_with`]) has no colour,
//! and the seed reader drawn with it has no colour in any cell, yet entity
//! mentions and highlights stay visible through their modifiers (a
//! snapshot of every styled cell).

mod support;

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::Path;

use newsdesk::cli::args::ColorChoice;
use newsdesk::core::config::Config;
use newsdesk::core::entities::EntityKind;
use newsdesk::tui::keymap::{Keymap, Overrides};
use newsdesk::tui::theme::Theme;
use newsdesk::tui::{App, theme_with};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};
use support::{draw, press, screen_text};

const SEED: &str = "seeds/000_32cdb249023d6e56.txt";
/// NO_COLOR=1, as start-up reads it.
fn no_color() -> Option<&'static OsStr> {
    Some(OsStr::new("1"))
}

fn config(toml: &str) -> Config {
    Config::parse(toml, Path::new("config.toml")).expect("config")
}

/// The theme start-up picks for `config` with NO_COLOR=1 and no flag.
fn no_color_theme(toml: &str) -> (Theme, bool) {
    theme_with(ColorChoice::Auto, &config(toml), no_color()).expect("theme")
}

fn mono_app() -> App {
    let (theme, color) = no_color_theme("");
    assert!(
        !color,
        "NO_COLOR turns colour off when nothing else decides"
    );
    let km = Keymap::new(&Overrides::new()).expect("keymap");
    App::new(support::library(&[SEED]), km, theme, (120, 40))
}

/// True when no style of `theme` has a colour.
fn colourless(theme: &Theme) -> bool {
    let mut styles = vec![
        theme.title,
        theme.heading,
        theme.text,
        theme.selected_mention,
        theme.search_match,
        theme.current,
        theme.note,
        theme.note_gutter,
        theme.selection,
        theme.cursor,
        theme.quote,
        theme.section,
        theme.list_selected,
        theme.list_selected_unfocused,
        theme.dim,
        theme.status,
        theme.status_mode,
        theme.border,
        theme.border_focused,
        theme.error,
    ];
    styles.extend(
        [
            EntityKind::Person,
            EntityKind::Organisation,
            EntityKind::Place,
        ]
        .map(|k| theme.entity(k)),
    );
    styles
        .iter()
        .all(|s| s.fg.is_none() && s.bg.is_none() && s.underline_color.is_none())
}

#[test]
fn the_start_up_decision_honours_no_color_and_the_config() {
    // color = auto (the default) with NO_COLOR: the colourless theme.
    let (theme, color) = no_color_theme("");
    assert!(!color);
    assert_eq!(theme, Theme::monochrome());
    assert!(colourless(&theme));
    let (theme, _) = no_color_theme("color = \"auto\"\n");
    assert_eq!(theme, Theme::monochrome());
    // The config's styles lose their colours, keep their modifiers.
    let (theme, _) = no_color_theme("[theme]\nperson = \"light-red on blue bold\"\n");
    assert!(colourless(&theme));
    assert_eq!(theme.person.add_modifier, Modifier::BOLD);
    // An empty NO_COLOR is unset (no-color.org): colour.
    let (theme, color) =
        theme_with(ColorChoice::Auto, &config(""), Some(OsStr::new(""))).expect("theme");
    assert!(color && theme == Theme::colored());
    // The config or the flag forcing colour wins over NO_COLOR.
    let (theme, color) = no_color_theme("color = \"always\"\n");
    assert!(color && !colourless(&theme));
    let (theme, color) = theme_with(ColorChoice::Always, &config(""), no_color()).expect("theme");
    assert!(color && !colourless(&theme));
    // And `never` turns it off without NO_COLOR.
    let (theme, color) =
        theme_with(ColorChoice::Auto, &config("color = \"never\"\n"), None).expect("theme");
    assert!(!color && colourless(&theme));
    // A bad [theme] entry is an error naming it.
    let err = theme_with(
        ColorChoice::Auto,
        &config("[theme]\nperson = \"sparkly\"\n"),
        no_color(),
    )
    .expect_err("bad style");
    assert!(err.contains("person"), "{err}");
}

/// The screen with its styles: each row, then (when any cell on it is
/// styled) a row of marks under its cells: `B` bold, `D` dim, `I` italic,
/// `U` underlined, `R` reversed, `X` crossed out, a lower-case letter for a
/// combination (listed at the end), `#` for a cell with any colour.
fn styled_screen(t: &Terminal<TestBackend>) -> String {
    const SINGLE: [(Modifier, char); 6] = [
        (Modifier::BOLD, 'B'),
        (Modifier::DIM, 'D'),
        (Modifier::ITALIC, 'I'),
        (Modifier::UNDERLINED, 'U'),
        (Modifier::REVERSED, 'R'),
        (Modifier::CROSSED_OUT, 'X'),
    ];
    let buf = t.backend().buffer();
    let mut combos: BTreeMap<String, char> = BTreeMap::new();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut text = String::new();
        let mut marks = String::new();
        for x in 0..buf.area.width {
            let c = &buf[(x, y)];
            text.push_str(c.symbol());
            let coloured =
                (c.fg, c.bg, c.underline_color) != (Color::Reset, Color::Reset, Color::Reset);
            let m = c.modifier;
            let mark = if coloured {
                '#'
            } else if m.is_empty() {
                ' '
            } else if let Some((_, ch)) = SINGLE.iter().find(|(s, _)| *s == m) {
                *ch
            } else {
                let name = format!("{m:?}");
                let next = char::from(b'a' + combos.len().min(25) as u8);
                *combos.entry(name).or_insert(next)
            };
            // Wide characters take two cells but one char of text.
            if !c.symbol().is_empty() {
                marks.push(mark);
            }
        }
        out.push_str(&text);
        out.push('\n');
        let marks = marks.trim_end();
        if !marks.is_empty() {
            out.push_str(marks);
            out.push('\n');
        }
    }
    let mut legend: Vec<(char, String)> = combos.into_iter().map(|(n, c)| (c, n)).collect();
    legend.sort();
    for (c, name) in legend {
        out.push_str(&format!("{c} = {name}\n"));
    }
    out
}

#[test]
fn no_color_snapshot_shows_modifiers_only() {
    let mut app = mono_app();
    app.resize(100, 24);
    let first = styled_screen(&draw(&app));
    assert!(!first.contains('#'), "a coloured cell:\n{first}");
    insta::assert_snapshot!("no_color_reader", first);
    // The first person in the sidebar selected: its mentions reversed, the
    // current one too.
    press(&mut app, &["tab", "enter"]);
    let selected = styled_screen(&draw(&app));
    assert!(!selected.contains('#'), "a coloured cell:\n{selected}");
    insta::assert_snapshot!("no_color_reader_entity_selected", selected);
}

#[test]
fn no_cell_has_a_colour() {
    assert_colourless(&draw(&mono_app()));
}

#[test]
fn the_note_editor_has_no_colour_either() {
    // ratatui-textarea's own placeholder and selection styles are coloured;
    // the app gives it the theme's.
    let home = tempfile::tempdir().expect("tempdir");
    let (theme, _) = no_color_theme("");
    let mut app = support::app_with_storage_and_theme(&[SEED], (120, 40), home.path(), theme);
    press(&mut app, &["v", "w", "a"]);
    let t = draw(&app);
    assert!(screen_text(&t).contains("Type a note"), "editor open");
    assert_colourless(&t);
}

fn assert_colourless(t: &Terminal<TestBackend>) {
    let buf = t.backend().buffer();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let c = &buf[(x, y)];
            assert_eq!(
                (c.fg, c.bg, c.underline_color),
                (Color::Reset, Color::Reset, Color::Reset),
                "cell ({x},{y}) {:?} is coloured",
                c.symbol()
            );
        }
    }
}

/// The modifiers of the first on-screen occurrence of `needle` in the
/// reader pane (left of the sidebar at column 85), if it is on screen.
fn modifier_at(t: &Terminal<TestBackend>, needle: &str) -> Option<Modifier> {
    let text = screen_text(t);
    let buf = t.backend().buffer();
    // Skip the title line(s): look in the body, below the first 3 rows.
    text.lines().enumerate().skip(3).find_map(|(row, line)| {
        let byte = line.find(needle)?;
        let col = line[..byte].chars().count() as u16;
        (col < 83).then(|| buf[(col, row as u16)].modifier)
    })
}

#[test]
fn mentions_keep_their_modifiers_without_colour() {
    let app = mono_app();
    let t = draw(&app);
    let reader = app.state.reader.as_ref().expect("reader open");
    let entities = app.library.entities(reader.article);
    let theme = no_color_theme("").0;
    let mut checked = [false; 3];
    for (i, kind) in [
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::Place,
    ]
    .into_iter()
    .enumerate()
    {
        let expected = theme.entity(kind).add_modifier;
        assert!(!expected.is_empty(), "{kind:?} has a modifier");
        // Some mention of some entity of this kind shows with its modifier.
        checked[i] = entities.iter().filter(|e| e.kind == kind).any(|e| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                // First words: a name may wrap at the end of a line.
                .filter_map(|n| modifier_at(&t, n.split(' ').next().unwrap_or(n)))
                .any(|m| m.contains(expected))
        });
    }
    assert_eq!(
        checked,
        [true, true, true],
        "person, organisation, place mentions styled"
    );

    // The person style in particular: underlined, as in colour.
    let m = modifier_at(&t, "Steve Witkoff,").expect("Steve Witkoff on screen");
    assert!(m.contains(Modifier::UNDERLINED), "{m:?}");
}
