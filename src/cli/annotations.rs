//! `newsdesk annotations list|add|export`

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use serde::Serialize;

use super::args::{AnnotationsCommand, ExportFormat};
use crate::core::annotations::export::{self, ExportItem};
use crate::core::annotations::normalize::{Normalized, normalize};
use crate::core::annotations::{Anchor, Annotation, Status, Store};
use crate::core::article::{Article, LoadReport, load_paths, sanitize};
use crate::core::entities::{Corrections, EntityKind};
use crate::core::library::Library;
use crate::core::paths::Paths;

/// Runs an annotations subcommand with the store under `paths.data_dir`.
pub fn run(command: &AnnotationsCommand, paths: &Paths, out: &mut dyn Write) -> Result<()> {
    let store = Store::new(&paths.data_dir);
    match command {
        AnnotationsCommand::List { json, paths: files } => {
            let set = gather(&store, paths, files, true)?;
            for it in &set.items {
                if *json {
                    serde_json::to_writer(&mut *out, &list_json(it))?;
                    writeln!(out)?;
                } else {
                    write_text(it, out)?;
                }
            }
            set.finish()
        }
        AnnotationsCommand::Add {
            path,
            quote,
            occurrence,
            note,
            tags,
        } => add(&store, path, quote, *occurrence, note, tags, out),
        AnnotationsCommand::Export {
            format,
            paths: files,
        } => {
            let set = gather(&store, paths, files, false)?;
            let items: Vec<ExportItem<'_>> = set.items.iter().map(Gathered::item).collect();
            let format = match format {
                ExportFormat::Markdown => export::Format::Markdown,
                ExportFormat::Json => export::Format::Json,
                ExportFormat::W3c => export::Format::W3c,
                ExportFormat::Csv => export::Format::Csv,
            };
            export::write(format, &items, out)?;
            set.finish()
        }
    }
}

/// One article's notes, owned, ready to print or export.
struct Gathered {
    path: String,
    title: String,
    article_id: String,
    source: Option<String>,
    url: Option<String>,
    author: Option<String>,
    people: Vec<String>,
    organisations: Vec<String>,
    text: Option<String>,
    notes: Vec<(Annotation, Anchor)>,
}

impl Gathered {
    fn item(&self) -> ExportItem<'_> {
        ExportItem {
            path: &self.path,
            title: &self.title,
            article_id: &self.article_id,
            source: self.source.as_deref(),
            url: self.url.as_deref(),
            author: self.author.as_deref(),
            people: self.people.clone(),
            organisations: self.organisations.clone(),
            text: self.text.as_deref(),
            notes: self.notes.iter().map(|(a, n)| (a, n.clone())).collect(),
        }
    }
}

/// What was gathered, and the store files that could not be read.
struct Set {
    items: Vec<Gathered>,
    errors: Vec<String>,
}

impl Set {
    /// After printing what could be read: an error naming every bad file.
    fn finish(self) -> Result<()> {
        match self.errors.len() {
            0 => Ok(()),
            _ => bail!("{}", self.errors.join("; ")),
        }
    }
}

/// The notes of the articles at `files`, or (none given) of every article
/// in the store. `keep_empty`: list articles without notes too.
fn gather(store: &Store, paths: &Paths, files: &[PathBuf], keep_empty: bool) -> Result<Set> {
    let mut errors = Vec::new();
    let mut orphans_only = Vec::new();
    let articles: Vec<Article> = if files.is_empty() {
        let mut v = Vec::new();
        for stored in store.list()? {
            let f = match stored.content {
                Ok(f) => f,
                Err(e) => {
                    errors.push(e.to_string());
                    continue;
                }
            };
            let loaded = f
                .path
                .as_ref()
                .filter(|p| Path::new(p).exists())
                .and_then(|p| load_paths(&[PathBuf::from(p)]).ok())
                .and_then(|r| {
                    let n = r.articles.len();
                    r.articles
                        .into_iter()
                        .enumerate()
                        .find(|(_, a)| a.id == f.article_id || n == 1)
                        .map(|(_, a)| a)
                });
            match loaded {
                Some(a) => v.push(a),
                None => orphans_only.push(f),
            }
        }
        v
    } else {
        load_paths(files)?.articles
    };
    let mut library = Library::new(LoadReport {
        articles,
        ..LoadReport::default()
    });
    library.set_corrections(Corrections::load(&paths.data_dir)?);
    let mut items = Vec::new();
    for (idx, article) in library.articles().iter().enumerate() {
        let notes = store.open(article);
        if let Some(why) = notes.read_only()
            && notes.notes().is_empty()
        {
            errors.push(why.to_string());
            continue;
        }
        let live: Vec<(Annotation, Anchor)> = notes
            .notes()
            .into_iter()
            .map(|n| (n.annotation.clone(), n.anchor.clone()))
            .collect();
        if live.is_empty() && !keep_empty {
            continue;
        }
        let names = |kind: EntityKind| -> Vec<String> {
            library
                .entities(idx)
                .iter()
                .filter(|e| e.kind == kind)
                .map(|e| e.name.clone())
                .collect()
        };
        items.push(Gathered {
            path: article.display_path.clone(),
            title: article.title.clone(),
            article_id: article.id.clone(),
            source: article.meta.source.clone(),
            url: article.meta.url.clone(),
            author: article.meta.author.clone(),
            people: names(EntityKind::Person),
            organisations: names(EntityKind::Organisation),
            text: Some(article.text.clone()),
            notes: live,
        });
    }
    for f in orphans_only {
        let notes: Vec<(Annotation, Anchor)> = f
            .annotations
            .into_iter()
            .filter(|a| !a.deleted)
            .map(|a| (a, Anchor::ORPHAN))
            .collect();
        if notes.is_empty() {
            continue;
        }
        items.push(Gathered {
            path: f.path.clone().unwrap_or_else(|| f.article_id.clone()),
            title: f.title,
            article_id: f.article_id,
            source: None,
            url: None,
            author: None,
            people: Vec::new(),
            organisations: Vec::new(),
            text: None,
            notes,
        });
    }
    Ok(Set { items, errors })
}

