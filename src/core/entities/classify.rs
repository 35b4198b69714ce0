//! Deciding what a candidate is: person (title, role, given name, surname),
//! organisation (keywords, designators, acronyms, "the X"), place
//! (gazetteers), or unknown until the whole article is seen.

use std::ops::Range;

use super::candidates::{Cand, age_follows, is_nickname, title_at};
use super::document::Document;
use super::gazetteer::{
    ABBREV, CALENDAR, COMMON, COUNTRY, CURRENCY, DESIGNATOR, FUNCTION, GIVEN, GROUP, MISC_KW,
    NAT_START, NATIONALITY, ORG_KW, ORG_START, P_BODY, P_FACILITY, P_NATIONALITY, P_ORG,
    P_ORG_CAPS, P_PLACE, P_ROLE, PARTICLE, PLACE, PLACE_KW, PLACE_PREFIX, PLACE_START, RARE, ROLE,
    SURNAME, TEAM, TITLE, phrase_hash, word_hash,
};
use super::lexicon::{Lexicon, WordSet};
use super::tokens::{Shape, Token};

/// The verdict on one candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Person,
    Organisation,
    Place,
    /// A single word with no evidence yet: resolved against the article's
    /// other names (an alias) or dropped.
    Unknown,
    /// Not an entity.
    Drop,
}

/// Classifies a candidate; fills a lower-case role found around it.
pub fn classify(doc: &Document, lex: &Lexicon, c: &mut Cand) -> Class {
    if c.byline {
        return byline_class(doc, lex, &c.toks);
    }
    // A word alone and a name of several words meet mostly different
    // rules, so each has its own cascade: one test of the length skips
    // the other's.
    if c.toks.len() == 1 {
        classify_word(doc, lex, c)
    } else {
        classify_words(doc, lex, c)
    }
}

/// [`classify`] for one word.
fn classify_word(doc: &Document, lex: &Lexicon, c: &mut Cand) -> Class {
    let i = c.toks.start;
    let t = &doc.toks[i];
    // "R-Texas", "I-Vt.": a lawmaker's party and state; "Pune-based",
    // "London-born": a word about where, before a noun.
    if t.hyphen {
        let w = doc.tok_text(i);
        if is_party_state(w) || has_participle_tail(w) {
            return Class::Drop;
        }
    }
    if in_capitals(t) && in_capitals_no_name(doc, lex, &c.toks) {
        return Class::Drop;
    }
    let class = one_word_class(doc, lex, c);
    // "deforestation in the Amazon", "Amazon rainforest": a river or
    // region a firm is also named after ("Amazon said"); no firm's
    // one-word name takes "the".
    if class == Class::Organisation
        && c.role.is_none()
        && t.flags & PLACE != 0
        && (c.the_before
            || doc
                .toks
                .get(c.toks.end)
                .is_some_and(|t| lower_in(t, &lex.w.geo_nouns)))
    {
        return Class::Place;
    }
    if quoted_thing(doc, lex, c, class) {
        return Class::Drop;
    }
    // "a used Mercedes", "a Ferrari": one thing of a make, nobody's name
    // (but "a Google spokesman" cites the firm).
    if c.role.is_none()
        && (class == Class::Person
            || class == Class::Organisation && !modifies_next(doc, c.toks.end))
        && after_indefinite(doc, lex, i)
    {
        return Class::Drop;
    }
    class
}

/// [`classify`] for a name of two words or more.
fn classify_words(doc: &Document, lex: &Lexicon, c: &mut Cand) -> Class {
    let last = c.toks.end - 1;
    // "a Hong Kong-backed rival": a word about where, before a noun.
    if doc.toks[last].hyphen && has_participle_tail(doc.tok_text(last)) {
        return Class::Drop;
    }
    // Words in capitals that name nothing: asked only of a run that ends
    // in capitals, as these all do.
    if in_capitals(&doc.toks[last]) && in_capitals_no_name(doc, lex, &c.toks) {
        return Class::Drop;
    }
    let class = words_class(doc, lex, c);
    let first = &doc.toks[c.toks.start];
    // "San Sebastián", "São Félix": a saint's name names a place.
    if class == Class::Person
        && c.role.is_none()
        && first.shape == Shape::Cap
        && lex.w.saint_places.contains(first.hash)
    {
        return Class::Place;
    }
    if quoted_thing(doc, lex, c, class) {
        return Class::Drop;
    }
    // "at the Royal London and Whipps Cross", "the El Peñón Alto mine":
    // nobody's name takes "the" or a Spanish article.
    if class == Class::Person && c.role.is_none() {
        if c.the_before {
            return Class::Unknown;
        }
        if lex.w.articles.contains(first.hash) {
            return Class::Place;
        }
    }
    class
}

/// A name in quotes that names a thing: a title after the word for a
/// work ('her album "Velvet Morning"'), or a name after a naming verb,
/// a thing's, not a person's ('The mission, called "Ariadne," …').
#[inline(always)]
fn quoted_thing(doc: &Document, lex: &Lexicon, c: &Cand, class: Class) -> bool {
    c.role.is_none()
        && (matches!(class, Class::Person | Class::Organisation)
            && is_quoted_work(doc, lex, &c.toks)
            && !is_known_org(lex, &doc.toks, &c.toks)
            || class == Class::Person && is_quoted_name(doc, lex, &c.toks))
}

/// A word in capitals ("NATO", "PAY"), or a capital letter alone ("A").
fn in_capitals(t: &Token) -> bool {
    t.shape == Shape::Upper || (t.shape == Shape::Cap && t.end() - t.start() == 1)
}

/// Capitals that name nothing: a currency's prefix ("NZ$60 million"), a
/// currency's code beside an amount ("EUR 12 million", "5,000 KZT") or
/// words shouted in capitals ("NO MORE ROADWORKS", "HALF-TIME").
fn in_capitals_no_name(doc: &Document, lex: &Lexicon, r: &Range<usize>) -> bool {
    let one = r.len() == 1;
    let glued_dollar = || {
        doc.toks
            .get(r.end)
            .is_some_and(|n| n.punct() == Some(b'$') && n.start() == doc.toks[r.start].end())
    };
    (one && (glued_dollar() || currency_of_amount(doc, r.start))) || is_shouted_words(doc, lex, r)
}

/// Are the words at `r` a slogan or a placard written in capitals ("NO
/// MORE ROADWORKS", "PAY IT BACK", "FULL-TIME"), not a name? No place,
/// nationality or bare given name or surname among them, no keyword at
/// the end, no known name, and a function word that no name holds ("NO",
/// "IT"; not "of", "and").
fn is_shouted_words(doc: &Document, lex: &Lexicon, r: &Range<usize>) -> bool {
    let toks = &doc.toks[r.clone()];
    let plain_word = |flags: u32| {
        flags & (PLACE | COUNTRY | NATIONALITY | GROUP) == 0
            && (flags & (GIVEN | SURNAME) == 0 || flags & (COMMON | FUNCTION) != 0)
    };
    let Some(last) = toks.last() else {
        return false;
    };
    if last.flags & (ORG_KW | DESIGNATOR) != 0 || !toks.iter().all(in_capitals) {
        return false;
    }
    if let [t] = toks {
        // One word: only a compound of common words ("HALF-TIME").
        let w = doc.tok_text_of(t);
        return t.hyphen
            && w.split('-').all(|p| {
                let f = lex.gaz.flags(word_hash(p));
                p.len() > 1 && f & COMMON != 0 && plain_word(f)
            });
    }
    toks.iter().all(|t| plain_word(t.flags))
        && toks
            .iter()
            .any(|t| t.flags & FUNCTION != 0 && !lex.w.is_org_connector(t.hash))
        && phrase_flags(lex, toks) == 0
        && !is_known_org(lex, &doc.toks, r)
}

/// Is the token at `i` a currency's code beside an amount ("EUR 12
/// million", "12 million SEK", "5,000 KZT")?
pub(super) fn currency_of_amount(doc: &Document, i: usize) -> bool {
    const MAGNITUDES: [&str; 6] = ["million", "billion", "trillion", "thousand", "bn", "mn"];
    let toks = &doc.toks;
    let number = |k: usize| toks.get(k).is_some_and(|t| t.shape == Shape::Number);
    toks[i].shape == Shape::Upper
        && toks[i].flags & CURRENCY != 0
        && (number(i + 1)
            || (i >= 1 && number(i - 1))
            || (i >= 2
                && number(i - 2)
                && toks[i - 1].shape == Shape::Lower
                && MAGNITUDES.contains(&doc.tok_text(i - 1))))
}

/// A name of a byline: a known organisation ("By Ann Lee, Reuters"), a
/// writer's name of two to four words, or a desk ("Staff Writer").
fn byline_class(doc: &Document, lex: &Lexicon, r: &Range<usize>) -> Class {
    let toks = &doc.toks[r.clone()];
    if is_known_org(lex, &doc.toks, r) {
        return Class::Organisation;
    }
    let words = toks.iter().filter(|t| t.is_cap()).count();
    // Word flags of a capitalised token are all kept, whatever its case.
    // After a given name, a surname may be a place ("By Luana Ferreira
    // dos Santos"), and the given name may be a town's too ("By Chanda
    // Mulenga").
    let given_first = toks.first().is_some_and(|t| t.flags & GIVEN != 0);
    let place = if given_first { 0 } else { PLACE };
    let plain = toks
        .iter()
        .all(|t| t.flags & (ORG_KW | DESIGNATOR | TITLE | ROLE | CALENDAR | place) == 0);
    let common = toks
        .iter()
        .filter(|t| t.is_cap())
        .all(|t| t.flags & COMMON != 0 && t.flags & (GIVEN | SURNAME) == 0);
    if (2..=4).contains(&words) && plain && !common {
        Class::Person
    } else {
        Class::Drop
    }
}

/// Is the name the whole of a quotation after a work noun ("album",
/// "film", "titled" …)?
fn is_quoted_work(doc: &Document, lex: &Lexicon, r: &Range<usize>) -> bool {
    whole_quotation_after(doc, r, r.end, &lex.w.work_nouns)
}

/// Is the name the whole of a quotation after a naming verb ("called",
/// "dubbed"), a comma or full stop inside the closing quote allowed?
pub fn is_quoted_name(doc: &Document, lex: &Lexicon, r: &Range<usize>) -> bool {
    let close = match doc.toks.get(r.end).and_then(Token::punct) {
        Some(b',' | b'.') => r.end + 1,
        _ => r.end,
    };
    whole_quotation_after(doc, r, close, &lex.w.naming_verbs)
}

/// Is the name at `r` all of a quotation (its closing quote at `close`)
/// that follows a lower-case word of `words`?
fn whole_quotation_after(doc: &Document, r: &Range<usize>, close: usize, words: &WordSet) -> bool {
    let toks = &doc.toks;
    r.start >= 2
        && toks[r.start - 1].punct() == Some(b'"')
        && toks.get(close).and_then(Token::punct) == Some(b'"')
        && toks[r.start - 2].shape == Shape::Lower
        && words.contains(toks[r.start - 2].hash)
}

/// Does the name before `next` modify the word there ("Google
/// spokesman", "Tesla Model")?
fn modifies_next(doc: &Document, next: usize) -> bool {
    doc.toks.get(next).is_some_and(|t| {
        t.is_cap() || (t.shape == Shape::Lower && t.flags & FUNCTION == 0 && !t.poss)
    })
}

/// Is the word at `i` after "a" or "an", perhaps with one lower-case word
/// between ("a used X")?
fn after_indefinite(doc: &Document, lex: &Lexicon, i: usize) -> bool {
    let toks = &doc.toks;
    let is_article = |k: usize| {
        toks[k].shape == Shape::Lower && (toks[k].hash == lex.w.a || toks[k].hash == lex.w.an)
    };
    (i >= 1 && is_article(i - 1))
        || (i >= 2
            && toks[i - 1].shape == Shape::Lower
            && toks[i - 1].flags & FUNCTION == 0
            && is_article(i - 2))
}

