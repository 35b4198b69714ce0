//! Loading articles from files, directory trees and readers (stdin).
//!
//! Directories are walked recursively in a stable order (sorted by path);
//! hidden entries, non-article files and anything that is not a regular file
//! (FIFOs, sockets, devices) are skipped, symlinked directories are not
//! followed (no loops). Binary and oversized files are refused with a reason.

use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::{Article, Parsed, html, jsonl, markdown, text};
use crate::core::{Error, Result};

/// Largest file newsdesk loads.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The article formats newsdesk reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Jsonl,
}

impl Format {
    /// The format implied by a file name's extension, if it is an article file.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }

    /// Guesses the format of content without a telling file name.
    pub fn sniff(content: &str) -> Format {
        let head = content.trim_start();
        let lower: String = head
            .chars()
            .take(256)
            .collect::<String>()
            .to_ascii_lowercase();
        if lower.starts_with("<!doctype html")
            || lower.starts_with("<html")
            || lower.contains("<body")
        {
            Format::Html
        } else if head.starts_with('{') {
            Format::Jsonl
        } else if ["---\n", "---\r\n", "+++\n", "+++\r\n", "# "]
            .iter()
            .any(|start| head.starts_with(start))
        {
            // YAML or TOML front matter, or a heading.
            Format::Markdown
        } else {
            Format::Text
        }
    }
}

/// A file that was not loaded, and why. Displays as `path: reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    /// Why, without the path: "not a text article (binary file)".
    pub reason: String,
}

impl Skipped {
    /// The file at `path`, skipped because of `error`.
    pub fn new(path: impl Into<PathBuf>, error: &Error) -> Self {
        Skipped {
            path: path.into(),
            reason: error.reason(),
        }
    }
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// A problem that did not stop a file from loading: a JSON line left out,
/// invalid bytes replaced, front matter ignored, a page shown whole.
/// Displays as `path:line: message` (`path: message` without a line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadWarning {
    /// The file as the user named it (`-` for stdin), or the article
    /// (`corpus.jsonl#7`) when the problem is that one article's.
    pub path: String,
    /// The 1-based line of the file the problem is on, when it is one line.
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.path, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// What one file (or stream) yielded: its articles, and the problems that
/// did not stop it loading (each article's own warnings among them).
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub warnings: Vec<LoadWarning>,
}

/// The outcome of loading: the articles, what was skipped, and the
/// warnings of what loaded.
#[derive(Debug, Default)]
pub struct LoadReport {
    pub articles: Vec<Article>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<LoadWarning>,
}

/// Loads every path: files, directory trees, or `-` for stdin.
///
/// A path the user named explicitly that cannot be loaded is an error; a file
/// found while walking a directory that cannot be loaded is skipped and
/// recorded. A directory without any article is an error.
pub fn load_paths(paths: &[PathBuf]) -> Result<LoadReport> {
    load_paths_with(paths, &|_, _| {})
}

/// As [`load_paths`], on every core, calling `progress(files_done,
/// files_total)` as directory files load. The order stays by path.
pub fn load_paths_with(
    paths: &[PathBuf],
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<LoadReport> {
    let mut articles = Vec::new();
    let mut report = load_paths_streaming(paths, progress, &mut |batch| articles.extend(batch))?;
    report.articles = articles;
    Ok(report)
}

/// As [`load_paths_with`], handing the articles over as they are ready:
/// `deliver` gets them in path order, a batch at a time (directory files
/// still load on every core). Returns what was skipped and the warnings
/// (its `articles` empty: they were delivered); on an error, the batches
/// already delivered stay delivered.
pub fn load_paths_streaming(
    paths: &[PathBuf],
    progress: &(dyn Fn(usize, usize) + Sync),
    deliver: &mut dyn FnMut(Vec<Article>),
) -> Result<LoadReport> {
    let mut report = LoadReport::default();
    for path in paths {
        if path.as_os_str() == "-" {
            let stdin = std::io::stdin();
            let loaded = load_reader(stdin.lock(), "-")?;
            report.warnings.extend(loaded.warnings);
            deliver(loaded.articles);
            continue;
        }
        let meta = fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            let files = article_files(path, &mut report.skipped);
            let mut found = 0;
            load_many(&files, progress, &mut |run| {
                let mut batch = Vec::new();
                for (i, result) in run {
                    match result {
                        Ok(loaded) => {
                            batch.extend(loaded.articles);
                            report.warnings.extend(loaded.warnings);
                        }
                        Err(e) => report.skipped.push(Skipped::new(&files[i], &e)),
                    }
                }
                if !batch.is_empty() {
                    found += batch.len();
                    deliver(batch);
                }
            });
            if found == 0 {
                return Err(Error::NoArticles { path: path.clone() });
            }
        } else {
            let loaded = load_file(path)?;
            report.warnings.extend(loaded.warnings);
            deliver(loaded.articles);
        }
    }
    Ok(report)
}

