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

/// The store file of the seed's notes under `home`.
fn seed_store_file(home: &std::path::Path) -> std::path::PathBuf {
    let lib = support::library(&[SEED]);
    let article = lib.article(0).expect("seed");
    newsdesk::core::annotations::Store::new(&home.join("data")).file_for(&article.id)
}

#[test]
fn read_only_notes_refuse_the_editor_before_anything_is_typed() {
    let home = tempfile::tempdir().expect("tempdir");
    let file = seed_store_file(home.path());
    std::fs::create_dir_all(file.parent().expect("dir")).expect("mkdir");
    let corrupt = b"{\n \"version\": 1,\n \"annotations\": [ nonsense ]\n}\n";
    std::fs::write(&file, corrupt).expect("write");
    let mut app = app_with_storage(&[SEED], (120, 40), home.path());
    press(&mut app, &["v", "w", "a"]);
    assert!(app.state.editor.is_none(), "no editor to type into");
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("read-only"), "{screen}");
    assert_eq!(std::fs::read(&file).expect("read"), corrupt);
}

#[test]
fn a_newer_version_s_notes_are_listed_read_only() {
    let home = tempfile::tempdir().expect("tempdir");
    {
        let mut app = app_with_storage(&[SEED], (120, 40), home.path());
        press(&mut app, &["v", "w", "a"]);
        type_text(&mut app, "from the future");
        press(&mut app, &["ctrl-s"]);
    }
    let file = seed_store_file(home.path());
    let newer = std::fs::read_to_string(&file).expect("read").replacen(
        "\"version\": 1",
        "\"version\": 2",
        1,
    );
    std::fs::write(&file, &newer).expect("write");
    let mut app = app_with_storage(&[SEED], (120, 40), home.path());
    press(&mut app, &["A"]);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("notes (1)"), "{screen}");
    assert!(screen.contains("from the future"), "{screen}");
    assert!(screen.contains("read-only"), "{screen}");
    press(&mut app, &["e"]);
    assert!(app.state.editor.is_none());
    assert_eq!(std::fs::read_to_string(&file).expect("read"), newer);
}

#[test]
fn a_failed_save_keeps_the_note_and_quitting_asks_first() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut app = app_with_storage(&[SEED], (120, 40), home.path());
    press(&mut app, &["v", "a"]);
    type_text(&mut app, "first");
    press(&mut app, &["ctrl-s"]);
    // The annotations directory goes away and a file takes its place:
    // every save fails from now on.
    let dir = home.path().join("data/annotations");
    let aside = home.path().join("data/annotations.aside");
    std::fs::rename(&dir, &aside).expect("move");
    std::fs::write(&dir, b"not a directory").expect("blocker");
    press(&mut app, &["j", "v", "w", "a"]);
    type_text(&mut app, "second #kept");
    press(&mut app, &["ctrl-s"]);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("NOT saved"), "{screen}");
    assert_eq!(app.library.unsaved_notes(), 1);

    // q asks; n stays with the note in memory.
    press(&mut app, &["q"]);
    assert!(!app.state.should_quit);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("NOT saved"), "{screen}");
    assert!(screen.contains("Quit anyway?"), "{screen}");
    press(&mut app, &["n"]);
    assert!(!app.state.should_quit);
    assert_eq!(app.library.unsaved_notes(), 1);
    assert!(
        app.library.unsaved_notes_json().contains("second #kept"),
        "the last-resort copy holds the note"
    );

    // Once the directory is back, q saves and quits.
    std::fs::remove_file(&dir).expect("rm blocker");
    std::fs::rename(&aside, &dir).expect("restore");
    press(&mut app, &["q"]);
    assert!(app.state.should_quit);
    assert_eq!(app.library.unsaved_notes(), 0);
    let stored = std::fs::read_to_string(seed_store_file(home.path())).expect("read");
    assert!(stored.contains("first") && stored.contains("second #kept"));
}

#[test]
fn the_notes_list_filters_and_its_cursor_stays_on_a_row() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut app = app_with_storage(&[SEED], (120, 40), home.path());
    press(&mut app, &["v", "a"]);
    type_text(&mut app, "about the envoy #alpha");
    press(&mut app, &["ctrl-s", "j", "j", "v", "w", "a"]);
    type_text(&mut app, "about the call #beta");
    press(&mut app, &["ctrl-s", "A", "/"]);
    type_text(&mut app, "tag:beta");
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("notes (1 of 2)"), "{screen}");
    assert!(screen.contains("about the call"), "{screen}");
    assert!(!screen.contains("about the envoy"), "{screen}");
    press(&mut app, &["enter"]);
    assert!(app.state.input.is_none());
    assert!(screen_text(&draw(&app)).contains("notes (1 of 2)"));
    // Esc in the filter clears it.
    press(&mut app, &["/", "esc"]);
    assert!(screen_text(&draw(&app)).contains("notes (2)"));

    // Deleting the last row leaves the cursor on the row above.
    press(&mut app, &["G", "d", "y"]);
    assert_eq!(app.state.notes.selected, 0);
    press(&mut app, &["e"]);
    assert!(app.state.editor.is_some(), "the cursor is on a note");
}

