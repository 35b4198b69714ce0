//! `newsdesk search [--json] [--limit N] QUERY PATH...`: one-shot corpus
//! search (no index on disk: the files are scanned, see
//! [`crate::core::search::scan_search`]).

use std::io::Write;
use std::path::PathBuf;
use std::sync::OnceLock;

use anyhow::Result;
use serde::Serialize;

use crate::core::annotations::Store;
use crate::core::article::{Article, sanitize};
use crate::core::entities::Extractor;
use crate::core::paths::Paths;
use crate::core::search::{NoteDoc, Query, ScanHit, scan_search};

#[derive(Serialize)]
struct HitOut<'a> {
    path: &'a str,
    title: &'a str,
    score: f64,
    start: usize,
    end: usize,
    snippet: &'a str,
}

/// Runs a corpus search over the articles at `files`; `tag:` and `note:`
/// clauses look at the annotations stored under `paths.data_dir`. Files
/// that could not be read and the load warnings of the files that were
/// parsed go to `err` (see [`crate::core::search::ScanResults::warnings`]).
pub fn run(
    query: &str,
    files: &[PathBuf],
    paths: &Paths,
    limit: usize,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    let query = Query::parse(query);
    // Built only when a person:/org:/place: clause needs it.
    let extractor = std::sync::OnceLock::new();
    let entities = |a: &crate::core::article::Article| {
        extractor
            .get_or_init(Extractor::new)
            .extract(&a.text, &a.blocks)
    };
    let notes = StoredNotes::new(Store::new(&paths.data_dir));
    let results = scan_search(files, &query, limit, &entities, &|a| notes.of(a))?;
    super::report_problems(&results.skipped, &results.warnings, err);

    for hit in &results.hits {
        if json {
            serde_json::to_writer(&mut *out, &to_json(hit))?;
            writeln!(out)?;
        } else {
            write_text(hit, out)?;
        }
    }
    if !json && results.hits.is_empty() {
        writeln!(out, "no hits in {} files", results.sources)?;
    }
    Ok(())
}

fn to_json(hit: &ScanHit) -> HitOut<'_> {
    let first = hit.ranges.first().cloned().unwrap_or(0..0);
    HitOut {
        path: &hit.article.display_path,
        title: &hit.article.title,
        score: (f64::from(hit.score) * 1000.0).round() / 1000.0 + 0.0,
        start: first.start,
        end: first.end,
        snippet: &hit.snippet.text,
    }
}

fn write_text(hit: &ScanHit, out: &mut dyn Write) -> Result<()> {
    writeln!(
        out,
        "{:>7.2}  {}  {}",
        // `+ 0.0`: a tag:/note:-only hit scores an empty sum, -0.0.
        hit.score + 0.0,
        sanitize::one_line(&hit.article.display_path),
        sanitize::one_line(&hit.article.title)
    )?;
    writeln!(out, "         {}", sanitize::one_line(&hit.snippet.text))?;
    Ok(())
}

/// The annotations of scanned articles, read from the store on demand.
struct StoredNotes {
    store: Store,
    /// Whether the store holds any readable file (looked at on the first call).
    any: OnceLock<bool>,
}

impl StoredNotes {
    fn new(store: Store) -> Self {
        StoredNotes {
            store,
            any: OnceLock::new(),
        }
    }

    /// The live notes of `article`, anchored in its current text.
    fn of(&self, article: &Article) -> Vec<NoteDoc> {
        // An unreadable store means no notes: the search still runs. Any
        // file may hold this article's notes (`open` re-attaches moved
        // articles by text hash or title), so only an empty store skips.
        let any = self.any.get_or_init(|| {
            self.store
                .list()
                .is_ok_and(|files| files.iter().any(|f| f.content.is_ok()))
        });
        if !*any {
            return Vec::new();
        }
        let notes = self.store.open(article);
        notes
            .notes()
            .into_iter()
            .map(|n| NoteDoc {
                article_idx: 0,
                note: n.annotation.note.clone(),
                tags: n.annotation.tags.clone(),
                span: n.anchor.range.clone(),
            })
            .collect()
    }
}
