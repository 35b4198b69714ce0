//! The user's config file (TOML): colour, data dir, key and style overrides.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::core::{Error, Result};

/// The default config, as shipped (printed by `--print-default-config`).
pub const DEFAULT_CONFIG: &str = include_str!("../../assets/config.default.toml");

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColorMode {
    #[default]
    Auto,
    Always,
    Never,
}

/// The parsed config file. Unknown keys are errors, so typos are caught.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub color: ColorMode,
    pub data_dir: Option<PathBuf>,
    /// Key overrides: context → action → keys.
    #[serde(default)]
    pub keys: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// Style overrides: style name → description ("cyan underlined"),
    /// parsed by the TUI's theme.
    #[serde(default)]
    pub theme: BTreeMap<String, String>,
}

impl Config {
    /// Reads the config at `path`; a missing file gives the defaults.
    pub fn load(path: &Path) -> Result<Config> {
        match std::fs::read_to_string(path) {
            Ok(s) => Self::parse(&s, path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(Error::io(path, e)),
        }
    }

    /// Parses config text; errors name the file and line.
    pub fn parse(s: &str, path: &Path) -> Result<Config> {
        toml::from_str(s).map_err(|e| {
            let line = e
                .span()
                .map(|sp| s[..sp.start.min(s.len())].matches('\n').count() + 1);
            Error::Parse {
                path: path.to_path_buf(),
                line,
                message: e.message().to_string(),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_config_parses() {
        let c = Config::parse(DEFAULT_CONFIG, Path::new("default")).expect("parse");
        assert_eq!(c.color, ColorMode::Auto);
        assert_eq!(c.data_dir, None);
    }

    /// `name = value` with a plain setting name (not prose).
    fn is_setting(line: &str) -> bool {
        line.split_once(" = ").is_some_and(|(k, _)| {
            !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        })
    }

    #[test]
    fn default_config_documents_every_section() {
        for section in ["color =", "data_dir =", "[keys.", "[theme]"] {
            assert!(DEFAULT_CONFIG.contains(section), "{section} undocumented");
        }
        // Its commented examples parse when uncommented.
        let uncommented: String = DEFAULT_CONFIG
            .lines()
            .map(|l| l.strip_prefix("# ").filter(|r| is_setting(r)).unwrap_or(l))
            .map(|l| format!("{l}\n"))
            .collect();
        let c = Config::parse(&uncommented, Path::new("default")).expect("uncommented");
        assert!(c.data_dir.is_some());
        assert_eq!(c.keys["reader"]["down"], ["j", "down", "ctrl-n"]);
        assert_eq!(c.theme["person"], "cyan underlined");
    }

    #[test]
    fn theme_and_keys_sections_are_raw_strings() {
        let c = Config::parse(
            "[theme]\nperson = \"red bold\"\n[keys.global]\nquit = [\"Q\"]\n",
            Path::new("c.toml"),
        )
        .expect("parse");
        assert_eq!(c.theme["person"], "red bold");
        assert_eq!(c.keys["global"]["quit"], ["Q"]);
        let err = Config::parse("[theme]\nperson = 3\n", Path::new("/c.toml")).expect_err("bad");
        assert!(err.to_string().starts_with("/c.toml:2"), "{err}");
    }

    #[test]
    fn errors_name_file_and_line() {
        let err =
            Config::parse("color = \"auto\"\nbogus = 1\n", Path::new("/c.toml")).expect_err("bad");
        let msg = err.to_string();
        assert!(msg.starts_with("/c.toml:2:"), "{msg}");
    }

    #[test]
    fn missing_file_is_default() {
        let c = Config::load(Path::new("/definitely/not/here.toml")).expect("load");
        assert_eq!(c, Config::default());
    }
}
