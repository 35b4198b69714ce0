//! The annotation store: one JSON file per article under
//! `<data>/annotations/`, and [`ArticleNotes`], the handle through which the
//! UI and the CLI read and change one article's notes.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use serde_json::Map;
use sha2::{Digest, Sha256};

use super::anchor::{Anchor, Resolver, selectors, text_hash};
use super::file::{later_than, merge, now, parse};
use super::model::{Annotation, FORMAT_VERSION, NotesFile, Target};
use crate::core::article::Article;
use crate::core::durable::{FileLock, read_optional, write_atomic};
use crate::core::{Error, Result};

/// The annotations directory of a data dir.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    /// Headers of all store files (to re-attach moved articles), rebuilt
    /// when the directory changes.
    index: Arc<Mutex<Option<HeaderIndex>>>,
}

/// The store directory's modification time and the headers read then.
#[derive(Debug)]
struct HeaderIndex {
    mtime: Option<SystemTime>,
    headers: Arc<Vec<Header>>,
}

/// What re-attaching needs of one store file.
#[derive(Debug)]
struct Header {
    file: PathBuf,
    article_id: String,
    title: String,
    text_hash: String,
    article_path: Option<String>,
}

/// One store file found on disk, parsed or not.
#[derive(Debug)]
pub struct StoredFile {
    pub path: PathBuf,
    pub content: Result<NotesFile>,
}

impl Store {
    /// The store under `data_dir` (`<data_dir>/annotations`); nothing is
    /// created until the first save.
    pub fn new(data_dir: &Path) -> Store {
        Store {
            dir: data_dir.join("annotations"),
            index: Arc::default(),
        }
    }

    /// The annotations directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file holding the notes of `article_id` (a hash of the id).
    pub fn file_for(&self, article_id: &str) -> PathBuf {
        let digest = Sha256::digest(article_id.as_bytes());
        let name: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("{name}.json"))
    }

    /// Every store file, sorted by path (unparsable ones carry their error).
    pub fn list(&self) -> Result<Vec<StoredFile>> {
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Error::io(&self.dir, e)),
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| is_store_file(p))
            .collect();
        paths.sort();
        Ok(paths
            .into_iter()
            .map(|path| {
                let content = read_file(&path).and_then(|f| {
                    f.ok_or_else(|| Error::Other(format!("{}: vanished", path.display())))
                });
                StoredFile { path, content }
            })
            .collect())
    }

    /// Opens the notes of `article`. Never fails: a store file that cannot be
    /// read makes the notes read-only, with the reason
    /// ([`ArticleNotes::read_only`]). When the article has no file but a
    /// file of a moved article matches its text hash or title, that file's
    /// notes are re-attached (and moved to the new file on the next save).
    pub fn open(&self, article: &Article) -> ArticleNotes {
        let file = self.file_for(&article.id);
        let mut notes = ArticleNotes {
            file: file.clone(),
            header: NotesFile {
                version: FORMAT_VERSION,
                article_id: article.id.clone(),
                title: article.title.clone(),
                path: article.path.as_ref().map(|p| {
                    std::fs::canonicalize(p)
                        .unwrap_or_else(|_| p.clone())
                        .to_string_lossy()
                        .into_owned()
                }),
                text_hash: text_hash(&article.text),
                annotations: Vec::new(),
                extra: Map::new(),
            },
            text: article.text.clone(),
            anchors: Vec::new(),
            resolved: HashMap::new(),
            pending: BTreeSet::new(),
            read_only: None,
            reattached_from: None,
        };
        match read_file(&file) {
            Ok(Some(f)) => notes.adopt(f),
            Ok(None) => {
                if let Some((old, f)) = self.find_moved(&notes.header) {
                    notes.reattached_from = Some(old);
                    notes.adopt(f);
                }
            }
            Err(e) => {
                notes.read_only = Some(e.to_string());
                // A newer version's notes are shown (read-only), not hidden.
                if let Some(f) = read_optional(&file)
                    .ok()
                    .flatten()
                    .and_then(|b| super::file::salvage_newer(&b))
                {
                    notes.adopt(f);
                }
            }
        }
        notes.resolve_all();
        notes
    }

    /// A file whose article no longer exists and whose text hash or title
    /// matches, if exactly one does.
    fn find_moved(&self, header: &NotesFile) -> Option<(PathBuf, NotesFile)> {
        let headers = self.headers();
        let pick = |pred: &dyn Fn(&Header) -> bool| {
            let mut hits = headers.iter().filter(|h| {
                h.article_id != header.article_id
                    && pred(h)
                    && h.article_path
                        .as_ref()
                        .is_some_and(|p| !Path::new(p).exists())
            });
            let first = hits.next();
            if hits.next().is_some() { None } else { first }
        };
        let found = pick(&|h| h.text_hash == header.text_hash)
            .or_else(|| pick(&|h| !header.title.trim().is_empty() && h.title == header.title))?;
        let f = read_file(&found.file).ok()??;
        Some((found.file.clone(), f))
    }

    /// The headers of every store file, re-read when the directory changed.
    fn headers(&self) -> Arc<Vec<Header>> {
        let mtime = std::fs::metadata(&self.dir).and_then(|m| m.modified()).ok();
        let mut guard = match self.index.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let Some(idx) = guard.as_ref()
            && idx.mtime.is_some()
            && idx.mtime == mtime
        {
            return Arc::clone(&idx.headers);
        }
        let headers: Arc<Vec<Header>> = Arc::new(
            self.list()
                .unwrap_or_default()
                .into_iter()
                .filter_map(|s| {
                    let f = s.content.ok()?;
                    Some(Header {
                        file: s.path,
                        article_id: f.article_id,
                        title: f.title,
                        text_hash: f.text_hash,
                        article_path: f.path,
                    })
                })
                .collect(),
        );
        *guard = Some(HeaderIndex {
            mtime,
            headers: Arc::clone(&headers),
        });
        headers
    }
}

