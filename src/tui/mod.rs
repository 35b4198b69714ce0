//! The terminal interface: a thin layer over the core.
//!
//! - [`action`]: what the user can ask for; [`keymap`]: keys → actions (data);
//! - [`state`]: UI state; [`update`]: actions → state changes;
//! - [`views`]: state → widgets; [`layout`]: the wrapped-line cache;
//! - [`app`]: ties them together; [`terminal`]: the real terminal loop.

pub mod action;

pub mod app;
pub mod external;
pub mod keymap;
pub mod layout;
pub mod regions;
pub mod selection;
pub mod state;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod views;

use std::path::PathBuf;

use anyhow::{Result, anyhow};

use crate::cli::Cli;
use crate::cli::args::ColorChoice;
use crate::core::article::load_paths;
use crate::core::config::{ColorMode, Config};
use crate::core::library::Library;
use crate::core::paths::Paths;

pub use app::App;

/// Starts the TUI on the paths given on the command line.
pub fn run(args: &Cli, paths: &Paths) -> Result<()> {
    let config = Config::load(&paths.config_file)?;
    let keymap = keymap::Keymap::new(&config.keys)
        .map_err(|e| anyhow!("{}: {e}", paths.config_file.display()))?;
    let theme = if use_color(args.global.color, config.color) {
        theme::Theme::colored()
    } else {
        theme::Theme::monochrome()
    };
    let inputs = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let mut paths = paths.clone();
    if let (None, Some(dir)) = (&args.global.data_dir, &config.data_dir) {
        paths.data_dir = dir.clone();
    }
    let report = load_paths(&inputs)?;
    let skipped = report.skipped.len();
    let mut library = Library::new(report);
    let problems = library.attach_storage(&paths);
    if library.len() > 1 {
        library.start_indexing();
    }
    let mut app = App::new(library, keymap, theme, (0, 0));
    if let Some(p) = problems.first() {
        app.state.error(p.clone());
    } else if skipped > 0 {
        app.state.info(format!(
            "{skipped} files skipped (not articles, unreadable or binary)"
        ));
    }
    terminal::run_app(app)
}

/// Colour unless turned off by flag, config or NO_COLOR (flag wins).
pub fn use_color(flag: ColorChoice, config: ColorMode) -> bool {
    match flag {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => match config {
            ColorMode::Always => true,
            ColorMode::Never => false,
            ColorMode::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        },
    }
}
