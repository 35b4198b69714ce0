//! The façade the TUI and the CLI call: the loaded articles and what the core
//! knows about them (entities, annotations, search).

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use crate::core::Result;
use crate::core::annotations::{ArticleNotes, Store};
use crate::core::article::{Article, LoadReport, Skipped};
use crate::core::entities::corrections::Correction;
use crate::core::entities::{Corrections, Entity, Extractor};
use crate::core::paths::Paths;
use crate::core::reading_state::ReadingPositions;

/// All loaded articles and their derived data (computed lazily, cached).
#[derive(Debug)]
pub struct Library {
    articles: Vec<Article>,
    entities: Vec<OnceLock<Vec<Entity>>>,
    extractor: Arc<Extractor>,
    corrections: Corrections,
    skipped: Vec<Skipped>,
    /// Where notes and corrections are saved; `None` keeps everything in
    /// memory (tests, benchmarks).
    data_dir: Option<PathBuf>,
    notes: Vec<Option<ArticleNotes>>,
    positions: Option<ReadingPositions>,
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
            articles: report.articles,
            entities: (0..n).map(|_| OnceLock::new()).collect(),
            extractor,
            corrections: Corrections::default(),
            skipped: report.skipped,
            data_dir: None,
            notes: (0..n).map(|_| None).collect(),
            positions: None,
        }
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
        let mut next = self.corrections.clone();
        if let Some(dir) = &self.data_dir {
            next.push(dir, correction)?;
        }
        self.set_corrections(next);
        Ok(())
    }

    /// Undoes the last correction (saved at once); returns it.
    pub fn undo_correction(&mut self) -> Result<Option<Correction>> {
        let mut next = self.corrections.clone();
        let undone = match &self.data_dir {
            Some(dir) => next.undo_last(dir)?,
            None => None,
        };
        self.set_corrections(next);
        Ok(undone)
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

    /// Saves reading positions and retries notes whose save failed.
    pub fn save_state(&mut self) -> Result<()> {
        for notes in self.notes.iter_mut().flatten() {
            if notes.pending() > 0 && notes.read_only().is_none() {
                notes.flush()?;
            }
        }
        if let Some(p) = self.positions.as_mut() {
            p.save()?;
        }
        Ok(())
    }

    /// Replaces the user's corrections; cached entities are recomputed.
    pub fn set_corrections(&mut self, corrections: Corrections) {
        self.corrections = corrections;
        for cell in &mut self.entities {
            cell.take();
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

    /// The entities of one article (extracted on first use, then cached),
    /// with the user's corrections applied.
    pub fn entities(&self, idx: usize) -> &[Entity] {
        match (self.articles.get(idx), self.entities.get(idx)) {
            (Some(article), Some(cell)) => cell.get_or_init(|| {
                let found = self.extractor.extract(&article.text, &article.blocks);
                self.corrections.apply(&article.text, found)
            }),
            _ => &[],
        }
    }
}
