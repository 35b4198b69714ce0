//! The façade the TUI and the CLI call: the loaded articles and what the core
//! knows about them (entities, annotations, search).

use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex, OnceLock};

use crate::core::annotations::export::{self, ExportItem};
use crate::core::annotations::{ArticleNotes, Store};
use crate::core::article::{Article, LoadReport, LoadWarning, Skipped};
use crate::core::durable::write_user_file;
use crate::core::entities::corrections::Correction;
use crate::core::entities::{Corrections, Entity, Extractor};
use crate::core::paths::Paths;
use crate::core::reading_state::ReadingPositions;
use crate::core::search::{
    EntityEntry, EntityIndexBuilder, FilterReply, FilterWorker, FuzzyHit, Highlight, Index,
    LibraryFilter, NoteDoc, TitleHighlighter, build_entity_index, title_and_source,
};
use crate::core::{Error, Result};

/// Libraries at least this big are filtered on a worker thread (matching
/// 100,000 titles takes longer than a frame, a few thousand well under 1 ms)
/// and get their people index from the index job only.
const BACKGROUND_FILTER_MIN: usize = 5_000;
/// How long a keystroke waits for the filter worker before the frame is
/// drawn without the new rows (they come on a later tick).
const FILTER_WAIT: std::time::Duration = std::time::Duration::from_millis(5);

/// The answer to a library filter request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TitleFilterAnswer {
    /// The rows, best first.
    Ready(Vec<FuzzyHit>),
    /// Being matched on the worker: see [`Library::poll_title_filter`].
    Pending,
}

/// Entities per article, computed on first use; shared with background work.
type EntityCells = Arc<Vec<OnceLock<Vec<Entity>>>>;

/// The corpus index being built on a worker thread.
#[derive(Debug)]
struct IndexJob {
    done: Arc<AtomicUsize>,
    /// The index, or the message of the panic that stopped the builder.
    result: Receiver<std::result::Result<Index, String>>,
}

/// The people & organisations index made by the index job.
#[derive(Debug, Default)]
enum EntityIndexSlot {
    /// None built (or out of date after a correction).
    #[default]
    None,
    /// Filled by the index job when it ends.
    Building(Arc<Mutex<Option<Vec<EntityEntry>>>>),
    Ready(Arc<Vec<EntityEntry>>),
}

/// Where the corpus index stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexStatus {
    /// Not started.
    Idle,
    /// Being built: articles done so far, of the total.
    Building { done: usize, total: usize },
    /// Ready to search.
    Ready,
}

/// All loaded articles and their derived data (computed lazily, cached).
#[derive(Debug)]
pub struct Library {
    articles: Arc<Vec<Article>>,
    entities: EntityCells,
    extractor: Arc<Extractor>,
    corrections: Arc<Corrections>,
    index: Option<Index>,
    index_job: Option<IndexJob>,
    /// Why the last index build failed (a panic in the worker), if it did.
    index_error: Option<String>,
    /// The fuzzy filter over titles and sources, built on first use.
    title_filter: Option<LibraryFilter>,
    entity_index: EntityIndexSlot,
    /// The same filter on a worker thread, for big libraries.
    filter_worker: Option<FilterWorker>,
    highlighter: TitleHighlighter,
    skipped: Vec<Skipped>,
    warnings: Vec<LoadWarning>,
    /// Where notes and corrections are saved; `None` keeps everything in
    /// memory (tests, benchmarks).
    data_dir: Option<PathBuf>,
    notes: Vec<Option<ArticleNotes>>,
    positions: Option<ReadingPositions>,
    /// Time stamps of the corrections made in this session, oldest first
    /// (what `u` undoes).
    my_corrections: Vec<String>,
    /// More articles are still arriving ([`Library::append`]): indexing waits.
    loading: bool,
}

impl Library {
    /// Wraps the outcome of loading.
    pub fn new(report: LoadReport) -> Self {
        Self::with_extractor(report, Arc::new(Extractor::new()))
    }

