//! NO_COLOR: the seed reader drawn with the monochrome theme has no colour
//! in any cell, yet entity mentions stay visible through their modifiers.

mod support;

use newsdesk::core::entities::EntityKind;
use newsdesk::tui::App;
use newsdesk::tui::keymap::{Keymap, Overrides};
use newsdesk::tui::theme::Theme;
use ratatui::style::{Color, Modifier};
use support::{draw, screen_text};

const SEED: &str = "seeds/000_32cdb249023d6e56.txt";

fn mono_app() -> App {
    let km = Keymap::new(&Overrides::new()).expect("keymap");
    App::new(
        support::library(&[SEED]),
        km,
        Theme::monochrome(),
        (120, 40),
    )
}

#[test]
fn no_cell_has_a_colour() {
    assert_colourless(&draw(&mono_app()));
}

#[test]
fn the_note_editor_has_no_colour_either() {
    // ratatui-textarea's own placeholder and selection styles are coloured;
    // the app gives it the theme's.
    let mut app = mono_app();
    support::press(&mut app, &["v", "w", "a"]);
    let t = draw(&app);
    assert!(screen_text(&t).contains("Type a note"), "editor open");
    assert_colourless(&t);
}

fn assert_colourless(t: &ratatui::Terminal<ratatui::backend::TestBackend>) {
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
fn modifier_at(
    t: &ratatui::Terminal<ratatui::backend::TestBackend>,
    needle: &str,
) -> Option<Modifier> {
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
    let theme = Theme::monochrome();
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
