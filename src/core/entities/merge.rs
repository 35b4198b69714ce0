//! One entity per referent: classified candidates are grouped by name,
//! short forms joined to the full name ("Trump" → "Donald Trump", "Brookings"
//! → "Brookings Institution", "CFR" → "Council on Foreign Relations"), and
//! known names are then found in headlines and sentence-initial words.

use std::collections::hash_map::Entry;
use std::ops::Range;

use super::candidates::Cand;
use super::classify::{
    Class, after_place_preposition, after_product_noun, is_quoted_name, known_as_before,
};
use super::document::{Document, HashSetU64};
use super::gazetteer::{
    COMMON, COUNTRY, DESIGNATOR, GIVEN, HashMapU64, NATIONALITY, ORG_KW, P_PLACE, PARTICLE, PLACE,
    SURNAME, TEAM, phrase_hash, word_hash,
};
use super::lexicon::{Lexicon, singular_title};
use super::tokens::{Shape, Token};
use super::{Entity, EntityKind, Mention};

/// An entity being built.
#[derive(Debug)]
struct Ent {
    kind: EntityKind,
    /// Token ranges of the first mention of each form met (their text is
    /// built once, in [`finish`]).
    forms: Vec<Range<usize>>,
    /// Phrase hashes of `forms`, in the same order.
    keys: Vec<u64>,
    role: Option<String>,
    mentions: Vec<Mention>,
}

/// The entities of an article, `list[..live]`, followed by emptied ones
/// kept for reuse: they stay in place (an entity is a hundred bytes,
/// moving it in and out of a pool cost more than using it), their vectors
/// keep their buffers.
#[derive(Default)]
struct Ents {
    list: Vec<Ent>,
    live: usize,
}

impl Ents {
    /// A new entity of `kind` (an emptied one reused); its index.
    fn add(&mut self, kind: EntityKind) -> usize {
        match self.list.get_mut(self.live) {
            Some(e) => e.kind = kind,
            None => self.list.push(Ent {
                kind,
                forms: Vec::new(),
                keys: Vec::new(),
                role: None,
                mentions: Vec::new(),
            }),
        }
        self.live += 1;
        self.live - 1
    }

    /// The article's entities.
    fn live(&self) -> &[Ent] {
        &self.list[..self.live]
    }

    /// The article's entities, to change.
    fn live_mut(&mut self) -> &mut [Ent] {
        &mut self.list[..self.live]
    }

    /// Empties every entity for the next article; a big article's
    /// surplus is dropped.
    fn clear(&mut self) {
        for e in self.live_mut() {
            e.clear();
        }
        self.live = 0;
        self.list.truncate(MAX_POOL);
    }
}

/// Most emptied entities kept for reuse.
const MAX_POOL: usize = 1024;
/// Largest mention buffer of a kept entity.
const MAX_POOLED_MENTIONS: usize = 256;

/// A classified candidate.
pub struct Found {
    pub cand: Cand,
    pub class: Class,
    /// Phrase hash of the candidate's words.
    pub key: u64,
}

/// The working buffers of [`build`], kept between articles (allocating
/// them afresh for each short article costs more than using them).
#[derive(Default)]
pub struct Buffers {
    ents: Ents,
    /// Output entities by [`name_key`] ([`finish`]).
    by_name: HashMapU64<usize>,
    /// Indices in `found` of the single words left for step 2 (the
    /// candidates stay where they are: moving them costs more).
    later: Vec<u32>,
    by_key: HashMapU64<usize>,
    index: Index,
    forms: HashMapU64<usize>,
    places: HashMapU64<usize>,
    /// Every mention, packed for sorting ([`drop_overlaps`]).
    mentions: Vec<u128>,
    person_tokens: HashSetU64,
    /// Names of things: storms ("Milton" of "Hurricane Milton") and
    /// products ("the drug Ozempic"), no short form of anyone's.
    things: Vec<u64>,
    /// Towns that name a club in the article ("Frankfurt" of "Eintracht
    /// Frankfurt").
    team_towns: Vec<u64>,
    /// How often each undecided one-word surname occurs.
    surname_counts: HashMapU64<usize>,
    /// Keys of the multi-word tails of longer personal names → the key of
    /// the full name ("López Obrador" → "Andrés Manuel López Obrador").
    tails: HashMapU64<u64>,
    /// Words in brackets after an organisation's name, and the
    /// organisation ([`bracket_aliases`]).
    renamed: Vec<(u64, usize)>,
}