/// The rules of [`words_class`] that can hold for one word, in the same
/// order, then [`single`]'s.
fn one_word_class(doc: &Document, lex: &Lexicon, c: &mut Cand) -> Class {
    let toks = &doc.toks;
    let r = c.toks.clone();
    let i = r.start;
    let t = &toks[i];
    if party_name(doc, lex, c) {
        return Class::Organisation;
    }
    if c.role.is_none() && company_form_after(doc, lex, r.end) {
        return Class::Organisation;
    }
    // The company form itself ("[Orvex], [Inc.]").
    if i >= 2 && company_form_after(doc, lex, i - 1) {
        return Class::Drop;
    }
    // "at Christie's", "Sotheby's said": a firm known by a possessive.
    if t.poss && lex.w.possessive_firms.contains(t.hash) {
        return Class::Organisation;
    }
    // "Alzheimer's disease", "Parkinson's": a disease named for a person.
    if t.poss && lex.w.eponyms.contains(t.hash) {
        return Class::Drop;
    }
    // "Reuters": a well-known organisation.
    if c.role.is_none() && is_known_org(lex, toks, &r) {
        return Class::Organisation;
    }
    // "HARTWELL, Ga. —": a dateline.
    if is_dateline(toks, &r) {
        return Class::Place;
    }
    // "Sutrisno, a 54-year-old rice farmer", "Rahmawati, 38, said": a
    // word that is no known place, before an age, is a person's name.
    if t.shape == Shape::Cap && t.flags & (PLACE | CALENDAR) == 0 && age_follows(doc, lex, r.end) {
        return Class::Person;
    }
    if c.role.is_none() && ends_place_list(doc, lex, &r) {
        return Class::Place;
    }
    // "Co-founder": a role word alone names nobody.
    if t.flags & (ROLE | TITLE) != 0 && t.flags & (GIVEN | SURNAME | PLACE | ORG_KW) == 0 {
        return Class::Drop;
    }
    if town_as_team(doc, lex, c) {
        return Class::Organisation;
    }
    // "the town of Hiram".
    if c.role.is_none() && t.flags & (ORG_KW | DESIGNATOR) == 0 && after_place_noun(doc, lex, i) {
        return Class::Place;
    }
    if area_before_noun(doc, lex, c) {
        return Class::Place;
    }
    if t.flags & ORG_KW != 0 && t.shape == Shape::Upper {
        return Class::Organisation;
    }
    if c.role.is_none() && business_possessive(doc, lex, r.end) {
        return Class::Organisation;
    }
    if c.role.is_some() {
        // "Miss Murder", "King County", "General Meeting": a title before
        // a plain word or another title names nobody.
        // Nor a title before a street or an area ("King Street").
        let f = t.flags;
        return if f & (TITLE | PLACE_KW) != 0
            || (f & (COMMON | RARE) != 0 && f & (GIVEN | SURNAME) == 0)
        {
            Class::Drop
        } else {
            Class::Person
        };
    }
    let apposition = apposition_at(doc, lex, r.end);
    // "transferred to Spain": a country stays a place whatever the cue.
    if t.flags & COUNTRY == 0 && org_cue(doc, lex, &r, apposition) {
        return Class::Organisation;
    }
    // "Kandara, a town in the north".
    if t.flags & (ORG_KW | DESIGNATOR) == 0 && apposition == Some(Apposition::Place) {
        return Class::Place;
    }
    // "Tarvin, Ohio"; "Jackson, Miss.".
    if t.flags & GIVEN == 0 && followed_by_region(doc, r.end) {
        return Class::Place;
    }
    if followed_by_state_abbreviation(doc, lex, r.end) {
        return Class::Place;
    }
    // A role around the name says a person, unless the word is a place,
    // a month or a day, or a body's keyword.
    let place_word = t.flags & PLACE != 0 && t.flags & (GIVEN | SURNAME) == 0;
    let no_person = t.flags & (CALENDAR | ORG_KW) != 0;
    if !place_word
        && !no_person
        && let Some(role) = role_around(doc, lex, &r)
    {
        c.role = Some(role);
        return Class::Person;
    }
    if !place_word && after_kin(doc, lex, &r) {
        return Class::Person;
    }
    single(doc, lex, c)
}

/// "Milei's La Libertad Avanza party", "the Fuerza Patria coalition",
/// "the Jewish Power party" (not "the Peronist party", "Ann Lee party
/// members", nor "Milei's party": his): a party's name.
#[inline(always)]
fn party_name(doc: &Document, lex: &Lexicon, c: &Cand) -> bool {
    let toks = &doc.toks;
    let r = &c.toks;
    let n = r.len();
    let first = &toks[r.start];
    let last = &toks[r.end - 1];
    // The party's noun first: nearly every name lacks it, and the
    // tests of the name's words would be mispredicted.
    c.role.is_none()
        && toks
            .get(r.end)
            .is_some_and(|t| lower_in(t, &lex.w.political_nouns))
        && !last.poss
        && (first.flags & (PLACE | GROUP | GIVEN) == 0
            || n > 1
                && first.flags & GIVEN == 0
                && last.shape == Shape::Cap
                && last.flags & (PLACE | GROUP | NATIONALITY | GIVEN) == 0)
}

/// Is `t` a word in lower case of `set`? The shape and the list are both
/// read (one branch, the list's filter, which turns away nearly every
/// word).
#[inline(always)]
fn lower_in(t: &Token, set: &WordSet) -> bool {
    (t.shape == Shape::Lower) & set.contains(t.hash)
}

/// "losing to Tulsa 63-7", "played with Footscray", "Liverpool won
/// 3-0", "Leeds beat Tarvin": a town as a team. A person's name is no
/// town ("played with Ann Lee"), though a lone town may be a surname
/// ("drew with Brighton").
#[inline(always)]
fn town_as_team(doc: &Document, lex: &Lexicon, c: &Cand) -> bool {
    let toks = &doc.toks;
    let r = c.toks.clone();
    let n = r.len();
    let first = &toks[r.start];
    let last = &toks[r.end - 1];
    // Of up to three words, the first, the second (or first) and the last
    // are all: their flags read without a loop.
    let any_flags = first.flags | toks[r.start + usize::from(n > 2)].flags | last.flags;
    // Cheap tests, one branch: few names pass.
    let may = (n <= 3) & c.role.is_none() & (any_flags & PLACE != 0) & !last.poss;
    may
        // "beat the qualifier Madison O'Keefe-Laurent 6-4, 3-6": a player
        // named like a town.
        && (score_follows(doc, r.end)
            && !(n > 1 && first.flags & GIVEN != 0 && last.flags & (PLACE | COMMON) == 0)
            || ((sport_cue_before(doc, lex, r.start) || result_follows(doc, lex, r.end))
                && toks[r.clone()]
                    .iter()
                    .all(|t| t.flags & GIVEN == 0 && (n == 1 || t.flags & SURNAME == 0))))
}

/// "in Binh Duong province", "Idlib governorate": an area's name before
/// the word for it (not "Ann Lee, state senator", a role after it).
#[inline(always)]
fn area_before_noun(doc: &Document, lex: &Lexicon, c: &Cand) -> bool {
    let r = &c.toks;
    let first = &doc.toks[r.start];
    let last = &doc.toks[r.end - 1];
    // The noun first: it is rarely there, and the tests of the name's
    // words would be mispredicted.
    before_area_noun(doc, lex, r.end)
        && r.len() <= 3
        && c.role.is_none()
        && last.flags & (ORG_KW | DESIGNATOR) == 0
        && first.flags & (NATIONALITY | GROUP) == 0
        && !last.poss
        && !doc.tok_text_of(last).ends_with("ed")
}

/// A cue around the name that only an organisation takes: a noun or
/// verb before it, an employer's place after a job, a description
/// (`apposition`) or a company's word after it, a list of firms.
#[inline(always)]
fn org_cue(
    doc: &Document,
    lex: &Lexicon,
    r: &Range<usize>,
    apposition: Option<Apposition>,
) -> bool {
    let one_place = r.len() == 1 && doc.toks[r.start].flags & PLACE != 0;
    org_context(doc, lex, r.start)
        || employer_after_role(doc, lex, r.start)
        || apposition == Some(Apposition::Organisation)
        || (corporate_after(doc, lex, r.end) && !one_place)
        // Most articles hold no cue of a list: no call.
        || (doc.list_cue && in_org_list(doc, lex, r.start))
        || before_other_orgs(doc, lex, r.end)
}

/// "her son Hunter", "his wife Grace Lee": a relative is a person.
#[inline(always)]
fn after_kin(doc: &Document, lex: &Lexicon, r: &Range<usize>) -> bool {
    let toks = &doc.toks;
    r.start > 0
        && lower_in(&toks[r.start - 1], &lex.w.kin)
        && toks[r.clone()].iter().all(|t| t.shape == Shape::Cap)
}

