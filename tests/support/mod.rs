//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use newsdesk::core::article::load_paths;
use newsdesk::core::library::Library;
use newsdesk::tui::App;
use newsdesk::tui::keymap::{Keymap, Overrides};
use newsdesk::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The product owner's sample article.
pub fn seed_path() -> PathBuf {
    root().join("seeds/000_32cdb249023d6e56.txt")
}

/// Loads articles from paths relative to the repository root, displayed by
/// their relative path (stable snapshots).
pub fn library(rel: &[&str]) -> Library {
    let _cwd = std::env::set_current_dir(root());
    let paths: Vec<PathBuf> = rel.iter().map(PathBuf::from).collect();
    Library::new(load_paths(&paths).expect("load"))
}

/// An app over `rel` paths at `size`.
pub fn app(rel: &[&str], size: (u16, u16)) -> App {
    let km = Keymap::new(&Overrides::new()).expect("keymap");
    App::new(library(rel), km, Theme::colored(), size)
}

/// Presses keys given as keymap strings ("j", "tab", "ctrl-d").
pub fn press(app: &mut App, keys: &[&str]) {
    for k in keys {
        let key = newsdesk::tui::keymap::Key::parse(k).expect("key");
        app.handle_key(KeyEvent::new(key.code, key.mods));
    }
}

/// Draws the app on a test terminal of its size.
pub fn draw(app: &App) -> Terminal<TestBackend> {
    let (w, h) = app.state.size;
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| app.draw(f)).expect("draw");
    t
}

/// The screen as plain lines.
pub fn screen_text(t: &Terminal<TestBackend>) -> String {
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

/// A plain key event.
pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// True if `p` exists.
pub fn exists(p: &Path) -> bool {
    p.exists()
}
pub mod tmux;

/// An app whose data, state and config all live under `home` (a temp dir).
pub fn app_with_storage(rel: &[&str], size: (u16, u16), home: &Path) -> App {
    app_with_storage_and_theme(rel, size, home, Theme::colored())
}

/// [`app_with_storage`] drawn with `theme`.
pub fn app_with_storage_and_theme(
    rel: &[&str],
    size: (u16, u16),
    home: &Path,
    theme: Theme,
) -> App {
    let mut lib = library(rel);
    let paths = newsdesk::core::paths::Paths {
        data_dir: home.join("data"),
        state_dir: home.join("state"),
        cache_dir: home.join("cache"),
        config_file: home.join("config.toml"),
    };
    let problems = lib.attach_storage(&paths);
    assert!(problems.is_empty(), "{problems:?}");
    let km = Keymap::new(&Overrides::new()).expect("keymap");
    App::new(lib, km, theme, size)
}

/// Types text into the app (e.g. into the note editor).
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}
