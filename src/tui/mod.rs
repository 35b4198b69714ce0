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
use crate::core::loader::LibraryLoader;
use crate::core::paths::Paths;

pub use app::App;

/// Starts the TUI on the paths given on the command line.
pub fn run(args: &Cli, paths: &Paths) -> Result<()> {
    let config = Config::load(&paths.config_file)?;
    let keymap = keymap::Keymap::new(&config.keys)
        .map_err(|e| anyhow!("{}: {e}", paths.config_file.display()))?;
    let no_color = std::env::var_os("NO_COLOR");
    let (theme, color) = theme_with(args.global.color, &config, no_color.as_deref())
        .map_err(|e| anyhow!("{}: {e}", paths.config_file.display()))?;
    // crossterm obeys NO_COLOR on its own; the decision is ours.
    terminal::allow_color(color);
    let inputs = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let mut paths = paths.clone();
    if let (None, Some(dir)) = (&args.global.data_dir, &config.data_dir) {
        paths.data_dir = dir.clone();
    }
    // Directories load on a worker thread behind a progress screen; single
    // files and stdin load here (fast, and their errors end the program).
    let background =
        inputs.iter().any(|p| p.is_dir()) && !inputs.iter().any(|p| p.as_os_str() == "-");
    let app = if background {
        let loader = LibraryLoader::spawn(inputs)?;
        App::loading(loader, paths, keymap, theme, (0, 0))
    } else {
        // Skipped files and load warnings stay in the library: the status
        // bar counts them and `W` lists them.
        let report = load_paths(&inputs)?;
        let mut library = Library::new(report);
        let problems = library.attach_storage(&paths);
        if library.len() > 1 {
            library.start_indexing();
        }
        let mut app = App::new(library, keymap, theme, (0, 0));
        if let Some(p) = problems.first() {
            app.state.error(p.clone());
        }
        app
    };
    terminal::run_app(app)
}

/// The theme the TUI draws with, and whether it has colour: colour as
/// [`use_color_with`] decides (flag, then config, then NO_COLOR), then the
/// config's `[theme]` styles on top (colourless too when colour is off).
/// Errors name the bad `[theme]` entry.
pub fn theme_with(
    flag: ColorChoice,
    config: &Config,
    no_color: Option<&std::ffi::OsStr>,
) -> Result<(theme::Theme, bool), String> {
    let color = use_color_with(flag, config.color, no_color);
    let base = if color {
        theme::Theme::colored()
    } else {
        theme::Theme::monochrome()
    };
    Ok((base.with_overrides(&config.theme, color)?, color))
}

/// Colour unless turned off by flag, config or NO_COLOR (flag wins).
pub fn use_color(flag: ColorChoice, config: ColorMode) -> bool {
    use_color_with(flag, config, std::env::var_os("NO_COLOR").as_deref())
}

/// [`use_color`] with the value of NO_COLOR given: set and non-empty turns
/// colour off when neither flag nor config decides (no-color.org).
pub fn use_color_with(
    flag: ColorChoice,
    config: ColorMode,
    no_color: Option<&std::ffi::OsStr>,
) -> bool {
    match flag {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => match config {
            ColorMode::Always => true,
            ColorMode::Never => false,
            ColorMode::Auto => no_color.is_none_or(|v| v.is_empty()),
        },
    }
}

#[cfg(test)]
mod tests {
    use std::ffi::OsStr;

    use super::*;

    #[test]
    fn no_color_turns_colour_off_only_in_auto() {
        let set = Some(OsStr::new("1"));
        let auto = (ColorChoice::Auto, ColorMode::Auto);
        assert!(use_color_with(auto.0, auto.1, None));
        assert!(!use_color_with(auto.0, auto.1, set));
        // An empty NO_COLOR is as good as unset.
        assert!(use_color_with(auto.0, auto.1, Some(OsStr::new(""))));
        // The config decides over NO_COLOR, the flag over both.
        assert!(use_color_with(ColorChoice::Auto, ColorMode::Always, set));
        assert!(!use_color_with(ColorChoice::Auto, ColorMode::Never, None));
        assert!(use_color_with(ColorChoice::Always, ColorMode::Never, set));
        assert!(!use_color_with(ColorChoice::Never, ColorMode::Always, None));
    }

    #[test]
    fn use_color_reads_the_environment() {
        // Only reads: agrees with the injected form for the current value.
        let env = std::env::var_os("NO_COLOR");
        assert_eq!(
            use_color(ColorChoice::Auto, ColorMode::Auto),
            use_color_with(ColorChoice::Auto, ColorMode::Auto, env.as_deref())
        );
    }
}