/// Builds the entities of one article.
/// `found` is emptied at the end (its buffer is the caller's to reuse).
pub fn build(
    doc: &Document,
    lex: &Lexicon,
    found: &mut Vec<Found>,
    dropped: &[usize],
    bufs: &mut Buffers,
) -> Vec<Entity> {
    let Buffers {
        ents,
        by_name,
        later,
        by_key,
        index,
        forms,
        places,
        mentions,
        person_tokens,
        things,
        team_towns,
        surname_counts,
        tails,
        renamed,
    } = bufs;
    ents.clear();
    later.clear();
    things.clear();
    team_towns.clear();
    reset_map(by_key, found.len());
    // Words of multi-word person names ("Washington" of "George Washington").
    person_tokens.clear_for(found.len());
    // Tails of longer personal names (see `Buffers::tails`).
    tails.clear();
    // Names of things (see `Buffers::things`).
    for f in found.iter() {
        let r = f.cand.toks.clone();
        match f.class {
            Class::Person if r.len() > 1 => {
                person_tokens.extend(doc.toks[r.clone()].iter().map(|t| t.hash));
                add_person_tails(doc, r, f.key, tails);
            }
            Class::Drop if r.len() > 1 && lex.w.thing_prefixes.contains(doc.toks[r.start].hash) => {
                things.push(doc.toks[r.end - 1].hash);
            }
            Class::Drop
                if r.len() == 1
                    && (after_product_noun(doc, lex, r.start) || is_quoted_name(doc, lex, &r)) =>
            {
                things.push(doc.toks[r.start].hash);
            }
            // "Eintracht Frankfurt": a club named after its town.
            Class::Organisation if r.len() == 2 => {
                let (a, b) = (&doc.toks[r.start], &doc.toks[r.start + 1]);
                if b.flags & PLACE != 0
                    && b.flags & COUNTRY == 0
                    && b.shape == Shape::Cap
                    && a.is_cap()
                    && a.flags & (PLACE | ORG_KW) == 0
                {
                    team_towns.push(b.hash);
                }
            }
            _ => {}
        }
    }
    // 1. Multi-word names (and typed single words) become entities.
    for (n, f) in found.iter_mut().enumerate() {
        let n = n as u32;
        // Every one-word name passes here, typed or not (see `things`).
        if f.cand.toks.len() == 1
            && !things.is_empty()
            && things.contains(&doc.toks[f.cand.toks.start].hash)
        {
            continue;
        }
        let mut kind = match f.class {
            Class::Person => EntityKind::Person,
            Class::Organisation => EntityKind::Organisation,
            Class::Place => EntityKind::Place,
            Class::Unknown => {
                later.push(n);
                continue;
            }
            Class::Drop => continue,
        };
        if f.cand.toks.len() == 1 && kind != EntityKind::Place {
            later.push(n);
            continue;
        }
        if f.cand.toks.len() == 1
            && kind == EntityKind::Place
            && is_person_token(doc, person_tokens, f)
        {
            later.push(n);
            continue;
        }
        // "Frankfurt won the second leg" after "Eintracht Frankfurt": the
        // club, unless a place's preposition says the town.
        if f.cand.toks.len() == 1
            && kind == EntityKind::Place
            && !team_towns.is_empty()
            && is_team_town(doc, lex, team_towns, f.cand.toks.start)
        {
            f.class = Class::Organisation;
            later.push(n);
            continue;
        }
        // "López Obrador" joins "Andrés Manuel López Obrador"; so does
        // "El Amrani", read as a place (as "El Paso"), after "Youssef El
        // Amrani".
        let key = f.key;
        if kind != EntityKind::Organisation
            && let Some(&full) = tails.get(&f.key)
        {
            kind = EntityKind::Person;
            f.class = Class::Person;
            f.key = full;
        }
        add_keyed(doc, ents, by_key, kind, f, key);
    }
    short_org_names_join(doc, lex, ents.live_mut());
    founders_short_form_join(doc, lex, ents.live_mut());
    short_person_names_join(doc, ents.live_mut());
    places_read_as_people_join(ents.live_mut(), by_key);
    // 2. Single words: aliases of a longer name, else entities of their own.
    token_index(doc, lex, ents.live(), index);
    reset_map(surname_counts, later.len());
    for f in later.iter().map(|&n| &found[n as usize]) {
        let t = &doc.toks[f.cand.toks.start];
        if f.class == Class::Unknown && f.cand.toks.len() == 1 && t.flags & SURNAME != 0 {
            *surname_counts.entry(t.hash).or_insert(0) += 1;
        }
    }
    bracket_aliases(doc, lex, ents.live(), found, later, renamed);
    for f in later.iter().map(|&n| &found[n as usize]) {
        let i = f.cand.toks.start;
        let t = &doc.toks[i];
        let bracketed = renamed
            .iter()
            .find(|&&(h, _)| h == t.hash && f.cand.toks.len() == 1)
            .map(|&(_, e)| e);
        let sf = index.get(t.hash);
        let target = match f.class {
            _ if bracketed.is_some() => bracketed,
            Class::Person | Class::Unknown => sf
                .get(PERSON_LAST)
                .or_else(|| sf.get(ORG_PART))
                .or_else(|| sf.get(ORG_KEYWORD).filter(|_| f.cand.the_before))
                // "Mr. Xi" of "Xi Jinping": a family name first; "while
                // Anwar retains" of "Anwar Ibrahim": a word no list knows
                // as a common one, never met in lower case.
                .or_else(|| {
                    sf.get(PERSON_FIRST).filter(|_| {
                        t.flags & GIVEN != 0
                            || f.class == Class::Person
                            || t.flags & COMMON == 0 && !doc.lower.contains(&t.hash)
                    })
                })
                .or_else(|| sf.get(PERSON_INNER)),
            // "the Senate" after "the Tarvinian Senate" is its short form;
            // "Bloomberg" after "Michael Bloomberg" is his.
            Class::Organisation => sf
                .get(PERSON_LAST)
                .filter(|_| t.flags & (GIVEN | SURNAME) != 0)
                .or_else(|| sf.get(ORG_PART))
                .or_else(|| sf.get(ORG_KEYWORD).filter(|_| f.cand.the_before))
                .or_else(|| sf.get(ORG_FIRST)),
            Class::Place => {
                let prev = if i > 0 { doc.toks[i - 1].hash } else { 0 };
                let unlisted = t.flags & PLACE == 0;
                if unlisted && prev == lex.w.to {
                    // "owes everything to Xi" after "Xi Jinping": "to"
                    // before a word no gazetteer places reads as a person
                    // known here.
                    sf.get(PERSON_LAST).or_else(|| sf.get(PERSON_FIRST))
                } else if (unlisted && prev != lex.w.of) || !after_place_preposition(doc, lex, i) {
                    // "confidence in Streeting", "a save from Quispe": after
                    // a place's preposition only a word no gazetteer places
                    // is a surname here (not "the town of Zandvoort").
                    sf.get(PERSON_LAST)
                } else {
                    None
                }
            }
            Class::Drop => None,
        };
        if let Some(e) = target {
            attach(doc, &mut ents.list[e], &f.cand, f.key);
            continue;
        }
        let kind = match f.class {
            Class::Person => EntityKind::Person,
            Class::Organisation => EntityKind::Organisation,
            Class::Place => EntityKind::Place,
            // "the Rhine", "the Camden line": nobody is called "the X".
            Class::Unknown if !f.cand.the_before && unknown_is_person(doc, i, surname_counts) => {
                EntityKind::Person
            }
            // "KESTOWN, Velmaria — … Troops left Kestown": a place already
            // named so.
            Class::Unknown => {
                if let Some(&e) = by_key.get(&(f.key ^ EntityKind::Place as u64)) {
                    attach(doc, &mut ents.list[e], &f.cand, f.key);
                }
                continue;
            }
            _ => continue,
        };
        add(doc, ents, by_key, kind, f);
    }
    found.clear();
    // 3. Known names in headlines and in sentence-initial words.
    find_known(doc, lex, ents, dropped, index, forms);
    lone_names_join_places(ents.live_mut(), places);
    finish(doc, lex, ents, by_name, mentions)
}