    /// Wraps the outcome of loading, sharing an already-built extractor.
    pub fn with_extractor(report: LoadReport, extractor: Arc<Extractor>) -> Self {
        let n = report.articles.len();
        Library {
            articles: Arc::new(report.articles),
            entities: Arc::new((0..n).map(|_| OnceLock::new()).collect()),
            extractor,
            corrections: Arc::new(Corrections::default()),
            index: None,
            index_job: None,
            index_error: None,
            title_filter: None,
            filter_worker: None,
            entity_index: EntityIndexSlot::None,
            highlighter: TitleHighlighter::default(),
            skipped: report.skipped,
            warnings: report.warnings,
            data_dir: None,
            notes: (0..n).map(|_| None).collect(),
            positions: None,
            my_corrections: Vec::new(),
            loading: false,
        }
    }

    /// Marks the library as still loading: [`Library::append`] adds the
    /// articles as they arrive, indexing waits for [`Library::finish_loading`].
    pub fn begin_loading(&mut self) {
        self.loading = true;
    }

    /// True between [`Library::begin_loading`] and [`Library::finish_loading`].
    pub fn is_loading(&self) -> bool {
        self.loading
    }

    /// Makes room for `additional` more articles (the files still to load).
    pub fn reserve(&mut self, additional: usize) {
        if let Some(articles) = Arc::get_mut(&mut self.articles) {
            articles.reserve(additional);
        }
    }

    /// Adds articles after the existing ones (in place while nothing else
    /// holds the list, so a load costs what its articles do). The fuzzy
    /// filter sees them at once.
    pub fn append(&mut self, articles: Vec<Article>) {
        let n = articles.len();
        if n == 0 {
            return;
        }
        if let Some(filter) = self.title_filter.as_mut() {
            filter.extend(articles.iter().map(title_and_source));
        }
        Arc::make_mut(&mut self.articles).extend(articles);
        Arc::make_mut(&mut self.entities).extend((0..n).map(|_| OnceLock::new()));
        self.notes.extend((0..n).map(|_| None));
    }

    /// Ends a load: records what was skipped and the load warnings.
    /// Indexing may start.
    pub fn finish_loading(&mut self, skipped: Vec<Skipped>, warnings: Vec<LoadWarning>) {
        self.loading = false;
        self.skipped.extend(skipped);
        self.warnings.extend(warnings);
    }

    /// Connects the library to the user's files: corrections are loaded from
    /// the data dir, reading positions from the state dir. Returns the
    /// problems met (the library still works, in memory) as messages.
    pub fn attach_storage(&mut self, paths: &Paths) -> Vec<String> {
        let mut problems = Vec::new();
        self.data_dir = Some(paths.data_dir.clone());
        match Corrections::load(&paths.data_dir) {
            Ok(c) => self.set_corrections(c),
            Err(e) => problems.push(format!("corrections not loaded: {e}")),
        }
        self.positions = Some(match ReadingPositions::load(&paths.state_dir) {
            Ok(p) => p,
            Err(e) => {
                problems.push(format!("reading positions not loaded: {e}"));
                ReadingPositions::empty(&paths.state_dir)
            }
        });
        problems
    }

    /// The notes of article `idx`, opened from the store on first use.
    /// `None` without a data dir or for an unknown index.
    pub fn notes_mut(&mut self, idx: usize) -> Option<&mut ArticleNotes> {
        let dir = self.data_dir.as_ref()?;
        let article = self.articles.get(idx)?;
        let slot = self.notes.get_mut(idx)?;
        if slot.is_none() {
            *slot = Some(Store::new(dir).open(article));
        }
        slot.as_mut()
    }

    /// The notes of article `idx` if they were opened.
    pub fn notes(&self, idx: usize) -> Option<&ArticleNotes> {
        self.notes.get(idx)?.as_ref()
    }

