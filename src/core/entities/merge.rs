//! One entity per referent: classified candidates are grouped by name,
//! short forms joined to the full name ("Trump" → "Donald Trump", "Brookings"
//! → "Brookings Institution", "CFR" → "Council on Foreign Relations"), and
//! known names are then found in headlines and sentence-initial words.

use std::ops::Range;

use super::candidates::Cand;
use super::classify::{Class, after_place_preposition};
use super::document::{Document, HashSetU64};
use super::gazetteer::{COMMON, GIVEN, HashMapU64, ORG_KW, P_PLACE, PLACE, SURNAME, phrase_hash};
use super::lexicon::Lexicon;
use super::tokens::Shape;
use super::{Entity, EntityKind, Mention};
use crate::core::search::fxhash::FxHashMap;

/// An entity being built.
#[derive(Debug)]
struct Ent {
    kind: EntityKind,
    /// Token-hash sequences of the forms met, with their text.
    forms: Vec<(Vec<u64>, String)>,
    /// Phrase hashes of `forms`, in the same order.
    keys: Vec<u64>,
    role: Option<String>,
    mentions: Vec<Mention>,
}

/// A classified candidate.
pub struct Found {
    pub cand: Cand,
    pub class: Class,
}

/// Builds the entities of one article.
/// `found` is emptied (its buffer is the caller's to reuse).
pub fn build(
    doc: &Document,
    lex: &Lexicon,
    found: &mut Vec<Found>,
    dropped: &[usize],
) -> Vec<Entity> {
    let mut ents: Vec<Ent> = Vec::new();
    let mut by_key: HashMapU64<usize> = HashMapU64::default();
    let mut later: Vec<Found> = Vec::new();
    // Words of multi-word person names ("Washington" of "George Washington").
    let mut person_tokens = HashSetU64::default();
    for f in found.iter() {
        if f.class == Class::Person && f.cand.toks.len() > 1 {
            person_tokens.extend(doc.toks[f.cand.toks.clone()].iter().map(|t| t.hash));
        }
    }
    // 1. Multi-word names (and typed single words) become entities.
    for f in found.drain(..) {
        let kind = match f.class {
            Class::Person => EntityKind::Person,
            Class::Organisation => EntityKind::Organisation,
            Class::Place => EntityKind::Place,
            Class::Unknown => {
                later.push(f);
                continue;
            }
            Class::Drop => continue,
        };
        if f.cand.toks.len() == 1 && kind != EntityKind::Place {
            later.push(f);
            continue;
        }
        if f.cand.toks.len() == 1
            && kind == EntityKind::Place
            && is_person_token(doc, &person_tokens, &f)
        {
            later.push(f);
            continue;
        }
        add(doc, &mut ents, &mut by_key, kind, &f.cand);
    }
    // 2. Single words: aliases of a longer name, else entities of their own.
    let index = token_index(lex, &ents);
    for f in later {
        let i = f.cand.toks.start;
        let t = &doc.toks[i];
        let target = match f.class {
            Class::Person | Class::Unknown => index
                .person_last
                .get(&t.hash)
                .or_else(|| index.org_part.get(&t.hash))
                .or_else(|| index.org_kw.get(&t.hash).filter(|_| f.cand.the_before))
                .or_else(|| {
                    index
                        .person_first
                        .get(&t.hash)
                        .filter(|_| t.flags & GIVEN != 0)
                })
                .copied(),
            Class::Organisation => index.org_part.get(&t.hash).copied(),
            Class::Place => {
                if after_place_preposition(doc, lex, i) {
                    None
                } else {
                    index.person_last.get(&t.hash).copied()
                }
            }
            Class::Drop => None,
        };
        if let Some(e) = target {
            attach(doc, &mut ents[e], &f.cand);
            continue;
        }
        let kind = match f.class {
            Class::Person => EntityKind::Person,
            Class::Organisation => EntityKind::Organisation,
            Class::Place => EntityKind::Place,
            // "the Rhine", "the Camden line": nobody is called "the X".
            Class::Unknown if !f.cand.the_before && unknown_is_person(doc, i) => EntityKind::Person,
            _ => continue,
        };
        add(doc, &mut ents, &mut by_key, kind, &f.cand);
    }
    // 3. Known names in headlines and in sentence-initial words.
    find_known(doc, lex, &mut ents, dropped);
    finish(ents)
}

/// A lone unknown word is a person when it is no common word and reads as
/// a name (seen capitalised inside sentences, never in lower case).
fn unknown_is_person(doc: &Document, i: usize) -> bool {
    let t = &doc.toks[i];
    t.shape == Shape::Cap
        && t.flags & (COMMON | PLACE) == 0
        && t.flags & SURNAME != 0
        && !doc.lower.contains(&t.hash)
}

