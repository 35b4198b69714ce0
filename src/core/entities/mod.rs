//! Who's who: people, organisations and places found in an article by rules
//! and gazetteers (no model, no network).

mod candidates;
mod classify;
pub mod corrections;
mod document;
mod extract;
mod flagtab;
mod gazetteer;
mod hashtab;
mod lexicon;
mod merge;
#[cfg(test)]
mod robustness_tests;
#[cfg(test)]
mod rules_general_tests;
#[cfg(test)]
mod rules_tests;
mod tokens;

use serde::{Deserialize, Serialize};

pub use corrections::Corrections;
pub use extract::Extractor;

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organisation,
    Place,
}

impl EntityKind {
    /// All kinds, in sidebar order.
    pub const ALL: [EntityKind; 3] = [
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::Place,
    ];

    /// The kind's name as used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Place => "place",
        }
    }

    /// The sidebar section heading.
    pub fn heading(self) -> &'static str {
        match self {
            EntityKind::Person => "PEOPLE",
            EntityKind::Organisation => "ORGANISATIONS",
            EntityKind::Place => "PLACES",
        }
    }
}

/// One mention: a byte range of the canonical text covering the name only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
}

/// One referent of an article, with every mention of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical name: the longest full form in the article.
    pub name: String,
    pub kind: EntityKind,
    /// A title or role met next to the name ("President", "special envoy").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Other forms of the name met in the article ("Trump" for "Donald Trump").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
}

/// Orders entities for display: by kind, then most mentioned first, then name.
pub fn sort_for_display(entities: &mut [Entity]) {
    entities.sort_by(display_order);
}

/// [`sort_for_display`] for entities whose (kind, name) pairs are all
/// distinct, as the extractor makes them: the order is then total, so an
/// unstable sort (no scratch buffer to allocate) gives the same result.
pub(crate) fn sort_distinct_for_display(entities: &mut [Entity]) {
    entities.sort_unstable_by(display_order);
}

/// The display order of two entities.
fn display_order(a: &Entity, b: &Entity) -> std::cmp::Ordering {
    a.kind
        .cmp(&b.kind)
        .then_with(|| b.mentions.len().cmp(&a.mentions.len()))
        .then_with(|| a.name.cmp(&b.name))
}