/// The results of some files, by index into the file list, in order.
type Run = Vec<(usize, Result<Loaded>)>;

/// Files each worker loads at a time (interleaved between the workers).
const CHUNK: usize = 64;

/// Loads `files` on every core, calling `on_ready` with the results in
/// file order as soon as each next stretch of them is done.
fn load_many(
    files: &[PathBuf],
    progress: &(dyn Fn(usize, usize) + Sync),
    on_ready: &mut dyn FnMut(Run),
) {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8)
        .min(files.len().max(1));
    let done = std::sync::atomic::AtomicUsize::new(0);
    let total = files.len();
    let (tx, rx) = std::sync::mpsc::channel::<(usize, Vec<Result<Loaded>>)>();
    std::thread::scope(|s| {
        for t in 0..threads {
            let done = &done;
            let tx = tx.clone();
            // Interleaved chunks keep the threads' share of big and small
            // files even, and the first files first.
            s.spawn(move || {
                let mut start = t * CHUNK;
                while start < total {
                    let results: Vec<_> = files[start..(start + CHUNK).min(total)]
                        .iter()
                        .map(|f| load_file(f))
                        .collect();
                    let d = done.fetch_add(results.len(), std::sync::atomic::Ordering::Relaxed);
                    progress(d + results.len(), total);
                    // The receiver lives until every worker is done.
                    let _ = tx.send((start, results));
                    start += threads * CHUNK;
                }
            });
        }
        drop(tx);
        let mut waiting = std::collections::BTreeMap::new();
        let mut next = 0;
        // Ends when every worker has finished (or panicked).
        for (start, results) in rx {
            waiting.insert(start, results);
            let mut run = Run::new();
            while let Some(results) = waiting.remove(&next) {
                let n = results.len();
                run.extend((next..next + n).zip(results));
                next += n;
            }
            if !run.is_empty() {
                on_ready(run);
            }
        }
        // A worker that panicked left its chunks out: report those files.
        let mut run = Run::new();
        while next < total {
            let results = waiting.remove(&next).unwrap_or_else(|| {
                files[next..(next + CHUNK).min(total)]
                    .iter()
                    .map(|f| Err(Error::Aborted { path: f.clone() }))
                    .collect()
            });
            let n = results.len();
            run.extend((next..next + n).zip(results));
            next += n;
        }
        if !run.is_empty() {
            on_ready(run);
        }
    });
}

/// Every article file below `dir`, sorted by path. Entries that cannot be
/// read are recorded in `skipped`.
///
/// Each directory's entries are sorted by name and walked depth first,
/// which yields path order without comparing whole paths (sorting 100,000
/// paths component by component cost more than reading the directories).
pub fn article_files(dir: &Path, skipped: &mut Vec<Skipped>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![sorted_entries(dir, skipped).into_iter()];
    while let Some(top) = stack.last_mut() {
        match top.next() {
            None => {
                stack.pop();
            }
            Some((path, true)) => stack.push(sorted_entries(&path, skipped).into_iter()),
            Some((path, false)) => out.push(path),
        }
    }
    out
}

