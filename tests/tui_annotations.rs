//! Annotating in the TUI: select, note, save, list, edit, delete; who's-who
//! corrections; reading positions. Driven headless with a temp data dir.

mod support;

use newsdesk::tui::App;
use support::{app_with_storage, draw, press, screen_text, type_text};

const SEED: &str = "seeds/000_32cdb249023d6e56.txt";

#[test]
fn select_annotate_save_and_list() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut app = app_with_storage(&[SEED], (120, 40), home.path());
    // Select the first three words of the title and annotate them.
    press(&mut app, &["v", "w", "w", "a"]);
    assert!(app.state.editor.is_some());
    type_text(&mut app, "Headline claim #Diplomacy #russia");
    press(&mut app, &["ctrl-s"]);
    assert!(app.state.editor.is_none());
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("note saved"), "{screen}");
    press(&mut app, &["esc"]);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("1 note"), "{screen}");
    assert!(
        screen.contains('▌'),
        "the annotated line is marked: {screen}"
    );

    // On disk at once.
    let files: Vec<_> = std::fs::read_dir(home.path().join("data/annotations"))
        .expect("store dir")
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .collect();
    assert_eq!(files.len(), 1);
    let stored = std::fs::read_to_string(files[0].path()).expect("read");
    assert!(stored.contains("Trump Reaffirms Support"));
    assert!(stored.contains("\"diplomacy\"") && stored.contains("\"russia\""));

    // The notes list shows quote, note, tags and status.
    press(&mut app, &["A"]);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("“Trump Reaffirms Support”"), "{screen}");
    assert!(screen.contains("#diplomacy #russia"), "{screen}");
    assert!(screen.contains("anchored"), "{screen}");
}

#[test]
fn edit_and_delete_ask_and_persist() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut app = app_with_storage(&[SEED], (120, 40), home.path());
    press(&mut app, &["v", "a"]);
    type_text(&mut app, "first");
    press(&mut app, &["ctrl-s", "A", "e"]);
    type_text(&mut app, " second");
    press(&mut app, &["ctrl-s"]);
    assert!(screen_text(&draw(&app)).contains("first second"));

    // Esc on a changed editor asks first; n keeps editing.
    press(&mut app, &["e"]);
    type_text(&mut app, "x");
    press(&mut app, &["esc"]);
    assert!(screen_text(&draw(&app)).contains("Discard this note?"));
    press(&mut app, &["n"]);
    assert!(app.state.editor.is_some());
    press(&mut app, &["esc", "y"]);
    assert!(app.state.editor.is_none());

    // Delete asks; y deletes.
    press(&mut app, &["d"]);
    assert!(screen_text(&draw(&app)).contains("Delete the note"));
    press(&mut app, &["y"]);
    assert!(screen_text(&draw(&app)).contains("no notes yet"));
}

#[test]
fn notes_survive_a_restart_and_reading_position_is_restored() {
    let home = tempfile::tempdir().expect("tempdir");
    {
        let mut app = app_with_storage(&[SEED], (100, 30), home.path());
        press(&mut app, &["v", "w", "a"]);
        type_text(&mut app, "kept");
        press(&mut app, &["ctrl-s", "space", "space"]);
        let top = app.state.reader.as_ref().expect("reader").top_offset;
        assert!(top > 0);
        press(&mut app, &["q"]);
        app.library.save_state().expect("save state");
    }
    let app = app_with_storage(&[SEED], (100, 30), home.path());
    let r = app.state.reader.as_ref().expect("reader");
    assert!(r.top_offset > 0, "reading position restored");
    assert_eq!(r.note_ranges.len(), 1, "note still attached");
}

#[test]
fn sidebar_corrections_apply_and_undo() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut app = app_with_storage(&[SEED], (120, 40), home.path());
    let idx = app.state.reader.as_ref().expect("reader").article;
    let before = app.library.entities(idx).len();
    let first = app.library.entities(idx)[0].name.clone();
    press(&mut app, &["tab", "x"]);
    assert_eq!(app.library.entities(idx).len(), before - 1);
    assert!(!app.library.entities(idx).iter().any(|e| e.name == first));
    assert!(home.path().join("data/corrections.json").exists());
    press(&mut app, &["u"]);
    assert_eq!(app.library.entities(idx).len(), before);

    // Change kind: the first person becomes an organisation.
    press(&mut app, &["c"]);
    let e = app
        .library
        .entities(idx)
        .iter()
        .find(|e| e.name == first)
        .expect("still there");
    assert_eq!(e.kind.as_str(), "organisation");
}

#[test]
fn sidebar_merge_joins_one_name_into_another_and_esc_cancels() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut app = app_with_storage(&[SEED], (120, 40), home.path());
    let idx = app.state.reader.as_ref().expect("reader").article;
    let pos = |app: &App, name: &str| {
        app.library
            .entities(idx)
            .iter()
            .position(|e| e.name == name)
            .expect(name)
    };
    let mentions = |app: &App, name: &str| app.library.entities(idx)[pos(app, name)].mentions.len();
    let (russia, moscow) = (mentions(&app, "Russia"), mentions(&app, "Moscow"));
    let before = app.library.entities(idx).len();
    press(&mut app, &["tab"]);
    let at = |app: &mut App, name: &str| {
        let i = pos(app, name);
        app.state.reader.as_mut().expect("reader").sidebar.selected = i;
    };

    // Esc drops a pending merge.
    at(&mut app, "Russia");
    press(&mut app, &["m"]);
    assert!(screen_text(&draw(&app)).contains("merge “Russia” into"));
    press(&mut app, &["esc"]);
    assert!(screen_text(&draw(&app)).contains("merge cancelled"));
    assert_eq!(app.library.entities(idx).len(), before);

    // m on Russia, m on Moscow: one place with both names' mentions.
    at(&mut app, "Russia");
    press(&mut app, &["m"]);
    at(&mut app, "Moscow");
    press(&mut app, &["m"]);
    assert!(screen_text(&draw(&app)).contains("“Russia” merged into “Moscow”"));
    assert_eq!(app.library.entities(idx).len(), before - 1);
    let m = &app.library.entities(idx)[pos(&app, "Moscow")];
    assert_eq!(m.mentions.len(), russia + moscow);
    assert!(m.aliases.iter().any(|a| a == "Russia"));
    let stored = std::fs::read_to_string(home.path().join("data/corrections.json"))
        .expect("corrections saved");
    assert!(stored.contains("Russia") && stored.contains("Moscow"));

    // u undoes it.
    press(&mut app, &["u"]);
    assert_eq!(app.library.entities(idx).len(), before);
}

#[test]
fn marking_a_selection_adds_a_name() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut app = app_with_storage(&[SEED], (120, 40), home.path());
    let idx = app.state.reader.as_ref().expect("reader").article;
    assert!(
        !app.library
            .entities(idx)
            .iter()
            .any(|e| e.name == "Air Force One")
    );
    let text = app.library.article(idx).expect("article").text.clone();
    let air = text.find("Air Force One").expect("Air");
    press(&mut app, &["v"]);
    // Put the selection on "Air" (as `w` presses or a mouse drag would).
    let r = app.state.reader.as_mut().expect("reader");
    if let Some(sel) = r.selection.as_mut() {
        sel.anchor = air;
        sel.cursor = air;
    }
    press(&mut app, &["w", "w", "L"]);
    let e = app
        .library
        .entities(idx)
        .iter()
        .find(|e| e.name == "Air Force One")
        .expect("marked");
    assert_eq!(e.kind.as_str(), "place");
}