#[derive(Serialize)]
struct NoteJson<'a> {
    id: &'a str,
    status: Status,
    start: Option<usize>,
    end: Option<usize>,
    quote: &'a str,
    note: &'a str,
    tags: &'a [String],
    created: &'a str,
    modified: &'a str,
}

#[derive(Serialize)]
struct ArticleJson<'a> {
    path: &'a str,
    title: &'a str,
    annotations: Vec<NoteJson<'a>>,
}

fn list_json(it: &Gathered) -> ArticleJson<'_> {
    ArticleJson {
        path: &it.path,
        title: &it.title,
        annotations: it
            .notes
            .iter()
            .map(|(a, anchor)| NoteJson {
                id: &a.id,
                status: anchor.status,
                start: anchor.range.as_ref().map(|r| r.start),
                end: anchor.range.as_ref().map(|r| r.end),
                quote: a.target.quote().map_or("", |q| q.exact.as_str()),
                note: &a.note,
                tags: &a.tags,
                created: &a.created,
                modified: &a.modified,
            })
            .collect(),
    }
}

fn write_text(it: &Gathered, out: &mut dyn Write) -> Result<()> {
    writeln!(
        out,
        "{}  ({})",
        sanitize::one_line(&it.title),
        sanitize::one_line(&it.path)
    )?;
    for (a, anchor) in &it.notes {
        let at = anchor
            .range
            .as_ref()
            .map_or_else(|| "-".to_string(), |r| format!("{}..{}", r.start, r.end));
        let quote = a.target.quote().map_or("", |q| q.exact.as_str());
        let mut line = format!(
            "  [{}] {at}  \"{}\"",
            anchor.status.as_str(),
            sanitize::one_line(&shorten(quote, 60))
        );
        if !a.note.is_empty() {
            line.push_str(&format!(" — {}", sanitize::one_line(&shorten(&a.note, 80))));
        }
        for t in &a.tags {
            line.push_str(&format!(" #{}", sanitize::one_line(t)));
        }
        writeln!(out, "{line}")?;
        writeln!(out, "      id {}  created {}", a.id, a.created)?;
    }
    Ok(())
}

fn shorten(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Finds the `occurrence`-th (1-based) occurrence of `quote`: exactly, else
/// ignoring whitespace, case and typographic differences.
fn find_quote(text: &str, quote: &str, occurrence: usize) -> Option<std::ops::Range<usize>> {
    let n = occurrence.checked_sub(1)?;
    if quote.is_empty() {
        return None;
    }
    let exact: Vec<usize> = text.match_indices(quote).map(|(i, _)| i).collect();
    if !exact.is_empty() {
        return exact.get(n).map(|&i| i..i + quote.len());
    }
    let norm = Normalized::new(text);
    let nq = normalize(quote);
    let nq = nq.trim();
    if nq.is_empty() {
        return None;
    }
    let (i, _) = norm.text.match_indices(nq).nth(n)?;
    let r = norm.orig(i)..norm.orig(i + nq.len());
    (r.start < r.end).then_some(r)
}

fn add(
    store: &Store,
    path: &Path,
    quote: &str,
    occurrence: usize,
    note: &str,
    tags: &[String],
    out: &mut dyn Write,
) -> Result<()> {
    let report = load_paths(&[path.to_path_buf()])?;
    let [article] = report.articles.as_slice() else {
        bail!(
            "{}: holds {} articles; `annotations add` needs exactly one",
            path.display(),
            report.articles.len()
        );
    };
    let Some(range) = find_quote(&article.text, quote, occurrence) else {
        bail!(
            "{}: quote not found{}: \"{}\"",
            path.display(),
            if occurrence > 1 {
                format!(" (occurrence {occurrence})")
            } else {
                String::new()
            },
            sanitize::one_line(&shorten(quote, 80))
        );
    };
    let mut notes = store.open(article);
    let id = notes.add(range, note, tags)?;
    writeln!(out, "{id}")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_found_exactly_then_loosely() {
        let t = "A said \u{201C}yes\u{201D}.\nA  said\n\u{201C}yes\u{201D} again.";
        assert_eq!(find_quote(t, "said", 2), Some(21..25));
        let r = find_quote(t, "said \"yes\" again", 1).expect("loose");
        assert_eq!(&t[r], "said\n\u{201C}yes\u{201D} again");
        assert_eq!(find_quote(t, "said", 3), None);
        assert_eq!(find_quote(t, "said", 0), None);
    }
}
