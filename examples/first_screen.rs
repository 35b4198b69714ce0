//! Measures what a user waits for before the first screen of a large
//! library: loading the files, building the app, drawing the first frame
//! (and, separately, the background index).
//!
//! `cargo run --release --example first_screen -- DIR`

use std::time::Instant;

use newsdesk::core::article::load_paths;
use newsdesk::core::library::{IndexStatus, Library};
use newsdesk::tui::App;
use newsdesk::tui::keymap::{Keymap, Overrides};
use newsdesk::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() -> anyhow::Result<()> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    let t0 = Instant::now();
    let report = load_paths(&[dir.into()])?;
    let loaded = t0.elapsed();
    let n = report.articles.len();
    let bytes: usize = report.articles.iter().map(|a| a.text.len()).sum();
    let mut library = Library::new(report);
    library.start_indexing();
    let app = App::new(
        library,
        Keymap::new(&Overrides::new()).map_err(anyhow::Error::msg)?,
        Theme::colored(),
        (120, 40),
    );
    let mut term = Terminal::new(TestBackend::new(120, 40))?;
    term.draw(|f| app.draw(f))?;
    let first = t0.elapsed();
    let mut app = app;
    let t1 = Instant::now();
    loop {
        app.tick();
        if app.state.index_status == IndexStatus::Ready {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    println!(
        "{n} articles, {:.1} MB: loaded in {:.0} ms, first screen at {:.0} ms, index ready {:.0} ms later",
        bytes as f64 / 1e6,
        loaded.as_secs_f64() * 1e3,
        first.as_secs_f64() * 1e3,
        t1.elapsed().as_secs_f64() * 1e3
    );
    Ok(())
}
