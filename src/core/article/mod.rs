//! The article model and its loaders.
//!
//! Every article has a *canonical text*: the plain text the reader shows and
//! every offset (entities, annotations, search hits) refers to. Offsets are
//! UTF-8 byte offsets into it.

pub mod builder;
pub mod date;
pub mod front_matter;
pub mod html;
pub mod jsonl;
pub mod load;
pub mod markdown;
pub mod sanitize;
pub mod text;

use std::ops::Range;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub use date::{parse_date, short_date};
pub use load::{LoadReport, LoadWarning, Loaded, Skipped, load_paths, load_reader};

/// What a block of the canonical text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// The article's title (the first block of plain-text articles).
    Title,
    /// A section heading.
    Heading,
    /// A paragraph of body text.
    Paragraph,
    /// A block quotation.
    Quote,
    /// One item of a list.
    ListItem,
    /// Preformatted text or anything else.
    Other,
}

/// A structural block: a byte range of the canonical text and its kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    pub start: usize,
    pub end: usize,
}

impl Block {
    /// The block's byte range in the canonical text.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// True for titles and headings, whose words are often capitalised.
    pub fn is_heading(&self) -> bool {
        matches!(self.kind, BlockKind::Title | BlockKind::Heading)
    }
}

/// Optional metadata found in the source document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    pub source: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    pub author: Option<String>,
}

/// The result of parsing one document of some format, before it gets a path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub title: String,
    pub text: String,
    pub blocks: Vec<Block>,
    pub meta: Metadata,
    /// Non-fatal problems met while parsing (shown to the user).
    pub warnings: Vec<String>,
}

/// One loaded article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Stable identity used to key annotations: the URL when known, else the
    /// canonical file path (plus `#line` inside a JSON Lines file), or `stdin`.
    pub id: String,
    /// The file it came from, if any.
    pub path: Option<PathBuf>,
    /// The path as the user gave it (what the CLI prints as `"path"`).
    pub display_path: String,
    pub title: String,
    /// The canonical text.
    pub text: String,
    pub blocks: Vec<Block>,
    pub meta: Metadata,
    pub warnings: Vec<String>,
}

impl Article {
    /// Builds an article from a parsed document and where it came from.
    ///
    /// Its id (what notes are stored under): the URL when known, else the
    /// file's canonical path, else (stdin) `stdin:` and the title, so that
    /// two articles piped in turn do not share their notes.
    pub fn from_parsed(parsed: Parsed, path: Option<PathBuf>, display_path: String) -> Self {
        let id = parsed
            .meta
            .url
            .clone()
            .or_else(|| {
                path.as_ref().map(|p| {
                    std::fs::canonicalize(p)
                        .unwrap_or_else(|_| p.clone())
                        .to_string_lossy()
                        .into_owned()
                })
            })
            .unwrap_or_else(|| match parsed.title.trim() {
                "" => display_path.clone(),
                title => format!("stdin:{title}"),
            });
        Article {
            id,
            path,
            display_path,
            title: parsed.title,
            text: parsed.text,
            blocks: parsed.blocks,
            meta: parsed.meta,
            warnings: parsed.warnings,
        }
    }

    /// The heading blocks (title included).
    pub fn headings(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.is_heading())
    }
}
