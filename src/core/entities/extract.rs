//! The rule-based extractor: tokens → candidates → classes → entities.

use super::candidates::{self, Cand};
use super::classify::classify;
use super::document::Document;
use super::lexicon::Lexicon;
use super::merge::{self, Found};
use super::{Entity, sort_for_display};
use crate::core::article::Block;

/// Finds entities in text. Build once, share across articles and threads.
#[derive(Debug)]
pub struct Extractor {
    lex: Lexicon,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

impl Extractor {
    /// Builds the extractor with the bundled gazetteers.
    pub fn new() -> Self {
        Extractor {
            lex: Lexicon::load(),
        }
    }

    /// Extracts the entities of one article. `blocks` tells which lines are
    /// titles and headings; it may be empty.
    pub fn extract(&self, text: &str, blocks: &[Block]) -> Vec<Entity> {
        let doc = Document::new(text, blocks, &self.lex);
        let mut cands: Vec<Cand> = Vec::new();
        let mut dropped: Vec<usize> = Vec::new();
        candidates::find(&doc, &self.lex, &mut cands, &mut dropped);
        let found: Vec<Found> = cands
            .into_iter()
            .map(|mut cand| {
                let class = classify(&doc, &self.lex, &mut cand);
                Found { cand, class }
            })
            .collect();
        let mut out = merge::build(&doc, &self.lex, found, &dropped);
        sort_for_display(&mut out);
        out
    }
}
