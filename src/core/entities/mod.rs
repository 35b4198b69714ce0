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
/// unstable sort gives the same result.
///
/// Sorts packed keys (kind, mention count, first bytes of the name, index)
/// rather than moving whole entities at every step, then puts each entity
/// in place once; only names that share their first bytes are compared in
/// full. `keys` is a buffer.
pub(crate) fn sort_distinct_for_display(entities: &mut [Entity], keys: &mut Vec<u64>) {
    keys.clear();
    keys.extend(entities.iter().enumerate().map(|(i, e)| display_key(e, i)));
    // Too many entities or mentions for the key's fields (never in news).
    if entities.len() > KEY_INDEX_MASK as usize + 1
        || entities.iter().any(|e| e.mentions.len() > KEY_MAX_COUNT)
    {
        entities.sort_unstable_by(display_order);
        return;
    }
    keys.sort_unstable();
    // Runs of one (kind, count, name prefix): ordered by the whole names.
    let mut start = 0;
    while start < keys.len() {
        let group = keys[start] >> KEY_INDEX_BITS;
        let len = keys[start..]
            .iter()
            .take_while(|&&k| k >> KEY_INDEX_BITS == group)
            .count();
        if len > 1 {
            keys[start..start + len].sort_unstable_by(|&a, &b| {
                entities[key_index(a)]
                    .name
                    .cmp(&entities[key_index(b)].name)
            });
        }
        start += len;
    }
    // Position j takes the entity at key_index(keys[j]): each cycle of the
    // permutation is walked once, one swap per position it moves (none
    // for an entity already in place); a position done is marked so.
    for start in 0..keys.len() {
        let mut j = start;
        while keys[j] != KEY_DONE {
            let src = key_index(keys[j]);
            keys[j] = KEY_DONE;
            if src == start {
                break;
            }
            entities.swap(j, src);
            j = src;
        }
    }
}

/// A position of [`sort_distinct_for_display`]'s permutation already
/// filled (no key: no kind has all bits set).
const KEY_DONE: u64 = u64::MAX;

/// Bits of a display key that hold the entity's index.
const KEY_INDEX_BITS: u32 = 16;
/// The index bits of a display key.
const KEY_INDEX_MASK: u64 = (1 << KEY_INDEX_BITS) - 1;
/// Most mentions a display key counts.
const KEY_MAX_COUNT: usize = (1 << 14) - 1;

/// The display key of the entity at `index` (see
/// [`sort_distinct_for_display`]): kind (2 bits), then mention count
/// (descending, 14 bits), then the name's first four bytes, then the index.
fn display_key(e: &Entity, index: usize) -> u64 {
    let mut prefix = [0u8; 4];
    let n = e.name.len().min(4);
    prefix[..n].copy_from_slice(&e.name.as_bytes()[..n]);
    let count = e.mentions.len().min(KEY_MAX_COUNT) as u64;
    (e.kind as u64) << 62
        | (KEY_MAX_COUNT as u64 - count) << 48
        | u64::from(u32::from_be_bytes(prefix)) << KEY_INDEX_BITS
        | (index as u64 & KEY_INDEX_MASK)
}

/// The entity index of a display key.
#[inline]
fn key_index(key: u64) -> usize {
    (key & KEY_INDEX_MASK) as usize
}

/// The display order of two entities.
fn display_order(a: &Entity, b: &Entity) -> std::cmp::Ordering {
    a.kind
        .cmp(&b.kind)
        .then_with(|| b.mentions.len().cmp(&a.mentions.len()))
        .then_with(|| a.name.cmp(&b.name))
}

#[cfg(test)]
mod display_sort_tests {
    use super::*;
    use proptest::prelude::*;

    fn entity(kind: EntityKind, name: &str, mentions: usize) -> Entity {
        Entity {
            name: name.to_string(),
            kind,
            role: None,
            aliases: Vec::new(),
            mentions: vec![Mention { start: 0, end: 1 }; mentions],
        }
    }

    /// The sort by packed keys gives exactly the comparison sort's order.
    fn check(mut entities: Vec<Entity>) {
        let mut expected = entities.clone();
        expected.sort_by(display_order);
        sort_distinct_for_display(&mut entities, &mut Vec::new());
        assert_eq!(entities, expected);
    }

    #[test]
    fn names_sharing_their_first_bytes_are_ordered_in_full() {
        check(vec![
            entity(EntityKind::Place, "Oslo", 2),
            entity(EntityKind::Person, "Anna Berg", 3),
            entity(EntityKind::Person, "Anna", 3),
            entity(EntityKind::Person, "Anna Bell", 3),
            entity(EntityKind::Organisation, "Ålesund FK", 1),
            entity(EntityKind::Person, "Al", 7),
            entity(EntityKind::Person, "", 3),
        ]);
    }

    #[test]
    fn counts_beyond_the_key_fall_back_to_comparisons() {
        check(vec![
            entity(EntityKind::Person, "Ann Lee", KEY_MAX_COUNT + 2),
            entity(EntityKind::Person, "Bo Lind", KEY_MAX_COUNT + 1),
            entity(EntityKind::Place, "Oslo", 1),
        ]);
    }

    proptest! {
        #[test]
        fn packed_keys_order_as_comparisons(
            items in proptest::collection::btree_map(
                (0u8..3, "[AÅB]{0,2}[a b]{0,5}"),
                0usize..6,
                0..40,
            )
            .prop_map(|m| m.into_iter().collect::<Vec<_>>())
            .prop_shuffle(),
        ) {
            let entities: Vec<Entity> = items
                .into_iter()
                .map(|((k, name), n)| entity(EntityKind::ALL[usize::from(k)], &name, n))
                .collect();
            check(entities);
        }
    }
}