/// "Daeyang Heavy" of "Daeyang Heavy Industries Co.", "Pilbara Ridge" of
/// "Pilbara Ridge Minerals": an organisation known by one name of
/// capitalised words is the one whose longer name adds only keywords and
/// company words and designators to it (not "Novo Nordisk" of "Novo
/// Nordisk Foundation", "Bank of America" of "Bank of America
/// Securities", nor a name that is complete with its keyword). Before
/// it, the longer name may add a company form, a keyword or a place:
/// "Sumber Alam" of "PT Sumber Alam", "Isan Phoenix" of "FC Isan
/// Phoenix", "Cordillera Alta" of "Minera Cordillera Alta S.A.".
fn short_org_names_join(doc: &Document, lex: &Lexicon, ents: &mut [Ent]) {
    let toks = &doc.toks;
    let company_tail = |t: &Token| {
        t.is_cap() && (t.flags & DESIGNATOR != 0 || lex.w.company_words.contains(t.hash))
    };
    let lead = |t: &Token| opens_org_name(lex, t) || t.is_cap() && t.flags & ORG_KW != 0;
    // Most articles have no such longer name: then no short one is looked
    // up (a search over all entities for each).
    let any_longer = ents.iter().any(|b| {
        b.kind == EntityKind::Organisation
            && b.forms
                .iter()
                .any(|r| r.len() > 2 && (company_tail(&toks[r.end - 1]) || lead(&toks[r.start])))
    });
    if !any_longer {
        return;
    }
    for a in 0..ents.len() {
        let e = &ents[a];
        if e.forms.len() != 1 || e.mentions.is_empty() {
            continue;
        }
        let short = &toks[e.forms[0].clone()];
        // "Tanjung Harapan said" after "the Tanjung Harapan Group": read
        // as a person only for want of a given name or a role (not "Walt
        // Disney" of "Walt Disney Company").
        let org_like = match e.kind {
            EntityKind::Organisation => true,
            EntityKind::Person => e.role.is_none() && short[0].flags & GIVEN == 0,
            EntityKind::Place => false,
        };
        if !org_like {
            continue;
        }
        let plain = short.len() >= 2
            && short.iter().all(Token::is_cap)
            && !short[..short.len() - 1].iter().any(|t| t.poss)
            && short
                .last()
                .is_some_and(|t| t.flags & (ORG_KW | DESIGNATOR | PLACE) == 0);
        if !plain {
            continue;
        }
        let longer = ents.iter().position(|b| {
            b.kind == EntityKind::Organisation
                && b.forms.iter().any(|r| {
                    let full = &toks[r.clone()];
                    full.len() > short.len()
                        && (0..=full.len() - short.len()).any(|i| {
                            full[..i].iter().all(lead)
                                && full[i..i + short.len()]
                                    .iter()
                                    .zip(short)
                                    .all(|(x, y)| x.hash == y.hash)
                                && full[i + short.len()..].iter().all(company_tail)
                        })
                })
        });
        let Some(b) = longer else {
            continue;
        };
        join_short_form(ents, a, b);
    }
}

/// Does `t` open an organisation's name before its own name: a place
/// ("Zhejiang Tianhe …") or a company form ("PT Sumber Alam")?
fn opens_org_name(lex: &Lexicon, t: &Token) -> bool {
    t.is_cap()
        && (t.flags & (PLACE | DESIGNATOR) != 0 || lex.w.leading_designators.contains(t.hash))
}

/// "the Gates Foundation" after "the Bill and Melinda Gates Foundation":
/// a body named after a couple ("Given and Given Surname … Keyword") is
/// also known by its name without the given names.
fn founders_short_form_join(doc: &Document, lex: &Lexicon, ents: &mut [Ent]) {
    let toks = &doc.toks;
    for b in 0..ents.len() {
        let full = match ents[b].forms.first() {
            Some(r) if ents[b].kind == EntityKind::Organisation && r.len() >= 5 => r.clone(),
            _ => continue,
        };
        if toks[full.start + 1].hash != lex.w.and || toks[full.start].flags & GIVEN == 0 {
            continue;
        }
        let tail = &toks[full.start + 3..full.end];
        let short = ents.iter().position(|a| {
            a.kind == EntityKind::Organisation
                && a.forms.len() == 1
                && !a.mentions.is_empty()
                && toks[a.forms[0].clone()]
                    .iter()
                    .map(|t| t.hash)
                    .eq(tail.iter().map(|t| t.hash))
        });
        if let Some(a) = short {
            join_short_form(ents, a, b);
        }
    }
}

/// "the Brazilian Institute of Environment (Ibama)", "the People's Justice
/// Party (PKR)": one word in brackets right after an organisation's name
/// is another name of it, whatever its letters (an acronym in another
/// language, a short name). Fills `renamed` with the word's hash and the
/// organisation, for every mention of the word. Places are not names of
/// a body ("the University of Kestown (Velmaria)"), nor is what follows
/// a name in capitals ("KESTOWN (AP) —", a dateline).
fn bracket_aliases(
    doc: &Document,
    lex: &Lexicon,
    ents: &[Ent],
    found: &[Found],
    later: &[u32],
    renamed: &mut Vec<(u64, usize)>,
) {
    renamed.clear();
    let toks = &doc.toks;
    for f in later.iter().map(|&n| &found[n as usize]) {
        let i = f.cand.toks.start;
        let bracketed = i >= 2
            && toks[i - 1].shape == Shape::Punct(b'(')
            && toks.get(i + 1).is_some_and(|t| t.shape == Shape::Punct(b')'))
            // "UNITED NATIONS (AP) —": an agency after a dateline (not
            // "Petróleo Brasileiro S.A. (Petrobras)").
            && !(toks[i - 2].shape == Shape::Upper && toks[i - 2].flags & DESIGNATOR == 0);
        let name_end = if bracketed {
            Some(i - 2)
        } else {
            // "the European Border and Coast Guard Agency, known as Frontex",
            // "…, better known as the Hawks": the name ends before the comma.
            known_as_before(doc, lex, i).map(|(comma, _)| comma - 1)
        };
        let Some(name_end) = name_end else {
            continue;
        };
        // Not a company form: "Kgalagadi Empowerment Holdings (Pty) Ltd".
        if f.cand.toks.len() != 1
            || toks[i].flags & (PLACE | DESIGNATOR) != 0
            || renamed.iter().any(|&(h, _)| h == toks[i].hash)
        {
            continue;
        }
        let end = toks[name_end].end();
        let org = ents.iter().position(|e| {
            e.kind == EntityKind::Organisation && e.mentions.iter().any(|m| m.end == end)
        });
        if let Some(e) = org {
            renamed.push((toks[i].hash, e));
        }
    }
}

/// "the Red Sea resort of Marsa Alam … the route to Marsa Alam": a name
/// read as a person's where nothing said so (no role) is the place of
/// the same name that the article names elsewhere, at least as often
/// ("the troops of Dou Jiande" once, among many mentions of the man,
/// does not make him a place).
fn places_read_as_people_join(ents: &mut [Ent], by_key: &HashMapU64<usize>) {
    for a in 0..ents.len() {
        let e = &ents[a];
        if e.kind != EntityKind::Person || e.role.is_some() || e.forms.len() != 1 {
            continue;
        }
        if let Some(&p) = by_key.get(&(e.keys[0] ^ EntityKind::Place as u64))
            && p != a
            && ents[p].kind == EntityKind::Place
            && ents[p].mentions.len() >= e.mentions.len()
        {
            join_short_form(ents, a, p);
        }
    }
}

/// Moves the mentions of `ents[a]`, an entity of one form, to `ents[b]`,
/// with the form and (when `b` has none) the role.
fn join_short_form(ents: &mut [Ent], a: usize, b: usize) {
    let mentions = std::mem::take(&mut ents[a].mentions);
    let (form, key) = (ents[a].forms[0].clone(), ents[a].keys[0]);
    let role = ents[a].role.take();
    let target = &mut ents[b];
    target.mentions.extend(mentions);
    if target.role.is_none() {
        target.role = role;
    }
    if !target.keys.contains(&key) {
        target.keys.push(key);
        target.forms.push(form);
    }
}

