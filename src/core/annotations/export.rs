//! Export formats: Markdown with front matter, lossless versioned JSON, a W3C
//! `AnnotationCollection` (JSON-LD) and Readwise-compatible CSV.

use std::io::Write;

use serde_json::{Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::anchor::Anchor;
use super::model::{Annotation, FORMAT_VERSION, Selector};
use super::store::ArticleNotes;
use crate::core::article::Article;
use crate::core::entities::{Entity, EntityKind};
use crate::core::{Error, Result};

/// Version of the JSON export format.
pub const EXPORT_VERSION: u32 = 1;

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown with front matter.
    Markdown,
    /// Lossless, versioned JSON.
    Json,
    /// A W3C `AnnotationCollection` (JSON-LD).
    W3c,
    /// Readwise-compatible CSV.
    Csv,
}

impl Format {
    /// Every format, in the order help lists them.
    pub const ALL: [Format; 4] = [Format::Markdown, Format::Json, Format::W3c, Format::Csv];

    /// The format's name as typed (`markdown`, `json`, `w3c`, `csv`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::W3c => "w3c",
            Format::Csv => "csv",
        }
    }

    /// The format named `name` (also `md`), case-insensitive.
    pub fn parse(name: &str) -> Option<Format> {
        let name = name.to_ascii_lowercase();
        if name == "md" {
            return Some(Format::Markdown);
        }
        Format::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Json => "json",
            Format::W3c => "jsonld",
            Format::Csv => "csv",
        }
    }
}

