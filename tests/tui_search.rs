//! Searching in the TUI: in the article, the library filter, the corpus,
//! the people & organisations index and all notes.

mod support;

use support::{app, app_with_storage, draw, press, screen_text, type_text};

const SEED: &str = "seeds/000_32cdb249023d6e56.txt";
const LIB: &str = "tests/fixtures/library";

fn wait_for_index(app: &mut newsdesk::tui::App) {
    for _ in 0..500 {
        app.tick();
        if app.state.index_status == newsdesk::core::library::IndexStatus::Ready {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("index not ready");
}

#[test]
fn find_in_article_is_incremental_with_n_and_wraparound() {
    let mut app = app(&[SEED], (120, 40));
    press(&mut app, &["/"]);
    type_text(&mut app, "witk");
    let screen = screen_text(&draw(&app));
    let total = app
        .state
        .reader
        .as_ref()
        .expect("reader")
        .search
        .matches
        .len();
    assert_eq!(total, 12, "Witkoff appears 12 times");
    assert!(screen.contains(&format!("1/{total}")), "{screen}");
    press(&mut app, &["enter"]);
    for _ in 0..total - 1 {
        press(&mut app, &["n"]);
    }
    assert!(screen_text(&draw(&app)).contains(&format!("match {total}/{total}")));
    press(&mut app, &["n"]);
    assert!(screen_text(&draw(&app)).contains("(wrapped)"));
    press(&mut app, &["N"]);
    assert!(screen_text(&draw(&app)).contains(&format!("match {total}/{total}")));
    // Smart case: an upper-case letter makes it exact.
    press(&mut app, &["/"]);
    press(&mut app, &["ctrl-u"]);
    type_text(&mut app, "Envoy");
    assert!(
        app.state
            .reader
            .as_ref()
            .expect("reader")
            .search
            .matches
            .len()
            == 1
    );
    press(&mut app, &["esc"]);
    assert!(
        app.state
            .reader
            .as_ref()
            .expect("reader")
            .search
            .matches
            .is_empty()
    );
}

#[test]
fn library_filter_is_fuzzy_and_opens_the_match() {
    let mut app = app(&[LIB], (100, 14));
    press(&mut app, &["/"]);
    type_text(&mut app, "cntrl bnk");
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("1 of 3 articles"), "{screen}");
    assert!(screen.contains("Central Bank Holds Rates"), "{screen}");
    press(&mut app, &["enter", "enter"]);
    assert!(screen_text(&draw(&app)).contains("National Reserve Bank"));
}

/// A library big enough for the filter to run on its worker thread.
fn big_title_app(n: usize) -> newsdesk::tui::App {
    use newsdesk::core::article::{Article, LoadReport, text};
    let articles = (0..n)
        .map(|i| {
            let title = if i == n / 2 {
                "Quillon Harbour Dredging Resumes".to_string()
            } else {
                format!("Council budget update number {i}")
            };
            let extra = if i == n / 2 {
                " Mayor Ines Quillon opened the dredging season."
            } else {
                ""
            };
            Article::from_parsed(
                text::parse(format!("{title}\n\nBody {i}.{extra}\n")),
                None,
                format!("wire/{i:05}.txt"),
            )
        })
        .collect();
    let library = newsdesk::core::library::Library::new(LoadReport {
        articles,
        ..LoadReport::default()
    });
    let km = newsdesk::tui::keymap::Keymap::new(&newsdesk::tui::keymap::Overrides::new())
        .expect("keymap");
    newsdesk::tui::App::new(
        library,
        km,
        newsdesk::tui::theme::Theme::colored(),
        (100, 14),
    )
}

#[test]
fn a_big_library_is_filtered_on_a_worker_and_the_rows_arrive_on_tick() {
    let mut app = big_title_app(12_000);
    press(&mut app, &["/"]);
    type_text(&mut app, "quillon");
    for _ in 0..1000 {
        if !app.state.library_filter_pending {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
        app.tick();
    }
    assert!(!app.state.library_filter_pending, "the worker answered");
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("1 of 12000 articles"), "{screen}");
    assert!(screen.contains("Quillon Harbour Dredging"), "{screen}");
    press(&mut app, &["enter", "enter"]);
    assert!(screen_text(&draw(&app)).contains("Body 6000."));
}

#[test]
fn corpus_search_opens_the_hit_with_terms_highlighted() {
    let mut app = app(&[LIB], (100, 20));
    wait_for_index_after_start(&mut app);
    press(&mut app, &["S"]);
    type_text(&mut app, "\"harbour authority\"");
    press(&mut app, &["enter"]);
    let screen = screen_text(&draw(&app));
    assert!(
        screen.contains("Port Authority Approves Harbour"),
        "{screen}"
    );
    press(&mut app, &["enter"]);
    let r = app.state.reader.as_ref().expect("reader");
    assert!(
        !r.search.matches.is_empty(),
        "the hit's terms are highlighted"
    );
    let text = &app.library.article(r.article).expect("article").text;
    let first = &r.search.matches[0];
    assert_eq!(text[first.clone()].to_lowercase(), "harbour authority");
}

fn wait_for_index_after_start(app: &mut newsdesk::tui::App) {
    app.library.start_indexing();
    wait_for_index(app);
}

#[test]
fn person_query_and_entity_index() {
    let mut app = app(&[LIB], (100, 20));
    wait_for_index_after_start(&mut app);
    press(&mut app, &["S"]);
    type_text(&mut app, "person:oyelaran");
    press(&mut app, &["enter"]);
    assert_eq!(app.state.search_hits.len(), 1);
    press(&mut app, &["q", "q", "E"]);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("people & organisations"), "{screen}");
    press(&mut app, &["/"]);
    type_text(&mut app, "raman");
    press(&mut app, &["enter", "enter"]);
    assert!(screen_text(&draw(&app)).contains("Central Bank Holds Rates"));
    press(&mut app, &["enter"]);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("Priya Raman: 1/"), "{screen}");
    assert!(screen.contains("▸ Priya Raman"), "{screen}");
}