    /// Records a correction (saved at once) and re-extracts entities.
    pub fn correct(&mut self, correction: Correction) -> Result<()> {
        let mut next = (*self.corrections).clone();
        if let Some(dir) = &self.data_dir {
            let stamp = next.push(dir, correction)?;
            self.my_corrections.push(stamp);
        }
        self.set_corrections(next);
        Ok(())
    }

    /// Undoes the last correction made here (saved at once), or, when none
    /// was made in this session, the newest on disk; returns it. Another
    /// process's correction made meanwhile is not what `u` undoes.
    pub fn undo_correction(&mut self) -> Result<Option<Correction>> {
        let mut next = (*self.corrections).clone();
        let undone = match &self.data_dir {
            Some(dir) => {
                let mine = self.my_corrections.last().cloned();
                let undone = next.undo(dir, mine.as_deref())?;
                if mine.is_some() {
                    self.my_corrections.pop();
                }
                undone
            }
            None => None,
        };
        self.set_corrections(next);
        Ok(undone)
    }

    /// Fuzzy-filters the library by title and source (skim algorithm),
    /// best first. An empty query gives nothing (show everything).
    pub fn filter_titles(&mut self, query: &str) -> Vec<FuzzyHit> {
        let articles = &self.articles;
        let filter = self
            .title_filter
            .get_or_insert_with(|| LibraryFilter::new(articles.iter().map(title_and_source)));
        if filter.len() < articles.len() {
            filter.extend(articles[filter.len()..].iter().map(title_and_source));
        }
        filter.filter(query)
    }

    /// As [`Library::filter_titles`], but a big library is matched on a
    /// worker thread: the answer is then [`TitleFilterAnswer::Pending`]
    /// unless it came within a few milliseconds.
    pub fn request_title_filter(&mut self, query: &str) -> TitleFilterAnswer {
        if self.articles.len() < BACKGROUND_FILTER_MIN {
            return TitleFilterAnswer::Ready(self.filter_titles(query));
        }
        if self.filter_worker.is_none() {
            self.filter_worker = FilterWorker::spawn().ok();
        }
        let posted = match &mut self.filter_worker {
            Some(worker) => worker.post(query, &self.articles).is_ok(),
            None => false,
        };
        if !posted {
            // No worker thread to be had: match here rather than not at all.
            self.filter_worker = None;
            return TitleFilterAnswer::Ready(self.filter_titles(query));
        }
        match self.poll_title_filter_for(FILTER_WAIT) {
            Some(reply) => TitleFilterAnswer::Ready(reply.hits),
            None => TitleFilterAnswer::Pending,
        }
    }

    /// The rows of the newest filter request, once the worker has them.
    pub fn poll_title_filter(&mut self) -> Option<FilterReply> {
        self.poll_title_filter_for(std::time::Duration::ZERO)
    }

    fn poll_title_filter_for(&mut self, wait: std::time::Duration) -> Option<FilterReply> {
        self.filter_worker.as_mut()?.poll(wait)
    }

    /// True while a filter request is being matched on the worker.
    pub fn title_filter_pending(&self) -> bool {
        self.filter_worker
            .as_ref()
            .is_some_and(FilterWorker::is_pending)
    }

    /// The matched byte offsets of `query` in article `idx`'s title and
    /// source (for highlighting visible rows).
    pub fn title_highlight(&self, idx: usize, query: &str) -> Option<Highlight> {
        let (title, source) = title_and_source(self.articles.get(idx)?);
        Some(self.highlighter.highlight(title, source, query))
    }

    /// Every live note of every loaded article that has notes on disk, for
    /// the all-notes list and `tag:`/`note:` search.
    pub fn all_notes(&mut self) -> Result<Vec<NoteDoc>> {
        let Some(dir) = self.data_dir.clone() else {
            return Ok(Vec::new());
        };
        let files = Store::new(&dir).list()?;
        let ids: std::collections::HashMap<&str, usize> = self
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        let wanted: Vec<usize> = files
            .iter()
            .filter_map(|f| f.content.as_ref().ok())
            .filter_map(|c| ids.get(c.article_id.as_str()).copied())
            .collect();
        let mut out = Vec::new();
        for idx in wanted {
            if let Some(notes) = self.notes_mut(idx) {
                out.extend(notes.notes().into_iter().map(|n| NoteDoc {
                    article_idx: idx,
                    note: n.annotation.note.clone(),
                    tags: n.annotation.tags.clone(),
                    span: n.anchor.range.clone(),
                }));
            }
        }
        Ok(out)
    }