/// Writes `items` in `format` to `out`.
pub fn write(format: Format, items: &[ExportItem<'_>], out: &mut dyn Write) -> Result<()> {
    let io = |e: std::io::Error| Error::Other(format!("writing the export: {e}"));
    let json_out = |v: &Value, out: &mut dyn Write| -> Result<()> {
        serde_json::to_writer_pretty(&mut *out, v)
            .map_err(|e| Error::Other(format!("writing the export: {e}")))?;
        writeln!(out).map_err(io)
    };
    match format {
        Format::Markdown => out.write_all(markdown(items).as_bytes()).map_err(io),
        Format::Json => json_out(&json(items), out),
        Format::W3c => json_out(&w3c(items), out),
        Format::Csv => csv(items, out),
    }
}

/// One article's notes and what the exports say about the article.
#[derive(Debug, Clone)]
pub struct ExportItem<'a> {
    /// The path as shown to the user.
    pub path: &'a str,
    pub title: &'a str,
    pub article_id: &'a str,
    pub source: Option<&'a str>,
    pub url: Option<&'a str>,
    pub author: Option<&'a str>,
    pub people: Vec<String>,
    pub organisations: Vec<String>,
    /// The current canonical text, when the article could be loaded (needed
    /// for code-point offsets in W3C).
    pub text: Option<&'a str>,
    /// Live notes with their current anchors.
    pub notes: Vec<(&'a Annotation, Anchor)>,
}

impl<'a> ExportItem<'a> {
    /// The export view of one open article's live notes; `entities` are the
    /// article's (corrected) entities, e.g. `Library::entities`.
    pub fn new(article: &'a Article, notes: &'a ArticleNotes, entities: &[Entity]) -> Self {
        let names = |kind: EntityKind| {
            entities
                .iter()
                .filter(|e| e.kind == kind)
                .map(|e| e.name.clone())
                .collect()
        };
        ExportItem {
            path: &article.display_path,
            title: &article.title,
            article_id: &article.id,
            source: article.meta.source.as_deref(),
            url: article.meta.url.as_deref(),
            author: article.meta.author.as_deref(),
            people: names(EntityKind::Person),
            organisations: names(EntityKind::Organisation),
            text: Some(notes.text()),
            notes: notes
                .notes()
                .into_iter()
                .map(|n| (n.annotation, n.anchor.clone()))
                .collect(),
        }
    }
}

fn quote_of(a: &Annotation) -> &str {
    a.target.quote().map_or("", |q| q.exact.as_str())
}

fn yaml_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn yaml_list(v: &[String]) -> String {
    let items: Vec<String> = v.iter().map(|s| yaml_str(s)).collect();
    format!("[{}]", items.join(", "))
}

/// Markdown: per article a front matter block (title, source, url, path,
/// people, organisations), then every quote as a `>` block with its note,
/// tags and dates.
pub fn markdown(items: &[ExportItem<'_>]) -> String {
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("---\n");
        out.push_str(&format!("title: {}\n", yaml_str(it.title)));
        let source = it.source.map_or_else(|| "null".to_string(), yaml_str);
        out.push_str(&format!("source: {source}\n"));
        if let Some(u) = it.url {
            out.push_str(&format!("url: {}\n", yaml_str(u)));
        }
        out.push_str(&format!("path: {}\n", yaml_str(it.path)));
        out.push_str(&format!("people: {}\n", yaml_list(&it.people)));
        out.push_str(&format!(
            "organisations: {}\n",
            yaml_list(&it.organisations)
        ));
        out.push_str("---\n\n");
        out.push_str(&format!("# {}\n", it.title.replace('\n', " ")));
        for (a, anchor) in &it.notes {
            out.push('\n');
            for line in quote_of(a).lines() {
                out.push_str(&format!("> {line}\n"));
            }
            out.push('\n');
            if !a.note.trim().is_empty() {
                out.push_str(a.note.trim_end());
                out.push_str("\n\n");
            }
            let mut meta = vec![format!("created {}", a.created)];
            if a.modified != a.created {
                meta.push(format!("modified {}", a.modified));
            }
            if !a.tags.is_empty() {
                meta.push(format!(
                    "tags: {}",
                    a.tags
                        .iter()
                        .map(|t| format!("#{t}"))
                        .collect::<Vec<_>>()
                        .join(" ")
                ));
            }
            meta.push(anchor.status.as_str().to_string());
            out.push_str(&format!("*{}*\n", meta.join(" · ")));
        }
    }
    out
}

/// Lossless JSON: every stored field of every live note (unknown ones too),
/// plus its current status and byte range.
pub fn json(items: &[ExportItem<'_>]) -> Value {
    let articles: Vec<Value> = items
        .iter()
        .map(|it| {
            let notes: Vec<Value> = it
                .notes
                .iter()
                .map(|(a, anchor)| {
                    json!({
                        "annotation": a,
                        "status": anchor.status,
                        "start": anchor.range.as_ref().map(|r| r.start),
                        "end": anchor.range.as_ref().map(|r| r.end),
                    })
                })
                .collect();
            json!({
                "path": it.path,
                "title": it.title,
                "article_id": it.article_id,
                "source": it.source,
                "url": it.url,
                "annotations": notes,
            })
        })
        .collect();
    json!({
        "format": "newsdesk-annotations-export",
        "version": EXPORT_VERSION,
        "store_version": FORMAT_VERSION,
        "articles": articles,
    })
}

/// An IRI for an article id: URLs as they are, paths as `file://` URLs.
pub fn source_iri(id: &str) -> String {
    if id.contains("://") {
        return id.to_string();
    }
    let mut s = String::from("file://");
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            s.push(b as char);
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    s
}

/// A W3C Web Annotation `AnnotationCollection` (JSON-LD) with one page.
/// Position selectors use code points of the current text, as the model
/// requires; orphans carry the quote selector only.
pub fn w3c(items: &[ExportItem<'_>]) -> Value {
    let mut annotations = Vec::new();
    for it in items {
        for (a, anchor) in &it.notes {
            let mut selectors = Vec::new();
            // Where the note is anchored, both selectors describe the current
            // text; an orphan keeps the quote it was made on.
            let current = match (it.text, anchor.range.as_ref()) {
                (Some(text), Some(r)) => super::anchor::selectors(text, r.clone()).ok(),
                _ => None,
            };
            let quote = current
                .as_ref()
                .and_then(|v| {
                    v.iter().find_map(|s| match s {
                        Selector::Quote(q) => Some(q),
                        _ => None,
                    })
                })
                .or_else(|| a.target.quote());
            if let Some(q) = quote {
                selectors.push(json!({
                    "type": "TextQuoteSelector",
                    "exact": q.exact,
                    "prefix": q.prefix,
                    "suffix": q.suffix,
                }));
            }
            if let (Some(text), Some(r)) = (it.text, anchor.range.as_ref()) {
                let start = text.get(..r.start).map_or(0, |s| s.chars().count());
                let len = text.get(r.clone()).map_or(0, |s| s.chars().count());
                selectors.push(json!({
                    "type": "TextPositionSelector",
                    "start": start,
                    "end": start + len,
                }));
            }
            let mut body = Vec::new();
            if !a.note.is_empty() {
                body.push(json!({
                    "type": "TextualBody",
                    "value": a.note,
                    "format": "text/markdown",
                    "purpose": "commenting",
                }));
            }
            for t in &a.tags {
                body.push(json!({"type": "TextualBody", "value": t, "purpose": "tagging"}));
            }
            let target = if selectors.len() == 1 {
                json!({"source": source_iri(it.article_id), "selector": selectors[0]})
            } else {
                json!({"source": source_iri(it.article_id), "selector": selectors})
            };
            let mut anno = json!({
                "id": format!("urn:uuid:{}", a.id),
                "type": "Annotation",
                "motivation": if a.note.is_empty() { "highlighting" } else { "commenting" },
                "created": a.created,
                "modified": a.modified,
                "target": target,
            });
            if !body.is_empty()
                && let Some(o) = anno.as_object_mut()
            {
                o.insert("body".into(), Value::Array(body));
            }
            annotations.push(anno);
        }
    }
    json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": format!("urn:uuid:{}", uuid::Uuid::new_v4()),
        "type": "AnnotationCollection",
        "label": "newsdesk annotations",
        "total": annotations.len(),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": annotations,
        },
    })
}