/// The subdirectories (`true`) and article files (`false`) directly in
/// `dir`, by name; hidden entries and other files left out.
fn sorted_entries(dir: &Path, skipped: &mut Vec<Skipped>) -> Vec<(PathBuf, bool)> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            skipped.push(Skipped::new(dir, &Error::io(dir, e)));
            return Vec::new();
        }
    };
    let mut out: Vec<(std::ffi::OsString, PathBuf, bool)> = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        if name.as_encoded_bytes().starts_with(b".") {
            continue;
        }
        let path = entry.path();
        // file_type() does not follow symlinks: symlinked dirs are skipped.
        let Ok(ft) = entry.file_type() else { continue };
        if ft.is_dir() {
            out.push((name, path, true));
        } else if Format::from_path(&path).is_some() {
            let is_regular = if ft.is_symlink() {
                fs::metadata(&path).is_ok_and(|m| m.is_file())
            } else {
                ft.is_file()
            };
            if is_regular {
                out.push((name, path, false));
            }
        }
    }
    out.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    out.into_iter()
        .map(|(_, path, is_dir)| (path, is_dir))
        .collect()
}

/// Loads one file (a JSON Lines file may hold many articles).
pub fn load_file(path: &Path) -> Result<Loaded> {
    let meta = fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(Error::NotAFile {
            path: path.to_path_buf(),
        });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            limit_mb: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    let file = fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let bytes = read_capped(file, path, meta.len())?;
    let display = path.to_string_lossy().into_owned();
    load_bytes(&bytes, Format::from_path(path), Some(path), &display)
}

/// Loads articles from the bytes of one file or stream: decodes them (HTML
/// honours its `<meta charset>`), sniffs the format when `format` is `None`,
/// and parses. Used by [`load_file`], [`load_reader`] and the fuzz targets.
///
/// The warnings are those of the file (a bad JSON line, bytes replaced in
/// a JSON Lines file) followed by each article's own, under its path.
pub fn load_bytes(
    bytes: &[u8],
    format: Option<Format>,
    path: Option<&Path>,
    display: &str,
) -> Result<Loaded> {
    let mut loaded = parse_bytes(bytes, format, path, display)?;
    for a in &loaded.articles {
        loaded
            .warnings
            .extend(a.warnings.iter().map(|message| LoadWarning {
                path: a.display_path.clone(),
                line: None,
                message: message.clone(),
            }));
    }
    Ok(loaded)
}

/// [`load_bytes`] without the articles' own warnings in the file's.
fn parse_bytes(
    bytes: &[u8],
    format: Option<Format>,
    path: Option<&Path>,
    display: &str,
) -> Result<Loaded> {
    let err_path = path.unwrap_or(Path::new(display));
    if format == Some(Format::Html) {
        let has_bom = encoding_rs::Encoding::for_bom(bytes).is_some();
        if !has_bom && looks_binary(bytes) {
            return Err(Error::Binary {
                path: err_path.to_path_buf(),
            });
        }
        let parsed = html::parse_bytes(bytes);
        let owned = path.map(Path::to_path_buf);
        return Ok(Loaded {
            articles: vec![Article::from_parsed(parsed, owned, display.to_string())],
            warnings: Vec::new(),
        });
    }
    let (content, replaced) = decode(bytes, err_path)?;
    let format = format.unwrap_or_else(|| Format::sniff(&content));
    if format == Format::Html {
        // Sniffed HTML: decode again, honouring its <meta charset>.
        return parse_bytes(bytes, Some(Format::Html), path, display);
    }
    let mut loaded = parse_content(&content, format, path, display)?;
    if replaced > 0 {
        let message = format!("{replaced} invalid UTF-8 byte sequences were replaced");
        if format == Format::Jsonl {
            // The file's problem, not each of its articles'.
            loaded.warnings.insert(
                0,
                LoadWarning {
                    path: display.to_string(),
                    line: None,
                    message,
                },
            );
        } else {
            for a in &mut loaded.articles {
                a.warnings.push(message.clone());
            }
        }
    }
    Ok(loaded)
}

