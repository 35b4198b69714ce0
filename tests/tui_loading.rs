//! Opening a directory: the list appears with the first loaded articles and
//! grows while the rest load (issue #5, "first screen"), through the real
//! background loader.

mod support;

use std::time::{Duration, Instant};

use newsdesk::core::library::IndexStatus;
use newsdesk::core::loader::LibraryLoader;
use newsdesk::core::paths::Paths;
use newsdesk::tui::App;
use newsdesk::tui::keymap::{Keymap, Overrides};
use newsdesk::tui::theme::Theme;
use support::{draw, press, screen_text};

const FILES: usize = 1500;

fn corpus(dir: &std::path::Path) {
    for d in 0..3 {
        let sub = dir.join(format!("desk{d}"));
        std::fs::create_dir_all(&sub).expect("mkdir");
        for i in 0..FILES / 3 {
            let body = format!(
                "Harbour bulletin {d}-{i:04}\n\nThe Tessaly port board met on day {i} to discuss ferry fees.\n"
            );
            std::fs::write(sub.join(format!("{i:04}.txt")), body).expect("write");
        }
    }
    std::fs::write(dir.join("desk0/zz-binary.txt"), [0u8, 1, 2, 0, 0, 159, 0]).expect("write");
}

/// The app over `dir` loading in the background, storage under `home`.
fn loading_app(dir: &std::path::Path, home: &std::path::Path, size: (u16, u16)) -> App {
    let loader = LibraryLoader::spawn(vec![dir.to_path_buf()]).expect("spawn");
    let km = Keymap::new(&Overrides::new()).expect("keymap");
    App::loading(loader, paths(home), km, Theme::monochrome(), size)
}

fn paths(home: &std::path::Path) -> Paths {
    Paths {
        data_dir: home.join("data"),
        state_dir: home.join("state"),
        cache_dir: home.join("cache"),
        config_file: home.join("config.toml"),
    }
}

#[test]
fn the_list_grows_while_loading_and_the_cursor_keeps_its_article() {
    let home = tempfile::tempdir().expect("tempdir");
    let dir = home.path().join("articles");
    corpus(&dir);
    let mut app = loading_app(&dir, home.path(), (100, 24));
    // The first frame comes before any file is read.
    assert!(screen_text(&draw(&app)).contains("loading…"));
    let start = Instant::now();
    let mut cursor_article: Option<String> = None;
    let mut partial_frames = 0;
    while app.state.loading.is_some() {
        assert!(start.elapsed() < Duration::from_secs(120), "load hangs");
        app.tick();
        let len = app.library.len();
        if len > 0 && app.state.loading.is_some() {
            let screen = screen_text(&draw(&app));
            assert!(screen.contains("Harbour bulletin 0-0000"), "{screen}");
            assert!(screen.contains("loading "), "{screen}");
            partial_frames += 1;
            if cursor_article.is_none() && len > 3 {
                press(&mut app, &["j", "j", "j"]);
                cursor_article = Some(selected_title(&app));
            }
        }
        if let Some(title) = &cursor_article {
            assert_eq!(
                &selected_title(&app),
                title,
                "the cursor moved with new rows"
            );
        }
    }
    // Every article, in path order; the binary file reported; indexing on.
    assert_eq!(app.library.len(), FILES);
    let titles: Vec<&str> = app
        .library
        .articles()
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    let mut sorted = titles.clone();
    sorted.sort();
    assert_eq!(titles, sorted);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("⚠ 1 file skipped: W to view"), "{screen}");
    assert!(!screen.contains("loading"), "{screen}");
    assert_ne!(app.state.index_status, IndexStatus::Idle);
    if let Some(title) = &cursor_article {
        assert_eq!(&selected_title(&app), title);
    }
    // A small corpus may finish before the first tick (the partial states
    // are unit-tested in src/tui/update/loading.rs).
    eprintln!("{partial_frames} frames showed a partial list");
}

fn selected_title(app: &App) -> String {
    let row = app.state.library.selected;
    let idx = app.state.library_row(row).expect("row");
    app.library.articles()[idx].title.clone()
}

#[test]
fn load_problems_are_counted_at_once_and_listed_with_their_reasons() {
    let home = tempfile::tempdir().expect("tempdir");
    let dir = home.path().join("articles");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("feed.jsonl"),
        "{\"title\":\"Tram Fares Cut\",\"text\":\"Councillor Priya Castell spoke.\"}\n{\"title\":\"Broken\"\n{\"title\":\"Ferry Vote\",\"text\":\"Dara Kellan voted.\"}\n",
    )
    .expect("write");
    std::fs::write(dir.join("junk.jsonl"), "nope\n").expect("write");
    std::fs::write(dir.join("quay.txt"), "Quay Vote\n\nThe vote waits.\n").expect("write");
    let mut app = loading_app(&dir, home.path(), (100, 20));
    let start = Instant::now();
    while app.state.loading.is_some() {
        assert!(start.elapsed() < Duration::from_secs(60), "load hangs");
        app.tick();
        std::thread::sleep(Duration::from_millis(1));
    }
    assert_eq!(app.library.len(), 3);
    let screen = screen_text(&draw(&app));
    assert!(
        screen.contains("⚠ 1 file skipped, 1 warning: W to view"),
        "{screen}"
    );
    press(&mut app, &["W"]);
    let screen = screen_text(&draw(&app));
    let root = dir.display();
    assert!(
        screen.contains("load problems ─ 1 file skipped, 1 warning"),
        "{screen}"
    );
    assert!(screen.contains("Skipped files (not loaded)"), "{screen}");
    assert!(
        screen.contains(&format!(
            "{root}/junk.jsonl: line 1: expected ident (column 2)"
        )),
        "{screen}"
    );
    assert!(
        screen.contains(&format!("{root}/feed.jsonl:2: EOF while parsing an object")),
        "{screen}"
    );
    press(&mut app, &["q"]);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("Tram Fares Cut"), "{screen}");
}
