//! `newsdesk search [--json] [--limit N] QUERY PATH...`: one-shot corpus
//! search (no index on disk: the files are scanned, see
//! [`crate::core::search::scan_search`]).

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use serde::Serialize;

use crate::core::article::sanitize;
use crate::core::entities::Extractor;
use crate::core::search::{Query, ScanHit, scan_search};

#[derive(Serialize)]
struct HitOut<'a> {
    path: &'a str,
    title: &'a str,
    score: f64,
    start: usize,
    end: usize,
    snippet: &'a str,
}

/// Runs a corpus search over the articles at `paths`.
pub fn run(
    query: &str,
    paths: &[PathBuf],
    limit: usize,
    json: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let query = Query::parse(query);
    // Built only when a person:/org:/place: clause needs it.
    let extractor = std::sync::OnceLock::new();
    let entities = |a: &crate::core::article::Article| {
        extractor
            .get_or_init(Extractor::new)
            .extract(&a.text, &a.blocks)
    };
    let results = scan_search(paths, &query, limit, &entities, &|_| Vec::new())?;
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
        score: (f64::from(hit.score) * 1000.0).round() / 1000.0,
        start: first.start,
        end: first.end,
        snippet: &hit.snippet.text,
    }
}

fn write_text(hit: &ScanHit, out: &mut dyn Write) -> Result<()> {
    writeln!(
        out,
        "{:>7.2}  {}  {}",
        hit.score,
        sanitize::one_line(&hit.article.display_path),
        sanitize::one_line(&hit.article.title)
    )?;
    writeln!(out, "         {}", sanitize::one_line(&hit.snippet.text))?;
    Ok(())
}
