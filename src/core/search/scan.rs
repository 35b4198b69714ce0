//! One-shot corpus search without an index (the `newsdesk search` CLI):
//! files are read on two threads and scanned for the query's literals
//! (ASCII case-insensitive Aho-Corasick on the raw bytes, word-boundary
//! aware). Only files holding every literal are candidates; they are ranked
//! by BM25 estimated from the literal counts, then parsed and matched
//! exactly, best first, until `limit` hits are confirmed. So a query costs
//! about one `grep` pass over the files, not an index build.

use std::io::Read;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use aho_corasick::AhoCorasick;

use super::matcher::{NoteDoc, RawFields, TITLE_BOOST, bm25, entity_kind, match_doc};
use super::query::{Clause, Query};
use super::snippet::{Snippet, snippet};
use crate::core::article::load::{MAX_FILE_BYTES, article_files, load_file};
use crate::core::article::{Article, LoadWarning, Skipped, load_reader};
use crate::core::entities::Entity;
use crate::core::{Error, Result};

/// Threads used to read and scan files.
pub const SCAN_THREADS: usize = 2;
/// Bytes per token, to estimate document lengths from byte counts.
const BYTES_PER_TOKEN: f32 = 6.0;

/// One confirmed hit of a scan.
#[derive(Debug, Clone)]
pub struct ScanHit {
    pub article: Article,
    pub score: f32,
    /// Hit byte ranges in the article's canonical text.
    pub ranges: Vec<Range<usize>>,
    pub snippet: Snippet,
}

/// The outcome of a scan.
#[derive(Debug, Default)]
pub struct ScanResults {
    /// Best first, at most `limit`.
    pub hits: Vec<ScanHit>,
    /// Files (or stdin) looked at.
    pub sources: usize,
    /// Files holding every literal of the query.
    pub candidates: usize,
    /// Files that could not be read or parsed.
    pub skipped: Vec<Skipped>,
    /// The load warnings of the files that were parsed (a bad JSON line).
    /// Only candidates are parsed: a file without every literal of the
    /// query cannot hold a hit, bad lines or not, and is not reported.
    pub warnings: Vec<LoadWarning>,
}

enum Source {
    File(PathBuf),
    Stdin(Vec<u8>),
}

/// A literal every matching file must contain (ASCII case-insensitive).
struct Literal {
    ac: AhoCorasick,
    /// Must start / end at an ASCII word boundary (words, phrase words).
    left: bool,
    right: bool,
}

/// Searches the articles at `paths` (files, directories, `-`) for `query`.
/// `entities` is only called for candidates of `person:`/`org:`/`place:`
/// queries. `notes(article)` gives an article's annotations for `tag:` and
/// `note:` clauses (the CLI reads them from the annotation store).
pub fn scan_search(
    paths: &[PathBuf],
    query: &Query,
    limit: usize,
    entities: &(dyn Fn(&Article) -> Vec<Entity> + Sync),
    notes: &dyn Fn(&Article) -> Vec<NoteDoc>,
) -> Result<ScanResults> {
    let mut skipped = Vec::new();
    let sources = collect_sources(paths, &mut skipped)?;
    let mut results = ScanResults {
        sources: sources.len(),
        ..ScanResults::default()
    };
    if query.is_empty() || limit == 0 {
        results.skipped = skipped;
        return Ok(results);
    }
    let literals = literals(query);
    let counted = count_all(&sources, &literals, &mut skipped);
    let n = sources.len() as f32;
    let mut df = vec![0f32; literals.len()];
    let mut total_len = 0f32;
    for c in counted.iter() {
        total_len += c.len as f32;
        for (d, &(tf, _)) in df.iter_mut().zip(&c.counts) {
            if tf > 0 {
                *d += 1.0;
            }
        }
    }
    let avg = (total_len / n.max(1.0) / BYTES_PER_TOKEN).max(1.0);
    let mut cands: Vec<(usize, f32)> = counted
        .iter()
        .filter(|c| c.counts.iter().all(|&(tf, _)| tf > 0))
        .map(|c| {
            let dl = c.len as f32 / BYTES_PER_TOKEN;
            let score = c
                .counts
                .iter()
                .zip(&df)
                .map(|(&(tf, title), &d)| {
                    bm25(tf as f32 + TITLE_BOOST * title as f32, d, n, dl, avg)
                })
                .sum();
            (c.source, score)
        })
        .collect();
    results.candidates = cands.len();
    cands.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let wants_notes = query
        .clauses
        .iter()
        .any(|c| matches!(c, Clause::Field(f, _) if entity_kind(*f).is_none()));
    let wants_entities = query
        .clauses
        .iter()
        .any(|c| matches!(c, Clause::Field(f, _) if entity_kind(*f).is_some()));
    for (src, score) in cands {
        if results.hits.len() >= limit {
            break;
        }
        let loaded = match &sources[src] {
            Source::File(p) => match load_file(p) {
                Ok(loaded) => loaded,
                Err(e) => {
                    skipped.push(Skipped::new(p, &e));
                    continue;
                }
            },
            Source::Stdin(bytes) => load_reader(bytes.as_slice(), "-")?,
        };
        results.warnings.extend(loaded.warnings);
        for article in loaded.articles {
            let ents = if wants_entities {
                entities(&article)
            } else {
                Vec::new()
            };
            let my_notes = if wants_notes {
                notes(&article)
            } else {
                Vec::new()
            };
            let my_notes: Vec<&NoteDoc> = my_notes.iter().collect();
            let fields = RawFields {
                entities: &ents,
                notes: &my_notes,
            };
            if let Some(ranges) = match_doc(query, &article.title, &article.text, &fields) {
                let snippet = snippet(&article.text, &ranges);
                results.hits.push(ScanHit {
                    article,
                    score,
                    ranges,
                    snippet,
                });
                if results.hits.len() >= limit {
                    break;
                }
            }
        }
    }
    results.skipped = skipped;
    Ok(results)
}

