//! The mouse, fed to the app as crossterm events: the wheel scrolls the
//! pane under the pointer, a click selects in the library and the sidebar
//! (a second click on the same library row opens it), a drag in the text
//! selects it for a note. Positions are found on the drawn screen, as a
//! person would aim.

mod support;

use newsdesk::core::article::load_paths;
use newsdesk::core::library::Library;
use newsdesk::tui::App;
use newsdesk::tui::keymap::{Keymap, Overrides};
use newsdesk::tui::regions;
use newsdesk::tui::state::{Focus, Screen};
use newsdesk::tui::theme::Theme;
use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};
use support::{app, app_with_storage, draw, press, screen_text};

const SEED: &str = "seeds/000_32cdb249023d6e56.txt";

fn mouse(app: &mut App, kind: MouseEventKind, column: u16, row: u16) {
    app.handle_event(Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }));
}

fn wheel_down(app: &mut App, at: Position) {
    mouse(app, MouseEventKind::ScrollDown, at.x, at.y);
}

fn wheel_up(app: &mut App, at: Position) {
    mouse(app, MouseEventKind::ScrollUp, at.x, at.y);
}

fn click(app: &mut App, at: Position) {
    mouse(app, MouseEventKind::Down(MouseButton::Left), at.x, at.y);
    mouse(app, MouseEventKind::Up(MouseButton::Left), at.x, at.y);
}

fn screen_rect(app: &App) -> Rect {
    Rect::new(0, 0, app.state.size.0, app.state.size.1)
}

/// Where `needle` is drawn inside `area` (its first cell), if anywhere.
fn find_in(app: &App, area: Rect, needle: &str) -> Option<Position> {
    let text = screen_text(&draw(app));
    text.lines()
        .enumerate()
        .skip(area.y as usize)
        .take(area.height as usize)
        .find_map(|(row, line)| {
            let cells: Vec<char> = line.chars().collect();
            let inside: String = cells
                .iter()
                .skip(area.x as usize)
                .take(area.width as usize)
                .collect();
            let byte = inside.find(needle)?;
            let col = area.x as usize + inside[..byte].chars().count();
            Some(Position::new(col as u16, row as u16))
        })
}

/// A library of `n` short articles in a temp dir, at `size`.
fn library_app(dir: &std::path::Path, n: usize, size: (u16, u16)) -> App {
    for i in 0..n {
        std::fs::write(
            dir.join(format!("{i:02}.txt")),
            format!("Harbour Report Number {i:02}\n\nThe port of Brakke reopened on Monday.\n"),
        )
        .expect("write article");
    }
    let report = load_paths(&[dir.to_path_buf()]).expect("load");
    let km = Keymap::new(&Overrides::new()).expect("keymap");
    App::new(Library::new(report), km, Theme::colored(), size)
}

#[test]
fn wheel_over_the_text_scrolls_the_text_only() {
    let mut app = app(&[SEED], (100, 20));
    let r = regions::reader(screen_rect(&app));
    let over_text = Position::new(r.text.x + 2, r.text.y + 2);
    wheel_down(&mut app, over_text);
    wheel_down(&mut app, over_text);
    let reader = app.state.reader.as_ref().expect("reader");
    assert_eq!(reader.top, 6, "three lines a notch");
    assert_eq!(reader.sidebar.selected, 0, "sidebar untouched");
    assert_eq!(reader.focus, Focus::Text);
    wheel_up(&mut app, over_text);
    assert_eq!(app.state.reader.as_ref().expect("reader").top, 3);
}

#[test]
fn wheel_over_the_sidebar_moves_its_cursor_and_keeps_the_focus() {
    let mut app = app(&[SEED], (100, 30));
    let r = regions::reader(screen_rect(&app));
    let entities = {
        let reader = app.state.reader.as_ref().expect("reader");
        app.library.entities(reader.article).len()
    };
    assert!(entities > 4, "the seed has names enough: {entities}");
    // Start a selection: the wheel must not drop it.
    press(&mut app, &["v"]);
    let over_sidebar = Position::new(r.sidebar.x + 2, r.sidebar.y + 3);
    wheel_down(&mut app, over_sidebar);
    let reader = app.state.reader.as_ref().expect("reader");
    assert_eq!(reader.sidebar.selected, 3);
    assert_eq!(reader.top, 0, "text untouched");
    assert_eq!(reader.focus, Focus::Text, "focus stays where it was");
    assert!(reader.selection.is_some(), "selection kept");
    wheel_up(&mut app, over_sidebar);
    assert_eq!(
        app.state.reader.as_ref().expect("reader").sidebar.selected,
        0
    );
}

#[test]
fn wheel_in_the_library_moves_its_cursor() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(dir.path(), 12, (100, 20));
    assert_eq!(app.state.screen(), Screen::Library);
    let body = regions::list(screen_rect(&app)).body;
    let inside = Position::new(body.x + 5, body.y + 4);
    wheel_down(&mut app, inside);
    assert_eq!(app.state.library.selected, 3);
    wheel_down(&mut app, inside);
    wheel_down(&mut app, inside);
    wheel_down(&mut app, inside);
    assert_eq!(app.state.library.selected, 11, "stops at the last row");
    wheel_up(&mut app, inside);
    assert_eq!(app.state.library.selected, 8);
    let text = screen_text(&draw(&app));
    assert!(text.contains("9/12"), "{text}");
}