    /// The data directory, when notes are stored.
    pub fn data_dir(&self) -> Option<&std::path::Path> {
        self.data_dir.as_deref()
    }

    /// The remembered reading position (byte offset) of article `idx`.
    pub fn reading_position(&self, idx: usize) -> Option<usize> {
        let id = &self.articles.get(idx)?.id;
        self.positions.as_ref()?.get(id)
    }

    /// Remembers the reading position of article `idx` (saved by
    /// [`Library::save_state`]).
    pub fn set_reading_position(&mut self, idx: usize, offset: usize) {
        if let (Some(a), Some(p)) = (self.articles.get(idx), self.positions.as_mut()) {
            p.set(&a.id, offset);
        }
    }

    /// Writes the live notes of the articles `indices` that have notes to
    /// `path` in `format` (atomically: a complete file or none). An existing
    /// file is only replaced with `overwrite`. Returns the number of notes;
    /// with none, nothing is written.
    pub fn export_notes(
        &mut self,
        indices: &[usize],
        format: export::Format,
        path: &std::path::Path,
        overwrite: bool,
    ) -> Result<usize> {
        let dir = self
            .data_dir
            .clone()
            .ok_or_else(|| Error::Other("notes are not available (no data directory)".into()))?;
        if !overwrite && path.exists() {
            return Err(Error::Other(format!(
                "{}: already exists (add ! to replace it)",
                path.display()
            )));
        }
        let store = Store::new(&dir);
        let mut with_notes = Vec::new();
        for &i in indices {
            let opened = self.notes.get(i).is_some_and(Option::is_some);
            let on_disk = self
                .articles
                .get(i)
                .is_some_and(|a| store.file_for(&a.id).exists());
            if (opened || on_disk) && self.notes_mut(i).is_some_and(|n| !n.notes().is_empty()) {
                with_notes.push(i);
            }
        }
        let items: Vec<ExportItem<'_>> = with_notes
            .iter()
            .filter_map(|&i| {
                let notes = self.notes.get(i)?.as_ref()?;
                Some(ExportItem::new(
                    self.articles.get(i)?,
                    notes,
                    self.entities(i),
                ))
            })
            .collect();
        let count = items.iter().map(|it| it.notes.len()).sum();
        if count == 0 {
            return Ok(0);
        }
        let mut bytes = Vec::new();
        export::write(format, &items, &mut bytes)?;
        write_user_file(path, &bytes)?;
        Ok(count)
    }

    /// Note changes held in memory because their save failed.
    pub fn unsaved_notes(&self) -> usize {
        self.notes.iter().flatten().map(ArticleNotes::pending).sum()
    }

    /// Retries every failed note save; every article is tried, the first
    /// error is returned.
    pub fn flush_notes(&mut self) -> Result<()> {
        let mut first = None;
        for notes in self.notes.iter_mut().flatten() {
            if notes.pending() > 0
                && let Err(e) = notes.flush()
            {
                first.get_or_insert(e);
            }
        }
        first.map_or(Ok(()), Err)
    }

    /// The note changes that are still not on disk, as JSON Lines (one
    /// record per line, with its store file), for a last-resort copy.
    pub fn unsaved_notes_json(&self) -> String {
        let mut out = String::new();
        for notes in self.notes.iter().flatten() {
            for record in notes.pending_records() {
                let line = serde_json::json!({
                    "file": notes.file().to_string_lossy(),
                    "annotation": record,
                });
                // serde_json escapes C0 controls only; C1 ones too, so the
                // copy is safe to print on a terminal.
                for c in line.to_string().chars() {
                    if ('\u{80}'..='\u{9f}').contains(&c) {
                        out.push_str(&format!("\\u{:04x}", c as u32));
                    } else {
                        out.push(c);
                    }
                }
                out.push('\n');
            }
        }
        out
    }