/// "Rafael Ochoa" of "Rafael Ochoa de la Garza": a personal name of two
/// words or more is the one that goes on with a particle after it.
fn short_person_names_join(doc: &Document, ents: &mut [Ent]) {
    let toks = &doc.toks;
    // Most articles have no such longer name: then no short one is looked
    // up (a search over all entities for each).
    let particle = |t: &Token| t.shape == Shape::Lower && t.flags & PARTICLE != 0;
    let any_longer = ents.iter().any(|b| {
        b.kind == EntityKind::Person
            && b.forms
                .iter()
                .any(|r| r.len() > 2 && toks[r.start + 2..r.end].iter().any(particle))
    });
    if !any_longer {
        return;
    }
    for a in 0..ents.len() {
        let e = &ents[a];
        if e.kind != EntityKind::Person || e.forms.len() != 1 || e.mentions.is_empty() {
            continue;
        }
        let short = &toks[e.forms[0].clone()];
        if short.len() < 2 || !short.iter().all(|t| t.shape == Shape::Cap) {
            continue;
        }
        let longer = ents.iter().position(|b| {
            b.kind == EntityKind::Person
                && b.forms.iter().any(|r| {
                    let full = &toks[r.clone()];
                    full.len() > short.len() + 1
                        && full.iter().zip(short).all(|(x, y)| x.hash == y.hash)
                        && full[short.len()].shape == Shape::Lower
                        && full[short.len()].flags & PARTICLE != 0
                })
        });
        let Some(b) = longer else {
            continue;
        };
        join_short_form(ents, a, b);
    }
}

/// A lone unknown word is a person when it is a known surname, no common
/// word, never seen in lower case, and met at least twice: one stray
/// "Halvern" is as likely a firm or a town.
fn unknown_is_person(doc: &Document, i: usize, counts: &HashMapU64<usize>) -> bool {
    let t = &doc.toks[i];
    t.shape == Shape::Cap
        && t.flags & (COMMON | PLACE) == 0
        && t.flags & SURNAME != 0
        && !doc.lower.contains(&t.hash)
        && counts.get(&t.hash).is_some_and(|&n| n >= 2)
}

/// Is the one-word place at `i` the town of a club named in the article,
/// written as the club is (no place preposition before it, not in
/// capitals as a dateline is)?
fn is_team_town(doc: &Document, lex: &Lexicon, towns: &[u64], i: usize) -> bool {
    let t = &doc.toks[i];
    t.shape == Shape::Cap && towns.contains(&t.hash) && !after_place_preposition(doc, lex, i)
}

/// Is a one-word place also a part of a person's name in this article
/// ("Washington" next to "George Washington")?
fn is_person_token(doc: &Document, person_tokens: &HashSetU64, f: &Found) -> bool {
    person_tokens.contains(&doc.toks[f.cand.toks.start].hash)
}

// Kinds of short form in `Index`: slots of `Short`.
/// Last words of personal names.
const PERSON_LAST: usize = 0;
/// First words of personal names (not initials).
const PERSON_FIRST: usize = 1;
/// Inner words of personal names of three words or more: "Lula" of
/// "Luiz Inácio Lula da Silva".
const PERSON_INNER: usize = 2;
/// Distinctive words and acronyms of organisation names ("Vela" of "Vela
/// Records").
const ORG_PART: usize = 3;
/// Organisation keywords inside organisation names ("the League").
const ORG_KEYWORD: usize = 4;
/// First words of organisation names, common words too: the short form of
/// a word already known to name an organisation ("Amnesty").
const ORG_FIRST: usize = 5;

/// The entity a word is a short form of, per kind of short form: `n + 1`,
/// 0 for none.
#[derive(Debug, Clone, Copy, Default)]
struct Short([u32; 6]);

impl Short {
    /// The entity of short-form kind `k`, if any.
    #[inline]
    fn get(&self, k: usize) -> Option<usize> {
        self.0[k].checked_sub(1).map(|n| n as usize)
    }
}

/// Single words that may be short forms of the entities' longer names:
/// one table for all kinds, so that a word is looked up once.
#[derive(Default)]
struct Index {
    words: HashMapU64<Short>,
}

impl Index {
    /// Makes `key` a short form of kind `k` of entity `n`, unless an
    /// earlier entity has it.
    fn add(&mut self, key: u64, k: usize, n: usize) {
        let s = &mut self.words.entry(key).or_default().0[k];
        if *s == 0 {
            *s = n as u32 + 1;
        }
    }

    /// The short forms `key` is.
    #[inline]
    fn get(&self, key: u64) -> Short {
        self.words.get(&key).copied().unwrap_or_default()
    }
}

/// Empties `map` for about `n` keys: a map much bigger than that (left by
/// a big article) is replaced, as clearing it would cost more than its use.
/// A short article's map is kept whatever its `n`: replacing it would
/// allocate again for the next article, as often as sizes alternate.
fn reset_map<V>(map: &mut HashMapU64<V>, n: usize) {
    if map.capacity() > 4 * n.max(MIN_KEPT_KEYS) {
        *map = HashMapU64::with_capacity_and_hasher(n, Default::default());
    } else {
        map.clear();
        map.reserve(n);
    }
}

/// Keys a working map keeps room for whatever the article ([`reset_map`]);
/// clearing the control bytes of that room is cheaper than an allocation.
const MIN_KEPT_KEYS: usize = 256;