#[test]
fn click_selects_a_library_row_and_a_second_click_opens_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = library_app(dir.path(), 5, (100, 20));
    let body = regions::list(screen_rect(&app)).body;
    let row = find_in(&app, body, "Harbour Report Number 03").expect("row on screen");
    click(&mut app, row);
    assert_eq!(app.state.library.selected, 3);
    assert_eq!(
        app.state.screen(),
        Screen::Library,
        "one click only selects"
    );
    // A click on the header row does nothing.
    click(&mut app, Position::new(body.x + 2, body.y));
    assert_eq!(app.state.library.selected, 3);
    click(&mut app, row);
    assert_eq!(app.state.screen(), Screen::Reader);
    let reader = app.state.reader.as_ref().expect("reader");
    assert_eq!(
        app.library.articles()[reader.article].title,
        "Harbour Report Number 03"
    );
    // Below the last row: nothing.
    press(&mut app, &["q"]);
    click(&mut app, Position::new(body.x + 2, body.y + 10));
    assert_eq!(app.state.library.selected, 3);
    assert_eq!(app.state.screen(), Screen::Library);
}

#[test]
fn click_in_the_sidebar_selects_the_entity() {
    let mut app = app(&[SEED], (120, 40));
    let r = regions::reader(screen_rect(&app));
    let at = find_in(&app, r.sidebar, "Steve Witkoff").expect("Steve Witkoff in the sidebar");
    click(&mut app, at);
    let reader = app.state.reader.as_ref().expect("reader");
    let entities = app.library.entities(reader.article);
    let witkoff = entities
        .iter()
        .position(|e| e.name == "Steve Witkoff")
        .expect("entity");
    assert_eq!(reader.sidebar.selected, witkoff);
    assert_eq!(reader.selected_entity, Some(witkoff));
    assert_eq!(reader.focus, Focus::Sidebar);
    let total = entities[witkoff].mentions.len();
    let text = screen_text(&draw(&app));
    assert!(
        text.contains(&format!("Steve Witkoff: 1/{total}")),
        "{text}"
    );
    // A click on a section heading selects nothing new.
    let heading = find_in(&app, r.sidebar, "PEOPLE").expect("heading");
    click(&mut app, heading);
    let reader = app.state.reader.as_ref().expect("reader");
    assert_eq!(reader.sidebar.selected, witkoff);
}

#[test]
fn drag_in_the_text_selects_a_span_to_annotate() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut app = app_with_storage(&[SEED], (120, 40), home.path());
    let r = regions::reader(screen_rect(&app));
    let start = find_in(&app, r.text, "Steve Witkoff,").expect("name in the text");
    // Press on the S, drag to the f, release.
    mouse(
        &mut app,
        MouseEventKind::Down(MouseButton::Left),
        start.x,
        start.y,
    );
    mouse(
        &mut app,
        MouseEventKind::Drag(MouseButton::Left),
        start.x + 6,
        start.y,
    );
    mouse(
        &mut app,
        MouseEventKind::Drag(MouseButton::Left),
        start.x + 12,
        start.y,
    );
    mouse(
        &mut app,
        MouseEventKind::Up(MouseButton::Left),
        start.x + 12,
        start.y,
    );
    let reader = app.state.reader.as_ref().expect("reader");
    let sel = reader.selection.expect("a selection");
    let text = &app.library.articles()[reader.article].text;
    assert_eq!(&text[sel.range(text)], "Steve Witkoff");
    assert_eq!(reader.drag, None, "released");
    assert_eq!(app.state.context(), newsdesk::tui::keymap::Context::Select);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("selected: a annotates"), "{screen}");
    // The selection is what a note is written on.
    press(&mut app, &["a"]);
    let editor = app.state.editor.as_ref().expect("the note editor");
    assert_eq!(editor.quote, "Steve Witkoff");
}

#[test]
fn drag_past_the_text_pane_is_clamped_to_it() {
    let mut app = app(&[SEED], (120, 40));
    let r = regions::reader(screen_rect(&app));
    let start = find_in(&app, r.text, "Steve Witkoff,").expect("name in the text");
    mouse(
        &mut app,
        MouseEventKind::Down(MouseButton::Left),
        start.x,
        start.y,
    );
    // Into the sidebar, on the same row: the selection ends at the text's
    // right edge, not somewhere in the sidebar.
    mouse(
        &mut app,
        MouseEventKind::Drag(MouseButton::Left),
        r.sidebar.x + 5,
        start.y,
    );
    let reader = app.state.reader.as_ref().expect("reader");
    let sel = reader.selection.expect("a selection");
    let text = &app.library.articles()[reader.article].text;
    let chosen = &text[sel.range(text)];
    assert!(chosen.starts_with("Steve Witkoff,"), "{chosen:?}");
    assert!(!chosen.contains('\n'), "one line: {chosen:?}");
    assert_eq!(reader.focus, Focus::Text);
}

#[test]
fn the_mouse_is_ignored_while_a_note_is_edited() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut app = app_with_storage(&[SEED], (120, 40), home.path());
    press(&mut app, &["v", "w", "a"]);
    assert!(app.state.editor.is_some());
    let r = regions::reader(screen_rect(&app));
    let before = app.state.reader.as_ref().expect("reader").top;
    wheel_down(&mut app, Position::new(r.text.x + 1, r.text.y + 1));
    click(&mut app, Position::new(r.sidebar.x + 2, r.sidebar.y + 2));
    let reader = app.state.reader.as_ref().expect("reader");
    assert_eq!(reader.top, before);
    assert_eq!(reader.focus, Focus::Text);
    assert!(app.state.editor.is_some());
}
