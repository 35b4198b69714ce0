//! The façade the TUI and the CLI call: the loaded articles and what the core
//! knows about them (entities, annotations, search).

use std::sync::{Arc, OnceLock};

use crate::core::article::{Article, LoadReport, Skipped};
use crate::core::entities::{Corrections, Entity, Extractor};

/// All loaded articles and their derived data (computed lazily, cached).
#[derive(Debug)]
pub struct Library {
    articles: Vec<Article>,
    entities: Vec<OnceLock<Vec<Entity>>>,
    extractor: Arc<Extractor>,
    corrections: Corrections,
    skipped: Vec<Skipped>,
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
        }
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
