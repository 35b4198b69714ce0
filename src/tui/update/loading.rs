//! A library that is still loading: arriving articles join the list in its
//! order and through its filter, the cursor stays on the same article, and
//! the end of the load records what was skipped and starts indexing.

use crate::core::article::{Article, LoadWarning, Skipped};
use crate::core::library::Library;

use super::super::state::{Screen, State};
use super::browse::{library_selection, refresh_library_filter};
use super::{open_article, order};

/// Adds a batch of loaded articles (in path order, after the others).
pub fn add_articles(state: &mut State, library: &mut Library, articles: Vec<Article>) {
    if articles.is_empty() {
        return;
    }
    let selected = (!library.is_empty())
        .then(|| library_selection(state))
        .flatten();
    let first_new = library.len();
    library.append(articles);
    let new = first_new..library.len();
    if let Some(order) = state.library_order.as_mut() {
        order::merge_new(order, library.articles(), state.library_sort, new);
    }
    refresh_library_filter(state, library);
    // The cursor stays on its article (rows may have moved above it).
    if let Some(idx) = selected {
        let row = match (&state.library_hits, &state.library_order) {
            (Some(rows), _) | (None, Some(rows)) => rows.iter().position(|&i| i == idx),
            (None, None) => Some(idx),
        };
        if let Some(row) = row {
            state.library.selected = row;
        }
    }
}

/// Ends the load: indexing starts, a library of one article opens it (when
/// the user has not moved on), and the first storage problem is shown. The
/// skipped files and load warnings are kept in the library, where the
/// status bar counts them and the load problems screen lists them.
pub fn finish_loading(
    state: &mut State,
    library: &mut Library,
    skipped: Vec<Skipped>,
    warnings: Vec<LoadWarning>,
    problems: &[String],
) {
    library.finish_loading(skipped, warnings);
    if library.len() > 1 {
        library.start_indexing();
    }
    let untouched = state.screens == [Screen::Library] && state.reader.is_none();
    if library.len() == 1 && untouched && state.input.is_none() {
        state.screens = vec![Screen::Reader];
        open_article(state, library, 0);
    }
    if let Some(p) = problems.first() {
        state.error(p.clone());
    }
}