/// Fills `ix` from the entities' multi-word forms.
fn token_index(doc: &Document, lex: &Lexicon, ents: &[Ent], ix: &mut Index) {
    reset_map(&mut ix.words, ents.len());
    // Reused for the text of each organisation name and its acronym.
    let mut text = String::new();
    let mut acro = String::new();
    // Acronyms of the names without their country or "X of" (see
    // `acronym_body_start`), and their entities.
    let mut inner_acronyms: Vec<(u64, usize)> = Vec::new();
    for (n, e) in ents.iter().enumerate() {
        for r in &e.forms {
            if r.len() < 2 {
                continue;
            }
            let toks = &doc.toks[r.clone()];
            let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
                continue;
            };
            match e.kind {
                EntityKind::Person => {
                    ix.add(last.hash, PERSON_LAST, n);
                    // Not an initial or an abbreviated given name ("Md."
                    // of "Md. Abdul Mia" is not "Baltimore, Md.").
                    if !first.dot {
                        ix.add(first.hash, PERSON_FIRST, n);
                    }
                    for t in toks.iter().take(toks.len() - 1).skip(1) {
                        if t.shape == Shape::Cap && word_flags(lex, t) & PARTICLE == 0 {
                            ix.add(t.hash, PERSON_INNER, n);
                        }
                    }
                }
                EntityKind::Organisation => {
                    let head = head_keyword(lex, toks);
                    // "the Army" of "Army Combat Readiness Center": a
                    // keyword that is not the head names another body.
                    let first_flags = word_flags(lex, first);
                    let other_kw = first_flags & ORG_KW != 0 && head != Some(0);
                    if !other_kw {
                        ix.add(first.hash, ORG_FIRST, n);
                    }
                    // "Vela" of "Vela Records"; not "Air" of "Air Division".
                    if (first_flags & COMMON == 0 || first.shape == Shape::Upper) && !other_kw {
                        ix.add(first.hash, ORG_PART, n);
                    }
                    // "Tianhe" of "Zhejiang Tianhe New Energy Co.", "Sumber"
                    // of "PT Sumber Alam": the first word after a place or a
                    // company form that opens the name.
                    if toks.len() > 2
                        && opens_org_name(lex, first)
                        && toks[1].shape == Shape::Cap
                        && word_flags(lex, &toks[1]) & (COMMON | ORG_KW | DESIGNATOR | PLACE) == 0
                    {
                        ix.add(toks[1].hash, ORG_PART, n);
                    }
                    // "the Falcons" of "Harlow Falcons", "the Warriors" of
                    // "Golden State Warriors" (a common word, but a team's).
                    let last_flags = word_flags(lex, last);
                    if last_flags & (ORG_KW | COMMON) == 0 || last_flags & TEAM != 0 {
                        ix.add(last.hash, ORG_PART, n);
                    }
                    // "the Bank" of "Bank of England", "the Center" of
                    // "Army Combat Readiness Center".
                    if let Some(h) = head {
                        ix.add(toks[h].hash, ORG_KEYWORD, n);
                    }
                    // "the Scouts" of "Bangladesh Scouts": a plural common
                    // word that ends the name, after "the".
                    if last.shape == Shape::Cap
                        && last_flags & COMMON != 0
                        && doc.tok_text_of(last).ends_with('s')
                    {
                        ix.add(last.hash, ORG_KEYWORD, n);
                    }
                    form_acronym(doc, r, &mut text, &mut acro);
                    if acro.len() >= 2 {
                        ix.add(word_hash(&acro), ORG_PART, n);
                    }
                    // "FDA" of "U.S. Food and Drug Administration", "HUD"
                    // of "Department of Housing and Urban Development": the
                    // initials after a country's name or a keyword's "of".
                    if let Some(from) = acronym_body_start(lex, toks)
                        && is_plain_form(doc, r)
                    {
                        acro.clear();
                        plain_acronym(doc, &toks[from..], &mut acro);
                        if acro.len() >= 2 {
                            inner_acronyms.push((word_hash(&acro), n));
                        }
                    }
                    // "BOJ", "DOJ": many acronyms keep the "of".
                    if toks.iter().any(|t| t.hash == lex.w.of) {
                        acro.clear();
                        acro.extend(toks.iter().filter_map(|t| {
                            let c = doc.tok_text_of(t).chars().next()?;
                            if t.hash == lex.w.of {
                                Some('O')
                            } else {
                                c.is_uppercase().then_some(c)
                            }
                        }));
                        if acro.len() >= 3 {
                            ix.add(word_hash(&acro), ORG_PART, n);
                        }
                    }
                }
                EntityKind::Place => {}
            }
        }
    }
    // An inner acronym names its body unless two bodies share it ("NSF"
    // of both "U.S. National Science Foundation" and "Swiss National
    // Science Foundation") or it is already the initials of a whole name.
    inner_acronyms.sort_unstable();
    inner_acronyms.dedup();
    for (i, &(h, n)) in inner_acronyms.iter().enumerate() {
        let shared = |j: usize| inner_acronyms.get(j).is_some_and(|&(o, _)| o == h);
        if !shared(i + 1) && (i == 0 || !shared(i - 1)) {
            ix.add(h, ORG_PART, n);
        }
    }
}

/// The head keyword of an organisation's name: its last keyword before
/// the first "of", "for" or "on" ("Bank" of "Federal Reserve Bank of New
/// York"), else its last keyword ("Center" of "Army Combat Readiness
/// Center", "College" of "Imperial College London").
fn head_keyword(lex: &Lexicon, toks: &[Token]) -> Option<usize> {
    let w = &lex.w;
    let end = toks
        .iter()
        .position(|t| t.hash == w.of || t.hash == w.for_ || t.hash == w.on)
        .unwrap_or(toks.len());
    toks[..end]
        .iter()
        .rposition(|t| word_flags(lex, t) & ORG_KW != 0)
}

/// The gazetteer flags of a token's word: those the tokenizer kept when
/// they are all there (capitalised words), else looked up.
#[inline]
fn word_flags(lex: &Lexicon, t: &Token) -> u32 {
    if t.is_cap() {
        t.flags
    } else {
        lex.gaz.flags(t.hash)
    }
}

/// The initials of the form at `r` into `acro` (`text` is a buffer):
/// "Council on Foreign Relations" → "CFR".
fn form_acronym(doc: &Document, r: &Range<usize>, text: &mut String, acro: &mut String) {
    acro.clear();
    if is_plain_form(doc, r) {
        plain_acronym(doc, &doc.toks[r.clone()], acro);
    } else {
        text.clear();
        form_text(doc, r, text);
        acronym(text, acro);
    }
}

/// Where the initials of an organisation's name may start, past the
/// country before it ("U.S.", "Australian") and its keyword and "of"
/// ("Department of"), when two words or more are left; `None` when the
/// whole name's initials are the only ones.
fn acronym_body_start(lex: &Lexicon, toks: &[Token]) -> Option<usize> {
    let mut from = usize::from(
        toks.first()
            .is_some_and(|t| t.flags & (NATIONALITY | COUNTRY) != 0 || t.dotted),
    );
    if toks.get(from).is_some_and(|t| t.flags & ORG_KW != 0)
        && toks.get(from + 1).is_some_and(|t| t.hash == lex.w.of)
    {
        from += 2;
    }
    (from > 0 && toks.len() >= from + 2).then_some(from)
}

/// [`acronym`] of a plain form (see [`is_plain_form`]), whose words are
/// its tokens: the capital first letters of the tokens, without building
/// its text.
fn plain_acronym(doc: &Document, toks: &[Token], out: &mut String) {
    let bytes = doc.text.as_bytes();
    for t in toks.iter().filter(|t| t.end() > t.start()) {
        match bytes.get(t.start()) {
            // An ASCII first byte is the first letter: no decoding.
            Some(&b) if b.is_ascii() => {
                if b.is_ascii_uppercase() {
                    out.push(char::from(b));
                }
            }
            _ => out.extend(
                doc.tok_text_of(t)
                    .chars()
                    .next()
                    .filter(|c| c.is_uppercase()),
            ),
        }
    }
}

/// Appends the initials of the capitalised words to `out`: "Council on
/// Foreign Relations" → "CFR".
fn acronym(name: &str, out: &mut String) {
    out.extend(
        name.split_whitespace()
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase()),
    );
}