/// Loads articles from a reader (stdin), sniffing the format.
pub fn load_reader(reader: impl Read, name: &str) -> Result<Loaded> {
    let path = Path::new(name);
    let bytes = read_capped(reader, path, 0)?;
    load_bytes(&bytes, None, None, name)
}

fn parse_content(
    content: &str,
    format: Format,
    path: Option<&Path>,
    display: &str,
) -> Result<Loaded> {
    let owned = path.map(Path::to_path_buf);
    let one = |parsed: Parsed| Loaded {
        articles: vec![Article::from_parsed(
            parsed,
            owned.clone(),
            display.to_string(),
        )],
        warnings: Vec::new(),
    };
    Ok(match format {
        Format::Text => one(text::parse(content.to_string())),
        Format::Markdown => one(markdown::parse(content)),
        Format::Html => one(html::parse(content)),
        Format::Jsonl => {
            let mut loaded = Loaded::default();
            for (line, res) in jsonl::parse(content) {
                match res {
                    Ok(parsed) => {
                        let mut a = Article::from_parsed(
                            parsed,
                            owned.clone(),
                            format!("{display}#{line}"),
                        );
                        if a.meta.url.is_none() {
                            a.id = format!("{}#{line}", a.id);
                        }
                        loaded.articles.push(a);
                    }
                    Err(message) => loaded.warnings.push(LoadWarning {
                        path: display.to_string(),
                        line: Some(line),
                        message,
                    }),
                }
            }
            if loaded.articles.is_empty() {
                return Err(no_jsonl_article(display, loaded.warnings));
            }
            loaded
        }
    })
}

/// The error of a JSON Lines file without one good line: its first bad
/// line, and how many more there are.
fn no_jsonl_article(display: &str, bad: Vec<LoadWarning>) -> Error {
    let path = PathBuf::from(display);
    let more = bad.len().saturating_sub(1);
    match bad.into_iter().next() {
        None => Error::NoArticles { path },
        Some(first) => Error::Parse {
            path,
            line: first.line,
            message: match more {
                0 => first.message,
                1 => format!("{} (and 1 more bad line)", first.message),
                n => format!("{} (and {n} more bad lines)", first.message),
            },
        },
    }
}

/// Reads at most [`MAX_FILE_BYTES`] (more is an error). `expected` (the
/// file's size, 0 when unknown) sizes the buffer up front: without it
/// `read_to_end` behind `take` starts with tiny probing reads, eight
/// system calls for a 5 KB article instead of two.
fn read_capped(reader: impl Read, path: &Path, expected: u64) -> Result<Vec<u8>> {
    let expected = usize::try_from(expected.min(MAX_FILE_BYTES)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(expected.saturating_add(64));
    reader
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            limit_mb: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    Ok(bytes)
}

/// Decodes bytes to text: UTF-8 (BOM stripped), UTF-16 with a BOM, or lossy
/// UTF-8 with the count of replaced sequences. Binary content is refused.
pub fn decode(bytes: &[u8], path: &Path) -> Result<(String, usize)> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Ok((decode_utf16(rest, u16::from_le_bytes), 0));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Ok((decode_utf16(rest, u16::from_be_bytes), 0));
    }
    if looks_binary(bytes) {
        return Err(Error::Binary {
            path: path.to_path_buf(),
        });
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), 0)),
        Err(_) => {
            let s = String::from_utf8_lossy(bytes).into_owned();
            let replaced = s.matches('\u{FFFD}').count();
            Ok((s, replaced))
        }
    }
}

fn decode_utf16(bytes: &[u8], f: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| f([c[0], c[1]]));
    char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// A NUL byte in the first KiB, or a known binary signature.