    /// Saves reading positions and retries notes whose save failed. Both
    /// are always attempted; the first error is returned.
    pub fn save_state(&mut self) -> Result<()> {
        let notes = self.flush_notes();
        let positions = match self.positions.as_mut() {
            Some(p) => p.save(),
            None => Ok(()),
        };
        notes.and(positions)
    }

    /// Replaces the user's corrections; cached entities are recomputed.
    pub fn set_corrections(&mut self, corrections: Corrections) {
        self.corrections = Arc::new(corrections);
        // Fresh cells: a background job may still hold the old ones.
        self.entities = Arc::new((0..self.articles.len()).map(|_| OnceLock::new()).collect());
        self.entity_index = EntityIndexSlot::None;
        if self.index.take().is_some() || self.index_job.take().is_some() {
            self.start_indexing();
        }
    }

    /// The user's corrections in force.
    pub fn corrections(&self) -> &Corrections {
        &self.corrections
    }

    /// Number of articles.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    /// True when nothing was loaded.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// All articles, in load order.
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// One article.
    pub fn article(&self, idx: usize) -> Option<&Article> {
        self.articles.get(idx)
    }

    /// Files that were skipped while loading, with the reason.
    pub fn skipped(&self) -> &[Skipped] {
        &self.skipped
    }

    /// Problems met loading files that still loaded: JSON lines left out,
    /// bytes replaced, and each article's own warnings.
    pub fn load_warnings(&self) -> &[LoadWarning] {
        &self.warnings
    }

    /// The entities of one article (extracted on first use, then cached),
    /// with the user's corrections applied.
    pub fn entities(&self, idx: usize) -> &[Entity] {
        entities_of(
            &self.articles,
            &self.entities,
            &self.extractor,
            &self.corrections,
            idx,
        )
    }

    /// Starts building the corpus index (and every article's entities) on a
    /// worker thread; the UI keeps answering meanwhile. No-op when running,
    /// done, or while the library is still loading.
    pub fn start_indexing(&mut self) {
        if self.index.is_some() || self.index_job.is_some() || self.loading {
            return;
        }
        let articles = Arc::clone(&self.articles);
        let cells = Arc::clone(&self.entities);
        let extractor = Arc::clone(&self.extractor);
        let corrections = Arc::clone(&self.corrections);
        let slot = Arc::new(Mutex::new(None));
        self.entity_index = EntityIndexSlot::Building(Arc::clone(&slot));
        self.start_indexing_with(move |done: &AtomicUsize| {
            // Entities already shown are reused; the others are extracted,
            // indexed and dropped, not cached: kept for 100,000 articles
            // they would take twice the memory of the text.
            let people = Mutex::new(EntityIndexBuilder::default());
            let entities = |i: usize| {
                let list = match (articles.get(i), cells.get(i)) {
                    (_, Some(cell)) if cell.get().is_some() => {
                        Cow::Borrowed(cell.get().map_or(&[][..], Vec::as_slice))
                    }
                    (Some(a), _) => Cow::Owned(
                        corrections.apply(&a.text, extractor.extract(&a.text, &a.blocks)),
                    ),
                    _ => Cow::Borrowed(&[][..]),
                };
                if let Ok(mut b) = people.lock() {
                    b.add(i, &list);
                }
                list
            };
            let progress = |d: usize, _total: usize| done.store(d, Ordering::Relaxed);
            let index = Index::build(&articles, entities, &progress);
            if let (Ok(b), Ok(mut slot)) = (people.into_inner(), slot.lock()) {
                *slot = Some(b.finish());
            }
            index
        });
    }

