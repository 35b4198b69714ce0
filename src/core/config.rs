//! The user's config file (TOML): colour, data dir, key and style overrides.

use std::collections::BTreeMap;
use std::ffi::OsString;
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
    /// Where notes live: `~` and `$VARS` expanded, relative to the config
    /// file's directory (done by [`Config::parse`]).
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

    /// Parses config text; errors name the file and line. `data_dir` comes
    /// back expanded and absolute as far as `path` is (see [`expand_dir`]).
    pub fn parse(s: &str, path: &Path) -> Result<Config> {
        let mut config: Config = toml::from_str(s).map_err(|e| {
            let line = e
                .span()
                .map(|sp| s[..sp.start.min(s.len())].matches('\n').count() + 1);
            Error::Parse {
                path: path.to_path_buf(),
                line,
                message: e.message().to_string(),
            }
        })?;
        if let Some(raw) = config.data_dir.take() {
            let base = path.parent().unwrap_or(Path::new(""));
            let dir = expand_dir(&raw, base, |k| std::env::var_os(k)).map_err(|message| {
                Error::Parse {
                    path: path.to_path_buf(),
                    line: None,
                    message: format!("data_dir {:?}: {message}", raw.display().to_string()),
                }
            })?;
            config.data_dir = Some(dir);
        }
        Ok(config)
    }
}

/// Expands a directory written in the config file: a leading `~` or `~/`
/// is `$HOME`, `$NAME` and `${NAME}` are environment variables (read
/// through `env`), and a path still relative after that is taken relative
/// to `base` (the config file's directory). An unset or empty variable, or
/// `~user`, is an error.
pub fn expand_dir(
    raw: &Path,
    base: &Path,
    env: impl Fn(&str) -> Option<OsString>,
) -> std::result::Result<PathBuf, String> {
    // A TOML string is UTF-8; a path that is not is taken as written.
    let Some(text) = raw.to_str() else {
        return Ok(base.join(raw));
    };
    let var = |name: &str| -> std::result::Result<OsString, String> {
        env(name)
            .filter(|v| !v.is_empty())
            .ok_or_else(|| format!("${name} is not set"))
    };
    let mut out = OsString::new();
    let mut rest = text;
    if let Some(after) = text.strip_prefix('~') {
        if !(after.is_empty() || after.starts_with('/')) {
            let user: String = after.chars().take_while(|&c| c != '/').collect();
            return Err(format!(
                "~{user} is not supported (only ~ for your home); write the full path"
            ));
        }
        out.push(var("HOME").map_err(|e| format!("~ needs a home directory: {e}"))?);
        rest = after;
    }
    while let Some(i) = rest.find('$') {
        out.push(&rest[..i]);
        let after = &rest[i + 1..];
        let (name, tail) = match after.strip_prefix('{') {
            Some(braced) => match braced.find('}') {
                Some(end) => (&braced[..end], &braced[end + 1..]),
                None => return Err("unclosed ${ in the path".to_string()),
            },
            None => {
                let len = after
                    .char_indices()
                    .find(|&(j, c)| {
                        !(c == '_' || c.is_ascii_alphabetic() || j > 0 && c.is_ascii_digit())
                    })
                    .map_or(after.len(), |(j, _)| j);
                (&after[..len], &after[len..])
            }
        };
        if name.is_empty() {
            // A lone `$` is just a character.
            out.push("$");
            rest = after;
            continue;
        }
        out.push(var(name)?);
        rest = tail;
    }
    out.push(rest);
    Ok(base.join(PathBuf::from(out)))
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

    fn env(k: &str) -> Option<OsString> {
        match k {
            "HOME" => Some("/home/u".into()),
            "XDG_DATA_HOME" => Some("/xdg/data".into()),
            "EMPTY" => Some("".into()),
            _ => None,
        }
    }

    fn expand(raw: &str) -> std::result::Result<PathBuf, String> {
        expand_dir(Path::new(raw), Path::new("/etc/nd"), env)
    }

    #[test]
    fn data_dir_expands_home_and_variables() {
        assert_eq!(expand("~"), Ok(PathBuf::from("/home/u")));
        assert_eq!(expand("~/notes/nd"), Ok(PathBuf::from("/home/u/notes/nd")));
        assert_eq!(expand("$HOME/nd"), Ok(PathBuf::from("/home/u/nd")));
        assert_eq!(
            expand("${XDG_DATA_HOME}/newsdesk-work"),
            Ok(PathBuf::from("/xdg/data/newsdesk-work"))
        );
        assert_eq!(
            expand("$XDG_DATA_HOME-x/a"),
            Ok(PathBuf::from("/xdg/data-x/a"))
        );
        // Only a leading ~ is home; a lone $ is a character.
        assert_eq!(expand("/a/~/b"), Ok(PathBuf::from("/a/~/b")));
        assert_eq!(expand("/a/$/b$"), Ok(PathBuf::from("/a/$/b$")));
    }

    #[test]
    fn relative_data_dir_is_relative_to_the_config_file() {
        assert_eq!(expand("notes"), Ok(PathBuf::from("/etc/nd/notes")));
        assert_eq!(expand("./notes"), Ok(PathBuf::from("/etc/nd/./notes")));
        assert_eq!(expand("/abs/notes"), Ok(PathBuf::from("/abs/notes")));
        let c = Config::parse(
            "data_dir = \"../nd\"\n",
            Path::new("/cfg/newsdesk/config.toml"),
        )
        .expect("parse");
        assert_eq!(c.data_dir, Some(PathBuf::from("/cfg/newsdesk/../nd")));
    }

    #[test]
    fn data_dir_that_cannot_be_expanded_is_an_error() {
        let e = expand("$NOPE/nd").expect_err("unset");
        assert!(e.contains("$NOPE is not set"), "{e}");
        let e = expand("${EMPTY}/nd").expect_err("empty");
        assert!(e.contains("$EMPTY is not set"), "{e}");
        let e = expand("~bob/nd").expect_err("other user");
        assert!(e.contains("~bob is not supported"), "{e}");
        let e = expand("${HOME/nd").expect_err("unclosed");
        assert!(e.contains("unclosed"), "{e}");
        let no_home = expand_dir(Path::new("~/nd"), Path::new("/"), |_| None).expect_err("no home");
        assert!(no_home.contains("~ needs a home directory"), "{no_home}");
        let err = Config::parse(
            "data_dir = \"$NEWSDESK_TEST_SURELY_UNSET/x\"\n",
            Path::new("/c.toml"),
        )
        .expect_err("bad");
        let msg = err.to_string();
        assert!(
            msg.starts_with("/c.toml: data_dir \"$NEWSDESK_TEST_SURELY_UNSET/x\""),
            "{msg}"
        );
    }

    #[test]
    fn missing_file_is_default() {
        let c = Config::load(Path::new("/definitely/not/here.toml")).expect("load");
        assert_eq!(c, Config::default());
    }
}
