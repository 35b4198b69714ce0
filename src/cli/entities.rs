//! `newsdesk entities [--json] PATH...`: people, organisations and places.

use std::io::Write;
use std::path::PathBuf;
use unicode_width::UnicodeWidthStr;

use anyhow::Result;
use serde::Serialize;

use crate::core::article::{Article, load_paths, sanitize};
use crate::core::entities::{Corrections, Entity, EntityKind, Mention};
use crate::core::library::Library;
use crate::core::paths::Paths;
use crate::tui::views::text::truncate;

#[derive(Serialize)]
struct MentionOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct EntityOut<'a> {
    name: &'a str,
    kind: EntityKind,
    /// Always present, as in the schema of DESIGN.md §8: `null` when the
    /// article gives the entity no role.
    role: Option<&'a str>,
    aliases: &'a [String],
    mentions: Vec<MentionOut<'a>>,
}

#[derive(Serialize)]
struct ArticleOut<'a> {
    path: &'a str,
    title: &'a str,
    entities: Vec<EntityOut<'a>>,
}

/// Prints the entities of every article found at `files`, with the user's
/// corrections from the data dir applied; load problems go to `err`.
pub fn run(
    files: &[PathBuf],
    paths: &Paths,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    let report = load_paths(files)?;
    super::report_problems(&report.skipped, &report.warnings, err);
    let mut library = Library::new(report);
    library.set_corrections(Corrections::load(&paths.data_dir)?);
    for (idx, article) in library.articles().iter().enumerate() {
        let entities = library.entities(idx);
        if json {
            serde_json::to_writer(&mut *out, &to_json(article, entities))?;
            writeln!(out)?;
        } else {
            write_text(article, entities, out)?;
        }
    }
    Ok(())
}

fn to_json<'a>(article: &'a Article, entities: &'a [Entity]) -> ArticleOut<'a> {
    let mention = |m: &Mention| MentionOut {
        start: m.start,
        end: m.end,
        text: article.text.get(m.start..m.end).unwrap_or(""),
    };
    ArticleOut {
        path: &article.display_path,
        title: &article.title,
        entities: entities
            .iter()
            .map(|e| EntityOut {
                name: &e.name,
                kind: e.kind,
                role: e.role.as_deref(),
                aliases: &e.aliases,
                mentions: e.mentions.iter().map(mention).collect(),
            })
            .collect(),
    }
}

/// Bounds of the name column of the text output, in terminal cells: a
/// longer name pushes its own line's count out rather than every line's.
const NAME_COLUMN_MIN: usize = 24;
const NAME_COLUMN_MAX: usize = 60;

fn write_text(article: &Article, entities: &[Entity], out: &mut dyn Write) -> Result<()> {
    writeln!(
        out,
        "{}  ({})",
        sanitize::one_line(&article.title),
        sanitize::one_line(&article.display_path)
    )?;
    // One name column for the article, as wide as its longest name (in
    // terminal cells, so accented and wide names line up too).
    let names: Vec<String> = entities
        .iter()
        .map(|e| sanitize::one_line(&e.name))
        .collect();
    let column = names
        .iter()
        .map(|n| n.width())
        .max()
        .unwrap_or(0)
        .clamp(NAME_COLUMN_MIN, NAME_COLUMN_MAX);
    for kind in EntityKind::ALL {
        let of_kind: Vec<_> = entities
            .iter()
            .zip(&names)
            .filter(|(e, _)| e.kind == kind)
            .collect();
        if of_kind.is_empty() {
            continue;
        }
        writeln!(out, "  {} ({})", kind.heading(), of_kind.len())?;
        for (e, name) in of_kind {
            let role = e
                .role
                .as_deref()
                .map(|r| format!(" — {r}"))
                .unwrap_or_default();
            // Cut to the column, so that the counts after it stay in line.
            let name = truncate(name, column);
            let pad = column.saturating_sub(name.width());
            writeln!(
                out,
                "    {name}{:pad$} {:>4}{}",
                "",
                e.mentions.len(),
                sanitize::one_line(&role)
            )?;
        }
    }
    writeln!(out)?;
    Ok(())
}