/// Is a one-word place also a part of a person's name in this article
/// ("Washington" next to "George Washington")?
fn is_person_token(doc: &Document, person_tokens: &HashSetU64, f: &Found) -> bool {
    person_tokens.contains(&doc.toks[f.cand.toks.start].hash)
}

struct Index {
    person_last: HashMapU64<usize>,
    person_first: HashMapU64<usize>,
    org_part: HashMapU64<usize>,
    /// Organisation keywords inside organisation names ("the League").
    org_kw: HashMapU64<usize>,
}

fn token_index(lex: &Lexicon, ents: &[Ent]) -> Index {
    let mut ix = Index {
        person_last: HashMapU64::default(),
        person_first: HashMapU64::default(),
        org_part: HashMapU64::default(),
        org_kw: HashMapU64::default(),
    };
    for (n, e) in ents.iter().enumerate() {
        for (hs, text) in &e.forms {
            if hs.len() < 2 {
                continue;
            }
            match e.kind {
                EntityKind::Person => {
                    if let (Some(&l), Some(&f)) = (hs.last(), hs.first()) {
                        ix.person_last.entry(l).or_insert(n);
                        ix.person_first.entry(f).or_insert(n);
                    }
                }
                EntityKind::Organisation => {
                    if let Some(&f) = hs.first() {
                        ix.org_part.entry(f).or_insert(n);
                    }
                    // "the Falcons" of "Harlow Falcons".
                    if let Some(&l) = hs.last()
                        && lex.gaz.flags(l) & (ORG_KW | COMMON) == 0
                    {
                        ix.org_part.entry(l).or_insert(n);
                    }
                    for &h in hs {
                        if lex.gaz.flags(h) & ORG_KW != 0 {
                            ix.org_kw.entry(h).or_insert(n);
                        }
                    }
                    let acro = acronym(text);
                    if acro.len() >= 2 {
                        ix.org_part
                            .entry(super::gazetteer::word_hash(&acro))
                            .or_insert(n);
                    }
                }
                EntityKind::Place => {}
            }
        }
    }
    ix
}

