//! Store faults seen from the TUI (row 15 of "Survive hostile input and
//! faults"; the store itself is covered by tests/store_*.rs): a save that
//! fails shows the error and keeps the note pending until a later save
//! succeeds; a corrupt store file makes notes read-only, with a message.

mod support;

use support::{app_with_storage, draw, press, screen_text, type_text};

const SEED: &str = "seeds/000_32cdb249023d6e56.txt";

#[test]
fn a_failed_save_shows_the_error_and_keeps_the_note_pending() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut app = app_with_storage(&[SEED], (120, 40), home.path());
    press(&mut app, &["v", "w", "a"]);
    type_text(&mut app, "first note");
    press(&mut app, &["ctrl-s"]);
    assert!(screen_text(&draw(&app)).contains("note saved"));

    // The store directory turns into a file: every write now fails, even as root.
    let store = home.path().join("data/annotations");
    std::fs::rename(&store, home.path().join("moved")).expect("move away");
    std::fs::write(&store, b"not a directory").expect("block");
    press(&mut app, &["esc", "j", "v", "w", "a"]);
    type_text(&mut app, "second note");
    press(&mut app, &["ctrl-s"]);
    let screen = screen_text(&draw(&app));
    assert!(
        screen.contains("annotations"),
        "the error names the store: {screen}"
    );
    assert!(!screen.contains("note saved"), "{screen}");
    press(&mut app, &["esc"]);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("1 unsaved"), "pending shown: {screen}");
    press(&mut app, &["A"]);
    assert!(
        screen_text(&draw(&app)).contains("second note"),
        "kept in memory"
    );

    // The disk recovers: saving on exit writes both notes.
    std::fs::remove_file(&store).expect("unblock");
    std::fs::rename(home.path().join("moved"), &store).expect("move back");
    app.library.save_state().expect("retry succeeds");
    let stored: String = std::fs::read_dir(&store)
        .expect("store")
        .filter_map(Result::ok)
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    assert!(
        stored.contains("first note") && stored.contains("second note"),
        "{stored}"
    );
}

#[test]
fn a_corrupt_store_file_makes_notes_read_only_with_a_message() {
    let home = tempfile::tempdir().expect("tempdir");
    {
        let mut app = app_with_storage(&[SEED], (120, 40), home.path());
        press(&mut app, &["v", "a"]);
        type_text(&mut app, "kept note");
        press(&mut app, &["ctrl-s"]);
    }
    let store = home.path().join("data/annotations");
    let file = std::fs::read_dir(&store)
        .expect("store")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "json"))
        .expect("a store file");
    let original = std::fs::read(&file).expect("read");
    for bad in [
        &original[..original.len() / 2],
        b"\x00\x01garbage \x1b]52;c;x\x07".as_slice(),
    ] {
        std::fs::write(&file, bad).expect("corrupt");
        let mut app = app_with_storage(&[SEED], (120, 40), home.path());
        let screen = screen_text(&draw(&app));
        assert!(screen.contains("read-only"), "{screen}");
        press(&mut app, &["v", "a"]);
        draw(&app);
        assert_eq!(
            std::fs::read(&file).expect("read"),
            bad,
            "never overwritten"
        );
    }
}
