//! Measures what a user waits for when opening a large library, the way the
//! TUI does it: the first frame (a progress screen) at once, the first frame
//! showing article rows as soon as the first files are loaded, the whole
//! load, then the index; and the worst key → frame meanwhile (a key, the
//! tick that takes in the newly loaded articles, and a frame).
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
use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// How often the loop wakes while busy (the real loop: 40 ms, or a key).
const STEP: Duration = Duration::from_millis(5);

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Median, 99th percentile and worst of some timings.
fn summary(mut times: Vec<Duration>) -> String {
    times.sort();
    let at = |q: f64| {
        let i = ((times.len() as f64 * q) as usize).min(times.len().saturating_sub(1));
        times.get(i).copied().map_or(f64::NAN, ms)
    };
    format!(
        "median {:.1} ms, p99 {:.1} ms, worst {:.1} ms over {} frames",
        at(0.5),
        at(0.99),
        at(1.0),
        times.len()
    )
}

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
    let mut first_list = None;
    let j = KeyEvent::from(KeyCode::Char('j'));
    // Keys while loading: tick + key + frame, as the event loop does.
    let mut loading_times = Vec::new();
    while app.state.loading.is_some() {
        let k = Instant::now();
        app.tick();
        if first_list.is_some() {
            app.handle_key(j);
        }
        term.draw(|f| app.draw(f))?;
        loading_times.push(k.elapsed());
        if first_list.is_none() && !app.library.is_empty() {
            first_list = Some(t0.elapsed());
        }
        std::thread::sleep(STEP);
    }
    let loaded = t0.elapsed();
    let rss_loaded = rss_mb();
    let selected = app.state.library.selected;
    // Keys are answered while the index builds: time a few key → frame.
    let mut indexing_times = Vec::new();
    while app.state.index_status != IndexStatus::Ready {
        let k = Instant::now();
        app.handle_key(j);
        app.tick();
        term.draw(|f| app.draw(f))?;
        indexing_times.push(k.elapsed());
        std::thread::sleep(Duration::from_millis(20));
    }
    let indexed = t0.elapsed();
    let rss_indexed = rss_mb();
    let text_mb = app
        .library
        .articles()
        .iter()
        .map(|a| a.text.len())
        .sum::<usize>() as f64
        / 1e6;
    println!(
        "{} articles: first frame {:.1} ms, first list frame {:.0} ms, all loaded {:.0} ms, index ready {:.0} ms",
        app.library.len(),
        ms(first_frame),
        first_list.map_or(f64::NAN, ms),
        ms(loaded),
        ms(indexed),
    );
    println!(
        "key→frame while loading: {} (cursor reached row {selected})",
        summary(loading_times)
    );
    println!("key→frame while indexing: {}", summary(indexing_times));
    println!(
        "memory (VmRSS): {rss_loaded:.0} MB loaded, {rss_indexed:.0} MB indexed = {:.2}× the {text_mb:.0} MB of text",
        rss_indexed / text_mb
    );
    Ok(())
}

/// The process's resident memory in MB (0 where /proc is missing).
fn rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb * 1024.0 / 1e6)
}
