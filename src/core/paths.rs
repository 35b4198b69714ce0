//! Where newsdesk keeps its files: data (annotations, corrections), config,
//! state (reading positions) and cache. Flags beat environment variables,
//! which beat the XDG defaults.

use std::path::{Path, PathBuf};

/// The resolved directories and files newsdesk may read and write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// Annotations and corrections.
    pub data_dir: PathBuf,
    /// Reading positions and history.
    pub state_dir: PathBuf,
    /// Regenerable indexes only.
    pub cache_dir: PathBuf,
    /// The config file (may not exist).
    pub config_file: PathBuf,
}

impl Paths {
    /// Resolves the directories from explicit overrides (flag or env, already
    /// merged by the caller) and the XDG environment.
    pub fn resolve(data_dir: Option<&Path>, config_file: Option<&Path>) -> Paths {
        Self::resolve_with(data_dir, config_file, |k| std::env::var_os(k))
    }

    /// As [`Paths::resolve`], reading the environment through `env`.
    pub fn resolve_with(
        data_dir: Option<&Path>,
        config_file: Option<&Path>,
        env: impl Fn(&str) -> Option<std::ffi::OsString>,
    ) -> Paths {
        let home = env("HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("."));
        let xdg = |var: &str, fallback: &str| -> PathBuf {
            env(var)
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
                .unwrap_or_else(|| home.join(fallback))
                .join("newsdesk")
        };
        let data_dir = data_dir
            .map(Path::to_path_buf)
            .unwrap_or_else(|| xdg("XDG_DATA_HOME", ".local/share"));
        let config_file = config_file
            .map(Path::to_path_buf)
            .unwrap_or_else(|| xdg("XDG_CONFIG_HOME", ".config").join("config.toml"));
        Paths {
            data_dir,
            state_dir: xdg("XDG_STATE_HOME", ".local/state"),
            cache_dir: xdg("XDG_CACHE_HOME", ".cache"),
            config_file,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xdg_variables_and_overrides() {
        let env = |k: &str| match k {
            "HOME" => Some("/home/u".into()),
            "XDG_DATA_HOME" => Some("/xdg/data".into()),
            "XDG_STATE_HOME" => Some("relative/ignored".into()),
            _ => None,
        };
        let p = Paths::resolve_with(None, None, env);
        assert_eq!(p.data_dir, PathBuf::from("/xdg/data/newsdesk"));
        assert_eq!(p.state_dir, PathBuf::from("/home/u/.local/state/newsdesk"));
        assert_eq!(
            p.config_file,
            PathBuf::from("/home/u/.config/newsdesk/config.toml")
        );
        let p = Paths::resolve_with(Some(Path::new("/d")), Some(Path::new("/c.toml")), env);
        assert_eq!(p.data_dir, PathBuf::from("/d"));
        assert_eq!(p.config_file, PathBuf::from("/c.toml"));
    }
}