/// `n` with thousands separators: 31200 → "31,200".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::article::{LoadReport, text};
    use crate::core::library::IndexStatus;
    use crate::tui::App;
    use crate::tui::action::Action;
    use crate::tui::keymap::{Keymap, Overrides};
    use crate::tui::state::LibrarySort;
    use crate::tui::theme::Theme;
    use crate::tui::update::update;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn article(title: &str, date: &str) -> Article {
        let mut a = Article::from_parsed(
            text::parse(format!("{title}\n\nThe harbour board met on Monday.\n")),
            None,
            format!("{}.txt", title.to_lowercase().replace(' ', "_")),
        );
        a.meta.date = Some(date.to_string());
        a
    }

    /// An app whose library is still loading, with nothing arrived yet.
    fn loading_app() -> App {
        let km = Keymap::new(&Overrides::new()).expect("keymap");
        let mut lib = Library::new(LoadReport::default());
        lib.begin_loading();
        let mut app = App::new(lib, km, Theme::monochrome(), (100, 20));
        app.state.loading = Some((0, 0));
        app
    }

    fn screen(app: &App) -> String {
        let mut t = Terminal::new(TestBackend::new(100, 20)).expect("terminal");
        t.draw(|f| app.draw(f)).expect("draw");
        let buf = t.backend().buffer();
        let mut out = String::new();
        for y in 0..buf.area.height {
            for x in 0..buf.area.width {
                out.push_str(buf[(x, y)].symbol());
            }
            out.push('\n');
        }
        out
    }

    fn add(app: &mut App, batch: Vec<Article>, done: usize, total: usize) {
        app.state.loading = Some((done, total));
        add_articles(&mut app.state, &mut app.library, batch);
    }

    fn selected_title(app: &App) -> String {
        let idx = library_selection(&app.state).expect("a row");
        app.library.article(idx).expect("article").title.clone()
    }

    #[test]
    fn the_list_shows_the_first_batch_and_grows_with_progress() {
        let mut app = loading_app();
        assert!(screen(&app).contains("loading… (finding articles)"));
        add(
            &mut app,
            vec![article("Ferry Strike Ends", "2025-03-02")],
            1,
            40_000,
        );
        let s = screen(&app);
        assert!(s.contains("Ferry Strike Ends"), "{s}");
        assert!(s.contains("loading 1/40,000"), "{s}");
        assert!(s.contains("(1 articles)"), "{s}");
        add(
            &mut app,
            vec![article("Harbour Fees Rise", "2025-03-01")],
            31_200,
            40_000,
        );
        let s = screen(&app);
        assert!(
            s.contains("Harbour Fees Rise") && s.contains("loading 31,200/40,000"),
            "{s}"
        );
        // Usable meanwhile: move and open.
        update(&mut app.state, &mut app.library, Action::Down);
        update(&mut app.state, &mut app.library, Action::Open);
        assert_eq!(app.state.reader.as_ref().map(|r| r.article), Some(1));
        assert!(!app.library.is_empty() && app.library.index().is_none());
        assert_eq!(app.library.poll_indexing(), IndexStatus::Idle);
    }

    #[test]
    fn the_cursor_stays_on_its_article_as_rows_arrive() {
        let mut app = loading_app();
        add(
            &mut app,
            vec![
                article("Meadow Vote", "2025-01-05"),
                article("Tram Line Opens", "2025-01-09"),
            ],
            2,
            6,
        );
        // By path: new rows go below.
        update(&mut app.state, &mut app.library, Action::Down);
        add(&mut app, vec![article("Quay Repairs", "2025-01-01")], 3, 6);
        assert_eq!(selected_title(&app), "Tram Line Opens");
        // By date (newest first) then title: newer and earlier titles arrive.
        update(&mut app.state, &mut app.library, Action::Sort);
        assert_eq!(app.state.library_sort, LibrarySort::Date);
        update(&mut app.state, &mut app.library, Action::Down);
        let before = selected_title(&app);
        add(
            &mut app,
            vec![article("Bridge Reopens", "2025-02-01")],
            4,
            6,
        );
        assert_eq!(selected_title(&app), before);
        update(&mut app.state, &mut app.library, Action::Sort);
        update(&mut app.state, &mut app.library, Action::Bottom);
        add(
            &mut app,
            vec![article("Aqueduct Study", "2024-12-01")],
            5,
            6,
        );
        assert_eq!(selected_title(&app), "Tram Line Opens");
        let order = app.state.library_order.clone().expect("sorted");
        let titles: Vec<&str> = order
            .iter()
            .map(|&i| app.library.articles()[i].title.as_str())
            .collect();
        assert_eq!(
            titles,
            [
                "Aqueduct Study",
                "Bridge Reopens",
                "Meadow Vote",
                "Quay Repairs",
                "Tram Line Opens"
            ]
        );
        // A filter sees new matches; the cursor keeps its article.
        crate::tui::update::browse::filter_library(&mut app.state, &mut app.library, "re");
        let n = app.state.library_hits.as_ref().map_or(0, Vec::len);
        update(&mut app.state, &mut app.library, Action::Bottom);
        let before = selected_title(&app);
        add(&mut app, vec![article("Reef Survey", "2025-04-01")], 6, 6);
        let hits = app.state.library_hits.clone().expect("filtered");
        assert_eq!(hits.len(), n + 1);
        assert!(hits.contains(&5));
        assert_eq!(selected_title(&app), before);
    }

    #[test]
    fn finishing_reports_skipped_files_and_starts_indexing() {
        let mut app = loading_app();
        add(
            &mut app,
            vec![
                article("Meadow Vote", "2025-01-05"),
                article("Tram Line Opens", "2025-01-09"),
            ],
            3,
            3,
        );
        let skipped = vec![Skipped {
            path: "broken.txt".into(),
            reason: "not a text article (binary file)".into(),
        }];
        let warnings = vec![LoadWarning {
            path: "feed.jsonl".into(),
            line: Some(3),
            message: "expected value (column 1)".into(),
        }];
        app.state.loading = None;
        finish_loading(&mut app.state, &mut app.library, skipped, warnings, &[]);
        assert!(!app.library.is_loading());
        assert_eq!(app.library.skipped().len(), 1);
        assert_eq!(app.library.load_warnings().len(), 1);
        assert_ne!(app.library.poll_indexing(), IndexStatus::Idle);
        let s = screen(&app);
        assert!(s.contains("⚠ 1 file skipped, 1 warning: W to view"), "{s}");
        assert!(!s.contains("loading"), "{s}");
        // Every reason is one key away, and q comes back.
        update(&mut app.state, &mut app.library, Action::LoadProblems);
        let s = screen(&app);
        assert!(
            s.contains("broken.txt: not a text article (binary file)"),
            "{s}"
        );
        assert!(s.contains("feed.jsonl:3: expected value (column 1)"), "{s}");
        update(&mut app.state, &mut app.library, Action::Back);
        assert_eq!(app.state.screen(), Screen::Library);
    }

    #[test]
    fn a_single_article_opens_when_the_load_ends() {
        let mut app = loading_app();
        add(&mut app, vec![article("Meadow Vote", "2025-01-05")], 1, 1);
        app.state.loading = None;
        finish_loading(
            &mut app.state,
            &mut app.library,
            Vec::new(),
            Vec::new(),
            &[],
        );
        assert_eq!(app.state.screens, [Screen::Reader]);
        assert!(screen(&app).contains("Meadow Vote"));
    }

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(31_200), "31,200");
        assert_eq!(thousands(100_000), "100,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