/// A short story in `dir` with a note on each of `quotes` (stored under
/// `home`), whose last sentence is then rewritten: notes on it are orphaned.
fn story_with_an_orphan(
    home: &std::path::Path,
    dir: &std::path::Path,
    quotes: &[&str],
) -> std::path::PathBuf {
    let path = dir.join("story.txt");
    let text = "Harbour Plans\n\nThe council approved the new pier on Monday. \
                Fishermen said the vote came after a long debate about costs.\n";
    std::fs::write(&path, text).expect("write");
    {
        let lib = support::library(&[path.to_str().expect("utf8")]);
        let article = lib.article(0).expect("article");
        let mut notes = newsdesk::core::annotations::Store::new(&home.join("data")).open(article);
        for quote in quotes {
            let s = text.find(quote).expect("quote");
            notes.add(s..s + quote.len(), quote, &[]).expect("add");
        }
    }
    let edited = text.replace(
        "Fishermen said the vote came after a long debate about costs.",
        "Later, traders were quiet.",
    );
    std::fs::write(&path, edited).expect("edit");
    path
}

#[test]
fn the_status_bar_counts_orphaned_notes_too() {
    let home = tempfile::tempdir().expect("tempdir");
    let dir = tempfile::tempdir().expect("article dir");
    // The second note's sentence is rewritten: it is orphaned, still counted.
    let path = story_with_an_orphan(
        home.path(),
        dir.path(),
        &["approved the new pier", "after a long debate about costs"],
    );
    let rel = path.to_str().expect("utf8");
    let app = app_with_storage(&[rel], (100, 30), home.path());
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("2 notes (1 orphaned)"), "{screen}");
}

#[test]
fn colon_export_writes_the_article_s_notes_and_never_replaces_a_file_unasked() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut app = app_with_storage(&[SEED], (120, 40), home.path());
    press(&mut app, &["v", "w", "w", "a"]);
    type_text(&mut app, "exported note #export");
    press(&mut app, &["ctrl-s", ":"]);
    let out = home.path().join("out/notes.md");
    type_text(&mut app, &format!("export markdown {}", out.display()));
    press(&mut app, &["enter"]);
    let screen = screen_text(&draw(&app));
    assert!(
        screen.contains("exported this article's notes (1)"),
        "{screen}"
    );
    let md = std::fs::read_to_string(&out).expect("export written");
    assert!(md.contains("exported note #export"), "{md}");
    assert!(md.contains("Steve Witkoff"), "front matter people: {md}");

    // Again without ! is refused; the file is untouched.
    std::fs::write(&out, "mine").expect("write");
    press(&mut app, &[":"]);
    type_text(&mut app, &format!("export csv {}", out.display()));
    press(&mut app, &["enter"]);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("already exists"), "{screen}");
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "mine");
    press(&mut app, &[":"]);
    type_text(&mut app, &format!("export! csv {}", out.display()));
    press(&mut app, &["enter"]);
    let csv = std::fs::read_to_string(&out).expect("read");
    assert!(csv.starts_with("Highlight,"), "{csv}");

    // An unknown command says what there is.
    press(&mut app, &[":"]);
    type_text(&mut app, "frob");
    press(&mut app, &["enter"]);
    assert!(screen_text(&draw(&app)).contains("unknown command"));
}

#[test]
fn an_orphaned_note_is_reattached_to_a_new_selection() {
    let home = tempfile::tempdir().expect("tempdir");
    let dir = tempfile::tempdir().expect("article dir");
    let path = story_with_an_orphan(
        home.path(),
        dir.path(),
        &["after a long debate about costs"],
    );
    let rel = path.to_str().expect("utf8");
    let mut app = app_with_storage(&[rel], (100, 30), home.path());
    assert!(screen_text(&draw(&app)).contains("1 note (1 orphaned)"));
    press(&mut app, &["A", "r"]);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("select the new text"), "{screen}");
    // The selection starts on the first word on screen (the title); two
    // words are taken.
    press(&mut app, &["w", "enter"]);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("note re-attached"), "{screen}");
    press(&mut app, &["esc"]);
    let screen = screen_text(&draw(&app));
    assert!(
        screen.contains("1 note") && !screen.contains("orphaned"),
        "{screen}"
    );
    let r = app.state.reader.as_ref().expect("reader");
    assert_eq!(r.note_ranges.len(), 1);
    let a = app.library.article(r.article).expect("article");
    assert_eq!(&a.text[r.note_ranges[0].clone()], "Harbour Plans");
}

#[test]
fn ctrl_c_quits_from_a_prompt_and_asks_before_dropping_a_typed_note() {
    let home = tempfile::tempdir().expect("tempdir");
    // From the search prompt.
    let mut app = app_with_storage(&[SEED], (120, 40), home.path());
    press(&mut app, &["/"]);
    type_text(&mut app, "envoy");
    press(&mut app, &["ctrl-c"]);
    assert!(app.state.should_quit, "Ctrl-c quits while typing a search");

    // From the note editor: a typed note is not dropped without asking.
    let mut app = app_with_storage(&[SEED], (120, 40), home.path());
    press(&mut app, &["v", "a"]);
    type_text(&mut app, "half a thought");
    press(&mut app, &["ctrl-c"]);
    assert!(!app.state.should_quit);
    assert!(screen_text(&draw(&app)).contains("Discard this note and quit?"));
    press(&mut app, &["n"]);
    assert!(app.state.editor.is_some(), "n keeps the editor");
    press(&mut app, &["ctrl-c", "y"]);
    assert!(app.state.should_quit);
}