/// Appends the text of the name at token range `r` to `text`: its words
/// joined by single spaces.
fn form_text(doc: &Document, r: &Range<usize>, text: &mut String) {
    let toks = &doc.toks[r.clone()];
    // Words one space apart (most names, every one-word name): the text
    // as written, copied at once, plain form or not (no space to collapse:
    // tokens hold none, a line break's aside).
    if let Some(span) = one_space_apart(doc, toks) {
        text.push_str(doc.text.get(span).unwrap_or(""));
        return;
    }
    let start = text.len();
    if !is_plain_form(doc, r) {
        // `Ann "Bo" Lee`, "Farmers' Union": the text as written, spaces
        // collapsed.
        let raw = doc
            .text
            .get(doc.toks[r.start].start()..doc.toks[r.end - 1].end())
            .unwrap_or("");
        for w in raw.split_whitespace() {
            if text.len() > start {
                text.push(' ');
            }
            text.push_str(w);
        }
        return;
    }
    for i in r.clone() {
        if text.len() > start {
            text.push(' ');
        }
        text.push_str(doc.tok_text(i));
    }
}

/// A form without punctuation or an inner possessive: its text is its
/// tokens joined by single spaces.
fn is_plain_form(doc: &Document, r: &Range<usize>) -> bool {
    let inner = &doc.toks[r.start..r.end - 1];
    !(doc.toks[r.clone()].iter().any(|t| t.punct().is_some()) || inner.iter().any(|t| t.poss))
}

/// Adds a candidate to the entity of its name and kind (a new one if none).
fn add(
    doc: &Document,
    ents: &mut Ents,
    by_key: &mut HashMapU64<usize>,
    kind: EntityKind,
    f: &Found,
) {
    add_keyed(doc, ents, by_key, kind, f, f.key);
}

/// [`add`] to the entity of `f.key`, recording the form under `form_key`.
fn add_keyed(
    doc: &Document,
    ents: &mut Ents,
    by_key: &mut HashMapU64<usize>,
    kind: EntityKind,
    f: &Found,
    form_key: u64,
) {
    let n = *by_key
        .entry(f.key ^ (kind as u64))
        .or_insert_with(|| ents.add(kind));
    attach(doc, &mut ents.list[n], &f.cand, form_key);
}

/// Adds to `tails` the tails of two words or more of a personal name of
/// three words or more at `r` (key `key`); the first name met keeps a tail.
fn add_person_tails(doc: &Document, r: Range<usize>, key: u64, tails: &mut HashMapU64<u64>) {
    for s in r.start + 1..r.end.saturating_sub(1) {
        let h = phrase_hash(doc.toks[s..r.end].iter().map(|t| t.hash));
        tails.entry(h).or_insert(key);
    }
}

impl Ent {
    /// Empties the entity for reuse (see [`Ents`]); the mention buffer
    /// of a big one left by a big article is dropped.
    fn clear(&mut self) {
        self.forms.clear();
        self.keys.clear();
        self.role = None;
        if self.mentions.capacity() > MAX_POOLED_MENTIONS {
            self.mentions = Vec::new();
        } else {
            self.mentions.clear();
        }
    }
}

/// Adds a mention (and a new form, a role) to `e`; `key` is the phrase
/// hash of the candidate's words.
fn attach(doc: &Document, e: &mut Ent, c: &Cand, key: u64) {
    let r = &c.toks;
    match e.keys.iter().position(|&k| k == key) {
        None => {
            e.keys.push(key);
            e.forms.push(r.clone());
        }
        // "Kyiv" names the place better than a dateline's "KYIV" (an
        // organisation keeps its acronym's capitals).
        Some(p) if e.kind != EntityKind::Organisation && in_capitals(doc, &e.forms[p]) => {
            if !in_capitals(doc, r) {
                e.forms[p] = r.clone();
            }
        }
        Some(_) => {}
    }
    // "the ECB's chief economist": a role is a person's.
    if e.kind == EntityKind::Person
        && e.role.is_none()
        && let Some(role) = &c.role
        && let Some(s) = doc.text.get(role.clone())
    {
        // "Prime Minister Sir Keir Starmer": the role is "Prime Minister";
        // a form of address is none.
        let words: Vec<&str> = s.split_whitespace().collect();
        let mut keep = words.len() - words.iter().rev().take_while(|w| is_honorific(w)).count();
        // "Health Minister Dr. Ivo Rask": the role is "Health Minister".
        while keep > 1 && is_academic_title(words[keep - 1]) {
            keep -= 1;
        }
        if keep > 0 {
            // "Justices Ann Lee and Bo Rask": each holds the title.
            let mut role = words[..keep].to_vec();
            if let Some(one) = singular_title(role[keep - 1]) {
                role[keep - 1] = one;
            }
            e.role = Some(role.join(" "));
        }
    }
    e.mentions.push(Mention {
        start: doc.toks[r.start].start(),
        end: doc.toks[r.end - 1].end(),
    });
}

/// Is every word of the form in capitals ("KYIV", "OLENA KOVALENKO")?
fn in_capitals(doc: &Document, r: &Range<usize>) -> bool {
    doc.toks[r.clone()]
        .iter()
        .all(|t| t.shape == Shape::Upper || !t.is_cap())
}

/// Mr., Mrs., Ms., Miss: forms of address, not roles.
fn is_honorific(s: &str) -> bool {
    matches!(
        s.trim_end_matches('.'),
        "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Sir" | "Dame" | "Madame" | "Mme" | "Herr" | "Frau"
    )
}

/// Dr., Prof.: a title of the person, not of the office held.
fn is_academic_title(s: &str) -> bool {
    matches!(s.trim_end_matches('.'), "Dr" | "Prof" | "Professor")
}