fn is_store_file(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.ends_with(".json") && !name.starts_with('.')
}

/// Reads and parses one store file; `Ok(None)` when it does not exist.
fn read_file(path: &Path) -> Result<Option<NotesFile>> {
    match std::fs::metadata(path) {
        Ok(m) if m.len() > super::file::MAX_STORE_BYTES => {
            return Err(Error::TooLarge {
                path: path.to_path_buf(),
                limit_mb: super::file::MAX_STORE_BYTES / (1024 * 1024),
            });
        }
        _ => {}
    }
    read_optional(path)?.map(|b| parse(path, &b)).transpose()
}

/// One live annotation with where it currently sits.
#[derive(Debug, Clone, Copy)]
pub struct Note<'a> {
    pub annotation: &'a Annotation,
    pub anchor: &'a Anchor,
}

/// The notes of one article: read them, change them, save them.
///
/// Every change (`add`, `edit`, `delete`, `reattach`) is applied in memory
/// first, then saved; `Ok` means it is on disk. On `Err` the change stays in
/// memory, counted by [`ArticleNotes::pending`], and [`ArticleNotes::flush`]
/// retries it.
#[derive(Debug)]
pub struct ArticleNotes {
    file: PathBuf,
    header: NotesFile,
    text: String,
    /// Parallel to `header.annotations`.
    anchors: Vec<Anchor>,
    /// Per id: the target last resolved and its anchor.
    resolved: HashMap<String, (Target, Anchor)>,
    pending: BTreeSet<String>,
    read_only: Option<String>,
    reattached_from: Option<PathBuf>,
}

impl ArticleNotes {
    fn adopt(&mut self, f: NotesFile) {
        self.header.annotations = f.annotations;
        self.header.extra = f.extra;
    }

    /// Re-anchors every record; a record whose target is unchanged since it
    /// was last resolved keeps its anchor (saves do not re-run matching).
    fn resolve_all(&mut self) {
        let mut resolver: Option<Resolver<'_>> = None;
        let mut anchors = Vec::with_capacity(self.header.annotations.len());
        for a in &self.header.annotations {
            let anchor = match self.resolved.get(&a.id) {
                Some((t, an)) if *t == a.target => an.clone(),
                _ => resolver
                    .get_or_insert_with(|| Resolver::new(&self.text))
                    .resolve(&a.target),
            };
            anchors.push(anchor);
        }
        self.resolved = self
            .header
            .annotations
            .iter()
            .zip(&anchors)
            .map(|(a, an)| (a.id.clone(), (a.target.clone(), an.clone())))
            .collect();
        self.anchors = anchors;
    }

    fn remember(&mut self, id: &str, target: &Target, range: Range<usize>) {
        let anchor = Anchor {
            status: super::anchor::Status::Anchored,
            range: Some(range),
        };
        self.resolved
            .insert(id.to_string(), (target.clone(), anchor));
    }

    /// The store file of this article.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Why the notes cannot be changed (the file's path, line and problem),
    /// or `None` when they can.
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// The file these notes were re-attached from (a moved article), until
    /// the next save moves them.
    pub fn reattached_from(&self) -> Option<&Path> {
        self.reattached_from.as_deref()
    }