/// Initials of the capitalised words: "Council on Foreign Relations" → "CFR".
fn acronym(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

fn form_of(doc: &Document, r: &Range<usize>) -> (Vec<u64>, String) {
    let hs = doc.toks[r.clone()].iter().map(|t| t.hash).collect();
    let mut text = String::new();
    if doc.toks[r.clone()].iter().any(|t| t.punct().is_some()) {
        // `Ann "Bo" Lee`: the text as written, spaces collapsed.
        let raw = doc
            .text
            .get(doc.toks[r.start].start()..doc.toks[r.end - 1].end())
            .unwrap_or("");
        for w in raw.split_whitespace() {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(w);
        }
        return (hs, text);
    }
    for i in r.clone() {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(doc.tok_text(i));
    }
    (hs, text)
}

fn add(
    doc: &Document,
    ents: &mut Vec<Ent>,
    by_key: &mut HashMapU64<usize>,
    kind: EntityKind,
    c: &Cand,
) {
    let key = phrase_hash(doc.toks[c.toks.clone()].iter().map(|t| t.hash)) ^ (kind as u64);
    if let Some(&e) = by_key.get(&key) {
        attach(doc, &mut ents[e], c);
        return;
    }
    by_key.insert(key, ents.len());
    ents.push(Ent {
        kind,
        forms: Vec::new(),
        keys: Vec::new(),
        role: None,
        mentions: Vec::new(),
    });
    let n = ents.len() - 1;
    attach(doc, &mut ents[n], c);
}

fn attach(doc: &Document, e: &mut Ent, c: &Cand) {
    let r = &c.toks;
    let key = phrase_hash(doc.toks[r.clone()].iter().map(|t| t.hash));
    if !e.keys.contains(&key) {
        e.keys.push(key);
        e.forms.push(form_of(doc, r));
    }
    if e.role.is_none()
        && let Some(role) = &c.role
        && let Some(s) = doc.text.get(role.clone())
        && !is_honorific(s)
    {
        e.role = Some(s.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    e.mentions.push(Mention {
        start: doc.toks[r.start].start(),
        end: doc.toks[r.end - 1].end(),
    });
}

/// Mr., Mrs., Ms., Miss: forms of address, not roles.
fn is_honorific(s: &str) -> bool {
    matches!(
        s.trim_end_matches('.'),
        "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Sir" | "Dame" | "Madame" | "Mme" | "Herr" | "Frau"
    )
}

/// Finds the known names (and gazetteer places) in headline lines and in
/// sentence-initial words that were set aside.
fn find_known(doc: &Document, lex: &Lexicon, ents: &mut Vec<Ent>, dropped: &[usize]) {
    let mut forms: HashMapU64<usize> = HashMapU64::default();
    let mut max_len = 1;
    for (n, e) in ents.iter().enumerate() {
        for (hs, _) in &e.forms {
            forms.entry(phrase_hash(hs.iter().copied())).or_insert(n);
            max_len = max_len.max(hs.len());
        }
    }
    let toks = &doc.toks;
    for &i in dropped {
        if let Some(&e) = forms.get(&phrase_hash([toks[i].hash])) {
            let c = Cand {
                toks: i..i + 1,
                role: None,
                the_before: false,
            };
            attach(doc, &mut ents[e], &c);
        }
    }
    let mut places: HashMapU64<usize> = HashMapU64::default();
    for line in doc.lines.iter().filter(|l| l.headline) {
        let mut i = line.toks.start;
        while i < line.toks.end {
            if !toks[i].is_cap() {
                i += 1;
                continue;
            }
            let mut hit: Option<(usize, usize)> = None;
            let max = (i + max_len).min(line.toks.end);
            for e in (i + 1..=max).rev() {
                if !toks[e - 1].is_cap() {
                    continue;
                }
                if let Some(&n) = forms.get(&phrase_hash(toks[i..e].iter().map(|t| t.hash))) {
                    hit = Some((e, n));
                    break;
                }
            }
            if hit.is_none() {
                let h = toks[i].hash;
                let place1 = toks[i].flags & PLACE != 0 && toks[i].flags & COMMON == 0;
                let place2 = i + 2 <= line.toks.end
                    && lex.gaz.phrase(phrase_hash([h, toks[i + 1].hash])) & P_PLACE != 0;
                if place2 || place1 {
                    let e = if place2 { i + 2 } else { i + 1 };
                    let key = phrase_hash(toks[i..e].iter().map(|t| t.hash));
                    let n = *places.entry(key).or_insert_with(|| {
                        ents.push(Ent {
                            kind: EntityKind::Place,
                            forms: Vec::new(),
                            keys: Vec::new(),
                            role: None,
                            mentions: Vec::new(),
                        });
                        ents.len() - 1
                    });
                    hit = Some((e, n));
                }
            }
            if let Some((e, n)) = hit {
                let c = Cand {
                    toks: i..e,
                    role: None,
                    the_before: false,
                };
                attach(doc, &mut ents[n], &c);
                i = e;
            } else {
                i += 1;
            }
        }
    }
}

/// Turns the built entities into the public type: canonical name = longest
/// form, other forms as aliases, mentions sorted and without overlaps.
fn finish(ents: Vec<Ent>) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::with_capacity(ents.len());
    // Places found only in headlines may repeat a body place: join by name.
    let mut by_name: FxHashMap<(EntityKind, String), usize> = Default::default();
    for e in ents {
        if e.mentions.is_empty() {
            continue;
        }
        let mut names: Vec<String> = e.forms.into_iter().map(|(_, t)| t).collect();
        names.sort_by(|a, b| {
            b.chars()
                .count()
                .cmp(&a.chars().count())
                .then_with(|| a.cmp(b))
        });
        names.dedup();
        let name = names.first().cloned().unwrap_or_default();
        if let Some(&k) = by_name.get(&(e.kind, name.clone())) {
            out[k].mentions.extend(e.mentions);
            continue;
        }
        by_name.insert((e.kind, name.clone()), out.len());
        out.push(Entity {
            name,
            kind: e.kind,
            role: e.role,
            aliases: names.into_iter().skip(1).collect(),
            mentions: e.mentions,
        });
    }
    // Mentions: sorted, no overlaps within or across entities.
    let mut all: Vec<(Mention, usize)> = out
        .iter()
        .enumerate()
        .flat_map(|(k, e)| e.mentions.iter().map(move |m| (*m, k)))
        .collect();
    all.sort();
    all.dedup_by_key(|x| x.0);
    let mut keep: Vec<Vec<Mention>> = vec![Vec::new(); out.len()];
    let mut last_end = 0;
    for (m, k) in all {
        if m.start < last_end {
            continue;
        }
        last_end = m.end;
        keep[k].push(m);
    }
    for (e, ms) in out.iter_mut().zip(keep) {
        e.mentions = ms;
    }
    out.retain(|e| !e.mentions.is_empty());
    out
}
