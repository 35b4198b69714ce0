//! Measures what a user waits for when opening a large library, the way the
//! TUI does it: the first frame (a progress screen) at once, the library
//! list when the background load finishes, the index after that.
//!
//! `cargo run --release --example first_screen -- DIR`

use std::path::PathBuf;
use std::time::{Duration, Instant};

use newsdesk::core::library::IndexStatus;
use newsdesk::core::loader::LibraryLoader;
use newsdesk::core::paths::Paths;
use newsdesk::tui::App;
use newsdesk::tui::keymap::{Keymap, Overrides};
use newsdesk::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() -> anyhow::Result<()> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    let tmp = tempfile::tempdir()?;
    let paths = Paths {
        data_dir: tmp.path().join("data"),
        state_dir: tmp.path().join("state"),
        cache_dir: tmp.path().join("cache"),
        config_file: tmp.path().join("config.toml"),
    };
    let t0 = Instant::now();
    let keymap = Keymap::new(&Overrides::new()).map_err(anyhow::Error::msg)?;
    let mut app = App::loading(
        LibraryLoader::spawn(vec![PathBuf::from(dir)])?,
        paths,
        keymap,
        Theme::colored(),
        (120, 40),
    );
    let mut term = Terminal::new(TestBackend::new(120, 40))?;
    term.draw(|f| app.draw(f))?;
    let first_frame = t0.elapsed();
    while app.state.loading.is_some() {
        app.tick();
        std::thread::sleep(Duration::from_millis(1));
    }
    term.draw(|f| app.draw(f))?;
    let list = t0.elapsed();
    // Keys are answered while the index builds: time a few key → frame.
    let mut worst = Duration::ZERO;
    while app.state.index_status != IndexStatus::Ready {
        let k = Instant::now();
        app.handle_key(ratatui::crossterm::event::KeyEvent::from(
            ratatui::crossterm::event::KeyCode::Char('j'),
        ));
        app.tick();
        term.draw(|f| app.draw(f))?;
        worst = worst.max(k.elapsed());
        std::thread::sleep(Duration::from_millis(20));
    }
    let indexed = t0.elapsed();
    println!(
        "{} articles: first frame {:.1} ms, library list {:.0} ms, index ready {:.0} ms; worst key→frame while indexing {:.1} ms",
        app.library.len(),
        first_frame.as_secs_f64() * 1e3,
        list.as_secs_f64() * 1e3,
        indexed.as_secs_f64() * 1e3,
        worst.as_secs_f64() * 1e3
    );
    Ok(())
}