/// The class of a name of two words or more, before the checks of
/// [`classify_words`] that apply whatever the rule.
fn words_class(doc: &Document, lex: &Lexicon, c: &mut Cand) -> Class {
    let toks = &doc.toks;
    let r = c.toks.clone();
    let n = r.len();
    let first = &toks[r.start];
    let last = &toks[r.end - 1];
    if n > 2
        && lex
            .w
            .is_hall_of_fame([toks[r.end - 3].hash, toks[r.end - 2].hash, last.hash])
    {
        return Class::Organisation;
    }
    // "Sanne Bakker, Corporate Communications Manager": a role in title
    // case after a comma, no body's name.
    if c.role.is_none()
        && last.shape == Shape::Cap
        && last.flags & ROLE != 0
        && last.flags & (ORG_KW | GIVEN | SURNAME) == 0
        && r.start > 0
        && toks[r.start - 1].punct() == Some(b',')
        && toks[r.start..r.end - 1]
            .iter()
            .all(|t| t.shape == Shape::Cap && t.flags & COMMON != 0)
    {
        return Class::Drop;
    }
    // "PT Sawit Jaya Abadi", "PAO Sberbank": a company form before the
    // name.
    if first.shape == Shape::Upper
        && lex.w.leading_designators.contains(first.hash)
        && toks[r.start + 1].is_cap()
    {
        return Class::Organisation;
    }
    if party_name(doc, lex, c) {
        return Class::Organisation;
    }
    // "Crown Pacific Partners, L.P.", "Maumee Fluid Systems, Inc.": a
    // company form after a comma closes a company's name, and is no name
    // of its own.
    if c.role.is_none() && company_form_after(doc, lex, r.end) {
        return Class::Organisation;
    }
    // "Team Andes Verde", "Team GB": a team.
    if first.shape == Shape::Cap && first.hash == lex.w.team && last.is_cap() {
        return Class::Organisation;
    }
    // "Hurricane Milton", "Tropical Storm Debby": a storm, no person;
    // "MV Black Sea Star": a vessel.
    if first.is_cap() && lex.w.thing_prefixes.contains(first.hash) {
        return Class::Drop;
    }
    // `Gordon "Buck" Halvorsen Jr.`: a quoted nickname is a person's.
    if n > 3 && c.role.is_none() && (r.start..r.end - 3).any(|k| is_nickname(doc, k)) {
        return Class::Person;
    }
    // "his South Korean counterpart": a nationality names nobody.
    if n == 2 && is_nationality_phrase(lex, toks, r.start, r.end) {
        return Class::Drop;
    }
    // "Ji-woo Park", "Moon Jae-in": a Korean or Chinese given name
    // (two syllables joined by a hyphen) and a surname, even one that is a
    // place keyword.
    if n == 2
        && [first, last]
            .iter()
            .all(|t| t.shape == Shape::Cap && t.flags & (ORG_KW | DESIGNATOR) == 0)
        && (east_asian_given(doc, first) || east_asian_given(doc, last))
    {
        return Class::Person;
    }
    // "Reuters", "Goldman Sachs": a well-known organisation; "U.S.
    // Customs and Border Protection", "Philippine Red Cross": one with its
    // country or nationality before it; "Google Cloud", "Amazon Prime": a
    // known firm's unit or brand (not "Congress Avenue", "Parliament
    // Square": a street or a site named after one; nor "FA Cup": an
    // event).
    if c.role.is_none()
        && (is_known_org(lex, toks, &r)
            || n > 2
                && first.flags & (PLACE | NATIONALITY) != 0
                && is_known_org(lex, toks, &(r.start + 1..r.end))
            || n == 2
                && first.flags & GIVEN == 0
                && last.shape == Shape::Cap
                && last.flags & (PLACE_KW | MISC_KW) == 0
                && is_known_org(lex, toks, &(r.start..r.start + 1)))
    {
        return Class::Organisation;
    }
    // "Procter & Gamble", "AT&T", "C&S Wholesale Grocers": an ampersand
    // kept inside a name (see `candidates::push_segments`) joins a firm's
    // founders or initials, unless it stands for the "and" of a known
    // place ("Trinidad & Tobago").
    // Common words on both sides name a thing: "Home & Away matches",
    // "the Hobby & Crafts market".
    if n > 2 && toks[r.clone()].iter().any(|t| t.punct() == Some(b'&')) {
        if toks[r.clone()]
            .iter()
            .all(|t| !t.is_cap() || (t.shape == Shape::Cap && t.flags & COMMON != 0))
        {
            return Class::Drop;
        }
        let as_and = toks[r.clone()].iter().map(|t| {
            if t.punct() == Some(b'&') {
                lex.w.and
            } else {
                t.hash
            }
        });
        return if lex.gaz.phrase(phrase_hash(as_and)) & P_PLACE != 0 {
            Class::Place
        } else {
            Class::Organisation
        };
    }
    // "HARTWELL, Ga. —", "PORT ELLEN, Scotland —": a dateline names the
    // place the story was filed from.
    if is_dateline(toks, &r) {
        return Class::Place;
    }
    if c.role.is_none() && ends_place_list(doc, lex, &r) {
        return Class::Place;
    }
    // "DJ Khaled", "MC Hammer": a performer's stage name.
    if first.shape == Shape::Upper
        && (first.hash == lex.w.dj || first.hash == lex.w.mc)
        && toks[r.start + 1..r.end].iter().all(Token::is_cap)
    {
        return Class::Person;
    }
    // "the Seven Years' War": a span of time owning an event.
    if n == 2 && last.poss && is_number_word(doc.tok_text_of(first)) {
        return Class::Drop;
    }
    // "The Co-founder of …": a role word alone names nobody.
    if n == 2
        && first.hash == lex.w.the
        && last.flags & (ROLE | TITLE) != 0
        && last.flags & (GIVEN | SURNAME | PLACE | ORG_KW) == 0
    {
        return Class::Drop;
    }
    // "French government" (see `candidates::split_run`).
    if n == 2 && last.shape == Shape::Lower && last.hash == lex.w.government {
        return Class::Organisation;
    }
    if town_as_team(doc, lex, c) {
        return Class::Organisation;
    }
    // "the town of Hiram", "the town of San Isidro del Monte".
    if n <= 4
        && c.role.is_none()
        && last.flags & (ORG_KW | DESIGNATOR) == 0
        && after_place_noun(doc, lex, r.start)
    {
        return Class::Place;
    }
    if area_before_noun(doc, lex, c) {
        return Class::Place;
    }
    // "Soviet Union", "Portuguese Republic", "Kingdom of Norway": a known
    // place or a named state, though it ends in an organisation keyword.
    if c.role.is_none()
        && (may_start_place_phrase(first) && is_place_phrase(lex, toks, &r)
            || is_state_name(lex, toks, &r)
            || is_facility(lex, toks, &r))
    {
        return Class::Place;
    }
    // "Pittsburgh Post-Gazette", "Austin American-Statesman": a hyphenated
    // last word whose last part is a keyword.
    if last.flags & ORG_KW == 0 && hyphen_tail_is_org_keyword(doc, lex, r.end - 1) {
        return Class::Organisation;
    }
    if last.flags & ORG_KW != 0 {
        return Class::Organisation;
    }
    if last.flags & DESIGNATOR != 0 && last.flags & PLACE == 0 {
        return Class::Organisation;
    }
    // "Boy Scouts of America"
    if n > 2 && (r.start + 1..r.end - 1).any(|k| group_of_place(doc, lex, k, r.end)) {
        return Class::Organisation;
    }
    // "Bank of England", "New Zealand League of Rights"; "Universidad de
    // Chile", "Banque de France", "Sociedad Minera de Chile": a keyword
    // opening the name before a particle, too.
    if n > 2
        && (toks[r.start..r.end - 1]
            .iter()
            .zip(&toks[r.start + 1..r.end])
            .any(|(a, b)| {
                a.is_cap()
                    && a.flags & ORG_KW != 0
                    && (b.hash == lex.w.of || b.hash == lex.w.on || b.hash == lex.w.for_)
            })
            || first.shape == Shape::Cap
                && first.flags & ORG_KW != 0
                && first.flags & (GIVEN | PLACE) == 0
                && toks[r.start + 1..r.end - 1]
                    .iter()
                    .any(|t| t.shape == Shape::Lower && t.flags & PARTICLE != 0))
    {
        return Class::Organisation;
    }
    // "Petróleos de Venezuela", "Infraestruturas de Portugal": words
    // that are no given name before a particle and a country name a
    // national body (not "Luis de Guindos").
    if n > 2
        && c.role.is_none()
        && first.shape == Shape::Cap
        && first.flags & (GIVEN | TITLE) == 0
        && last.shape == Shape::Cap
        && last.flags & COUNTRY != 0
        && toks[r.end - 2].shape == Shape::Lower
        && toks[r.end - 2].flags & PARTICLE != 0
    {
        return Class::Organisation;
    }
    // "Bank Mandiri", "Club Brugge": a keyword opening the name before
    // words that are no common words nor given names.
    if c.role.is_none()
        && first.shape == Shape::Cap
        && first.flags & ORG_KW != 0
        && first.flags & (GIVEN | PLACE | TITLE) == 0
        && toks[r.start + 1..r.end]
            .iter()
            .all(|t| t.shape == Shape::Cap && t.flags & (COMMON | GIVEN | TITLE) == 0)
    {
        return Class::Organisation;
    }
    // "The Kill", "The Story": a capitalised "The" before one common word
    // names a work, not an organisation.
    if n == 2 && first.hash == lex.w.the && last.flags & (COMMON | RARE) != 0 {
        return Class::Drop;
    }
    if c.role.is_none() && business_possessive(doc, lex, r.end) {
        return Class::Organisation;
    }
    // "Tory MP", "Labor MP": a title after a word names nobody (after a
    // title, "Maj. Gen. Soe Naing Tun", a word that is also an honorific
    // ends a name).
    if last.flags & TITLE != 0
        && last.flags & (GIVEN | SURNAME) == 0
        && !(c.role.is_some() && last.shape == Shape::Cap)
    {
        return Class::Drop;
    }
    // A role before the name ("President Ann Lee").
    if c.role.is_some() {
        return Class::Person;
    }
    let apposition = apposition_at(doc, lex, r.end);
    if org_cue(doc, lex, &r, apposition) {
        return Class::Organisation;
    }
    // "Vanua Levu, the country's second-largest island", "Kandara, a town
    // in the north": the apposition says a place.
    if n <= 3 && last.flags & DESIGNATOR == 0 && apposition == Some(Apposition::Place) {
        return Class::Place;
    }
    if last.flags & MISC_KW != 0 && last.shape == Shape::Cap {
        return Class::Drop;
    }
    // "Tour de Suisse", "Festival del Caribe", "Battle of Hastings": an
    // event's word before a connector heads the event's name.
    if n > 2
        && first.shape == Shape::Cap
        && first.flags & MISC_KW != 0
        && toks[r.start + 1].shape == Shape::Lower
        && (toks[r.start + 1].flags & PARTICLE != 0 || toks[r.start + 1].hash == lex.w.of)
    {
        return Class::Drop;
    }
    // "World War Two", "Super Bowl XLII": an event with its number.
    if n > 2
        && toks[r.end - 2].flags & MISC_KW != 0
        && toks[r.end - 2].shape == Shape::Cap
        && (last.shape == Shape::Number || is_number_word(doc.tok_text_of(last)))
    {
        return Class::Drop;
    }
    if toks[r.clone()]
        .iter()
        .any(|t| t.flags & CALENDAR != 0 && t.flags & GIVEN == 0)
    {
        return Class::Drop;
    }
    // "Fort Tarvin"; "in Port Lena" too, though Lena is a given name.
    // Not "West Coast Eagles", "River Cats": a team's nickname, or a
    // plural common noun, ends that.
    // Evaluated only when asked (it reads the word's text).
    let plural_noun = || {
        last.flags & (COMMON | PLACE_KW | SURNAME) == COMMON && {
            let w = doc.tok_text_of(last);
            w.ends_with('s') && !w.ends_with("ss")
        }
    };
    if first.flags & PLACE_PREFIX != 0
        && first.shape == Shape::Cap
        && last.flags & TEAM == 0
        && !plural_noun()
        && !hyphen_tail_is_org_keyword(doc, lex, r.end - 1)
    {
        // Rivers, lakes and mountains are often named after people
        // ("River Mersey", "Lake Victoria").
        let given_ok = after_place_preposition(doc, lex, r.start)
            || lex.w.feature_prefixes.contains(first.hash);
        // "Greater Santiago": a place, though also a given name.
        let place_after = n == 2 && last.flags & PLACE != 0;
        if toks[r.start + 1..r.end].iter().all(|t| {
            t.is_cap() && t.flags & ORG_KW == 0 && (given_ok || place_after || t.flags & GIVEN == 0)
        }) {
            return Class::Place;
        }
    }
    // "Coronado Unified School District": a body, though "District" ends it.
    if n > 2 && ends_in_phrase(lex, toks, &r, P_BODY) {
        return Class::Organisation;
    }
    if last.flags & PLACE_KW != 0 && last.shape == Shape::Cap {
        // "actress Sally Field", "Tom Ridge, the former secretary": a role
        // says a given name and a surname are a person, not a site.
        if n == 2 && first.flags & GIVEN != 0 && last.flags & SURNAME != 0 {
            if let Some(role) = role_around(doc, lex, &r) {
                c.role = Some(role);
                return Class::Person;
            }
            // "a spokeswoman, Emma Wood, said", "United's Mason Mount": no
            // cue of a place either.
            if !c.the_before
                && first.flags & PLACE == 0
                && lex.w.surname_places.contains(last.hash)
                && !after_place_preposition(doc, lex, r.start)
                && !followed_by_region(doc, r.end)
            {
                return Class::Person;
            }
        }
        return Class::Place;
    }
    if acronym_follows(doc, &r) {
        return Class::Organisation;
    }
    // "Radio Quorva", "Hotel Brenmar", "FC Tarvin": a keyword heading a
    // name that reads as no person's.
    if first.is_cap()
        && first.flags & ORG_KW != 0
        && first.flags & (GIVEN | SURNAME | TITLE | PLACE) == 0
        && last.flags & COMMON == 0
        && toks[r.clone()].iter().all(|t| t.is_cap())
    {
        return Class::Organisation;
    }
    if inner_org_keyword(doc, &r) || is_team_name(doc, &r) {
        return Class::Organisation;
    }
    if n == 2 && first.flags & GIVEN == 0 && followed_by_region(doc, r.end) {
        return Class::Place;
    }
    // "Jackson, Miss.", "Lincoln, Neb.": a town before its state.
    if n <= 3 && followed_by_state_abbreviation(doc, lex, r.end) {
        return Class::Place;
    }
    // Nor a body ("Historic England, the government's adviser"; a name
    // ending in a keyword, "market researcher Counterpoint Research", is
    // an organisation above).
    if !is_national_body(lex, toks, &r)
        && let Some(role) = role_around(doc, lex, &r)
    {
        c.role = Some(role);
        return Class::Person;
    }
    if after_kin(doc, lex, &r) {
        return Class::Person;
    }
    // "K.D. Ferro", "J. Ann Lee": initials before names.
    if first.shape == Shape::Upper
        && first.dot
        && first.flags & (PLACE | ABBREV | ORG_START) == 0
        && is_initials(doc.tok_text_of(first))
        && toks[r.start + 1..r.end]
            .iter()
            .all(|t| t.shape == Shape::Cap && t.flags & (ORG_KW | PLACE_KW | DESIGNATOR) == 0)
    {
        return Class::Person;
    }
    // "Wagga Wagga", "Walla Walla", "Bora Bora": a word said twice names
    // a place, not a person.
    if n == 2 && first.hash == last.hash && first.shape == Shape::Cap && first.flags & GIVEN == 0 {
        return Class::Place;
    }
    let name_words = toks[r.clone()].iter().filter(|t| t.is_cap());
    let all_uncommon = name_words.clone().all(|t| t.flags & COMMON == 0);
    // Initials do not count: "J. R. R. Tolkien" has one name's words.
    let caps = name_words.clone().filter(|t| !t.is_initial()).count();
    // "Christian Faith": a group word that is also a given name, before a
    // common word, is no name either.
    let group_given = n == 2 && first.flags & GROUP != 0 && last.flags & COMMON != 0;
    if group_given
        || name_words
            .clone()
            .any(|t| t.flags & (GROUP | CALENDAR) != 0 && t.flags & GIVEN == 0)
    {
        // "the Illinois Democrat said": one member, not the party.
        let member = n == 2
            && first.flags & PLACE != 0
            && last.flags & GROUP != 0
            && last.flags & NATIONALITY == 0
            && !doc.tok_text_of(last).ends_with('s');
        return if c.the_before && !member {
            Class::Organisation
        } else {
            Class::Drop
        };
    }
    // "Public Safety Canada", "Statistics Canada", "Sport England":
    // common words before a country name a national body.
    if is_national_body(lex, toks, &r) {
        return Class::Organisation;
    }
    // "Vantor Japan", "Orvex Brussels": a name ending in a place that is
    // no surname is a branch or a club, not a person. After a given name
    // only a country says so: a town may be a surname too ("Yuko
    // Arakawa").
    if last.shape == Shape::Cap
        && last.flags & PLACE != 0
        && last.flags & (SURNAME | GIVEN | COMMON) == 0
        && first.flags & (PLACE | PLACE_PREFIX | PLACE_START | COMMON | RARE) == 0
        && (first.flags & GIVEN == 0 || last.flags & COUNTRY != 0)
        && first.shape == Shape::Cap
        && n == 2
    {
        return Class::Organisation;
    }
    // "Palmer House", "Ostrow Music": a personal name does not end in a
    // common noun that is no surname.
    // A given name first still reads as a person ("Iggy Pop").
    if last.shape == Shape::Cap
        && last.flags & COMMON != 0
        && last.flags & (SURNAME | GIVEN) == 0
        && (first.flags & GIVEN == 0 || first.flags & (COMMON | PLACE) != 0)
    {
        return if c.the_before {
            Class::Organisation
        } else {
            Class::Drop
        };
    }
    // Evaluated only when asked (it reads the words' text).
    let person_shape = || {
        toks[r.clone()].iter().all(|t| {
            // The quotes of a nickname (`Ann "Bo" Lee`) belong to the name.
            (t.shape == Shape::Cap || t.flags & PARTICLE != 0 || t.shape == Shape::Punct(b'"'))
                && !doc.tok_text_of(t).bytes().any(|b| b.is_ascii_digit())
        })
    };
    // "the Royal Box": common words after "the" name no person, though
    // each may be a given name or a surname.
    let the_common = c.the_before && name_words.clone().all(|t| t.flags & COMMON != 0);
    // "Martin Luther King Jr.": the surname is before the suffix.
    let surname = if n > 2 && last.dot && last.is_name_suffix() {
        &toks[r.end - 2]
    } else {
        last
    };
    if !the_common
        && first.flags & GIVEN != 0
        && first.shape == Shape::Cap
        && (first.flags & COMMON == 0
            || all_uncommon_after(doc, &r)
            || (surname.flags & SURNAME != 0 && person_shape()))
    {
        return Class::Person;
    }
    // "Marine Le Pen", "Robert De Niro": a given name and a surname that
    // opens with a capitalised particle, though each word is also a word;
    // "Jelle Van Houtte", "Nguyen Van Khoa": names that are no words
    // around one.
    let name_word = |t: &Token| {
        t.flags & GIVEN != 0
            || t.flags
                & (COMMON | RARE | PLACE | PLACE_PREFIX | PLACE_START | PLACE_KW | ORG_KW | GROUP)
                == 0
    };
    if !c.the_before
        && n > 2
        && name_word(first)
        && (first.flags & GIVEN != 0 || name_word(last))
        && first.shape == Shape::Cap
        && last.shape == Shape::Cap
        && last.flags & (ORG_KW | PLACE_KW | DESIGNATOR) == 0
        && toks[r.start + 1..r.end - 1]
            .iter()
            .any(|t| t.shape == Shape::Cap && t.flags & PARTICLE != 0)
        && person_shape()
    {
        return Class::Person;
    }
    if c.the_before {
        return Class::Organisation;
    }
    // Four names with a particle are one person's: "Luiz Inácio Lula da
    // Silva"; four without, more often a title or a foreign body's name,
    // unless two of them are known names ("Luiza Helena Prado Menezes").
    let known_names = name_words
        .clone()
        .filter(|t| t.flags & (GIVEN | SURNAME) != 0)
        .count();
    let max_caps = if !last.dot
        && (known_names >= 2 && all_uncommon
            || toks[r.clone()].iter().any(|t| t.shape == Shape::Lower))
    {
        4
    } else {
        3
    };
    if last.flags & SURNAME != 0
        && person_shape()
        && caps <= max_caps
        && (last.flags & COMMON == 0 || first.flags & (COMMON | PLACE | ORG_KW) == 0)
    {
        return Class::Person;
    }
    // "Rain Newton-Smith", "Jacob Rees-Mogg": a double-barrelled surname
    // of known surnames ends a person's name, though the given name is
    // also a word.
    if n == 2 && first.shape == Shape::Cap && double_barrelled(doc, lex, r.end - 1) {
        return Class::Person;
    }
    // "the prize went to Arno Penzias": after "to", a known surname or
    // given name makes a person, not a destination.
    if all_uncommon && caps <= max_caps && person_shape() {
        let to_person = r.start > 0
            && toks[r.start - 1].hash == lex.w.to
            && (first.flags & (GIVEN | SURNAME) != 0 || last.flags & SURNAME != 0);
        return if !to_person && after_place_preposition(doc, lex, r.start) {
            Class::Place
        } else {
            Class::Person
        };
    }
    if toks[r.clone()].iter().all(|t| t.shape == Shape::Upper) {
        return Class::Organisation;
    }
    Class::Drop
}