/// Finds the known names (and gazetteer places) in headline lines and in
/// sentence-initial words that were set aside.
fn find_known(
    doc: &Document,
    lex: &Lexicon,
    ents: &mut Ents,
    dropped: &[usize],
    index: &Index,
    forms: &mut HashMapU64<usize>,
) {
    let toks = &doc.toks;
    // Most articles have no headline: then only one-word forms are looked
    // up, and none at all without a sentence-initial word set aside.
    let headlines = doc.lines.iter().any(|l| l.headline);
    if !headlines && dropped.is_empty() {
        return;
    }
    // Without a headline only the words set aside are looked up: the
    // filter of their keys spares the map the other forms.
    let wanted = if headlines {
        u64::MAX
    } else {
        dropped
            .iter()
            .fold(0, |m, &i| m | key_bit(phrase_hash([toks[i].hash])))
    };
    let max_len = known_forms(doc, ents.live(), forms, headlines, wanted);
    for &i in dropped {
        let key = phrase_hash([toks[i].hash]);
        if let Some(&e) = forms.get(&key) {
            let c = Cand {
                toks: i..i + 1,
                role: None,
                the_before: false,
                byline: false,
            };
            attach(doc, &mut ents.list[e], &c, key);
        }
    }
    // Places met only in headlines (few: allocated when one is met).
    let mut places = HashMapU64::<usize>::default();
    for line in doc.lines.iter().filter(|l| l.headline) {
        let mut i = line.toks.start;
        while i < line.toks.end {
            if !toks[i].is_cap() {
                i += 1;
                continue;
            }
            let mut hit: Option<(usize, usize, u64)> = None;
            let max = (i + max_len).min(line.toks.end);
            for e in (i + 1..=max).rev() {
                if !toks[e - 1].is_cap() {
                    continue;
                }
                let key = phrase_hash(toks[i..e].iter().map(|t| t.hash));
                if let Some(&n) = forms.get(&key) {
                    hit = Some((e, n, key));
                    break;
                }
            }
            // "Milei Wins Backing From IMF": the acronym (of three letters
            // or more) of an organisation the article names in full.
            if hit.is_none()
                && toks[i].shape == Shape::Upper
                && toks[i].end() - toks[i].start() >= 3
                && let Some(n) = index.get(toks[i].hash).get(ORG_PART)
                && is_acronym_of(doc, &ents.list[n], doc.tok_text(i))
            {
                hit = Some((i + 1, n, phrase_hash([toks[i].hash])));
            }
            if hit.is_none() {
                let h = toks[i].hash;
                let place1 = toks[i].flags & PLACE != 0 && toks[i].flags & COMMON == 0;
                let place2 = i + 2 <= line.toks.end
                    && lex.gaz.phrase(phrase_hash([h, toks[i + 1].hash])) & P_PLACE != 0;
                if place2 || place1 {
                    let e = if place2 { i + 2 } else { i + 1 };
                    let key = phrase_hash(toks[i..e].iter().map(|t| t.hash));
                    let n = *places
                        .entry(key)
                        .or_insert_with(|| ents.add(EntityKind::Place));
                    hit = Some((e, n, key));
                }
            }
            if let Some((e, n, key)) = hit {
                let c = Cand {
                    toks: i..e,
                    role: None,
                    the_before: false,
                    byline: false,
                };
                attach(doc, &mut ents.list[n], &c, key);
                i = e;
            } else {
                i += 1;
            }
        }
    }
}

/// Fills `forms` with every form of every entity (the first entity met
/// keeps a form; without `headlines`, only forms of one-word keys, the
/// only ones looked up then) and gives the longest form's length in
/// tokens. Forms whose [`key_bit`] is not in `wanted` are left out (no
/// key looked up has it).
/// A person's surname stands for them too, in a headline ("Macron and
/// Scholz Push …") or opening a sentence, though the article never writes
/// it alone elsewhere, unless it is also a word ("Young").
fn known_forms(
    doc: &Document,
    ents: &[Ent],
    forms: &mut HashMapU64<usize>,
    headlines: bool,
    wanted: u64,
) -> usize {
    reset_map(forms, ents.len());
    let mut max_len = 1;
    for (n, e) in ents.iter().enumerate() {
        for (r, &key) in e.forms.iter().zip(&e.keys) {
            // A one-word key is its first word's (an organisation's key
            // drops the designators after it: "Vela" of "Vela Ltd").
            if wanted & key_bit(key) != 0
                && (headlines || key == phrase_hash([doc.toks[r.start].hash]))
            {
                forms.entry(key).or_insert(n);
            }
            max_len = max_len.max(r.len());
        }
    }
    for (n, e) in ents.iter().enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        for r in e.forms.iter().filter(|r| r.len() > 1) {
            let last = &doc.toks[r.end - 1];
            if last.shape == Shape::Cap && last.flags & (COMMON | GIVEN | PLACE) == 0 {
                let key = phrase_hash([last.hash]);
                if wanted & key_bit(key) != 0 {
                    forms.entry(key).or_insert(n);
                }
            }
        }
    }
    max_len
}

/// A key's bit in a 64-bit filter of keys ([`known_forms`]): a key
/// whose bit is unset is not among them.
#[inline]
fn key_bit(key: u64) -> u64 {
    1 << (key & 63)
}

/// One name, one referent: a lone word taken for a person by default
/// ("Kessington's mayor") is the place the article names the same way
/// ("the mayor of Kessington"). A person with a role, or known by a
/// longer name, keeps the word.
fn lone_names_join_places(ents: &mut [Ent], places: &mut HashMapU64<usize>) {
    let lone = |e: &Ent| e.forms.len() == 1 && e.forms[0].len() == 1;
    reset_map(places, 0);
    for (n, e) in ents.iter().enumerate() {
        if e.kind == EntityKind::Place && lone(e) {
            places.insert(e.keys[0], n);
        }
    }
    if places.is_empty() {
        return;
    }
    for n in 0..ents.len() {
        let e = &ents[n];
        if e.kind != EntityKind::Person || e.role.is_some() || !lone(e) {
            continue;
        }
        if let Some(&p) = places.get(&e.keys[0]) {
            let moved = std::mem::take(&mut ents[n].mentions);
            ents[p].mentions.extend(moved);
        }
    }
}

/// Is `word` (dots ignored) the acronym of one of the entity's
/// multi-word forms? Not "EUROPEAN" of "European Commission" in an
/// ALL-CAPS headline, where every word looks like an acronym.
fn is_acronym_of(doc: &Document, e: &Ent, word: &str) -> bool {
    let mut text = String::new();
    let mut acro = String::new();
    e.forms.iter().filter(|r| r.len() > 1).any(|r| {
        form_acronym(doc, r, &mut text, &mut acro);
        acro.chars().eq(word.chars().filter(|&c| c != '.'))
    })
}

/// Turns the built entities into the public type: canonical name = longest
/// form, other forms as aliases, mentions sorted and without overlaps.
/// `ents` is emptied for reuse; `by_name` and `all` are buffers.
fn finish(
    doc: &Document,
    lex: &Lexicon,
    ents: &mut Ents,
    by_name: &mut HashMapU64<usize>,
    all: &mut Vec<u128>,
) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::with_capacity(ents.live);
    // Places found only in headlines may repeat a body place: join by name.
    by_name.clear();
    all.clear();
    for e in ents.live_mut() {
        if e.mentions.is_empty() {
            continue;
        }
        // "McDonald's", "Moody's": the possessive is part of the name.
        let possessive = e.kind == EntityKind::Organisation && has_possessive_name(doc, lex, e);
        if possessive {
            for m in &mut e.mentions {
                m.end += possessive_len(doc.text, m.end);
            }
        }
        let (name, names) = form_names(doc, &e.forms, possessive);
        let key = name_key(e.kind, &name);
        // The mentions go to `all`, for drop_overlaps to hand back; room
        // is made for them now.
        // One probe of the map: the slot found is the one written.
        let slot = by_name.entry(key);
        let hint = match &slot {
            Entry::Occupied(o) => Some(*o.get()),
            Entry::Vacant(_) => None,
        };
        let k = match same_name(&out, hint, e.kind, &name) {
            Some(k) => {
                out[k].mentions.reserve(e.mentions.len());
                k
            }
            None => {
                slot.insert_entry(out.len());
                out.push(Entity {
                    name,
                    kind: e.kind,
                    role: e.role.take(),
                    aliases: names,
                    mentions: Vec::with_capacity(e.mentions.len()),
                });
                out.len() - 1
            }
        };
        all.extend(e.mentions.iter().map(|m| pack_mention(m, k)));
    }
    ents.clear();
    drop_overlaps(&mut out, all);
    out
}