    /// Changes not yet on disk.
    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    /// The changed records not yet on disk (for a last-resort copy when
    /// they cannot be saved).
    pub fn pending_records(&self) -> Vec<&Annotation> {
        self.header
            .annotations
            .iter()
            .filter(|a| self.pending.contains(&a.id))
            .collect()
    }

    /// Live notes: anchored ones in text order, then orphans.
    pub fn notes(&self) -> Vec<Note<'_>> {
        let mut v: Vec<Note<'_>> = self
            .header
            .annotations
            .iter()
            .zip(&self.anchors)
            .filter(|(a, _)| !a.deleted)
            .map(|(annotation, anchor)| Note { annotation, anchor })
            .collect();
        v.sort_by_key(|n| {
            n.anchor
                .range
                .as_ref()
                .map_or((1, 0, 0), |r| (0, r.start, r.end))
        });
        v
    }

    /// One live note by id.
    pub fn get(&self, id: &str) -> Option<Note<'_>> {
        self.notes().into_iter().find(|n| n.annotation.id == id)
    }

    /// Live notes whose anchor overlaps `range` (e.g. the visible lines).
    pub fn in_range(&self, range: Range<usize>) -> Vec<Note<'_>> {
        self.notes()
            .into_iter()
            .filter(|n| {
                n.anchor
                    .range
                    .as_ref()
                    .is_some_and(|r| r.start < range.end && range.start < r.end)
            })
            .collect()
    }

    /// Annotates `range` of the article's text; returns the new id.
    /// An invalid range or read-only notes change nothing; a failed save
    /// keeps the note pending (see the type's docs) and returns the error.
    pub fn add(&mut self, range: Range<usize>, note: &str, tags: &[String]) -> Result<String> {
        self.writable()?;
        let selector = selectors(&self.text, range.clone())
            .map_err(|m| Error::Other(format!("{}: {m}", self.file.display())))?;
        let stamp = now();
        let id = uuid::Uuid::new_v4().to_string();
        let target = Target {
            source: self.header.article_id.clone(),
            text_hash: self.header.text_hash.clone(),
            selector,
            extra: Map::new(),
        };
        self.remember(&id, &target, range.clone());
        self.header.annotations.push(Annotation {
            id: id.clone(),
            created: stamp.clone(),
            modified: stamp,
            note: note.to_string(),
            tags: tags.to_vec(),
            target,
            deleted: false,
            extra: Map::new(),
        });
        self.anchors.push(Anchor {
            status: super::anchor::Status::Anchored,
            range: Some(range),
        });
        self.pending.insert(id.clone());
        self.flush().map(|()| id)
    }

    /// Replaces the note text and tags of `id`.
    pub fn edit(&mut self, id: &str, note: &str, tags: &[String]) -> Result<()> {
        self.change(id, |a| {
            a.note = note.to_string();
            a.tags = tags.to_vec();
        })
    }

    /// Deletes `id` (kept as a tombstone so other copies do not revive it).
    pub fn delete(&mut self, id: &str) -> Result<()> {
        self.change(id, |a| a.deleted = true)
    }

    /// Re-attaches `id` (typically an orphan) to `range` of the current text.
    pub fn reattach(&mut self, id: &str, range: Range<usize>) -> Result<()> {
        let selector = selectors(&self.text, range.clone())
            .map_err(|m| Error::Other(format!("{}: {m}", self.file.display())))?;
        let hash = self.header.text_hash.clone();
        if let Some(a) = self.header.annotations.iter().find(|a| a.id == id) {
            let mut target = a.target.clone();
            target.selector = selector.clone();
            target.text_hash = hash.clone();
            self.remember(id, &target, range);
        }
        self.change(id, |a| {
            a.target.selector = selector;
            a.target.text_hash = hash;
        })
    }

    /// Re-reads the file and merges in notes saved by other processes
    /// (changes of ours not yet saved are kept).
    pub fn reload(&mut self) -> Result<()> {
        match read_file(&self.file) {
            Ok(Some(d)) => {
                let ours = std::mem::take(&mut self.header.annotations);
                self.header.annotations = merge(d.annotations, &ours);
                self.resolve_all();
                Ok(())
            }
            Ok(None) => Ok(()),
            Err(e) => {
                self.read_only = Some(e.to_string());
                Err(e)
            }
        }
    }

    fn change(&mut self, id: &str, f: impl FnOnce(&mut Annotation)) -> Result<()> {
        self.writable()?;
        if !self.header.annotations.iter().any(|a| a.id == id) {
            self.reload()?;
        }
        let a = self
            .header
            .annotations
            .iter_mut()
            .find(|a| a.id == id && !a.deleted)
            .ok_or_else(|| {
                Error::Other(format!("{}: no note with id {id}", self.file.display()))
            })?;
        f(a);
        a.modified = later_than(&a.modified);
        self.pending.insert(id.to_string());
        self.resolve_all();
        self.flush()
    }

    fn writable(&self) -> Result<()> {
        match &self.read_only {
            Some(why) => Err(Error::Other(format!("notes are read-only: {why}"))),
            None => Ok(()),
        }
    }

    /// Saves pending changes: lock → re-read → merge by id → atomic write.
    /// Notes saved meanwhile by another process are merged in. Returns only
    /// once the file is durable; on error nothing on disk changed and the
    /// changes stay pending.
    pub fn flush(&mut self) -> Result<()> {
        self.writable()?;
        if self.pending.is_empty() && self.reattached_from.is_none() {
            return Ok(());
        }
        let lock = FileLock::acquire(&self.file)?;
        let disk = match read_file(&self.file) {
            Ok(d) => d,
            Err(e) => {
                self.read_only = Some(e.to_string());
                return Err(e);
            }
        };
        let mut out = self.header.clone();
        if let Some(d) = disk {
            out.annotations = merge(d.annotations, &self.header.annotations);
            for (k, v) in d.extra {
                out.extra.entry(k).or_insert(v);
            }
        }
        let bytes = serde_json::to_vec_pretty(&out)
            .map_err(|e| Error::Other(format!("{}: {e}", self.file.display())))?;
        write_atomic(&self.file, &bytes)?;
        drop(lock);
        self.header = out;
        self.pending.clear();
        self.resolve_all();
        if let Some(old) = self.reattached_from.take() {
            let _old_lock = FileLock::acquire(&old)?;
            std::fs::remove_file(&old).map_err(|e| Error::io(&old, e))?;
        }
        Ok(())
    }

    /// The stored form (header and every record, tombstones included).
    pub fn stored(&self) -> &NotesFile {
        &self.header
    }

    /// The article text the anchors refer to.
    pub fn text(&self) -> &str {
        &self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::article::load_reader;

    #[test]
    fn unknown_fields_survive_a_save() {
        let dir = tempfile::tempdir().expect("tmp");
        let text = "Dam Opens\n\nThe new dam opened on Friday.\n";
        let a = load_reader(text.as_bytes(), "dam.txt")
            .expect("load")
            .articles
            .remove(0);
        let store = Store::new(dir.path());
        let file = store.file_for(&a.id);
        std::fs::create_dir_all(store.dir()).expect("mkdir");
        let old = format!(
            r#"{{"version":1,"article_id":{id},"title":"Dam Opens","text_hash":"","sync":{{"rev":7}},
            "annotations":[{{"id":"x","created":"2026-01-01T00:00:00Z","modified":"2026-01-01T00:00:00Z",
            "colour":"green","target":{{"source":{id},"selector":[]}}}}]}}"#,
            id = serde_json::to_string(&a.id).expect("id")
        );
        std::fs::write(&file, old).expect("write");
        let mut notes = store.open(&a);
        let s = a.text.find("dam").expect("q");
        notes.add(s..s + 3, "", &[]).expect("add");
        let v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&file).expect("read")).expect("json");
        assert_eq!(v["sync"]["rev"], 7);
        assert_eq!(v["annotations"][0]["colour"], "green");
        assert_eq!(v["annotations"].as_array().map(Vec::len), Some(2));
    }

    #[test]
    fn add_edit_reattach_and_ranges() {
        let dir = tempfile::tempdir().expect("tmp");
        let text = "Dam Opens\n\nThe new dam opened on Friday. Farmers welcomed the water.\n";
        let a = load_reader(text.as_bytes(), "dam.txt")
            .expect("load")
            .articles
            .remove(0);
        let store = Store::new(dir.path());
        let mut notes = store.open(&a);
        assert_eq!(notes.read_only(), None);
        let s = a.text.find("Farmers").expect("q");
        let id = notes.add(s..s + 7, "who?", &["farm".into()]).expect("add");
        assert!(notes.add(3..3, "", &[]).is_err(), "empty range refused");
        assert_eq!(notes.in_range(0..s).len(), 0);
        assert_eq!(notes.in_range(s..s + 1).len(), 1);
        let t = a.text.find("water").expect("q");
        notes.reattach(&id, t..t + 5).expect("reattach");
        notes.edit(&id, "rain", &[]).expect("edit");
        let again = store.open(&a);
        let n = again.get(&id).expect("note");
        assert_eq!(
            (n.annotation.note.as_str(), n.anchor.range.clone()),
            ("rain", Some(t..t + 5))
        );
        assert_ne!(n.annotation.modified, n.annotation.created);
    }
}