/// "Hart, Elbert and Franklin counties", "the Tigris and Euphrates
/// rivers": is the name one of a list closed by a plural noun of areas?
/// Inlined: its first test rules out nearly every name without a call.
#[inline(always)]
fn ends_place_list(doc: &Document, lex: &Lexicon, r: &Range<usize>) -> bool {
    let toks = &doc.toks;
    let is_and = |t: &Token| (t.hash == lex.w.and) | (t.hash == lex.w.or);
    let listed_before = r.start >= 2 && is_and(&toks[r.start - 1]) & toks[r.start - 2].is_cap();
    // Lists are rare: one well-predicted test (no early exits) rules out
    // nearly every name before the walk along the list.
    let Some(next) = toks.get(r.end) else {
        return false;
    };
    if !(listed_before | is_and(next) | (next.shape == Shape::Punct(b','))) {
        return false;
    }
    place_list_after(doc, lex, r.end, listed_before)
}

/// The walk of [`ends_place_list`] along the list from `k` (a link was
/// seen before the name when `joined`).
#[inline(never)]
fn place_list_after(doc: &Document, lex: &Lexicon, mut k: usize, mut joined: bool) -> bool {
    let toks = &doc.toks;
    for _ in 0..8 {
        let Some(t) = toks.get(k) else { return false };
        match t.shape {
            Shape::Cap | Shape::Upper if t.flags & (NATIONALITY | GROUP) == 0 => k += 1,
            Shape::Punct(b',') => k += 1,
            Shape::Lower if t.hash == lex.w.and || t.hash == lex.w.or => {
                joined = true;
                k += 1;
            }
            Shape::Lower => {
                return joined && lex.w.place_plurals.contains(t.hash);
            }
            _ => return false,
        }
    }
    false
}

/// "J.", "K.D.", "H.W.": one to three single letters, each with its dot.
fn is_initials(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=6).contains(&b.len())
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// Is `toks[s..e]` a multi-word nationality ("South Korean")? Inlined:
/// its first test rules out nearly every name without a call.
#[inline(always)]
pub fn is_nationality_phrase(lex: &Lexicon, toks: &[Token], s: usize, e: usize) -> bool {
    toks[s].flags & NAT_START != 0 && phrase_flags(lex, &toks[s..e]) & P_NATIONALITY != 0
}

/// The gazetteer's phrase flags of the words of `toks` (0 when unknown).
#[inline]
pub fn phrase_flags(lex: &Lexicon, toks: &[Token]) -> u8 {
    lex.gaz.phrase(phrase_hash(toks.iter().map(|t| t.hash)))
}

/// Is the run a dateline: ALL-CAPS words opening a line, then a dash,
/// perhaps after a comma and a state or country ("Ga.", "Scotland") or a
/// news agency in brackets ("(Reuters)")? Inlined: the first word in
/// capitals, which one look says, rules out nearly every name.
#[inline(always)]
fn is_dateline(toks: &[Token], r: &Range<usize>) -> bool {
    toks[r.start].shape == Shape::Upper && dateline_after(toks, r)
}

/// The rest of [`is_dateline`].
#[inline(never)]
fn dateline_after(toks: &[Token], r: &Range<usize>) -> bool {
    let at_line_start = r.start == 0 || toks[r.start - 1].shape == Shape::Newline;
    if !at_line_start || !toks[r.clone()].iter().all(|t| t.shape == Shape::Upper) {
        return false;
    }
    let mut k = r.end;
    if toks.get(k).and_then(Token::punct) == Some(b',') {
        k += 1;
        let from = k;
        while k < toks.len() && k < from + 3 && toks[k].is_cap() {
            k += 1;
        }
        if k == from {
            return false;
        }
        // "Ga." when the abbreviation is not a known one.
        if toks.get(k).and_then(Token::punct) == Some(b'.') {
            k += 1;
        }
    }
    if toks.get(k).and_then(Token::punct) == Some(b'(') {
        let close = (k + 1..toks.len().min(k + 5)).find(|&j| toks[j].punct() == Some(b')'));
        let Some(close) = close else { return false };
        k = close + 1;
    }
    toks.get(k).and_then(Token::punct) == Some(b'-')
}

/// A hyphenated given name of Korean or Chinese form ("Ji-woo",
/// "Jae-in", "Ing-wen"): a short capitalised syllable, a hyphen and a
/// short lower-case one, the word unknown to the word lists. Not an
/// English compound ("Walk-in", "Kick-off", "Co-op"). Inlined: one look
/// at the flags rules out nearly every word without a call.
#[inline(always)]
fn east_asian_given(doc: &Document, t: &Token) -> bool {
    t.hyphen && t.flags & (COMMON | RARE | PLACE | ORG_KW) == 0 && east_asian_syllables(doc, t)
}

/// The rest of [`east_asian_given`]: the syllables of the word's text.
#[inline(never)]
fn east_asian_syllables(doc: &Document, t: &Token) -> bool {
    const NOT_SYLLABLES: [&str; 12] = [
        "in", "up", "on", "off", "out", "by", "to", "over", "back", "down", "away", "op",
    ];
    let Some((a, b)) = doc.tok_text_of(t).split_once('-') else {
        return false;
    };
    let lower = |w: &str| w.bytes().all(|c| c.is_ascii_lowercase());
    (2..=5).contains(&a.len())
        && a.as_bytes()[0].is_ascii_uppercase()
        && lower(&a[1..])
        && (2..=5).contains(&b.len())
        && lower(b)
        && !NOT_SYLLABLES.contains(&b)
}

/// "Scouts of America", "Farmers of Ontario": a capitalised plural before
/// "of" (at `k`) and a known place ending the name — a body of people
/// named for the place it serves.
pub fn group_of_place(doc: &Document, lex: &Lexicon, k: usize, end: usize) -> bool {
    let toks = &doc.toks;
    if k == 0 || k + 1 >= end || toks[k].hash != lex.w.of {
        return false;
    }
    let group = &toks[k - 1];
    let w = doc.tok_text(k - 1);
    let plural = group.shape == Shape::Cap
        && !group.poss
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && group.flags & (SURNAME | GIVEN | PLACE | TITLE | ROLE | NATIONALITY) == 0
        // A plural of a word ("Farmers"), not a surname ("Ann
        // Vega-Torres of Salem").
        && !group.hyphen;
    let place = &toks[k + 1];
    let rest = k + 1..end;
    plural
        && place.shape == Shape::Cap
        && ((rest.len() == 1 && place.flags & PLACE != 0 && place.flags & COMMON == 0)
            || is_place_phrase(lex, toks, &rest))
}

/// A possessive that owns nothing names a shop or a restaurant: "anchored
/// by [Hecht]'s, [Ivey]'s and Sears" ("Ann Lee's book" is a person's; a
/// full stop is left alone: "the idea was Ann Lee's.").
/// Always inlined: small, and asked of nearly every name.
#[inline(always)]
fn business_possessive(doc: &Document, lex: &Lexicon, end: usize) -> bool {
    let toks = &doc.toks;
    if !toks[end - 1].poss {
        return false;
    }
    match toks.get(end) {
        None => true,
        Some(n) => match n.shape {
            Shape::Punct(p) => matches!(p, b',' | b';' | b')'),
            Shape::Newline => true,
            Shape::Lower => n.hash == lex.w.and || n.hash == lex.w.or,
            _ => false,
        },
    }
}