#[test]
fn all_notes_lists_and_filters_by_tag() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut app = app_with_storage(&[LIB], (100, 20), home.path());
    press(&mut app, &["enter", "v", "a"]);
    type_text(&mut app, "port story #ports");
    press(&mut app, &["ctrl-s", "q", "j", "enter", "v", "w", "a"]);
    type_text(&mut app, "vote #politics");
    press(&mut app, &["ctrl-s", "q", "N"]);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("all notes (2)"), "{screen}");
    press(&mut app, &["/"]);
    type_text(&mut app, "tag:politics");
    press(&mut app, &["enter"]);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("all notes (1)"), "{screen}");
    press(&mut app, &["enter"]);
    assert!(screen_text(&draw(&app)).contains("Regional Election Tightens"));

    // tag: and note: in the corpus search too (back: reader → all notes → library).
    press(&mut app, &["q", "q"]);
    app.library.start_indexing();
    wait_for_index(&mut app);
    press(&mut app, &["S"]);
    type_text(&mut app, "tag:ports");
    press(&mut app, &["enter"]);
    assert_eq!(app.state.search_hits.len(), 1);
}

#[test]
fn huge_paste_into_search_is_capped() {
    let mut app = app(&[SEED], (100, 30));
    press(&mut app, &["/"]);
    let big = "x\u{1b}".repeat(1_000_000);
    app.paste(&big);
    let input = app.state.input.as_ref().expect("input");
    assert!(input.text.chars().count() <= newsdesk::tui::state::MAX_INPUT_CHARS);
    assert!(!input.text.contains('\u{1b}'));
    let _ = draw(&app);
}

#[test]
fn a_big_librarys_people_index_comes_from_the_index_job() {
    let mut app = big_title_app(6_000);
    app.library.start_indexing();
    wait_for_index(&mut app);
    press(&mut app, &["E"]);
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("people & organisations"), "{screen}");
    // The one article that names a person.
    assert!(
        app.state
            .entity_index
            .iter()
            .any(|e| e.name == "Ines Quillon" && e.article_count == 1),
        "{:?}",
        app.state
            .entity_index
            .iter()
            .take(5)
            .map(|e| &e.name)
            .collect::<Vec<_>>()
    );
}