pub fn looks_binary(bytes: &[u8]) -> bool {
    const MAGIC: &[&[u8]] = &[
        b"\x89PNG",
        b"\x7fELF",
        b"%PDF",
        b"PK\x03\x04",
        b"\xff\xd8\xff",
        b"GIF8",
        b"\x1f\x8b",
    ];
    MAGIC.iter().any(|m| bytes.starts_with(m)) || bytes.iter().take(1024).any(|&b| b == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_walk_order_is_the_order_of_sorted_paths() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        for d in ["a", "a-b", "a/b", "A", "z", "é"] {
            fs::create_dir_all(root.join(d)).expect("mkdir");
        }
        let files = [
            "a.txt",
            "a-b.txt",
            "a/b.txt",
            "a/b/c.md",
            "a/a.txt",
            "a-b/x.txt",
            "A/1.txt",
            "z/0.txt",
            "é/e.txt",
            "Z.txt",
            "a0.txt",
            "a/b0.txt",
        ];
        for f in files {
            fs::write(root.join(f), "Title\nBody.").expect("write");
        }
        let mut expected: Vec<PathBuf> = files.iter().map(|f| root.join(f)).collect();
        expected.sort();
        assert_eq!(article_files(root, &mut Vec::new()), expected);
    }

    #[test]
    fn walks_directories_in_sorted_order_skipping_hidden() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        fs::create_dir_all(root.join("b/c")).expect("mkdir");
        fs::create_dir_all(root.join(".hidden")).expect("mkdir");
        for (p, t) in [
            ("b/c/z.txt", "Z title\nBody."),
            ("a.txt", "A title\nBody."),
            ("b/m.txt", "M title\nBody."),
            (".hidden/x.txt", "hidden"),
            ("notes.pdf", "not an article"),
            (".dot.txt", "hidden file"),
        ] {
            fs::write(root.join(p), t).expect("write");
        }
        let report = load_paths(&[root.to_path_buf()]).expect("load");
        let titles: Vec<_> = report.articles.iter().map(|a| a.title.as_str()).collect();
        // Sorted by path, component by component: b/c/z.txt before b/m.txt.
        assert_eq!(titles, vec!["A title", "Z title", "M title"]);
    }

    #[test]
    fn binary_files_are_refused_and_skipped_in_dirs() {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::write(dir.path().join("a.txt"), b"\x89PNG\r\n\x1a\n").expect("write");
        fs::write(dir.path().join("b.txt"), "Fine\nText.").expect("write");
        let err = load_file(&dir.path().join("a.txt")).expect_err("binary");
        assert!(matches!(err, Error::Binary { .. }));
        let report = load_paths(&[dir.path().to_path_buf()]).expect("load");
        assert_eq!(report.articles.len(), 1);
        assert_eq!(report.skipped.len(), 1);
    }

    #[test]
    fn missing_file_names_the_path() {
        let err = load_paths(&[PathBuf::from("/nonexistent/x.txt")]).expect_err("missing");
        assert!(err.to_string().contains("/nonexistent/x.txt"));
    }

    #[test]
    fn empty_directory_is_an_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let err = load_paths(&[dir.path().to_path_buf()]).expect_err("empty");
        assert!(matches!(err, Error::NoArticles { .. }));
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_with_a_count() {
        let (s, n) = decode(b"ab\xffcd\xfe", Path::new("x")).expect("decode");
        assert_eq!(s, "ab\u{FFFD}cd\u{FFFD}");
        assert_eq!(n, 2);
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Hi there".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(
            decode(&bytes, Path::new("x")).expect("decode").0,
            "Hi there"
        );
    }

    #[test]
    fn stdin_reader_loads_text() {
        let arts = load_reader("Title line\nBody.".as_bytes(), "-")
            .expect("load")
            .articles;
        assert_eq!(arts[0].title, "Title line");
        assert_eq!(arts[0].display_path, "-");
    }

    #[test]
    fn stdin_articles_are_told_apart_by_title_for_their_notes() {
        let id = |text: &str| {
            load_reader(text.as_bytes(), "-").expect("load").articles[0]
                .id
                .clone()
        };
        assert_eq!(id("Ferry talks\nBody."), "stdin:Ferry talks");
        assert_ne!(id("Ferry talks\nBody."), id("Budget vote\nBody."));
        // Edited and piped again: same title, same notes.
        assert_eq!(id("Ferry talks\nBody."), id("Ferry talks\nBody, edited."));
    }

    #[test]
    fn toml_front_matter_on_stdin_is_markdown() {
        let md = "+++\ntitle = \"Quay Vote\"\nauthor = \"Ilse Brandt\"\n+++\n\n# Heading\n\nThe *quay* vote.\n";
        assert_eq!(Format::sniff(md), Format::Markdown);
        assert_eq!(Format::sniff(&md.replace('\n', "\r\n")), Format::Markdown);
        assert_eq!(
            Format::sniff("---\r\ntitle: X\r\n---\r\n"),
            Format::Markdown
        );
        assert_eq!(Format::sniff("+++ not front matter"), Format::Text);
        let a = load_reader(md.as_bytes(), "-")
            .expect("load")
            .articles
            .remove(0);
        assert_eq!(a.title, "Quay Vote");
        assert_eq!(a.meta.author.as_deref(), Some("Ilse Brandt"));
        assert!(!a.text.contains("+++"), "{}", a.text);
    }

    #[test]
    fn bad_json_lines_are_warnings_of_the_file_with_their_line() {
        let src = "{\"title\":\"One\",\"text\":\"Body.\"}\nnot json\n\n{\"title\":\"No body\"}\n";
        let loaded =
            load_bytes(src.as_bytes(), Some(Format::Jsonl), None, "news.jsonl").expect("load");
        assert_eq!(loaded.articles.len(), 1);
        assert!(loaded.articles[0].warnings.is_empty());
        let shown: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(shown[0].starts_with("news.jsonl:2: expected"), "{shown:?}");
        assert_eq!(
            shown[1],
            "news.jsonl:4: no \"text\", \"body\" or \"content\" field"
        );
    }

    #[test]
    fn a_json_lines_file_without_a_good_line_names_it_once() {
        let err = load_bytes(b"nope\n[1]\n", Some(Format::Jsonl), None, "bad.jsonl")
            .expect_err("no article");
        let msg = err.to_string();
        assert!(msg.starts_with("bad.jsonl:1: expected"), "{msg}");
        assert_eq!(msg.matches("bad.jsonl").count(), 1, "{msg}");
        assert!(msg.ends_with("(and 1 more bad line)"), "{msg}");
        assert!(err.reason().starts_with("line 1: expected"), "{err:?}");
        let err =
            load_bytes(b"\n \n", Some(Format::Jsonl), None, "blank.jsonl").expect_err("no article");
        assert_eq!(err.to_string(), "blank.jsonl: no articles found");
    }

    #[test]
    fn replaced_bytes_warn_once_per_file_and_articles_warn_under_their_path() {
        let jsonl = b"{\"text\":\"a\xffb\"}\n{\"text\":\"c\xfed\"}\n";
        let loaded = load_bytes(jsonl, Some(Format::Jsonl), None, "x.jsonl").expect("load");
        assert_eq!(loaded.articles.len(), 2);
        let shown: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            ["x.jsonl: 2 invalid UTF-8 byte sequences were replaced"]
        );
        let loaded = load_bytes(b"Title\n\nBad \xff byte.", None, None, "t.txt").expect("load");
        assert_eq!(loaded.articles[0].warnings.len(), 1);
        let shown: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            ["t.txt: 1 invalid UTF-8 byte sequences were replaced"]
        );
    }

    #[test]
    fn skipped_files_show_their_path_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::write(dir.path().join("a.txt"), b"\x89PNG\r\n\x1a\n").expect("write");
        fs::write(dir.path().join("b.jsonl"), "not json\n").expect("write");
        fs::write(dir.path().join("c.txt"), "Fine\nText.").expect("write");
        let report = load_paths(&[dir.path().to_path_buf()]).expect("load");
        let shown: Vec<String> = report.skipped.iter().map(ToString::to_string).collect();
        let root = dir.path().display();
        assert_eq!(
            shown,
            [
                format!("{root}/a.txt: not a text article (binary file)"),
                format!("{root}/b.jsonl: line 1: expected ident (column 2)"),
            ]
        );
    }
}