/// Is the part after the last hyphen of token `i` a capitalised
/// organisation keyword ("Post-Gazette")? Inlined: most words have no
/// hyphen, which one look says without a call.
#[inline(always)]
fn hyphen_tail_is_org_keyword(doc: &Document, lex: &Lexicon, i: usize) -> bool {
    doc.toks[i].hyphen && tail_is_org_keyword(doc, lex, i)
}

/// The rest of [`hyphen_tail_is_org_keyword`]: the text after the hyphen.
#[inline(never)]
fn tail_is_org_keyword(doc: &Document, lex: &Lexicon, i: usize) -> bool {
    let w = doc.tok_text(i);
    let Some((_, tail)) = w.rsplit_once('-') else {
        return false;
    };
    tail.starts_with(|c: char| c.is_uppercase()) && lex.gaz.flags(word_hash(tail)) & ORG_KW != 0
}

/// Is the word at `i` two capitalised parts joined by a hyphen, each a
/// known surname or given name ("Newton-Smith")?
fn double_barrelled(doc: &Document, lex: &Lexicon, i: usize) -> bool {
    let t = &doc.toks[i];
    if !t.hyphen || t.shape != Shape::Cap || t.poss {
        return false;
    }
    let w = doc.tok_text(i);
    let Some((head, tail)) = w.split_once('-') else {
        return false;
    };
    let part = |p: &str| {
        p.starts_with(|c: char| c.is_uppercase())
            && lex.gaz.flags(word_hash(p)) & (SURNAME | GIVEN) != 0
            && lex.gaz.flags(word_hash(p)) & (ORG_KW | PLACE_KW) == 0
    };
    part(head) && part(tail)
}

/// A score right after the name: "Tarvin 63-7".
fn score_follows(doc: &Document, end: usize) -> bool {
    let toks = &doc.toks;
    let Some(t) = toks.get(end).filter(|t| t.shape == Shape::Number) else {
        return false;
    };
    // "3-0" is one token; "63 – 7" three. Years ("2019-20") are no score.
    let one = doc
        .tok_text_of(t)
        .split_once('-')
        .is_some_and(|(a, b)| is_points(a) && is_points(b));
    one || (is_points(doc.tok_text_of(t))
        && toks.get(end + 1).and_then(|t| t.punct()) == Some(b'-')
        && toks
            .get(end + 2)
            .is_some_and(|t| t.shape == Shape::Number && is_points(doc.tok_text_of(t))))
}

/// One to three ASCII digits: a score.
fn is_points(s: &str) -> bool {
    (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// A cue of a match just before the name: "lost to", "played for", "beat".
/// A result after the name: "[Liverpool] won 3-0", "[Leeds] beat Tarvin".
fn result_follows(doc: &Document, lex: &Lexicon, end: usize) -> bool {
    let toks = &doc.toks;
    let Some(v) = toks.get(end).filter(|t| t.shape == Shape::Lower) else {
        return false;
    };
    (lex.w.result_verbs.contains(v.hash) && score_follows(doc, end + 1))
        || (lex.w.sport_verbs.contains(v.hash) && toks.get(end + 1).is_some_and(Token::is_cap))
}

/// An employer after a job: "an analyst at [Bernstein]", "economists with
/// [Tarvin Capital]", "analyst Ann Lee at [Bernstein]". Inlined: its
/// first test rules out nearly every name without a call.
#[inline(always)]
fn employer_after_role(doc: &Document, lex: &Lexicon, start: usize) -> bool {
    let toks = &doc.toks;
    if start < 2 || !((toks[start - 1].hash == lex.w.at) | (toks[start - 1].hash == lex.w.with)) {
        return false;
    }
    job_before_employer(doc, lex, start - 2)
}

/// The rest of [`employer_after_role`], from the word before "at" (`j`).
#[inline(never)]
fn job_before_employer(doc: &Document, lex: &Lexicon, mut j: usize) -> bool {
    let toks = &doc.toks;
    // "analyst Hannah Whitcombe at Bernstein": the job before the name.
    let mut name = 0;
    while j > 0 && name < 4 && toks[j].shape == Shape::Cap && !toks[j].sent_start {
        j -= 1;
        name += 1;
    }
    let job = &toks[j];
    // "Economists at Itaú Unibanco said": the job may open the sentence.
    if job.shape != Shape::Lower && !(job.shape == Shape::Cap && job.sent_start) {
        return false;
    }
    let w = doc.tok_text_of(job);
    job.flags & ROLE != 0
        || w.strip_suffix('s')
            .is_some_and(|one| lex.gaz.lower_flags(word_hash(one)) & ROLE != 0)
}

fn sport_cue_before(doc: &Document, lex: &Lexicon, start: usize) -> bool {
    let toks = &doc.toks;
    if start == 0 || toks[start - 1].shape != Shape::Lower {
        return false;
    }
    let p = toks[start - 1].hash;
    lex.w.sport_verbs.contains(p)
        || (start >= 2
            && toks[start - 2].shape == Shape::Lower
            && lex.w.sport_cues.contains(toks[start - 2].hash, p))
}

/// A name ending in a building or a site: "Tarvin Convention Center".
fn is_facility(lex: &Lexicon, toks: &[Token], r: &Range<usize>) -> bool {
    r.len() > 2 && ends_in_phrase(lex, toks, r, P_FACILITY)
}

/// Do the last two (capitalised) words of `r` form a phrase with `flag`?
fn ends_in_phrase(lex: &Lexicon, toks: &[Token], r: &Range<usize>, flag: u8) -> bool {
    toks[r.end - 2].shape == Shape::Cap
        && lex
            .gaz
            .phrase(phrase_hash([toks[r.end - 2].hash, toks[r.end - 1].hash]))
            & flag
            != 0
}

/// Is the whole candidate a place in the gazetteer ("New York")?
/// "beat the Patriots", "sang with the Crystals": a capitalised plural of a
/// common word after a lower-case "the" names a team or a band — not "the
/// Elders of …", "the Coaches' Game", a group ("the Democrats"), an event
/// ("the Games") or "The Scouts" opening a sentence.
fn team_plural(doc: &Document, lex: &Lexicon, i: usize) -> bool {
    let toks = &doc.toks;
    let t = &toks[i];
    let next = toks.get(i + 1);
    // "The Hornets said": a sentence-initial "The" counts as well.
    i > 0
        && (toks[i - 1].shape == Shape::Lower || toks[i - 1].hash == lex.w.the)
        && !t.sent_start
        && t.flags & (GROUP | NATIONALITY | MISC_KW | CALENDAR) == 0
        && !next.is_some_and(|n| n.hash == lex.w.of || (t.poss && n.is_cap()))
}

/// Is the word at `i` an author cited in brackets with a year: "(Ruhlen
/// 1987)", "(Wise, 1987)"?
fn is_citation(doc: &Document, i: usize) -> bool {
    let toks = &doc.toks;
    let year = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let w = doc.tok_text_of(t);
            t.shape == Shape::Number && w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
        })
    };
    i > 0
        && toks[i - 1].shape == Shape::Punct(b'(')
        && !toks[i].poss
        && (year(i + 1)
            || (toks
                .get(i + 1)
                .is_some_and(|t| t.shape == Shape::Punct(b','))
                && year(i + 2)))
}

/// "the town of [X]": "of" after a lower-case settlement or area noun.
/// Always inlined: small, and asked of nearly every name.
#[inline(always)]
fn after_place_noun(doc: &Document, lex: &Lexicon, start: usize) -> bool {
    let toks = &doc.toks;
    start > 1
        && toks[start - 1].hash == lex.w.of
        && toks[start - 2].shape == Shape::Lower
        && lex.w.place_nouns.contains(toks[start - 2].hash)
}

/// Is the token at `end` a lower-case noun of an administrative area
/// ("province", "district") that no role noun follows ("state senator")?
/// Always inlined: small, and asked of nearly every name.
#[inline(always)]
fn before_area_noun(doc: &Document, lex: &Lexicon, end: usize) -> bool {
    let toks = &doc.toks;
    toks.get(end)
        .is_some_and(|t| lower_in(t, &lex.w.area_nouns))
        && toks
            .get(end + 1)
            .is_none_or(|t| t.shape != Shape::Lower || t.flags & (ROLE | TITLE) == 0)
}

/// Is the name one of the well-known organisations ([`P_ORG`])?
/// Inlined: its first test rules out nearly every name without a call.
#[inline(always)]
pub fn is_known_org(lex: &Lexicon, toks: &[Token], r: &Range<usize>) -> bool {
    toks[r.start].flags & ORG_START != 0 && is_known_org_phrase(lex, toks, r)
}

/// The phrase lookup of [`is_known_org`].
#[inline(never)]
fn is_known_org_phrase(lex: &Lexicon, toks: &[Token], r: &Range<usize>) -> bool {
    let f = phrase_flags(lex, &toks[r.clone()]);
    f & P_ORG != 0
        && (f & P_ORG_CAPS == 0
            || toks[r.clone()].iter().all(|t| t.shape == Shape::Upper)
            || is_titled_acronym(&toks[r.start], r.len()))
}

/// An acronym written as a word, as many papers do ("Unicef", "Nato",
/// "Fifa"): one token of four letters or more that is no word or name of
/// its own ("Who", "Aids" and "Cat" stay words).
fn is_titled_acronym(t: &Token, n: usize) -> bool {
    n == 1
        && t.shape == Shape::Cap
        && t.end() - t.start() >= 4
        && !t.dot
        && t.flags & (COMMON | RARE | GIVEN | SURNAME | PLACE) == 0
}

/// Can a place phrase ([`P_PLACE`]) open with `t`? Each one's first word
/// has [`PLACE_START`], which a capitalised token keeps (a lower-case one
/// keeps only
/// [`LOWER_FLAGS`](super::gazetteer::LOWER_FLAGS), so it is not ruled out).
pub(super) fn may_start_place_phrase(t: &Token) -> bool {
    t.flags & PLACE_START != 0 || !t.is_cap()
}

fn is_place_phrase(lex: &Lexicon, toks: &[Token], r: &Range<usize>) -> bool {
    phrase_flags(lex, &toks[r.clone()]) & P_PLACE != 0
}

/// A state named by its form: a nationality or place before the form
/// ("Portuguese Republic", "Weimar Republic"), or the form of a known
/// place ("Republic of China", "Kingdom of the Netherlands"). Inlined:
/// each form needs a possessive first word or a state's noun at one end,
/// which rules out nearly every name without a call.
#[inline(always)]
pub fn is_state_name(lex: &Lexicon, toks: &[Token], r: &Range<usize>) -> bool {
    let (first, last) = (&toks[r.start], &toks[r.end - 1]);
    (first.poss || lex.w.state_nouns.contains(first.hash) || lex.w.state_nouns.contains(last.hash))
        && state_name(lex, toks, r)
}

/// The rest of [`is_state_name`].
#[inline(never)]
fn state_name(lex: &Lexicon, toks: &[Token], r: &Range<usize>) -> bool {
    let first = &toks[r.start];
    // "People's Republic of China"
    if first.poss && lex.w.irregular_plurals.contains(first.hash) && r.len() > 1 {
        return is_state_name(lex, toks, &(r.start + 1..r.end));
    }
    let last = &toks[r.end - 1];
    if r.len() == 2 && lex.w.state_nouns.contains(last.hash) && last.shape == Shape::Cap {
        return first.shape == Shape::Cap
            && first.flags & (NATIONALITY | PLACE) != 0
            && first.flags & (GIVEN | SURNAME | ORG_KW) == 0;
    }
    if !lex.w.state_nouns.contains(first.hash) || first.shape != Shape::Cap || r.len() < 3 {
        return false;
    }
    let mut k = r.start + 1;
    if toks[k].hash != lex.w.of {
        return false;
    }
    k += 1;
    if toks[k].hash == lex.w.the && k + 1 < r.end {
        k += 1;
    }
    let rest = &toks[k..r.end];
    (rest.len() == 1 && rest[0].flags & PLACE != 0 && rest[0].is_cap())
        || is_place_phrase(lex, toks, &(k..r.end))
}

fn all_uncommon_after(doc: &Document, r: &Range<usize>) -> bool {
    // "Maria das Graças Lins": a particle inside the name (not after a
    // capitalised one: "Van der Kolk Expeditie").
    let particles = doc.toks[r.start].flags & PARTICLE == 0;
    doc.toks[r.start + 1..r.end].iter().all(|t| {
        t.flags & COMMON == 0
            && (t.is_cap() || particles && t.shape == Shape::Lower && t.flags & PARTICLE != 0)
    })
}