/// Is one of the organisation's forms a well-known name that ends in a
/// possessive ("Moody's said")?
fn has_possessive_name(doc: &Document, lex: &Lexicon, e: &Ent) -> bool {
    e.forms.iter().any(|r| {
        let toks = &doc.toks[r.clone()];
        toks.last().is_some_and(|t| t.poss)
            && lex
                .gaz
                .is_possessive_org(phrase_hash(toks.iter().map(|t| t.hash)))
    })
}

/// The length of the possessive ’s / 's at byte `at` (0 if there is none).
fn possessive_len(text: &str, at: usize) -> usize {
    let rest = text.as_bytes().get(at..).unwrap_or(&[]);
    let len = match rest {
        [b'\'', b's' | b'S', ..] => 2,
        [0xe2, 0x80, 0x99, b's' | b'S', ..] => 4,
        _ => return 0,
    };
    // Not "Moody'sXYZ": the possessive ends the word.
    let ends = text.get(at + len..).and_then(|s| s.chars().next());
    if ends.is_some_and(char::is_alphanumeric) {
        0
    } else {
        len
    }
}

/// The text of the form at `r`, with its possessive when the name keeps it
/// (`possessive`; "McDonald's").
fn form_name(doc: &Document, r: &Range<usize>, possessive: bool) -> String {
    let mut text = String::with_capacity(span(doc, r) + 4);
    form_text(doc, r, &mut text);
    if possessive && doc.toks[r.end - 1].poss {
        let end = doc.toks[r.end - 1].end();
        text.push_str(
            doc.text
                .get(end..end + possessive_len(doc.text, end))
                .unwrap_or(""),
        );
    }
    text
}

/// The texts of the forms, longest (in characters) first, then by text,
/// without repeats: the first (the name) and the others (the aliases).
/// `possessive`: see [`form_name`].
fn form_names(doc: &Document, forms: &[Range<usize>], possessive: bool) -> (String, Vec<String>) {
    if let [r] = forms {
        return (form_name(doc, r, possessive), Vec::new());
    }
    let mut names: Vec<(usize, String)> = forms
        .iter()
        .map(|r| {
            let text = form_name(doc, r, possessive);
            (text.chars().count(), text)
        })
        .collect();
    names.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    names.dedup_by(|a, b| a.1 == b.1);
    let mut names = names.into_iter().map(|(_, t)| t);
    let name = names.next().unwrap_or_default();
    (name, names.collect())
}

/// The bytes of `toks` when its words are one space apart and none is a
/// line break; one pass, its tests folded into a flag (no early exit to
/// mispredict: names are short).
fn one_space_apart(doc: &Document, toks: &[Token]) -> Option<Range<usize>> {
    let (first, rest) = toks.split_first()?;
    let bytes = doc.text.as_bytes();
    let mut ok = first.shape != Shape::Newline;
    let mut end = first.end();
    for t in rest {
        ok &=
            (t.shape != Shape::Newline) & (t.start() == end + 1) & (bytes.get(end) == Some(&b' '));
        end = t.end();
    }
    ok.then(|| first.start()..end)
}

/// Bytes from the first to the last token of `r`: room enough for its text.
fn span(doc: &Document, r: &Range<usize>) -> usize {
    match (doc.toks.get(r.start), doc.toks.get(r.end.wrapping_sub(1))) {
        (Some(a), Some(b)) => b.end().saturating_sub(a.start()),
        _ => 0,
    }
}

/// A cheap hash of a name and its kind (names that share it are told
/// apart by [`same_name`]): its length and its first and last eight bytes.
fn name_key(kind: EntityKind, name: &str) -> u64 {
    let b = name.as_bytes();
    let n = b.len().min(8);
    let (mut head, mut tail) = ([0u8; 8], [0u8; 8]);
    head[..n].copy_from_slice(&b[..n]);
    tail[..n].copy_from_slice(&b[b.len() - n..]);
    let x = u64::from_le_bytes(head)
        ^ u64::from_le_bytes(tail).rotate_left(29)
        ^ (b.len() as u64) << 48
        ^ kind as u64;
    // Mixed so that the low bits (the map's bucket) hang on every byte.
    let h = x.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    h ^ h >> 32
}

/// The entity of `out` with this kind and name: `hint` (the one whose
/// name has the same hash) when it matches, else any (hash collision).
fn same_name(out: &[Entity], hint: Option<usize>, kind: EntityKind, name: &str) -> Option<usize> {
    let hint = hint?;
    if out[hint].kind == kind && out[hint].name == name {
        return Some(hint);
    }
    out.iter().position(|o| o.kind == kind && o.name == name)
}

/// Mentions: sorted, no overlaps within or across entities (the first
/// in text order wins); entities left without mentions are removed.
/// `all` holds every mention with the index of its entity in `out`
/// (whose mention vectors are empty, with room enough).
///
/// Each mention is packed with its entity into one integer that orders as
/// the tuple (start, end, entity) does: sorting plain integers costs a
/// third of sorting the tuples. Offsets fit in 32 bits (the tokenizer keeps
/// them so, see [`super::tokens::tokenize_into`]), entity indices too.
fn drop_overlaps(out: &mut Vec<Entity>, all: &mut [u128]) {
    all.sort_unstable();
    // The same mention twice: the first entity keeps it (the overlap
    // test drops the others, but for an empty mention).
    let mut last = u128::MAX;
    let mut last_end = 0;
    for &x in all.iter() {
        let (m, k) = unpack_mention(x);
        if m.start < last_end || x >> 32 == last >> 32 {
            continue;
        }
        last = x;
        last_end = m.end;
        out[k].mentions.push(m);
    }
    out.retain(|e| !e.mentions.is_empty());
}

/// A mention and the index of its entity as one integer ordered by
/// (start, end, entity).
#[inline]
fn pack_mention(m: &Mention, k: usize) -> u128 {
    debug_assert!(m.end <= u32::MAX as usize && k <= u32::MAX as usize);
    (m.start as u128) << 64 | ((m.end as u128) & 0xffff_ffff) << 32 | (k as u128 & 0xffff_ffff)
}

/// The inverse of [`pack_mention`].
#[inline]
fn unpack_mention(x: u128) -> (Mention, usize) {
    let m = Mention {
        start: (x >> 64) as usize,
        end: ((x >> 32) & 0xffff_ffff) as usize,
    };
    (m, (x & 0xffff_ffff) as usize)
}
