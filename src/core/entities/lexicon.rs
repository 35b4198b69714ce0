//! The gazetteer plus the hashes of the few words the rules test by name.

use super::gazetteer::{Gazetteer, word_hash};

/// Hashes of individual words the rules look for.
#[derive(Debug)]
pub struct Words {
    pub of: u64,
    pub on: u64,
    pub for_: u64,
    pub and: u64,
    pub the: u64,
    pub a: u64,
    pub an: u64,
    pub at: u64,
    pub in_: u64,
    pub to: u64,
    pub from: u64,
    pub near: u64,
    pub across: u64,
    pub outside: u64,
    pub into: u64,
    pub former: u64,
}

impl Words {
    fn new() -> Self {
        Words {
            of: word_hash("of"),
            on: word_hash("on"),
            for_: word_hash("for"),
            and: word_hash("and"),
            the: word_hash("the"),
            a: word_hash("a"),
            an: word_hash("an"),
            at: word_hash("at"),
            in_: word_hash("in"),
            to: word_hash("to"),
            from: word_hash("from"),
            near: word_hash("near"),
            across: word_hash("across"),
            outside: word_hash("outside"),
            into: word_hash("into"),
            former: word_hash("former"),
        }
    }

    /// Prepositions that put a place after them ("in Moscow").
    pub fn is_place_preposition(&self, h: u64) -> bool {
        h == self.in_
            || h == self.to
            || h == self.from
            || h == self.near
            || h == self.at
            || h == self.across
            || h == self.outside
            || h == self.into
    }

    /// Prepositions after which a lone name is a place, not a person
    /// ("in Harlow", "near Tarvin").
    pub fn is_strong_place_preposition(&self, h: u64) -> bool {
        h == self.in_ || h == self.near || h == self.outside || h == self.across || h == self.into
    }

    /// Words that may join the parts of an organisation name.
    pub fn is_org_connector(&self, h: u64) -> bool {
        h == self.of || h == self.on || h == self.for_ || h == self.and || h == self.the
    }
}

/// Everything the rules look up, loaded once.
#[derive(Debug)]
pub struct Lexicon {
    pub gaz: Gazetteer,
    pub w: Words,
}

impl Lexicon {
    /// Loads the embedded gazetteers.
    pub fn load() -> Self {
        Lexicon {
            gaz: Gazetteer::load(),
            w: Words::new(),
        }
    }
}