/// One-word candidates.
fn single(doc: &Document, lex: &Lexicon, c: &Cand) -> Class {
    let i = c.toks.start;
    let t = &doc.toks[i];
    let f = t.flags;
    if f & (CALENDAR | FUNCTION) != 0 {
        return Class::Drop;
    }
    // "LIVE: Floods hit …", "WATCH: …": a common word in capitals before a
    // colon at a sentence start is a story's label.
    if t.shape == Shape::Upper
        && t.sent_start
        && f & COMMON != 0
        && doc.toks.get(i + 1).is_some_and(|n| n.punct() == Some(b':'))
    {
        return Class::Drop;
    }
    // "Inc.", "LLC." cut off from the name they belong to.
    if f & DESIGNATOR != 0 && (t.shape == Shape::Cap || doc.tok_text(i).ends_with('.')) {
        return Class::Drop;
    }
    if f & GROUP != 0 && f & PLACE == 0 {
        return Class::Drop;
    }
    // "the obesity drug Zepbound": a product.
    if f & (PLACE | ORG_KW) == 0
        && after_product_noun(doc, lex, i)
        && !is_known_org(lex, &doc.toks, &c.toks)
    {
        return Class::Drop;
    }
    if f & TITLE != 0 && f & (GIVEN | SURNAME | PLACE) == 0 {
        return Class::Drop;
    }
    // "stage II cancers", "a phase III trial": a number, after a word.
    if t.shape == Shape::Upper
        && i > 0
        && doc.toks[i - 1].shape == Shape::Lower
        && doc
            .tok_text_of(t)
            .bytes()
            .all(|b| matches!(b, b'I' | b'V' | b'X'))
    {
        return Class::Drop;
    }
    // "Rotimi Oyedepo, SAN, told the court": letters after a name.
    if t.shape == Shape::Upper
        && i > 1
        && doc.toks[i - 1].punct() == Some(b',')
        && doc.toks[i - 2].is_cap()
        && t.hash != lex.w.sc
        && lex.w.post_nominals.contains(t.hash)
    {
        return Class::Drop;
    }
    // "Raleigh, N.C.": the state's abbreviation, part of the town's address
    // ("WILMINGTON, Del. —" too, where "Del" is also a given name).
    if i > 0
        && followed_by_state_abbreviation(doc, lex, i - 1)
        && (t.dot || t.dotted || i > 1 && doc.toks[i - 2].is_cap())
    {
        return Class::Drop;
    }
    // "The Bank of Mexico, known as Banxico, said": the body's other name.
    if f & PLACE == 0 && known_as_org(doc, lex, i) {
        return Class::Organisation;
    }
    if t.shape == Shape::Upper {
        if f & PLACE != 0 {
            return Class::Place;
        }
        // "the 737 MAX", "Galaxy S24 FE": a model after its number.
        if i > 0 && doc.toks[i - 1].shape == Shape::Number && !t.poss {
            return Class::Drop;
        }
        if f & ABBREV != 0 {
            return Class::Drop;
        }
        // "EZ2DJ", "BEL20", "4G": codes and model names, not organisations.
        if doc.tok_text(i).bytes().any(|b| b.is_ascii_digit()) {
            return Class::Drop;
        }
        let letters = doc
            .tok_text(i)
            .chars()
            .filter(|c| c.is_alphabetic())
            .count();
        if letters < 2 || (f & COMMON != 0 && letters > 5) {
            return Class::Drop;
        }
        return Class::Organisation;
    }
    // "(Ruhlen 1987)", "(Wise, 1987)": an author cited with a year.
    if f & PLACE == 0
        && (f & COMMON == 0 || f & SURNAME != 0)
        && t.shape == Shape::Cap
        && is_citation(doc, i)
    {
        return Class::Person;
    }
    if f & PLACE != 0
        && (f & COMMON == 0
            || after_place_preposition(doc, lex, i)
            || (f & COUNTRY != 0 && !doc.lower.contains(&t.hash)))
    {
        return Class::Place;
    }
    if c.the_before && f & ORG_KW != 0 {
        // "the Senate" is a name; "the Institute" only points back at one.
        return if lex.w.standalone_bodies.contains(t.hash) {
            Class::Organisation
        } else {
            Class::Drop
        };
    }
    if c.the_before && modifies_noun(doc, i) {
        // "the Biden administration": a leader's name.
        let leader = doc.toks[i + 1].shape == Shape::Lower
            && lex.w.leader_nouns.contains(doc.toks[i + 1].hash)
            && f & (PLACE | ORG_KW | COMMON) == 0;
        return if leader {
            Class::Person
        } else {
            Class::Unknown
        };
    }
    if c.the_before && f & GIVEN == 0 {
        let plural = doc.tok_text(i).ends_with('s') && !doc.tok_text(i).ends_with("ss");
        return if plural && (f & COMMON == 0 || team_plural(doc, lex, i)) {
            Class::Organisation
        } else if f & COMMON == 0 {
            Class::Unknown
        } else {
            Class::Drop
        };
    }
    // "in Houthi attacks": a word that modifies a plural noun after "in"
    // says whose they are, not where.
    let modifies_plural = || {
        doc.toks.get(i + 1).is_some_and(|n| {
            n.shape == Shape::Lower
                && n.flags & FUNCTION == 0
                && n.end() - n.start() > 3
                && doc.tok_text_of(n).ends_with('s')
        })
    };
    // "a pass from Grêmio defender Caio Moraes": a team (not "Uzbek
    // midfielder Otabek Rakhimov": his nationality).
    if f & (PLACE | GIVEN | SURNAME | COMMON | NATIONALITY) == 0
        && !t.poss
        && doc
            .toks
            .get(i + 1)
            .is_some_and(|n| n.shape == Shape::Lower && lex.w.squad_roles.contains(n.hash))
        && doc.toks.get(i + 2).is_some_and(|n| n.shape == Shape::Cap)
    {
        return Class::Organisation;
    }
    // "of IndieWire", "in PayPal": a brand in camel case names no place
    // (a firm, a product or an event: the rules cannot tell which).
    // Asked only where a place would follow: it reads the word's text.
    let brand =
        || f & (PLACE | GIVEN | SURNAME) == 0 && !t.hyphen && is_camel_brand(doc.tok_text(i));
    if f & COMMON == 0
        && !t.poss
        && lex.w.is_strong_place_preposition(prev_hash(doc, i))
        && !modifies_plural()
    {
        return if brand() {
            Class::Unknown
        } else {
            Class::Place
        };
    }
    // "in Newark, Trenton and Camden": the rest of a list of places.
    if f & (COMMON | ORG_KW) == 0
        && t.shape == Shape::Cap
        && !t.poss
        && !lex.w.state_abbreviations.contains(t.hash)
        // Not "3AW in Melbourne and FIVEaa in Adelaide".
        && doc.toks.get(i + 1).is_none_or(|n| n.hash != lex.w.in_)
        && in_place_list(doc, lex, i)
        && !brand()
    {
        return Class::Place;
    }
    // "Darnell Wilkes of Delano": a home town after a name.
    if f & COMMON == 0
        && !t.poss
        && i >= 2
        && doc.toks[i - 1].hash == lex.w.of
        && doc.toks[i - 2].shape == Shape::Cap
        && doc.toks[i - 2].flags & (ORG_KW | TITLE | DESIGNATOR) == 0
    {
        return if brand() {
            Class::Unknown
        } else {
            Class::Place
        };
    }
    if f & GIVEN != 0 && f & COMMON == 0 {
        return Class::Person;
    }
    if t.poss && f & COMMON == 0 {
        return Class::Person;
    }
    if f & COMMON == 0 && after_place_preposition(doc, lex, i) && !modifies_plural() && !brand() {
        return Class::Place;
    }
    Class::Unknown
}

