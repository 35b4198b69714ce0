//! Typed errors of the core. Every variant names the file it is about.

use std::path::PathBuf;

/// An error raised by the core, with the path (and position) it concerns.
///
/// Displayed as `path: reason` (`path:line: reason` for a parse error at a
/// known line); [`Error::reason`] is the part after the path.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The operating system refused a read or write.
    #[error("{}: {cause}", path.display())]
    Io {
        path: PathBuf,
        cause: std::io::Error,
    },
    /// The file looks binary (a NUL byte or a known binary signature).
    #[error("{}: {}", path.display(), self.reason())]
    Binary { path: PathBuf },
    /// The file is larger than newsdesk will load.
    #[error("{}: {}", path.display(), self.reason())]
    TooLarge { path: PathBuf, limit_mb: u64 },
    /// A directory (or the arguments) held no article newsdesk can read.
    #[error("{}: {}", path.display(), self.reason())]
    NoArticles { path: PathBuf },
    /// The file is not of a kind newsdesk reads.
    #[error("{}: {}", path.display(), self.reason())]
    UnsupportedFormat { path: PathBuf },
    /// The path names something other than a regular file (a FIFO, a device).
    #[error("{}: {}", path.display(), self.reason())]
    NotAFile { path: PathBuf },
    /// Loading the file stopped without a result (its worker thread died).
    #[error("{}: {}", path.display(), self.reason())]
    Aborted { path: PathBuf },
    /// A file could not be parsed; `line` is 1-based when known.
    #[error("{}{}: {message}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
    Parse {
        path: PathBuf,
        line: Option<usize>,
        message: String,
    },
    /// Anything else, with context.
    #[error("{0}")]
    Other(String),
}

impl Error {
    /// Wraps an I/O error with the path it happened on.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            cause: source,
        }
    }

    /// What went wrong, without the path (which the caller shows beside
    /// it): "not a text article (binary file)", "line 3: expected value".
    pub fn reason(&self) -> String {
        match self {
            Error::Io { cause, .. } => cause.to_string(),
            Error::Binary { .. } => "not a text article (binary file)".into(),
            Error::TooLarge { limit_mb, .. } => {
                format!("file is larger than the {limit_mb} MB limit")
            }
            Error::NoArticles { .. } => "no articles found".into(),
            Error::UnsupportedFormat { .. } => {
                "not an article file (expected .txt, .md, .html or .jsonl)".into()
            }
            Error::NotAFile { .. } => "not a regular file".into(),
            Error::Aborted { .. } => "loading stopped unexpectedly".into(),
            Error::Parse {
                line: Some(l),
                message,
                ..
            } => format!("line {l}: {message}"),
            Error::Parse { message, .. } => message.clone(),
            Error::Other(s) => s.clone(),
        }
    }
}

/// Result type of the core.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reason_is_the_message_without_the_path() {
        let path = PathBuf::from("news/a.jsonl");
        let errors = [
            Error::Binary { path: path.clone() },
            Error::TooLarge {
                path: path.clone(),
                limit_mb: 64,
            },
            Error::NoArticles { path: path.clone() },
            Error::NotAFile { path: path.clone() },
            Error::Parse {
                path: path.clone(),
                line: None,
                message: "no articles".into(),
            },
            Error::io(&path, std::io::Error::other("denied")),
        ];
        for e in errors {
            assert_eq!(e.to_string(), format!("news/a.jsonl: {}", e.reason()));
        }
        let at_line = Error::Parse {
            path,
            line: Some(3),
            message: "expected value (column 1)".into(),
        };
        assert_eq!(
            at_line.to_string(),
            "news/a.jsonl:3: expected value (column 1)"
        );
        assert_eq!(at_line.reason(), "line 3: expected value (column 1)");
    }
}