fn collect_sources(paths: &[PathBuf], skipped: &mut Vec<Skipped>) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .take(MAX_FILE_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| Error::io(path, e))?;
            out.push(Source::Stdin(bytes));
            continue;
        }
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            let files = article_files(path, skipped);
            if files.is_empty() {
                return Err(Error::NoArticles { path: path.clone() });
            }
            out.extend(files.into_iter().map(Source::File));
        } else {
            out.push(Source::File(path.clone()));
        }
    }
    Ok(out)
}

/// The literals of a query: words, prefixes, phrase words, entity values
/// (ASCII only: a non-ASCII literal could differ in case beyond ASCII, so it
/// is left to the exact match).
fn literals(query: &Query) -> Vec<Literal> {
    let mut out = Vec::new();
    let mut add = |s: &str, left: bool, right: bool| {
        if s.is_empty() || !s.is_ascii() {
            return;
        }
        if let Ok(ac) = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([s])
        {
            out.push(Literal { ac, left, right });
        }
    };
    for c in &query.clauses {
        match c {
            Clause::Word(w) => add(w, true, true),
            Clause::Prefix(p) => add(p, true, false),
            Clause::Phrase(ws) => ws.iter().for_each(|w| add(w, true, true)),
            Clause::Field(f, v) if entity_kind(*f).is_some() => {
                v.split_whitespace().for_each(|w| add(w, false, false))
            }
            Clause::Field(..) => {}
        }
    }
    out
}

struct Counted {
    source: usize,
    len: usize,
    /// Per literal: (occurrences, occurrences in the first line).
    counts: Vec<(u32, u32)>,
}

fn count_all(sources: &[Source], literals: &[Literal], skipped: &mut Vec<Skipped>) -> Vec<Counted> {
    let next = AtomicUsize::new(0);
    let failed = Mutex::new(Vec::new());
    let threads = SCAN_THREADS.min(sources.len()).max(1);
    let mut all: Vec<Counted> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(src) = sources.get(i) else { break };
                        let owned;
                        let bytes: &[u8] = match src {
                            Source::Stdin(b) => b,
                            Source::File(p) => match read_file(p) {
                                Ok(b) => {
                                    owned = b;
                                    &owned
                                }
                                Err(e) => {
                                    if let Ok(mut f) = failed.lock() {
                                        f.push(Skipped::new(p, &e));
                                    }
                                    continue;
                                }
                            },
                        };
                        mine.push(Counted {
                            source: i,
                            len: bytes.len(),
                            counts: count(bytes, literals),
                        });
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    all.sort_by_key(|c| c.source);
    if let Ok(f) = failed.into_inner() {
        skipped.extend(f);
    }
    all
}