    /// Runs `build` as the index builder on a worker thread (the seam tests
    /// use to inject a failing builder). A panic in it is caught and
    /// reported by [`Library::index_error`]; it never reaches the caller.
    #[doc(hidden)]
    pub fn start_indexing_with(
        &mut self,
        build: impl FnOnce(&AtomicUsize) -> Index + Send + 'static,
    ) {
        let (tx, rx) = channel();
        let done = Arc::new(AtomicUsize::new(0));
        let job_done = Arc::clone(&done);
        let spawned = std::thread::Builder::new()
            .name("newsdesk-index".into())
            .spawn(move || {
                let run = std::panic::AssertUnwindSafe(|| build(&job_done));
                let result = std::panic::catch_unwind(run).map_err(|p| panic_message(&*p));
                // The receiver may be gone (library dropped): nothing to do.
                let _ = tx.send(result);
            });
        if spawned.is_ok() {
            self.index_error = None;
            self.index_job = Some(IndexJob { done, result: rx });
        }
    }

    /// Why the last background index build failed, if it did.
    pub fn index_error(&self) -> Option<&str> {
        self.index_error.as_deref()
    }

    /// Picks up a finished background index; returns the current status.
    pub fn poll_indexing(&mut self) -> IndexStatus {
        if let Some(job) = &self.index_job {
            match job.result.try_recv() {
                Ok(Ok(index)) => {
                    self.index = Some(index);
                    self.index_job = None;
                    if let EntityIndexSlot::Building(slot) = &self.entity_index {
                        let built = slot.lock().ok().and_then(|mut s| s.take());
                        self.entity_index = built.map_or(EntityIndexSlot::None, |e| {
                            EntityIndexSlot::Ready(Arc::new(e))
                        });
                    }
                }
                Ok(Err(why)) => {
                    self.index_error = Some(why);
                    self.index_job = None;
                    self.entity_index = EntityIndexSlot::None;
                }
                Err(TryRecvError::Empty) => {
                    return IndexStatus::Building {
                        done: job.done.load(Ordering::Relaxed),
                        total: self.articles.len(),
                    };
                }
                Err(TryRecvError::Disconnected) => {
                    self.index_error = Some("the index builder stopped".into());
                    self.index_job = None;
                    self.entity_index = EntityIndexSlot::None;
                }
            }
        }
        if self.index.is_some() {
            IndexStatus::Ready
        } else {
            IndexStatus::Idle
        }
    }

    /// The people & organisations index over every article: the one the
    /// index job built when it is ready, otherwise built now from the
    /// entities (fine for a small library; a big one waits for the job).
    /// `None` while a big library's index job still gathers it (extracting
    /// every article here would freeze the interface).
    pub fn entity_index(&self) -> Option<Arc<Vec<EntityEntry>>> {
        match &self.entity_index {
            EntityIndexSlot::Ready(e) => Some(Arc::clone(e)),
            EntityIndexSlot::Building(_) if self.len() >= BACKGROUND_FILTER_MIN => None,
            _ => Some(Arc::new(build_entity_index(self.len(), |i| {
                self.entities(i)
            }))),
        }
    }

    /// The corpus index, once built.
    pub fn index(&self) -> Option<&Index> {
        self.index.as_ref()
    }

    /// The corpus index for changing its notes (`tag:`/`note:` search).
    pub fn index_mut(&mut self) -> Option<&mut Index> {
        self.index.as_mut()
    }
}

/// The text of a caught panic's payload.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// The entities of article `idx`, extracted and corrected on first use.
fn entities_of<'a>(
    articles: &'a [Article],
    cells: &'a [OnceLock<Vec<Entity>>],
    extractor: &Extractor,
    corrections: &Corrections,
    idx: usize,
) -> &'a [Entity] {
    match (articles.get(idx), cells.get(idx)) {
        (Some(article), Some(cell)) => cell.get_or_init(|| {
            let found = extractor.extract(&article.text, &article.blocks);
            corrections.apply(&article.text, found)
        }),
        _ => &[],
    }
}
