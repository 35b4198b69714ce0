//! Typed errors of the core. Every variant names the file it is about.

use std::path::PathBuf;

/// An error raised by the core, with the path (and position) it concerns.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The operating system refused a read or write.
    #[error("{}: {cause}", path.display())]
    Io {
        path: PathBuf,
        cause: std::io::Error,
    },
    /// The file looks binary (a NUL byte or a known binary signature).
    #[error("{}: not a text article (binary file)", path.display())]
    Binary { path: PathBuf },
    /// The file is larger than newsdesk will load.
    #[error("{}: file is larger than the {limit_mb} MB limit", path.display())]
    TooLarge { path: PathBuf, limit_mb: u64 },
    /// A directory (or the arguments) held no article newsdesk can read.
    #[error("{}: no articles found", path.display())]
    NoArticles { path: PathBuf },
    /// The file is not of a kind newsdesk reads.
    #[error("{}: not an article file (expected .txt, .md, .html or .jsonl)", path.display())]
    UnsupportedFormat { path: PathBuf },
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
}

/// Result type of the core.
pub type Result<T, E = Error> = std::result::Result<T, E>;