/// Reads a file whole, sized from its metadata so a small file costs one
/// `read` plus the one that sees the end (a plain `read_to_end` behind
/// `take` starts with tiny probing reads: eight calls per article).
fn read_file(path: &Path) -> Result<Vec<u8>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let size = file.metadata().map_or(0, |m| m.len());
    if size > MAX_FILE_BYTES {
        return Err(too_large(path));
    }
    // Room for one byte more than expected, so the read that finds the end
    // needs no growth; a file that grew meanwhile is still capped.
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(64));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(path));
    }
    Ok(bytes)
}

fn too_large(path: &Path) -> Error {
    Error::TooLarge {
        path: path.to_path_buf(),
        limit_mb: MAX_FILE_BYTES / (1024 * 1024),
    }
}

/// Counts each literal in `bytes`; UTF-16 files (whose text the byte scan
/// cannot see) count as one occurrence of everything.
fn count(bytes: &[u8], literals: &[Literal]) -> Vec<(u32, u32)> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return vec![(1, 0); literals.len()];
    }
    let title_end = memchr::memchr(b'\n', bytes).unwrap_or(bytes.len());
    let is_word = |b: u8| b.is_ascii_alphanumeric();
    literals
        .iter()
        .map(|lit| {
            let (mut all, mut title) = (0u32, 0u32);
            for m in lit.ac.find_iter(bytes) {
                let before_ok = !lit.left || m.start() == 0 || !is_word(bytes[m.start() - 1]);
                let after_ok = !lit.right || bytes.get(m.end()).is_none_or(|&b| !is_word(b));
                if before_ok && after_ok {
                    all += 1;
                    if m.end() <= title_end {
                        title += 1;
                    }
                }
            }
            (all, title)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_entities(_: &Article) -> Vec<Entity> {
        Vec::new()
    }

    #[test]
    fn ranks_title_hits_first_and_confirms_matches() {
        let dir = tempfile::tempdir().expect("tempdir");
        let w = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).expect("w");
        w(
            "a.txt",
            "Harbour strike continues\n\nThe envoy was not there.\n",
        );
        w("b.txt", "Envoy Visits Velmora\n\nTalks began on Monday.\n");
        w(
            "c.txt",
            "Unrelated story\n\nEnvoys and unenvoyed words only.\n",
        );
        let q = Query::parse("envoy");
        let r = scan_search(&[dir.path().to_path_buf()], &q, 10, &no_entities, &|_| {
            Vec::new()
        })
        .expect("scan");
        assert_eq!(r.sources, 3);
        let titles: Vec<_> = r.hits.iter().map(|h| h.article.title.as_str()).collect();
        assert_eq!(
            titles,
            vec!["Envoy Visits Velmora", "Harbour strike continues"]
        );
    }

    #[test]
    fn notes_and_fields_come_from_the_callbacks() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(
            dir.path().join("a.txt"),
            "Port Talks\n\nDara Kellan spoke.\n",
        )
        .expect("w");
        std::fs::write(dir.path().join("b.txt"), "Other\n\nKellan Street closed.\n").expect("w");
        let notes = |a: &Article| {
            if a.title == "Other" {
                vec![NoteDoc {
                    tags: vec!["Roads".into()],
                    ..NoteDoc::default()
                }]
            } else {
                Vec::new()
            }
        };
        let people = |a: &Article| {
            a.text
                .find("Dara Kellan")
                .map(|s| Entity {
                    name: "Dara Kellan".into(),
                    kind: crate::core::entities::EntityKind::Person,
                    role: None,
                    aliases: vec![],
                    mentions: vec![crate::core::entities::Mention {
                        start: s,
                        end: s + 11,
                    }],
                })
                .into_iter()
                .collect()
        };
        let run = |q: &str| {
            scan_search(
                &[dir.path().to_path_buf()],
                &Query::parse(q),
                10,
                &people,
                &notes,
            )
            .expect("scan")
            .hits
            .into_iter()
            .map(|h| h.article.title)
            .collect::<Vec<_>>()
        };
        assert_eq!(run("person:kellan"), vec!["Port Talks"]);
        assert_eq!(run("tag:road kellan"), vec!["Other"]);
        assert!(run("tag:none").is_empty());
    }

    #[test]
    fn missing_path_is_an_error() {
        let q = Query::parse("x");
        let err = scan_search(
            &[PathBuf::from("/nonexistent/dir")],
            &q,
            5,
            &no_entities,
            &|_| Vec::new(),
        );
        assert!(err.is_err());
    }
}