/// "D-N.Y.", "R-Texas", "I-Vt.": a party's initial, a hyphen and a state.
fn is_party_state(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4 && matches!(b[0], b'D' | b'R' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// Tails that make a hyphenated word say where or by whom: "Pune-based",
/// "London-born", "Chevron-led".
const PARTICIPLE_TAILS: [&str; 12] = [
    "-based",
    "-born",
    "-led",
    "-backed",
    "-owned",
    "-run",
    "-funded",
    "-listed",
    "-bred",
    "-raised",
    "-made",
    "-headquartered",
];

/// Does the hyphenated word end in one of [`PARTICIPLE_TAILS`]?
pub fn has_participle_tail(w: &str) -> bool {
    PARTICIPLE_TAILS.iter().any(|t| w.ends_with(t))
}

/// A word in camel case from its fourth letter on, as brands are written
/// ("IndieWire", "PayPal", "YouTube"); not names with a prefix
/// ("MacArthur", "FitzGerald") nor given names ("LaMelo", "DeShawn").
pub(super) fn is_camel_brand(w: &str) -> bool {
    let b = w.as_bytes();
    let Some(p) =
        (3..b.len()).find(|&k| b[k].is_ascii_uppercase() && b[k - 1].is_ascii_lowercase())
    else {
        return false;
    };
    b[..p].iter().skip(1).all(u8::is_ascii_lowercase)
        && !["Mac", "Fitz", "Van", "Von", "Ter"].contains(&&w[..p])
}

/// A cue before the name that only an organisation takes: a noun naming
/// its kind ("the band [Korn]", "record label [Vela]") or a verb phrase
/// ("signed with [the] [Vela Records]", "shares of [Orvex]").
pub fn org_context(doc: &Document, lex: &Lexicon, start: usize) -> bool {
    let toks = &doc.toks;
    let mut k = start;
    if k > 0 && toks[k - 1].hash == lex.w.the && toks[k - 1].shape == Shape::Lower {
        k -= 1;
    }
    if k == 0 {
        return false;
    }
    let p = &toks[k - 1];
    if p.shape != Shape::Lower || p.poss {
        return false;
    }
    if k == start && lex.w.org_nouns.contains(p.hash) {
        // Not "left the group Friday", "a group Ann Lee leads" (but "the
        // band Van Canto").
        let first = &toks[start];
        return first.flags & CALENDAR == 0
            && !(p.hash == lex.w.group
                && first.flags & GIVEN != 0
                && toks.get(start + 1).is_some_and(|n| n.shape == Shape::Cap));
    }
    // The cue may open the sentence: "Shares of [Orvex] rose".
    // The list first: nearly every pair is not in it.
    k >= 2
        && lex.w.org_cues.contains(toks[k - 2].hash, p.hash)
        && (toks[k - 2].shape == Shape::Lower || toks[k - 2].sent_start)
}

/// The name ending at `end` is followed by a comma and the company form
/// that closes it ("[Cascade Timberlands], LLC", "[Orvex], Inc."), or by
/// a company form in lower case ("[Cambrian Mutual] plc"); the form stays
/// out of the name, as the name's other mentions lack it.
///
/// Inlined: the form comes first ("plc", or a designator after the
/// comma); nearly every name lacks one, while the tests of the name's
/// last word and of a comma after it follow no pattern.
#[inline(always)]
pub fn company_form_after(doc: &Document, lex: &Lexicon, end: usize) -> bool {
    let toks = &doc.toks;
    let form_after = toks.get(end + 1).map_or(0, |t| t.flags) & DESIGNATOR != 0;
    toks.get(end)
        .is_some_and(|next| (next.hash == lex.w.plc) | form_after)
        && company_form_at(doc, lex, end)
}

/// The rest of [`company_form_after`].
#[inline(never)]
fn company_form_at(doc: &Document, lex: &Lexicon, end: usize) -> bool {
    let toks = &doc.toks;
    let (Some(last), Some(next)) = (end.checked_sub(1).and_then(|l| toks.get(l)), toks.get(end))
    else {
        return false;
    };
    if last.shape != Shape::Cap || last.poss {
        return false;
    }
    // "Cambrian Mutual plc": the form in lower case, right after the name.
    if next.shape == Shape::Lower {
        return next.hash == lex.w.plc && last.end() + 1 == next.start();
    }
    next.shape == Shape::Punct(b',')
        && toks.get(end + 1).is_some_and(|form| {
            form.is_cap()
                && form.flags & DESIGNATOR != 0
                && form.flags & PLACE == 0
                && (form.dot || form.shape == Shape::Upper)
        })
        && toks
            .get(end + 2)
            .is_none_or(|n| !n.is_cap() || n.sent_start)
}

/// What follows the name belongs to a company: "[Orvex] chief executive
/// Ann Lee", "[Orvex]'s shareholders", "[Orvex] shares fell". Inlined:
/// the word after must be one of a few ("CEO", "chief", a company's head
/// or noun), which one look at each list says.
#[inline(always)]
pub fn corporate_after(doc: &Document, lex: &Lexicon, end: usize) -> bool {
    // The words first: nearly every word is none of them, while the
    // shape of the word after a name follows no pattern.
    doc.toks.get(end).is_some_and(|n| {
        (n.hash == lex.w.ceo)
            | (n.hash == lex.w.chief)
            | lex.w.corporate_heads.contains(n.hash)
            | lex.w.corporate_nouns.contains(n.hash)
    }) && corporate_word_after(doc, lex, end)
}

/// The rest of [`corporate_after`].
#[inline(never)]
fn corporate_word_after(doc: &Document, lex: &Lexicon, end: usize) -> bool {
    let toks = &doc.toks;
    let poss = toks[end - 1].poss;
    let Some(n) = toks.get(end) else {
        return false;
    };
    let next = toks.get(end + 1);
    let name_follows = |k: usize| toks.get(k).is_some_and(|t| t.shape == Shape::Cap);
    if n.shape == Shape::Upper && n.hash == lex.w.ceo {
        return poss || name_follows(end + 1);
    }
    if n.shape != Shape::Lower {
        return false;
    }
    if n.hash == lex.w.chief && next.is_some_and(|x| x.hash == lex.w.executive) {
        return poss || name_follows(end + 2);
    }
    if lex.w.corporate_heads.contains(n.hash) {
        return poss || name_follows(end + 1);
    }
    if lex.w.corporate_nouns.contains(n.hash) {
        // "Orvex shares fell", not "Ann Lee shares her view".
        return poss
            || next.is_some_and(|x| {
                x.shape == Shape::Lower
                    && (lex.w.market_verbs.contains(x.hash) || doc.tok_text_of(x).ends_with("ed"))
            });
    }
    false
}

/// What the head noun of a description after a name says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Apposition {
    /// "[Vela], a stationery company with …", "[Orvex] is a Danish chain
    /// of …".
    Organisation,
    /// "[Vanua Levu], the country's second-largest island".
    Place,
}

/// A description after the name that only an organisation takes (see
/// [`apposition_at`]).
pub fn org_apposition(doc: &Document, lex: &Lexicon, end: usize) -> bool {
    apposition_at(doc, lex, end) == Some(Apposition::Organisation)
}

/// The kind a description after the name (at `end`) gives it, read from
/// its head noun: an organisation's or a settlement's. The noun must end
/// the description ("Ann Lee, a company director" is none; in "the port
/// city" the place is the city). Inlined: its first test rules out
/// nearly every name without a call.
#[inline(always)]
pub fn apposition_at(doc: &Document, lex: &Lexicon, end: usize) -> Option<Apposition> {
    let link = doc.toks.get(end)?;
    // An article after the link first: nearly every name lacks one,
    // while a comma after a name follows no pattern.
    let a = doc.toks.get(end + 1)?.hash;
    if !((a == lex.w.a) | (a == lex.w.an) | (a == lex.w.the)) {
        return None;
    }
    if link.punct() != Some(b',') && link.hash != lex.w.is && link.hash != lex.w.was {
        return None;
    }
    apposition_after_link(doc, lex, end, link)
}

/// The rest of [`apposition_at`], after a comma, "is" or "was" (`link`).
#[inline(never)]
fn apposition_after_link(
    doc: &Document,
    lex: &Lexicon,
    end: usize,
    link: &Token,
) -> Option<Apposition> {
    let toks = &doc.toks;
    let mut k = end + 1;
    if link.punct().is_none() && link.shape != Shape::Lower {
        return None;
    }
    // "Sikorsky, the Lockheed Martin subsidiary that …": after a comma,
    // "the" too, and the parent's name among the modifiers.
    let after_comma = link.punct() == Some(b',');
    match toks.get(k) {
        Some(a)
            if a.shape == Shape::Lower
                && (a.hash == lex.w.a
                    || a.hash == lex.w.an
                    || (after_comma && a.hash == lex.w.the)) =>
        {
            k += 1
        }
        _ => return None,
    }
    // "…, a start-up developing batteries": a participle may follow the
    // noun.
    let ends = |j: usize| {
        !toks[j].poss
            && toks.get(j + 1).is_none_or(|n| {
                n.punct().is_some()
                    || (n.shape == Shape::Lower
                        && (n.flags & FUNCTION != 0 || doc.tok_text_of(n).ends_with("ing")))
            })
    };
    for (j, t) in toks.iter().enumerate().take(k + 5).skip(k) {
        if t.shape == Shape::Lower {
            if lex.w.org_nouns.contains(t.hash) {
                return ends(j).then_some(Apposition::Organisation);
            }
            if lex.w.place_heads.contains(t.hash) && ends(j) {
                return Some(Apposition::Place);
            }
        }
        // "HyMart, the Midwest's biggest grocery chain": a place's
        // possessive too.
        let modifier = (t.shape == Shape::Lower && t.flags & FUNCTION == 0)
            || (t.shape == Shape::Cap && t.flags & NATIONALITY != 0)
            || (after_comma && t.is_cap() && (!t.poss || t.flags & PLACE != 0));
        if !modifier {
            return None;
        }
    }
    None
}

/// Is the word at `i` the other name of an organisation just named:
/// "the Bank of Mexico, known as Banxico"?
/// Inlined: the phrase ends in "as" or "as the", and one look rules out
/// nearly every word without a call.
#[inline(always)]
fn known_as_org(doc: &Document, lex: &Lexicon, i: usize) -> bool {
    let toks = &doc.toks;
    i > 0
        && (toks[i - 1].hash == lex.w.as_ || toks[i - 1].hash == lex.w.the)
        && known_as_org_phrase(doc, lex, i)
}

/// The rest of [`known_as_org`].
#[inline(never)]
fn known_as_org_phrase(doc: &Document, lex: &Lexicon, i: usize) -> bool {
    let toks = &doc.toks;
    let Some((mut k, true)) = known_as_before(doc, lex, i) else {
        return false;
    };
    let floor = k.saturating_sub(8);
    while k > floor {
        let t = &toks[k - 1];
        if t.is_cap() && t.flags & ORG_KW != 0 {
            return true;
        }
        // "… Forces of Gen. Mohamed Dagalo, known as Hemedti": a person's.
        let titled = t.flags & TITLE != 0;
        if titled || !(t.is_cap() || (t.shape == Shape::Lower && lex.w.is_org_connector(t.hash))) {
            return false;
        }
        k -= 1;
    }
    false
}

/// The phrase "known as" after a comma, before the word at `i`: "the Bank
/// of Mexico, known as Banxico", "…, better known as the Hawks". Gives the
/// index of the comma, and whether the phrase is plain (no adverb before
/// "known", no "the" after "as").
pub(super) fn known_as_before(doc: &Document, lex: &Lexicon, i: usize) -> Option<(usize, bool)> {
    let toks = &doc.toks;
    let lower = |k: usize, h: u64| toks[k].shape == Shape::Lower && toks[k].hash == h;
    let mut plain = true;
    let mut k = i.checked_sub(1)?;
    if lower(k, lex.w.the) {
        k = k.checked_sub(1)?;
        plain = false;
    }
    if k < 3 || !lower(k, lex.w.as_) || !lower(k - 1, lex.w.known) {
        return None;
    }
    k -= 2;
    if toks[k].shape == Shape::Lower && matches!(doc.tok_text(k), "better" | "also" | "widely") {
        k = k.checked_sub(1)?;
        plain = false;
    }
    (toks[k].punct() == Some(b',') && k > 0).then_some((k, plain))
}

/// A member of a list that a plural names as organisations: "companies
/// like AT&T, [Orvex] and …", "bands such as [Vela] or …".
fn in_org_list(doc: &Document, lex: &Lexicon, start: usize) -> bool {
    let toks = &doc.toks;
    let mut k = start;
    let floor = start.saturating_sub(16);
    while k > floor {
        let t = &toks[k - 1];
        let in_list = t.is_cap()
            || t.shape == Shape::Number
            || matches!(t.punct(), Some(b',' | b'&' | b'/'))
            || (t.shape == Shape::Lower
                && (t.hash == lex.w.and || t.hash == lex.w.or || t.hash == lex.w.the));
        if !in_list {
            break;
        }
        k -= 1;
    }
    if k < 2 {
        return false;
    }
    let cue = &toks[k - 1];
    let noun = if cue.hash == lex.w.like || cue.hash == lex.w.including {
        &toks[k - 2]
    } else if cue.hash == lex.w.as_ && toks[k - 2].hash == lex.w.such && k >= 3 {
        &toks[k - 3]
    } else {
        return false;
    };
    cue.shape == Shape::Lower && noun.shape == Shape::Lower && lex.w.org_plurals.contains(noun.hash)
}

/// A member of a list that ends in "and other" and a plural naming
/// organisations: "at [Transnet], Eskom and other state-owned companies".
/// Inlined: most names are followed by no list, and one look says so
/// without a call.
#[inline(always)]
fn before_other_orgs(doc: &Document, lex: &Lexicon, end: usize) -> bool {
    doc.toks.get(end).is_some_and(|t| is_list_link(lex, t)) && list_before_other_orgs(doc, lex, end)
}

/// The rest of [`before_other_orgs`], from the link at `end`.
#[inline(never)]
fn list_before_other_orgs(doc: &Document, lex: &Lexicon, end: usize) -> bool {
    let toks = &doc.toks;
    let ceiling = (end + 16).min(toks.len());
    let mut k = end;
    while k < ceiling {
        let t = &toks[k];
        if t.shape == Shape::Lower && (t.hash == lex.w.and || t.hash == lex.w.or) {
            break;
        }
        if !(t.is_cap() || matches!(t.punct(), Some(b',' | b'&'))) {
            return false;
        }
        k += 1;
    }
    if toks.get(k + 1).is_none_or(|t| t.hash != lex.w.other) {
        return false;
    }
    // Up to two modifiers: "other state-owned companies".
    toks.iter()
        .skip(k + 2)
        .take(3)
        .take_while(|t| t.shape == Shape::Lower)
        .any(|t| lex.w.org_plurals.contains(t.hash))
}

/// A multi-word name followed by its acronym in parentheses: "Halden
/// Water Board (HWB)", "Federal Reserve (Fed)". Inlined: one look at
/// the token after the name rules out nearly every name without a call.
#[inline(always)]
fn acronym_follows(doc: &Document, r: &Range<usize>) -> bool {
    doc.toks.get(r.end).and_then(|t| t.punct()) == Some(b'(') && acronym_in_brackets(doc, r)
}

/// The rest of [`acronym_follows`], after the opening bracket.
#[inline(never)]
fn acronym_in_brackets(doc: &Document, r: &Range<usize>) -> bool {
    let toks = &doc.toks;
    if toks.get(r.end + 2).and_then(|t| t.punct()) != Some(b')') {
        return false;
    }
    let a = &toks[r.end + 1];
    let acro = doc.tok_text(r.end + 1);
    let initials: String = toks[r.clone()]
        .iter()
        .filter(|t| t.is_cap())
        .filter_map(|t| doc.tok_text_of(t).chars().next())
        .collect();
    let letters: String = acro.chars().filter(|c| c.is_alphabetic()).collect();
    match a.shape {
        Shape::Upper => letters.len() >= 2 && letters == initials,
        Shape::Cap => {
            let first = doc.tok_text(r.start);
            acro.len() >= 3
                && first.len() > acro.len()
                && first
                    .get(..acro.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(acro))
        }
        _ => false,
    }
}

/// An organisation keyword inside a capitalised run that does not read as
/// a personal name: "Major League Baseball", "Vela Group Holdings North".
fn inner_org_keyword(doc: &Document, r: &Range<usize>) -> bool {
    let toks = &doc.toks[r.clone()];
    let first = &toks[0];
    if first.flags & GIVEN != 0 && first.flags & COMMON == 0 {
        return false;
    }
    toks.iter().all(|t| t.is_cap())
        && toks[1..toks.len() - 1]
            .iter()
            .any(|t| t.flags & ORG_KW != 0 && t.shape == Shape::Cap)
        // "Air Force One", "Star Command II": vehicles and titles. Asked
        // last: it reads the text.
        && !is_number_word(doc.tok_text_of(&toks[toks.len() - 1]))
}

/// "One" … "Ten" and Roman numerals ("II", "IV", "XLII").
fn is_number_word(w: &str) -> bool {
    const WORDS: [&str; 10] = [
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    ];
    WORDS.contains(&w)
        || (!w.is_empty()
            && w.bytes()
                .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C')))
}

/// A team's nickname or a place followed by a plural: "Harlow Falcons",
/// "New Tarvin Rovers" (sports teams).
fn is_team_name(doc: &Document, r: &Range<usize>) -> bool {
    let toks = &doc.toks;
    let last = &toks[r.end - 1];
    let first = &toks[r.start];
    // "Bowling Green Falcons", "Tarvin Dockers": a team's nickname, after
    // words that read as no given name.
    if last.flags & TEAM != 0
        && last.shape == Shape::Cap
        && first.flags & TITLE == 0
        && (first.flags & GIVEN == 0 || first.flags & PLACE != 0 || r.len() > 2)
        && toks[r.clone()].iter().all(|t| t.is_cap())
    {
        return true;
    }
    // Not a plural: "Khan Younis", "Port Tarvus".
    let plural = |w: &str| {
        w.len() > 3 && w.ends_with('s') && !["ss", "is", "us"].iter().any(|e| w.ends_with(e))
    };
    last.shape == Shape::Cap
        && !last.poss
        // "Gustavo Nery-Campos": a double-barrelled surname.
        && !last.hyphen
        && last.flags & (PLACE | PLACE_KW | GIVEN | SURNAME) == 0
        && toks[r.start].flags & (PLACE | PLACE_START) != 0
        && toks[r.start..r.end - 1].iter().all(|t| t.is_cap())
        // Asked last: it reads the text.
        && plural(doc.tok_text_of(last))
}

/// "the [Northgate] ferry", "the [Kremlin] spokesman": a singular name
/// between "the" and a lower-case noun qualifies the noun, and says
/// nothing about being an organisation ("the Stooges were" keeps its plural).
fn modifies_noun(doc: &Document, i: usize) -> bool {
    let Some(n) = doc.toks.get(i + 1) else {
        return false;
    };
    let w = doc.tok_text(i);
    n.shape == Shape::Lower && n.flags & FUNCTION == 0 && !doc.toks[i].poss && !w.ends_with('s')
}

/// "[Tarvin], Ohio", "[Oldbury], England": a name followed by a comma and
/// a known state, country or region (then no more name) is a town.
fn followed_by_region(doc: &Document, end: usize) -> bool {
    let toks = &doc.toks;
    if toks.get(end).and_then(|t| t.punct()) != Some(b',') {
        return false;
    }
    let Some(p) = toks.get(end + 1) else {
        return false;
    };
    p.shape == Shape::Cap
        && p.flags & PLACE != 0
        && p.flags & (COMMON | GIVEN) == 0
        && !p.poss
        && toks.get(end + 2).is_none_or(|n| !n.is_cap())
}

/// A comma and a US state's abbreviation with its dot ("Miss.", "N.C.").
/// Always inlined: small, and asked of nearly every name.
#[inline(always)]
fn followed_by_state_abbreviation(doc: &Document, lex: &Lexicon, end: usize) -> bool {
    let toks = &doc.toks;
    let Some(t) = toks.get(end + 1) else {
        return false;
    };
    // The list first: nearly every word is in none, while a comma after
    // a name follows no pattern.
    lex.w.state_abbreviations.contains(t.hash)
        && toks[end].punct() == Some(b',')
        && t.is_cap()
        && (t.dot || t.dotted || toks.get(end + 2).and_then(Token::punct) == Some(b'.'))
}

fn prev_hash(doc: &Document, i: usize) -> u64 {
    if i == 0 { 0 } else { doc.toks[i - 1].hash }
}

/// Is the word at `i` a later member of a list that opens with a known
/// place after a place's preposition: "in Newark, [Trenton] and
/// [Camden]", "to Boston, [Halvern] or [Kestown]"?
fn in_place_list(doc: &Document, lex: &Lexicon, i: usize) -> bool {
    let toks = &doc.toks;
    // Back over one-word members and their links to the list's start.
    let mut k = i;
    while k >= 2 && i - k < 12 && is_list_link(lex, &toks[k - 1]) && toks[k - 2].is_cap() {
        k -= 2;
    }
    let first = &toks[k];
    k > 0
        && k != i
        && first.is_cap()
        && first.flags & PLACE != 0
        && !first.poss
        && after_place_preposition(doc, lex, k)
}

/// A comma, "and" or "or" between the members of a list.
fn is_list_link(lex: &Lexicon, t: &Token) -> bool {
    t.punct() == Some(b',')
        || (t.shape == Shape::Lower && (t.hash == lex.w.and || t.hash == lex.w.or))
}

/// "in Reading", "to Washington".
pub fn after_place_preposition(doc: &Document, lex: &Lexicon, i: usize) -> bool {
    i > 0
        && lex.w.is_place_preposition(doc.toks[i - 1].hash)
        // "married to Ann Lee", "wrote to Lee": a person, not a destination.
        && !(i > 1 && doc.toks[i - 1].hash == lex.w.to && lex.w.person_to.contains(doc.toks[i - 2].hash))
}

/// A role before the name, or else one after it. Always inlined, like
/// the first tests of both.
#[inline(always)]
fn role_around(doc: &Document, lex: &Lexicon, r: &Range<usize>) -> Option<Range<usize>> {
    match role_before(doc, lex, r.start) {
        None => role_after(doc, lex, r.end),
        role => role,
    }
}

/// A lower-case role just before the name: "special envoy [Ann Lee]".
/// Inlined: its first test rules out nearly every name without a call.
#[inline(always)]
fn role_before(doc: &Document, lex: &Lexicon, start: usize) -> Option<Range<usize>> {
    let t = &doc.toks[start.checked_sub(1)?];
    // The flag first: rarer than a word in lower case.
    if t.flags & ROLE == 0 || t.shape != Shape::Lower {
        return None;
    }
    role_from_noun(doc, lex, start - 1)
}

/// The rest of [`role_before`], from its role noun at `k`.
#[inline(never)]
fn role_from_noun(doc: &Document, lex: &Lexicon, k: usize) -> Option<Range<usize>> {
    let toks = &doc.toks;
    let t = &toks[k];
    // "the party would judge Bayrou": a verb, not a judge.
    if k > 0 && lex.w.modals.contains(toks[k - 1].hash) {
        return None;
    }
    let mut s = k;
    // One modifier: "special envoy", "foreign minister", "prime minister".
    if k > 0 {
        let m = &toks[k - 1];
        let pair = phrase_hash([m.hash, t.hash]);
        if m.shape == Shape::Lower
            && (lex.gaz.phrase(pair) & P_ROLE != 0
                || (is_modifier(lex.gaz.flags(m.hash)) && !reads_as_verb(doc.tok_text(k - 1))))
            && m.hash != lex.w.former
        {
            s = k - 1;
        }
    }
    Some(toks[s].start()..t.end())
}

/// A word that can qualify a role noun ("special", "chief"), not a
/// function word or another role.
fn is_modifier(f: u32) -> bool {
    f & FUNCTION == 0 && f & COMMON != 0
}

/// "Public Safety Canada", "Statistics Canada", "Sport England": common
/// words before a country's name name a national body.
/// Not "Former England captain …": a modifier is no body's name.
/// Inlined: its first test rules out nearly every name without a call.
#[inline(always)]
pub fn is_national_body(lex: &Lexicon, toks: &[Token], r: &Range<usize>) -> bool {
    r.len() > 1 && toks[r.end - 1].flags & COUNTRY != 0 && words_before_country(lex, toks, r)
}

/// The rest of [`is_national_body`], once the name ends in a country.
#[inline(never)]
fn words_before_country(lex: &Lexicon, toks: &[Token], r: &Range<usize>) -> bool {
    toks[r.start].shape == Shape::Cap
        && toks[r.start..r.end - 1].iter().all(|t| {
            // "Environment and Climate Change Canada"
            (t.shape == Shape::Lower && t.hash == lex.w.and)
                || t.shape == Shape::Cap
                    && t.flags & COMMON != 0
                    && t.flags & (GROUP | NATIONALITY | PLACE | GIVEN | TITLE) == 0
                    && !lex.w.modifiers.contains(t.hash)
        })
}

/// Is the word at `i` right after a lower-case product noun ("the drug
/// [Zepbound]", "drugs [Ozempic] and Wegovy")? Always inlined: small.
#[inline(always)]
pub fn after_product_noun(doc: &Document, lex: &Lexicon, i: usize) -> bool {
    i > 0
        && doc.toks[i - 1].shape == Shape::Lower
        && lex.w.product_nouns.contains(doc.toks[i - 1].hash)
}

/// A verb that links a name to its role ("who became chief executive",
/// "who served as envoy").
fn is_copula(doc: &Document, i: usize) -> bool {
    const VERBS: [&str; 8] = [
        "became", "becomes", "become", "remains", "remained", "served", "serves", "named",
    ];
    VERBS.contains(&doc.tok_text(i))
}

/// A verb before a role noun is not part of the role: "he met [actress]
/// Ann Lee", "they thanked [coach] Ivo Rask".
fn reads_as_verb(w: &str) -> bool {
    // Prepositions too: "slotted it past goalkeeper Ann Lee", "rose above
    // defender Ann Lee".
    const VERBS: [&str; 32] = [
        "met", "meets", "said", "says", "told", "tells", "saw", "sees", "called", "named",
        "thanked", "praised", "past", "beat", "beats", "against", "behind", "above", "below",
        "across", "through", "beyond", "near", "within", "without", "beside", "toward", "towards",
        "around", "along", "among", "despite",
    ];
    w.ends_with("ed") || VERBS.contains(&w)
}

/// An apposition after the name: "[Ann Lee], the special envoy …".
/// Inlined: its first test rules out nearly every name without a call.
#[inline(always)]
fn role_after(doc: &Document, lex: &Lexicon, end: usize) -> Option<Range<usize>> {
    if doc.toks.get(end).and_then(|t| t.punct()) != Some(b',') {
        return None;
    }
    role_after_comma(doc, lex, end + 1)
}

/// The rest of [`role_after`], from the word after the comma (`k`).
#[inline(never)]
fn role_after_comma(doc: &Document, lex: &Lexicon, mut k: usize) -> Option<Range<usize>> {
    let toks = &doc.toks;
    let art = toks.get(k)?;
    if art.hash == lex.w.the || art.hash == lex.w.a || art.hash == lex.w.an {
        k += 1;
    }
    let start = k;
    // "Ed Miliband, the Energy Secretary, said": a capitalised title.
    if toks.get(k).is_some_and(Token::is_cap)
        && let Some(te) = title_at(doc, lex, k, &(k..(k + 4).min(toks.len())))
        && toks.get(te).is_none_or(|t| !t.is_cap())
    {
        return Some(toks[k].start()..toks[te - 1].end());
    }
    // The role leaves out whose it is: "the company's chief executive",
    // "his chief of staff".
    let mut role_start = k;
    for j in k..(k + 4).min(toks.len()) {
        let t = &toks[j];
        if t.shape != Shape::Lower || (t.flags & FUNCTION != 0 && j > start) {
            return None;
        }
        // "Sunday, before official results": a preposition opens no role.
        if j == start
            && t.flags & FUNCTION != 0
            && !t.poss
            && !lex.w.role_openers.contains(t.hash)
            && !is_copula(doc, j)
        {
            return None;
        }
        // "who became chief executive": the verb is not part of the role.
        if t.poss || t.flags & FUNCTION != 0 || (t.flags & ROLE == 0 && is_copula(doc, j)) {
            role_start = j + 1;
            continue;
        }
        if t.flags & ROLE != 0 {
            // Stop at the noun unless the next word extends it ("chief executive").
            let mut e = j;
            if let Some(n) = toks.get(j + 1)
                && n.shape == Shape::Lower
                && lex.gaz.phrase(phrase_hash([t.hash, n.hash])) & P_ROLE != 0
            {
                e = j + 1;
                // "chief financial officer"
                if let Some(n2) = toks.get(j + 2)
                    && n2.shape == Shape::Lower
                    && lex.gaz.phrase(phrase_hash([t.hash, n.hash, n2.hash])) & P_ROLE != 0
                {
                    e = j + 2;
                }
            }
            return Some(toks[role_start].start()..toks[e].end());
        }
    }
    None
}