/// Readwise CSV: `Highlight,Title,Author,URL,Note,Location,Date`. Tags go
/// into the note as `.tag` (Readwise's inline tag syntax); Location is the
/// byte offset of the quote; Date is `YYYY-MM-DD HH:MM:SS` (UTC).
pub fn csv(items: &[ExportItem<'_>], out: &mut dyn Write) -> Result<()> {
    let err = |e: csv::Error| Error::Other(format!("csv export: {e}"));
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "Highlight",
        "Title",
        "Author",
        "URL",
        "Note",
        "Location",
        "Date",
    ])
    .map_err(err)?;
    for it in items {
        for (a, anchor) in &it.notes {
            let mut note = a.note.clone();
            if !a.tags.is_empty() {
                let tags: Vec<String> = a.tags.iter().map(|t| format!(".{t}")).collect();
                if !note.is_empty() {
                    note.push('\n');
                }
                note.push_str(&tags.join(" "));
            }
            let location = anchor
                .range
                .as_ref()
                .map(|r| r.start)
                .or_else(|| {
                    a.target.selector.iter().find_map(|s| match s {
                        Selector::Position(p) => Some(p.start),
                        _ => None,
                    })
                })
                .map(|n| n.to_string())
                .unwrap_or_default();
            let date = OffsetDateTime::parse(&a.created, &Rfc3339)
                .ok()
                .map(|d| {
                    let d = d.to_offset(time::UtcOffset::UTC);
                    format!(
                        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
                        d.year(),
                        u8::from(d.month()),
                        d.day(),
                        d.hour(),
                        d.minute(),
                        d.second()
                    )
                })
                .unwrap_or_else(|| a.created.clone());
            w.write_record([
                quote_of(a),
                it.title,
                it.author.or(it.source).unwrap_or(""),
                it.url.unwrap_or(""),
                &note,
                &location,
                &date,
            ])
            .map_err(err)?;
        }
    }
    w.flush()
        .map_err(|e| Error::Other(format!("csv export: {e}")))
}
