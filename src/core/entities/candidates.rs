//! Candidate names in body lines: runs of capitalised words joined by
//! connectors ("Council on Foreign Relations", "Charles de Gaulle"), with
//! leading titles peeled off as roles, sentence-initial words judged on
//! evidence, and runs split where connectors do not belong to one name.

use std::ops::Range;

use super::classify::{
    company_form_after, corporate_after, currency_of_amount, group_of_place, has_participle_tail,
    is_camel_brand, is_known_org, is_national_body, is_nationality_phrase, is_state_name,
    may_start_place_phrase, org_apposition, phrase_flags,
};
use super::document::{Document, stems};
use super::gazetteer::{
    ABBR, CALENDAR, COMMON, COUNTRY, CURRENCY, DESIGNATOR, FUNCTION, GIVEN, GROUP, NATIONALITY,
    ORG_KW, ORG_START, P_PLACE, P_TITLE, PARTICLE, PLACE, PLACE_KW, PLACE_START, RARE, ROLE,
    SURNAME, TITLE, TITLE_START, phrase_hash, word_hash,
};
use super::lexicon::{Lexicon, singular_title};
use super::tokens::{Shape, Token};

/// A candidate name: a contiguous range of tokens, with what was met around it.
#[derive(Debug, Clone)]
pub struct Cand {
    /// Token indices of the name.
    pub toks: Range<usize>,
    /// Byte range of a title written before it ("President").
    pub role: Option<Range<usize>>,
    /// Preceded by "the" (or a dropped capitalised "The").
    pub the_before: bool,
    /// One of the names of a byline ("By ANN LEE and BO RASK").
    pub byline: bool,
}

impl Cand {
    /// A candidate of the body with no title before it.
    fn untitled(toks: Range<usize>, the_before: bool) -> Self {
        Cand {
            toks,
            role: None,
            the_before,
            byline: false,
        }
    }
}

/// Finds candidates in the body lines. Sentence-initial words judged not
/// to be names are pushed to `dropped` (they may still match a known name).
pub fn find(doc: &Document, lex: &Lexicon, out: &mut Vec<Cand>, dropped: &mut Vec<usize>) {
    for line in doc.lines.iter() {
        if line.headline {
            byline(doc, lex, line.toks.clone(), out);
            continue;
        }
        let end = line.toks.end;
        // Runs start at capitalised tokens: visit only those, past the
        // ones each run took in.
        let caps = &doc.caps[line.caps.clone()];
        let mut n = 0;
        while let Some(&c) = caps.get(n) {
            let c = c as usize;
            let (j, words) = run_end(doc, lex, c, end);
            split_run(doc, lex, c..j + 1, &words, out, dropped);
            n += words.caps.max(1);
        }
    }
}

/// Most tokens of a byline line.
const MAX_BYLINE_TOKENS: usize = 16;

/// Most tokens of a credit line ("Reporting by …; Editing by …").
const MAX_CREDIT_TOKENS: usize = 24;

/// The names of a byline, a short line of names after "By" ("By ANN LEE
/// and BO RASK", "By Ann Lee, Reuters"), which reads as a headline: each
/// group of capitalised words between commas, "and", "&", "|" or "/".
/// A wire story's credit line too: "Reporting by Ann Lee in Lusaka;
/// Editing by Bo Rask", "Compiled by Ann Lee" (each part after a
/// semicolon opens with its own "… by").
fn byline(doc: &Document, lex: &Lexicon, r: Range<usize>, out: &mut Vec<Cand>) {
    let toks = &doc.toks;
    let max = if toks[r.start].hash == lex.w.by {
        MAX_BYLINE_TOKENS
    } else {
        MAX_CREDIT_TOKENS
    };
    if r.len() < 3 || r.len() > max {
        return;
    }
    let Some(mut seg) = credit_start(doc, lex, r.start, r.end) else {
        return;
    };
    let first = seg;
    let mut push = |toks: Range<usize>| {
        out.push(Cand {
            toks,
            role: None,
            the_before: false,
            byline: true,
        })
    };
    // "By Ann Lee in Lusaka and Bo Rask in London", "By Ann Lee at the
    // MCG": where each writer is follows "in" or "at", up to the next name.
    let mut place = false;
    for k in first..=r.end {
        if k < seg {
            continue;
        }
        let t = toks.get(k).filter(|_| k < r.end);
        if t.is_some_and(|t| t.shape == Shape::Punct(b';')) {
            if !place && k > seg {
                push(seg..k);
            }
            place = false;
            match credit_start(doc, lex, k + 1, r.end) {
                Some(next) => seg = next,
                None => return,
            }
            continue;
        }
        let splits = t.is_none_or(|t| {
            t.hash == lex.w.and || matches!(t.punct(), Some(b',' | b'&' | b'-' | b'/'))
        });
        if !splits {
            if place {
                continue;
            }
            if t.is_some_and(|t| {
                (t.hash == lex.w.in_ || t.hash == lex.w.at) && t.shape == Shape::Lower
            }) && k > seg
            {
                push(seg..k);
                place = true;
                continue;
            }
            if t.is_some_and(|t| !t.is_cap() && t.flags & PARTICLE == 0) {
                return;
            }
            continue;
        }
        if std::mem::take(&mut place) {
            seg = k + 1;
            continue;
        }
        if k > seg {
            push(seg..k);
        }
        seg = k + 1;
    }
}

/// Where the names of a credit start: after "By" at `i`, or after one
/// or two credit words and "by" ("Reporting by", "Additional reporting
/// by", "Compiled by"; not "Killed by"), the first capitalised. `None`
/// when no credit opens at `i`.
fn credit_start(doc: &Document, lex: &Lexicon, i: usize, end: usize) -> Option<usize> {
    let toks = &doc.toks;
    let by = (i..end.min(i + 3)).find(|&k| toks[k].hash == lex.w.by)?;
    let words = &toks[i..by];
    let credit = words.first().is_none_or(|w| w.shape == Shape::Cap)
        && words.iter().all(|w| {
            matches!(w.shape, Shape::Cap | Shape::Lower) && lex.w.credit_words.contains(w.hash)
        });
    (credit && (by == i || toks[by].shape == Shape::Lower)).then_some(by + 1)
}

/// Is the "I" at `k`, after the name word at `j`, the pronoun ("the Villa
/// I want to see") rather than a regnal number ("Elizabeth I", "Carlos
/// I"), which follows a given name?
fn is_pronoun_i(doc: &Document, lex: &Lexicon, j: usize, k: usize) -> bool {
    let toks = &doc.toks;
    toks[k].hash == lex.w.pronoun_i
        && toks[k].shape == Shape::Cap
        && toks[j].flags & GIVEN == 0
        && toks.get(k + 1).is_some_and(|t| t.shape == Shape::Lower)
}

/// Is the comma at `k` inside the list of an organisation's "of" phrase
/// that starts at `i`: "Ministry of Agriculture, Forestry and Fisheries"
/// (a keyword, "of", then capitalised common words split by commas, the
/// last after "and")?
fn name_list_after_of(doc: &Document, lex: &Lexicon, i: usize, k: usize, end: usize) -> bool {
    let toks = &doc.toks;
    // A common word or its plural ("Firearms"), no name.
    let word = |t: &Token| {
        t.shape == Shape::Cap
            && t.flags & PLACE == 0
            && (t.flags & COMMON != 0 || t.flags & (GIVEN | SURNAME) == 0)
    };
    // "… Ministry of X," (or "of X, Y," at a later comma).
    let Some(of) = (i + 1..k).rev().take(12).find(|&m| {
        // "Committee on Water, Agriculture and Rural Affairs" too.
        toks[m].hash == lex.w.of || toks[m].hash == lex.w.for_ || toks[m].hash == lex.w.on
    }) else {
        return false;
    };
    let head_is_keyword = toks[of - 1].is_cap() && toks[of - 1].flags & ORG_KW != 0;
    let list_so_far = toks[of + 1..k]
        .iter()
        .all(|t| word(t) || t.shape == Shape::Punct(b','));
    if !(head_is_keyword && list_so_far) {
        return false;
    }
    // Then ", Y" … "and Z", and nothing capitalised after Z.
    let mut m = k;
    for _ in 0..6 {
        match toks.get(m) {
            Some(t) if t.shape == Shape::Punct(b',') || t.hash == lex.w.and => {
                let and = t.hash == lex.w.and;
                let n = m + 1;
                let stop = (n..end.min(n + 3))
                    .find(|&x| !word(&toks[x]))
                    .unwrap_or(end.min(n + 3));
                if stop == n {
                    return false;
                }
                if and {
                    return toks.get(stop).is_none_or(|t| !t.is_cap());
                }
                m = stop;
            }
            _ => return false,
        }
    }
    false
}

/// Is the comma at `k` inside a list of capitalised common words that a
/// keyword ends: "Senate Commerce, Science and Transportation Committee",
/// "Health, Education, Labor and Pensions Committee" (items of one or two
/// words split by commas, "and", then words ending in the keyword)?
fn list_before_keyword(doc: &Document, lex: &Lexicon, k: usize, end: usize) -> bool {
    let toks = &doc.toks;
    let word = |t: &Token| is_field_word(lex, t);
    if k == 0 || !word(&toks[k - 1]) {
        return false;
    }
    // Items of one or two words split by commas, up to the "and".
    let mut comma = k;
    let and = loop {
        let items = cap_run_end(doc, comma + 1, end);
        if !(comma + 2..=comma + 3).contains(&items) || !toks[comma + 1..items].iter().all(word) {
            return false;
        }
        match toks.get(items) {
            Some(t) if t.hash == lex.w.and => break items,
            Some(t) if t.shape == Shape::Punct(b',') && items - k < 8 => comma = items,
            _ => return false,
        }
    };
    let items = and;
    let last = cap_run_end(doc, items + 1, end);
    (items + 2..=items + 4).contains(&last)
        && toks[items + 1..last - 1].iter().all(word)
        && toks[last - 1].flags & ORG_KW != 0
        && !lex.w.field_keywords.contains(toks[last - 1].hash)
}

/// Is the comma at `k` between the surnames of a firm's partners, the
/// last joined by "&": "Asante, Mensah & Boateng", "Okoro, Bello &
/// Partners", "Lind, Varga, Holm & Co" (single words, none a common word,
/// a place or a nationality, the first opening the run and no list before
/// it: not "shares of Apple, Procter & Gamble").
fn partners_before_ampersand(doc: &Document, start: usize, k: usize, end: usize) -> bool {
    let toks = &doc.toks;
    let name = |i: usize| {
        i < end
            && toks[i].shape == Shape::Cap
            && toks[i].flags & (COMMON | PLACE | NATIONALITY | TITLE) == 0
    };
    let comma = |i: usize| i < end && toks[i].shape == Shape::Punct(b',');
    let amp = |i: usize| i < end && toks[i].shape == Shape::Punct(b'&');
    // The names before the comma: one, or two split by a comma.
    if !(k == start + 1 || k == start + 3 && comma(start + 1))
        || (start..k).any(|i| !comma(i) && !name(i))
        || (start > 0 && toks[start - 1].shape == Shape::Punct(b','))
    {
        return false;
    }
    // After it: a name then "&", or a name, a comma, a name then "&"
    // (at most four partners), and the last partner.
    let tail = if amp(k + 2) {
        k + 3
    } else if k == start + 1 && comma(k + 2) && name(k + 3) && amp(k + 4) {
        k + 5
    } else {
        return false;
    };
    name(k + 1) && tail < end && toks[tail].shape == Shape::Cap
}

/// A capitalised common word that may name a field of work inside a
/// body's name ("Music", "Financial", "Science"): no given name or place
/// (a surname may be a word too), no title or designator, a keyword only
/// if it names a field.
fn is_field_word(lex: &Lexicon, t: &Token) -> bool {
    t.shape == Shape::Cap
        && t.flags & COMMON != 0
        && t.flags & (GIVEN | PLACE | TITLE | DESIGNATOR) == 0
        && (t.flags & ORG_KW == 0 || lex.w.field_keywords.contains(t.hash))
}

/// "Commission for Culture and the Arts": the "and" at `k` between a
/// field after "of" or "for" and one more field with "the" that ends the
/// name at `end`.
fn and_the_field(doc: &Document, lex: &Lexicon, k: usize, end: usize) -> bool {
    let toks = &doc.toks;
    k >= 2
        && k + 3 == end
        && toks[k].hash == lex.w.and
        && toks[k + 1].hash == lex.w.the
        && is_field_word(lex, &toks[k - 1])
        && (toks[k - 2].hash == lex.w.of || toks[k - 2].hash == lex.w.for_)
        && is_field_word(lex, &toks[k + 2])
}

/// The last token index of the capitalised run starting at `i`, and
/// what its words hold.
fn run_end(doc: &Document, lex: &Lexicon, i: usize, end: usize) -> (usize, RunWords) {
    let toks = &doc.toks;
    let mut j = i;
    let mut words = RunWords::default();
    words.add(&toks[i]);
    loop {
        if toks[j].poss {
            if j + 1 < end
                && (is_plural_possessive(doc, lex, j)
                    || is_irregular_plural_possessive(doc, lex, j))
            {
                j += 1;
                words.add(&toks[j]);
                continue;
            }
            return (j, words);
        }
        let k = j + 1;
        if k >= end {
            return (j, words);
        }
        let t = &toks[k];
        // A capitalised word goes on with the run, or ends it (a new
        // sentence, the pronoun "I"): the rules past it read connectors
        // and marks only.
        if t.is_cap() {
            if t.sent_start || is_pronoun_i(doc, lex, j, k) {
                return (j, words);
            }
            j = k;
            words.add(t);
            continue;
        }
        match run_goes_on(doc, lex, i, j, end) {
            Some(next) => {
                toks[k..=next].iter().for_each(|t| words.add(t));
                j = next;
            }
            None => return (j, words),
        }
    }
}

/// Where the run from `i`, up to the capitalised word at `j`, goes on
/// past the connector or mark after it (the last token taken in), if it
/// does: a nickname's quotes, a connector or a particle before a
/// capitalised word, a comma inside a list or between company forms.
fn run_goes_on(doc: &Document, lex: &Lexicon, i: usize, j: usize, end: usize) -> Option<usize> {
    let toks = &doc.toks;
    let k = j + 1;
    let t = &toks[k];
    // "Bank of England", "Bank of the West", "Procter & Gamble"
    let past_connector = || {
        if toks[k + 1].is_cap() {
            Some(k + 1)
        } else {
            (k + 2 < end && toks[k + 1].hash == lex.w.the && toks[k + 2].is_cap()).then_some(k + 2)
        }
    };
    match t.shape {
        Shape::Punct(b'"') => (k + 3 < end && is_nickname(doc, j)).then_some(k + 3),
        Shape::Punct(b'&') if k + 1 < end => past_connector(),
        // "Ministry of Trade, Industry and Energy": a list after a
        // keyword's "of".
        // (Each list needs a capitalised word after the comma: one test
        // spares the three scans at most commas.)
        Shape::Punct(b',') => (k + 1 < end
            && (toks[k + 1].shape == Shape::Cap
                && (name_list_after_of(doc, lex, i, k, end)
                    || list_before_keyword(doc, lex, k, end)
                    || partners_before_ampersand(doc, i, k, end))
                || company_forms_around(toks, k)))
        .then_some(k + 1),
        Shape::Lower if t.flags & PARTICLE == 0 => {
            if k + 1 < end && lex.w.is_org_connector(t.hash) {
                past_connector()
            } else {
                None
            }
        }
        Shape::Lower => {
            if k + 1 < end && toks[k + 1].is_cap() {
                return Some(k + 1);
            }
            // Two particles: "Joaquin de la Pazuela", "Ivo van der Berg".
            (k + 2 < end
                && toks[k + 1].flags & PARTICLE != 0
                && toks[k + 1].shape == Shape::Lower
                && toks[k + 2].is_cap()
                && toks[j].is_cap())
            .then_some(k + 2)
        }
        _ => None,
    }
}

/// Is the comma at `k` between two company forms ("Kansai Heavy
/// Engineering Co., Ltd."), inside one name?
fn company_forms_around(toks: &[Token], k: usize) -> bool {
    let form = |t: &Token| t.is_cap() && t.flags & DESIGNATOR != 0;
    k > 0
        && toks[k].shape == Shape::Punct(b',')
        && toks[k - 1].dot
        && form(&toks[k - 1])
        && toks.get(k + 1).is_some_and(form)
}

/// "Sporting Lisbon beat …", "Radio Tarvin said …": an organisation
/// keyword opening the sentence before a word that is no common word
/// heads a name.
fn keyword_heads_name(toks: &[Token], s: usize, e: usize) -> bool {
    let t = &toks[s];
    e - s > 1
        && t.shape == Shape::Cap
        && t.flags & ORG_KW != 0
        && t.flags & (GIVEN | SURNAME | TITLE | PLACE) == 0
        && toks[s + 1].shape == Shape::Cap
        && toks[s + 1].flags & (COMMON | TITLE | TITLE_START) == 0
}

/// "Bank of Italy raised rates", "Banque de France Governor …": an
/// organisation keyword opening the sentence before "of" (or a particle)
/// and a capitalised word heads a name.
fn keyword_of_name(lex: &Lexicon, toks: &[Token], s: usize, e: usize) -> bool {
    let t = &toks[s];
    e - s > 2
        && t.shape == Shape::Cap
        && t.flags & ORG_KW != 0
        && t.flags & PLACE == 0
        && (toks[s + 1].hash == lex.w.of
            || toks[s + 1].shape == Shape::Lower && toks[s + 1].flags & PARTICLE != 0)
        && toks[s + 2].is_cap()
}

/// "Armed Forces of the Philippines", "Royal Bank of Canada": an
/// adjective, an organisation keyword and "of" (perhaps "of the") before a
/// capitalised word open the run `s..e` (not "Yesterday Bank of …").
fn word_before_keyword_of(doc: &Document, lex: &Lexicon, s: usize, e: usize) -> bool {
    let toks = &doc.toks;
    let k = s + 1;
    e - s > 3
        && name_adjective(doc, s)
        && toks[k].shape == Shape::Cap
        && toks[k].flags & ORG_KW != 0
        && toks[k].flags & PLACE == 0
        && toks[k + 1].hash == lex.w.of
        && (toks[k + 2].is_cap()
            || (toks[k + 2].hash == lex.w.the && k + 3 < e && toks[k + 3].is_cap()))
}

/// Does the word at `s` read as an adjective that may open a body's name
/// ("Armed", "National", "Southern", "Islamic", "American"), not as an
/// adverb, a verb, a quantifier, a date or a function word ("Yesterday",
/// "Attended", "Several", "Local")?
fn name_adjective(doc: &Document, s: usize) -> bool {
    const BODY_ADJECTIVES: [&str; 9] = [
        "Armed",
        "United",
        "National",
        "Federal",
        "Royal",
        "Central",
        "Regional",
        "International",
        "Imperial",
    ];
    let t = &doc.toks[s];
    let w = doc.tok_text(s);
    t.flags & (NATIONALITY | GROUP) != 0
        || (t.flags & (FUNCTION | CALENDAR) == 0
            && (["ic", "ern"].iter().any(|x| w.ends_with(x)) || BODY_ADJECTIVES.contains(&w)))
}

/// Adverbs that open a sentence without a comma ("Meanwhile HyMart, the
/// chain, …"): never the first word of a name.
const SENTENCE_ADVERBS: [&str; 13] = [
    "Yesterday",
    "Today",
    "Tonight",
    "Tomorrow",
    "Earlier",
    "Later",
    "Meanwhile",
    "However",
    "Now",
    "Then",
    "Also",
    "Still",
    "Instead",
];

/// Is the word at `s` the first of a company's name that ends in a company
/// form at `e` ("Golden Harvest Trading Corp.") or goes on with keywords
/// only ("Meridian Capital Partners")? Not a word met in lower
/// case, a function word, a date or an adverb or participle that
/// describes the firm ("Struggling Acme Holdings Ltd.").
fn company_name_opener(doc: &Document, lex: &Lexicon, s: usize, e: usize) -> bool {
    let t = &doc.toks[s];
    let w = doc.tok_text(s);
    // "Meridian Capital Partners advised …": after the first word, only
    // keywords, that alone name no firm.
    let generic_rest = || {
        e - s >= 3
            && doc.toks[s + 1..e].iter().all(|x| {
                x.shape == Shape::Cap
                    && (x.flags & ORG_KW != 0 || lex.w.company_words.contains(x.hash))
            })
    };
    ((doc.toks[e - 1].flags & DESIGNATOR != 0 && doc.toks[e - 1].is_cap()) || generic_rest())
        && t.shape == Shape::Cap
        && t.flags & (FUNCTION | CALENDAR) == 0
        && !doc.lower.contains(&t.hash)
        && !["ing", "ed", "ly"].iter().any(|x| w.ends_with(x))
        && !SENTENCE_ADVERBS.contains(&w)
}

/// Does the run `s..e` start with a well-known organisation ("Apple said",
/// "Apple CEO Ann Lee")? Heads of up to five words are tried.
/// A one-word head that is also a common word ("Visa", "Target") needs the
/// word never to be written in lower case in the article.
fn known_org_head(doc: &Document, lex: &Lexicon, s: usize, e: usize) -> bool {
    let t = &doc.toks[s];
    // Every head tried opens with `t`: one flag test turns most runs away.
    t.flags & ORG_START != 0
        && (s + 1..=e.min(s + 5)).any(|k| {
            is_known_org(lex, &doc.toks, &(s..k))
                && (k > s + 1 || t.flags & COMMON == 0 || !doc.lower.contains(&t.hash))
        })
}

/// A plural possessive inside a name, before its keyword: "Farmers'
/// Union", "Teachers’ Federation" (the token at `i` is the possessive).
fn is_plural_possessive(doc: &Document, lex: &Lexicon, i: usize) -> bool {
    let toks = &doc.toks;
    let Some(n) = toks.get(i + 1) else {
        return false;
    };
    let after = doc.text.get(toks[i].end()..n.start()).unwrap_or("");
    toks[i].poss
        && toks[i].shape == Shape::Cap
        && doc.tok_text(i).ends_with('s')
        && (after.starts_with("' ") || after.starts_with("’ "))
        && n.shape == Shape::Cap
        && (n.flags & ORG_KW != 0 || keyword_ends_words_after(doc, lex, i + 1))
}

/// Is the capitalised word at `k` the plural of an organisation keyword
/// ("Brigades", "Associations")?
#[inline]
fn plural_keyword(doc: &Document, lex: &Lexicon, k: usize) -> bool {
    let t = &doc.toks[k];
    // Told without a call for most words (not capitalised, no final "s").
    t.shape == Shape::Cap
        && t.flags & (ORG_KW | GIVEN | SURNAME | PLACE) == 0
        && doc.text.as_bytes().get(t.end().wrapping_sub(1)) == Some(&b's')
        && singular_is_keyword(doc, lex, k)
}

/// Is the word at `k`, less its final "s", an organisation keyword?
#[inline(never)]
fn singular_is_keyword(doc: &Document, lex: &Lexicon, k: usize) -> bool {
    doc.tok_text(k)
        .strip_suffix('s')
        .is_some_and(|one| lex.gaz.flags(word_hash(one)) & ORG_KW != 0)
}

/// "Depositors' Welfare Forum", "Employers' Associations": do the
/// capitalised words from `k` (three at most) end in an organisation
/// keyword or its plural?
fn keyword_ends_words_after(doc: &Document, lex: &Lexicon, k: usize) -> bool {
    let toks = &doc.toks;
    let last = (k..toks.len().min(k + 3))
        .take_while(|&x| toks[x].shape == Shape::Cap && !toks[x].poss)
        .last();
    last.is_some_and(|x| toks[x].flags & ORG_KW != 0 || plural_keyword(doc, lex, x))
}

/// "People's Liberation Army", "Women's Institute", "Children's
/// Hospital": the possessive of an irregular plural, before a capitalised
/// word, stays inside the name.
/// So does a saint's ("St. Mary's Hospital", "Saint Paul's Cathedral")
/// and a royal title's before a keyword ("King's College"), and an
/// officer's before "Office" or "Department" ("Attorney General's Office").
fn is_irregular_plural_possessive(doc: &Document, lex: &Lexicon, i: usize) -> bool {
    let toks = &doc.toks;
    let saint = i > 0 && lex.w.saints.contains(toks[i - 1].hash) && toks[i - 1].is_cap();
    // "King's College Hospital", "Queen's University", "Prince's Trust".
    let royal = lex.w.royals.contains(toks[i].hash)
        && toks
            .get(i + 1)
            .is_some_and(|n| n.flags & (ORG_KW | PLACE_KW) != 0);
    let office = toks[i].flags & TITLE != 0
        && toks.get(i + 1).is_some_and(|n| {
            n.shape == Shape::Cap && (n.hash == lex.w.office || n.hash == lex.w.department)
        });
    // "Johannesburg Magistrate's Court", "Coroner's Court": the court of
    // an office.
    let court = toks[i].flags & COMMON != 0
        && toks[i].flags & (PLACE | GIVEN) == 0
        && toks
            .get(i + 1)
            .is_some_and(|n| n.shape == Shape::Cap && n.hash == lex.w.court);
    // "Moody's Ratings", "Lloyd's Market Association": a firm named with
    // its possessive.
    let firm = lex.w.possessive_firms.contains(toks[i].hash);
    // "Scottish Fishermen's Federation", "Servicemen's League": any plural
    // in "-men" (a dictionary word, not "Yemen's").
    let men = || {
        toks[i].flags & (COMMON | RARE) != 0
            && toks[i].flags & (PLACE | GIVEN) == 0
            && doc.tok_text(i).ends_with("men")
    };
    toks[i].shape == Shape::Cap
        && (lex.w.irregular_plurals.contains(toks[i].hash)
            || saint
            || royal
            || office
            || court
            || firm
            || men())
        // "St Attracta's GAA Club": an acronym may follow.
        && toks.get(i + 1).is_some_and(|n| n.is_cap() && !n.sent_start)
}

/// A quoted nickname between a given name and a surname: `Ann "Bo" Lee`
/// (the quotes at `i + 1` and `i + 3`).
pub fn is_nickname(doc: &Document, i: usize) -> bool {
    let toks = &doc.toks;
    toks[i].shape == Shape::Cap
        && !toks[i].poss
        && toks[i + 1].shape == Shape::Punct(b'"')
        && toks[i + 2].shape == Shape::Cap
        && toks[i + 3].shape == Shape::Punct(b'"')
        && toks.get(i + 4).is_some_and(|t| {
            // "Herbert "Buckshot" May": a surname may also be a common word.
            t.shape == Shape::Cap && (t.flags & COMMON == 0 || t.flags & SURNAME != 0)
        })
        && toks[i].end() < toks[i + 1].start()
        && toks[i + 1].end() == toks[i + 2].start()
        && toks[i + 2].end() == toks[i + 3].start()
        && toks[i + 3].end() < toks[i + 4].start()
}

/// Is the sentence-initial word at `i` a name? Decided on evidence from the
/// whole article, then on the word lists.
pub fn initial_is_name(doc: &Document, lex: &Lexicon, i: usize, run_len: usize) -> bool {
    let t = &doc.toks[i];
    let f = t.flags;
    if f & FUNCTION != 0 {
        return false;
    }
    // "Cash-strapped Puerto Nuevo", "Oil-rich Brunei": a compound of a
    // common word and a lower-case one describes what follows.
    if t.hyphen
        && let Some((head, tail)) = doc.tok_text(i).split_once('-')
        && tail.starts_with(char::is_lowercase)
        && lex.gaz.flags(word_hash(head)) & COMMON != 0
    {
        return false;
    }
    let next_is_name = run_len > 1
        && doc.toks.get(i + 1).is_some_and(|n| {
            // "Sally Field starred": a surname, though also a word, after a
            // given name that is no keyword ("Bank Hey is a suburb").
            n.is_cap()
                && (n.flags & COMMON == 0 || n.flags & SURNAME != 0 && f & (ORG_KW | PLACE_KW) == 0)
                // "Maria das Graças Lins": a particle, then a name (not
                // after a capitalised particle: "De la Vega said").
                || f & PARTICLE == 0
                    && n.shape == Shape::Lower
                    && n.flags & PARTICLE != 0
                    && doc.toks.get(i + 2).is_some_and(|m| m.is_cap() && m.flags & COMMON == 0)
        });
    // "See Ann Lee's book": an imperative, though also a given name.
    if f & GIVEN != 0 && next_is_name && !lex.w.imperatives.contains(t.hash) {
        return true;
    }
    // "S. Arulmozhi, a party spokesman, …": an initial opens a name.
    if run_len > 1
        && t.dot
        && t.shape == Shape::Cap
        && t.end() - t.start() == 2
        && doc
            .toks
            .get(i + 1)
            .is_some_and(|n| n.shape == Shape::Cap && n.flags & COMMON == 0)
    {
        return true;
    }
    // "Marquise T. Holloway, 24, …": a middle initial says a given name,
    // unless the word is met in lower case ("Later T. Holloway said").
    if run_len > 2
        && doc
            .toks
            .get(i + 1)
            .is_some_and(|n| n.dot && n.end() - n.start() == 2 && n.shape == Shape::Cap)
        && doc.toks[i + 2].shape == Shape::Cap
        && !doc.lower.contains(&t.hash)
        && ends_like_word(doc.tok_text(i))
    {
        return true;
    }
    if doc.cap_mid.contains(&t.hash) && !doc.lower.contains(&t.hash) {
        return true;
    }
    if doc.lower.contains(&t.hash) {
        return false;
    }
    if t.shape == Shape::Upper {
        return true;
    }
    // "China's exports", "Turkey said": a country, though also a word.
    if f & COUNTRY != 0 && t.shape == Shape::Cap {
        return true;
    }
    if f & (COMMON | RARE) != 0 || inflected_common(doc, lex, i) {
        return false;
    }
    if f & (GROUP | CALENDAR) != 0 {
        return false;
    }
    // "Rahmawati, 38, said …": an age after the word makes it a name.
    if run_len == 1 && f & (PLACE | CALENDAR) == 0 && age_follows(doc, lex, i + 1) {
        return true;
    }
    // A lone word that is at most a surname, never seen capitalised inside
    // a sentence ("Harbour council reopens …"), names nobody new: it is
    // kept only as a short form of a name met elsewhere.
    if run_len == 1 && f & (PLACE | GIVEN | ORG_KW) == 0 {
        return false;
    }
    // Unknown, non-common words (surnames, foreign names) are names.
    f & (PLACE | GIVEN | SURNAME | ORG_KW) != 0 || ends_like_word(doc.tok_text(i))
}

/// Does a person's age follow at `k`: ", 38," or ", a 54-year-old"?
pub fn age_follows(doc: &Document, lex: &Lexicon, k: usize) -> bool {
    let toks = &doc.toks;
    let age = |t: &Token, tail: &str| {
        t.shape == Shape::Number
            && doc
                .tok_text_of(t)
                .strip_suffix(tail)
                .is_some_and(|n| n.len() <= 3 && n.parse::<u32>().is_ok_and(|a| a <= 120))
    };
    if toks.get(k).and_then(Token::punct) != Some(b',') {
        return false;
    }
    match (toks.get(k + 1), toks.get(k + 2)) {
        (Some(n), Some(p)) if age(n, "") => p.punct() == Some(b','),
        (Some(a), Some(n)) => {
            a.shape == Shape::Lower
                && (a.hash == lex.w.a || a.hash == lex.w.an)
                && age(n, "-year-old")
        }
        _ => false,
    }
}

/// An inflection of a common or lower-case word ("Strategists", "Officials").
fn inflected_common(doc: &Document, lex: &Lexicon, i: usize) -> bool {
    stems(doc.tok_text(i)).any(|(stem, _)| {
        let h = word_hash(stem);
        doc.lower.contains(&h) || lex.gaz.flags(h) & (COMMON | RARE) != 0
    })
}

/// Adverbs and participles ("Reportedly", "Speaking") missing from the
/// common-word list still read as words.
fn ends_like_word(w: &str) -> bool {
    !(w.len() > 5 && (w.ends_with("ly") || w.ends_with("ing")))
}

/// Longest title starting at `i` inside `r` (1–4 words), as its end index.
pub fn title_at(doc: &Document, lex: &Lexicon, i: usize, r: &Range<usize>) -> Option<usize> {
    let toks = &doc.toks;
    let t = &toks[i];
    if t.flags & (TITLE | TITLE_START) == 0 {
        return None;
    }
    let max = (i + 4).min(r.end);
    let mut best = if t.flags & TITLE != 0 {
        Some(i + 1)
    } else {
        None
    };
    for e in i + 2..=max {
        let h = phrase_hash(toks[i..e].iter().map(|t| t.hash));
        if lex.gaz.phrase(h) & P_TITLE != 0 {
            best = Some(e);
        }
    }
    best
}

/// "the French government": a nationality (at `s`) and the word
/// "government" name a state's executive.
fn state_executive(doc: &Document, lex: &Lexicon, s: usize) -> bool {
    let toks = &doc.toks;
    toks[s].flags & NATIONALITY != 0
        && toks[s].shape == Shape::Cap
        && toks
            .get(s + 1)
            .is_some_and(|t| t.shape == Shape::Lower && t.hash == lex.w.government)
}

/// Is the sentence-initial word opening the run `s..e` no part of a name
/// (judged on evidence: [`initial_is_name`])? `head_end`: where the words
/// before any connector end; `ends_org`: they end in a keyword.
#[inline]
fn drops_initial(
    doc: &Document,
    lex: &Lexicon,
    Range { start: s, end: e }: Range<usize>,
    head_end: usize,
    ends_org: bool,
) -> bool {
    let toks = &doc.toks;
    let t = &toks[s];
    !starts_place(doc, lex, s, e)
        && !initial_is_name(doc, lex, s, e - s)
        // "Lumivera, a start-up, …" (not "Meanwhile HyMart, the chain").
        && (!org_apposition(doc, lex, e) || SENTENCE_ADVERBS.contains(&doc.tok_text(s)))
        && !known_org_head(doc, lex, s, e)
        && !keyword_heads_name(toks, s, e)
        && !keyword_of_name(lex, toks, s, e)
        // "Armed Forces of the Philippines (AFP) chief …"
        && !word_before_keyword_of(doc, lex, s, e)
        // "National Australia Bank said …", "Southern Cross Regional
        // Bank will pay …"
        && !(ends_org && e - s >= 2 && head_end == e && name_adjective(doc, s))
        // "Golden Harvest Trading Corp. said …": a company's full name
        // opens with a word written capitalised only.
        && !(e - s > 2 && head_end == e && company_name_opener(doc, lex, s, e))
        // "Hurricane Milton made landfall": kept, to be known a storm.
        && !lex.w.thing_prefixes.contains(t.hash)
        && !is_national_body(lex, toks, &(s..e))
        // "Crown Pacific Partners, L.P. was …", "Velder plc said"
        && !company_form_after(doc, lex, e)
        && (e - s != 1 || !corporate_after(doc, lex, e))
        && (!ends_org || e - s <= 2 || !is_ordinal_word(doc.tok_text(s)))
        // "British Airways said": a nationality inside a company name.
        && !(ends_org && t.flags & NATIONALITY != 0)
}

/// [`split_run`] for a run of one capitalised word at `s`, which its
/// rules for two words or more (titles, places, nationalities before a
/// name) pass by: only a state's executive, a function word and a
/// sentence-initial word are told apart here.
fn split_word(
    doc: &Document,
    lex: &Lexicon,
    s: usize,
    out: &mut Vec<Cand>,
    dropped: &mut Vec<usize>,
) {
    let toks = &doc.toks;
    let t = &toks[s];
    let e = s + 1;
    let the_before = s > 0 && toks[s - 1].hash == lex.w.the;
    if state_executive(doc, lex, s) {
        out.push(Cand::untitled(s..e + 1, the_before));
        return;
    }
    if t.flags & FUNCTION != 0 && t.shape == Shape::Cap {
        return;
    }
    if t.sent_start {
        let ends_org = t.flags & (ORG_KW | DESIGNATOR) != 0 || plural_keyword(doc, lex, s);
        if drops_initial(doc, lex, s..e, e, ends_org) {
            dropped.push(s);
            return;
        }
    }
    out.push(Cand::untitled(with_ordinal(doc, s, e)..e, the_before));
}

/// Trims, peels titles off and splits one capitalised run.
fn split_run(
    doc: &Document,
    lex: &Lexicon,
    run: Range<usize>,
    words: &RunWords,
    out: &mut Vec<Cand>,
    dropped: &mut Vec<usize>,
) {
    let toks = &doc.toks;
    if run.len() == 1 && toks[run.start].is_cap() {
        split_word(doc, lex, run.start, out, dropped);
        return;
    }
    let mut s = run.start;
    let titled = toks[s].flags & (TITLE | TITLE_START) != 0;
    let mut e = before_post_nominals(lex, toks, &run, titled);
    // "fined FC Tengri Almaty KZT 25 million": an amount's currency ends
    // no name.
    if words.flags & CURRENCY != 0 && e - s > 1 && currency_of_amount(doc, e - 1) {
        e -= 1;
    }
    // The name before any connector ends in a keyword: "Tarvin Water
    // Board", "Bank of …"; not "Professor Ann Lee of the … University".
    let head_end = if words.plain {
        e
    } else {
        (s..e).find(|&k| toks[k].shape == Shape::Lower).unwrap_or(e)
    };
    // "the Northern Shield Brigades": a keyword's plural too.
    let ends_org = head_end > s
        && (toks[head_end - 1].flags & (ORG_KW | DESIGNATOR) != 0
            || plural_keyword(doc, lex, head_end - 1));
    let mut the_before = s > 0 && toks[s - 1].hash == lex.w.the;
    let mut role: Option<Range<usize>> = None;
    // Peel off leading words that are not part of the name.
    while s < e {
        if e - s == 1 && state_executive(doc, lex, s) {
            out.push(Cand::untitled(s..e + 1, the_before));
            return;
        }
        let t = &toks[s];
        if t.flags & FUNCTION != 0 && t.shape == Shape::Cap {
            // A capitalised "The" inside a sentence is part of the name
            // ("bands like The Stooges"); elsewhere it is dropped.
            // After a dateline dash or a colon it opens the sentence
            // ("LONDON — The Bank of …").
            let opens = s > 0 && matches!(toks[s - 1].punct(), Some(b'-' | b':'));
            if t.hash == lex.w.the && !t.sent_start && !opens && e - s > 1 {
                the_before = true;
                break;
            }
            // "the All Progressives Congress", "All Nippon Airways": a
            // capitalised "All" inside a sentence opens a body's name.
            if t.hash == lex.w.all && !t.sent_start && !opens && ends_org && e - s > 1 {
                break;
            }
            the_before = t.hash == lex.w.the;
            s += 1;
            continue;
        }
        // The title's own words may be keywords: "Chief Financial Officer".
        if !ends_org
            && let Some(te) = title_or_office_at(doc, lex, s, &(s..e))
            && te < e
            && !is_org_run(toks, te, e)
            // "Prince Edward Island": a place that opens with a title.
            && !starts_place(doc, lex, s, e)
            // "General Staff": a known body that opens with a title (and
            // goes on with a common word, as names do not).
            && !(toks[te].flags & COMMON != 0 && is_known_org(lex, toks, &(s..te + 1)))
            // "Mr. van Dijk": a surname may open with a particle.
            && (toks[te].is_cap() || particles_before_name(toks, te))
            // "TD Cowen", "MP Materials": a title written as an acronym
            // heads a firm before a lone word that is no given name.
            && !(te == s + 1
                && t.shape == Shape::Upper
                && e - te == 1
                && toks[te].flags & GIVEN == 0)
            && !keyword_before_lower(&toks[te..e])
            // "Justices Ann Lee and Bo Rask": a plural title heads a list
            // (not "the Judges Guild").
            && (singular_title(doc.tok_text(te - 1)).is_none() || {
                let after = (te..e).find(|&k| !toks[k].is_cap()).unwrap_or(e);
                toks.get(after)
                    .is_some_and(|x| x.hash == lex.w.and || x.punct() == Some(b','))
            })
        {
            let from = role.as_ref().map_or(toks[s].start(), |r| r.start);
            role = Some(from..toks[te - 1].end());
            s = te;
            continue;
        }
        // "Chief Election Commissioner Gyanesh Kumar": after a title, a
        // field and another title before a personal name are the role's.
        if let Some(r) = role.as_mut()
            && !ends_org
            && s + 2 < e
            && toks[s].shape == Shape::Cap
            && toks[s].flags & COMMON != 0
            && toks[s].flags & (GIVEN | PLACE | ORG_KW | TITLE) == 0
            && let Some(te) = title_at(doc, lex, s + 1, &(s + 1..e))
            && te < e
            && personal_name_at(toks, te, e)
        {
            r.end = toks[te - 1].end();
            s = te;
            continue;
        }
        // "Tokyo-based Hoshida Pharmaceutical", "Hong Kong-listed Tianlong
        // Machinery": where the firm is based.
        // (not "Independent Broad-based … Commission").
        if words.hyphen
            && let Some(k) = (s..(s + 2).min(e - 1)).find(|&k| {
                says_where_based(doc, k) && (k == s || toks[s].flags & (PLACE | PLACE_START) != 0)
            })
        {
            s = k + 1;
            continue;
        }
        // "NFL Champion Harlow Falcons": a title won, before the team.
        if e - s > 2
            && let Some(k) = (s..(s + 3).min(e)).find(|&k| toks[k].hash == lex.w.champion)
            && e - k > 2
            && toks[k].shape == Shape::Cap
        {
            s = k + 1;
            continue;
        }
        // "Coroner Ann Lee", "Hall Famer Ivo Rask": capitalised common nouns
        // before a full personal name.
        // Not "New York Knicks": York is a given name, but "New York" a place.
        if !ends_org
            && let Some(p) = given_after_common(toks, s, e)
            && !starts_place(doc, lex, s, e)
        {
            s = p;
            continue;
        }
        if t.sent_start && drops_initial(doc, lex, s..e, head_end, ends_org) {
            dropped.push(s);
            s += 1;
            continue;
        }
        // Not "Saudi Arabia" (a place that opens with a nationality) nor
        // "Christian Horner" (a given name before a surname).
        if t.flags & (GROUP | CALENDAR) != 0
            && t.shape == Shape::Cap
            && e - s > 1
            && !ends_org
            && !is_org_run(toks, s, e)
            && !starts_place(doc, lex, s, e)
            && !given_before_surname(toks, s, e)
            && !known_org_head(doc, lex, s, e)
            // "European Union Election Observation Mission"
            && toks[s + 1].flags & ORG_KW == 0
            // "Philippine Red Cross", "British Red Cross" (not "an Asian
            // NATO", "German Bundesbank")
            && !(e - s > 2 && is_known_org(lex, toks, &(s + 1..e)))
            // "Australian Competition and Consumer Commission": the
            // nationality opens a body's name joined by "and".
            && !(t.flags & (NATIONALITY | GROUP) != 0 && opens_name_joined_by_and(doc, lex, s, e))
            // "the Jewish Power party": a party's name.
            && !(e - s == 2 && party_name_before(doc, lex, e))
        {
            // "the Swede Mats Lindqvist": the "the" was the nationality's,
            // before what reads as a personal name.
            if e - s > 2
                && toks[s + 1..e].iter().all(|t| {
                    t.shape == Shape::Cap
                        && t.flags & (ORG_KW | PLACE) == 0
                        && (t.flags & COMMON == 0 || t.flags & GIVEN != 0)
                })
            {
                the_before = false;
            }
            s += 1;
            continue;
        }
        // "South Korean President Yoon Suk Yeol"
        if e - s > 2 && !ends_org && is_nationality_phrase(lex, toks, s, s + 2) {
            // "the South African Hendrik van Zyl-Botha": the "the" was the
            // nationality's, before a given name.
            if toks[s + 2].flags & GIVEN != 0 {
                the_before = false;
            }
            s += 2;
            continue;
        }
        break;
    }
    // A surname's particles stay: "Mr. van Dijk" is "van Dijk".
    while s < e && !toks[s].is_cap() && !(role.is_some() && particles_before_name(toks, s)) {
        s += 1;
    }
    if s >= e {
        return;
    }
    // Mid-run titles split: "Moscow Mayor Ivan Orlov" → Moscow | Ivan Orlov.
    // "Bank of Italy Governor Fabio Panetta" too, when a personal name
    // follows the title.
    if role.is_none() && words.flags & (TITLE | TITLE_START) != 0 {
        for m in s + 1..e.saturating_sub(1) {
            // Not "… of Major League Baseball": a keyword after the title
            // makes it part of an organisation's name. A keyword may open
            // a title of more words ("Saudi Energy Minister Ann Lee").
            if toks[m].flags & (TITLE | TITLE_START) != 0
                && let Some(te) = title_or_office_at(doc, lex, m, &(m..e))
                && (toks[m].flags & ORG_KW == 0 || te > m + 1)
                && te < e
                && toks[te].is_cap()
                // "Martin Luther King Jr.": a surname that is a title,
                // before a name's suffix.
                && !toks[te].is_name_suffix()
                && !toks[te..e]
                    .iter()
                    .take_while(|t| t.is_cap())
                    .any(|t| t.flags & ORG_KW != 0)
                && (!ends_org || personal_name_at(toks, te, e))
            {
                push_segments(doc, lex, s..m, words.plain, None, the_before, out);
                let role = Some(toks[m].start()..toks[te - 1].end());
                // "Energy Minister Prince Abdulaziz": an honorific after
                // the office is no part of the name either.
                let name = match title_at(doc, lex, te, &(te..e)) {
                    Some(k) if k < e && toks[k].is_cap() => k,
                    _ => te,
                };
                push_segments(doc, lex, name..e, words.plain, role, false, out);
                return;
            }
        }
    }
    push_segments(doc, lex, s..e, words.plain, role, the_before, out);
}

/// What the words of a capitalised run hold, gathered as [`run_end`]
/// walks it: the rules for a connector, a title, a hyphenated word or a
/// currency pass by the many runs without one.
struct RunWords {
    /// The words' flags, together.
    flags: u32,
    /// Capitalised words only, no connector or mark.
    plain: bool,
    /// A hyphenated word among them.
    hyphen: bool,
    /// How many of the tokens are capitalised (entries of
    /// [`Document::caps`]).
    caps: usize,
}

impl Default for RunWords {
    fn default() -> Self {
        RunWords {
            flags: 0,
            plain: true,
            hyphen: false,
            caps: 0,
        }
    }
}

impl RunWords {
    /// Takes in one more token of the run (without a branch).
    #[inline]
    fn add(&mut self, t: &Token) {
        self.flags |= t.flags;
        self.plain &= t.is_cap();
        self.hyphen |= t.hyphen;
        self.caps += usize::from(t.is_cap());
    }
}

/// "Federal Police Director-General Andrei Rodrigues": words with an
/// organisation keyword, a title and a personal name make the run
/// `s..e`; gives where the title and the name start.
fn body_before_title(doc: &Document, lex: &Lexicon, s: usize, e: usize) -> Option<(usize, usize)> {
    let toks = &doc.toks;
    let (m, te) = (s + 1..e).find_map(|m| {
        if toks[m].flags & (TITLE | TITLE_START) == 0 {
            return None;
        }
        let te = title_or_office_at(doc, lex, m, &(m..e))?;
        (te < e && personal_name_at(toks, te, e)).then_some((m, te))
    })?;
    toks[s..m]
        .iter()
        .any(|t| t.flags & ORG_KW != 0 && t.is_cap())
        .then_some((m, te))
}

/// [`title_at`], going on over the field of an office named after its
/// title ([`office_field_end`]).
#[inline]
fn title_or_office_at(doc: &Document, lex: &Lexicon, i: usize, r: &Range<usize>) -> Option<usize> {
    // Most words are no title's: told apart without a call.
    if doc.toks[i].flags & (TITLE | TITLE_START) == 0 {
        return None;
    }
    title_office_at(doc, lex, i, r)
}

/// [`title_or_office_at`] past its first word's flags.
#[inline(never)]
fn title_office_at(doc: &Document, lex: &Lexicon, i: usize, r: &Range<usize>) -> Option<usize> {
    title_at(doc, lex, i, r).map(|te| office_field_end(doc, lex, te, r.end).unwrap_or(te))
}

/// "Minister for Housing James Browne", "Minister of Finance Ann Lee":
/// the field of an office named after its title (at `te`, "for" or "of"
/// and capitalised common words) before a personal name; gives where the
/// name starts.
fn office_field_end(doc: &Document, lex: &Lexicon, te: usize, e: usize) -> Option<usize> {
    let toks = &doc.toks;
    let t = toks.get(te).filter(|_| te < e)?;
    if t.shape != Shape::Lower || (t.hash != lex.w.for_ && t.hash != lex.w.of) {
        return None;
    }
    // A field is no two-letter word ("… of Transport Do Van Khoa": a
    // surname); a people's name in the plural may be one ("Minister for
    // Indigenous Australians").
    let field_word = |x: &Token| {
        x.shape == Shape::Cap
            && x.flags & (COMMON | RARE | GROUP) != 0
            && x.flags & (GIVEN | PLACE | TITLE) == 0
            && x.end() - x.start() > 2
    };
    // One or two words, or two fields joined by "and" ("Minister of
    // Tourism and Antiquities Sherif Fathy").
    let mut k = te + 1;
    let mut words = 0;
    let mut max = 2;
    while k < e && words < max && field_word(&toks[k]) {
        k += 1;
        words += 1;
        if max == 2
            && k + 1 < e
            && toks[k].shape == Shape::Lower
            && toks[k].hash == lex.w.and
            && field_word(&toks[k + 1])
        {
            k += 1;
            max = words + 2;
            continue;
        }
        if personal_name_at(toks, k, cap_run_end(doc, k, e)) {
            return Some(k);
        }
    }
    None
}

/// The words `from..end` are a personal name of two words or more that
/// opens with a given name ("Fabio Panetta") or an unknown word.
fn personal_name_at(toks: &[Token], from: usize, end: usize) -> bool {
    // Checked before any word is read: a run of fewer than two words may
    // start at the end of the text ("Minister of Trade" as its last words).
    if end < from + 2 {
        return false;
    }
    let first = toks[from].flags;
    // "François": a word no list knows reads as a given name too.
    (first & GIVEN != 0
            || first & (COMMON | RARE | PLACE | ORG_KW | TITLE | NATIONALITY) == 0)
        && toks[end - 1].shape == Shape::Cap
        // "François Villeroy de Galhau": with particles inside.
        && toks[from..end].iter().all(|t| {
            (t.shape == Shape::Cap && t.flags & (ORG_KW | PLACE_KW | DESIGNATOR) == 0)
                || (t.shape == Shape::Lower && t.flags & PARTICLE != 0)
        })
}

/// Where a capitalised run that is a personal name ends before the
/// letters after it: "Ann Lee MP", "Ivo Rask OBE", "Advocate Pieter Rask
/// SC" end before "MP", "OBE", "SC". Only after two words or more that
/// open with a title or a given name, or are no common words or places.
fn before_post_nominals(lex: &Lexicon, toks: &[Token], r: &Range<usize>, titled: bool) -> usize {
    let mut end = r.end;
    // "SC" also ends clubs' names ("Al Sadd SC"): only after a title, or
    // after a given name with a comma next, as counsel are named in a
    // court report ("Ann Lee SC, for the council, argued").
    // (Asked only of an "SC": most runs end in no post-nominal at all.)
    let counsel = || {
        toks[r.start].flags & (GIVEN | PARTICLE) == GIVEN
            && (toks.get(r.end).and_then(Token::punct) == Some(b',')
                // "defence advocate Ann Lee SC dismissed …"
                || r.start > 0
                    && toks[r.start - 1].shape == Shape::Lower
                    && toks[r.start - 1].flags & ROLE != 0)
    };
    while end > r.start
        && toks[end - 1].shape == Shape::Upper
        && lex.w.post_nominals.contains(toks[end - 1].hash)
        && (titled || toks[end - 1].hash != lex.w.sc || counsel())
    {
        end -= 1;
    }
    if end == r.end {
        return end;
    }
    let name = &toks[r.start..end];
    // "Johannes du Plessis SC": particles may be inside.
    let personal = name.len() >= 2
        && name.last().is_some_and(|t| t.shape == Shape::Cap)
        && name.iter().all(|t| {
            (t.shape == Shape::Cap && t.flags & ORG_KW == 0)
                || (t.shape == Shape::Lower && t.flags & PARTICLE != 0)
        })
        && (titled
            || name[0].flags & GIVEN != 0
            || name
                .iter()
                .all(|t| t.flags & (COMMON | PLACE | NATIONALITY) == 0));
    if personal { end } else { r.end }
}

/// Is there an organisation keyword among the words up to the first
/// lower-case one? After a title it makes the title part of a body's name
/// ("Chief Financial Officer", "Queen Elizabeth Hospital").
fn keyword_before_lower(toks: &[Token]) -> bool {
    toks.iter()
        .take_while(|t| t.shape != Shape::Lower)
        .any(|t| t.flags & ORG_KW != 0)
}

/// A group word that is also a given name, before one word that can only
/// be a surname: "Christian Horner", not "Christian Democrats".
fn given_before_surname(toks: &[Token], s: usize, e: usize) -> bool {
    // "Jan Novak on Sunday", "Jan Rask of the union": the name ends before
    // a connector.
    let e = (s + 1..e)
        .find(|&k| toks[k].shape == Shape::Lower && toks[k].flags & PARTICLE == 0)
        .unwrap_or(e);
    // "Jan de Vries": particles may come between.
    let last = &toks[e - 1];
    e - s >= 2
        && e - s <= 4
        && toks[s].flags & GIVEN != 0
        && toks[s + 1..e - 1]
            .iter()
            .all(|t| t.shape == Shape::Lower && t.flags & PARTICLE != 0)
        && last.shape == Shape::Cap
        && last.flags & (COMMON | GROUP | ORG_KW | PLACE | TITLE | CALENDAR) == 0
        // "April Ryan", "June Carter": a given name that is a surname too.
        && (last.flags & GIVEN == 0 || last.flags & SURNAME != 0)
}

/// "… and Arizona State University": a place, then a keyword ending the
/// run, names a body of its own.
fn place_headed_name(doc: &Document, from: usize, end: usize) -> bool {
    let toks = &doc.toks;
    let last = cap_run_end(doc, from, end);
    last == end
        && last - from >= 2
        && toks[from].flags & PLACE != 0
        && toks[last - 1].flags & ORG_KW != 0
}

/// "Broad Institute of MIT and Harvard": is what follows the last "of"
/// before `k` an organisation too (so that "and" joins two of them inside
/// one name)?
fn org_after_of(doc: &Document, lex: &Lexicon, seg: usize, k: usize) -> bool {
    let toks = &doc.toks;
    let Some(of) = (seg..k).rev().find(|&j| toks[j].hash == lex.w.of) else {
        return false;
    };
    let part = of + 1..k;
    !part.is_empty()
        && (is_known_org(lex, toks, &part)
            || part.len() == 1
                && toks[of + 1].shape == Shape::Upper
                && toks[of + 1].flags & PLACE == 0)
}

/// One or two particles before a capitalised word at `i`: "van Dijk",
/// "de la Cruz".
fn particles_before_name(toks: &[Token], i: usize) -> bool {
    let particle = |k: usize| toks.get(k).is_some_and(|t| t.flags & PARTICLE != 0);
    let cap = |k: usize| toks.get(k).is_some_and(Token::is_cap);
    particle(i) && (cap(i + 1) || particle(i + 1) && cap(i + 2))
}

/// Is the connector at `k` inside a known organisation's name that
/// starts at `seg` or one word later ("U.S. Customs and Border
/// Protection", "Brighton & Hove Albion", "Alternative for Germany")?
/// Known places count too ("Trinidad and Tobago").
fn known_name_across(doc: &Document, lex: &Lexicon, seg: usize, k: usize, end: usize) -> bool {
    let toks = &doc.toks;
    (seg..(seg + 2).min(k)).any(|a| {
        (toks[a].flags & ORG_START != 0
            && (k + 2..=end.min(a + 8)).any(|b| is_known_org(lex, toks, &(a..b))))
            || (toks[a].flags & PLACE_START != 0
                && a == seg
                && (k + 2..=end.min(a + 6)).any(|b| phrase_flags(lex, &toks[a..b]) & P_PLACE != 0))
    })
}

/// "University of Dayton and Wright State University": after the "and"
/// (at `k`), a name of two words or more that ends in a keyword of the
/// name before it is a body of its own.
fn own_body_after_and(doc: &Document, lex: &Lexicon, seg: usize, k: usize, end: usize) -> bool {
    let toks = &doc.toks;
    let after_end = cap_run_end(doc, k + 1, end);
    // "the Ministry of Transportation and TransJakarta": a brand.
    if after_end == k + 2 && k + 1 < end && is_camel_brand(doc.tok_text(k + 1)) {
        return true;
    }
    if after_end < k + 3 {
        return false;
    }
    let last = &toks[after_end - 1];
    // "Tobiloba Ventures and Gold Harbour Logistics": two names, each of
    // two words or more ending in a keyword of its own (not a field the
    // "and" goes on with: "Tarvek Mining and Metallurgical Company").
    let before = &toks[seg..k];
    // The keyword that ends a name of two words or more before the "and".
    let before_kw = before
        .last()
        .filter(|t| before.len() >= 2 && t.flags & ORG_KW != 0);
    let whole_before = before_kw.is_some_and(|kw| {
        before.iter().all(|t| t.is_cap())
            && before[0].flags & ORG_KW == 0
            && !is_field_word(lex, kw)
    });
    // "Prairie Shield Insurance and Cartier Mutual Insurance Company": the
    // name after the "and" holds the keyword that ends the one before.
    let same_field =
        before_kw.is_some_and(|kw| toks[k + 1..after_end].iter().any(|t| t.hash == kw.hash));
    last.flags & ORG_KW != 0
        && (whole_before || same_field || before.iter().any(|t| t.is_cap() && t.hash == last.hash))
}

/// "the Bill and Melinda Gates Foundation", "the Ann and Ivo Rask
/// Trust": one given name, "and", then a given name, a surname and an
/// organisation keyword; the couple names the body.
fn founders_before_keyword(doc: &Document, seg: usize, k: usize, end: usize) -> bool {
    let toks = &doc.toks;
    let after_end = cap_run_end(doc, k + 1, end);
    let given = |t: &Token| t.shape == Shape::Cap && t.flags & GIVEN != 0 && !t.poss;
    k == seg + 1
        && after_end >= k + 4
        && given(&toks[seg])
        && given(&toks[k + 1])
        && toks[after_end - 1].flags & ORG_KW != 0
        && toks[k + 2..after_end - 1]
            .iter()
            .all(|t| t.shape == Shape::Cap && t.flags & ORG_KW == 0)
}

/// "Securities and Exchange Commission", "Food and Drug Administration":
/// an "and" between capitalised common words, before a name that ends in an
/// organisation keyword (not "Ann Lee and Harlow Council").
fn joins_common_words(doc: &Document, lex: &Lexicon, seg: usize, k: usize, end: usize) -> bool {
    let toks = &doc.toks;
    let mut before = &toks[seg..k];
    let after_end = cap_run_end(doc, k + 1, end);
    // The name must end in a keyword (or be a national body) after a
    // capitalised word: a cheap test that turns away most "and"s before
    // the per-word rules below.
    if before.is_empty()
        || after_end == k + 1
        || toks[k + 1].shape != Shape::Cap
        || !(toks[after_end - 1].flags & ORG_KW != 0
            // "Environment and Climate Change Canada"
            || is_national_body(lex, toks, &(k + 1..after_end)))
    {
        return false;
    }
    // "Pierce County Building and Construction Trades Council": where the
    // body is may come first.
    if let Some(p) = before.iter().rposition(|t| t.flags & PLACE_KW != 0)
        && p + 1 < before.len()
    {
        before = &before[p + 1..];
    }
    let seg = k - before.len();
    // "Hostages and Missing Families Forum": plurals of common words too.
    // "Mining and Energy Union", "House Energy and Commerce Committee": a
    // keyword naming a field too, when a head keyword ends the name (not
    // "Energy and Resources Minister", nor "Shell Energy and Origin
    // Energy").
    let head = toks[after_end - 1].hash;
    let field = |t: &Token| {
        t.flags & ORG_KW != 0
            && t.hash != head
            && lex.w.field_keywords.contains(t.hash)
            && !lex.w.field_keywords.contains(head)
    };
    let common = |t: &Token| {
        t.shape == Shape::Cap
            && t.flags & (PLACE | GIVEN) == 0
            && (t.flags & ORG_KW == 0 || field(t))
            && (t.flags & COMMON != 0
                || doc
                    .tok_text_of(t)
                    .strip_suffix('s')
                    .is_some_and(|one| lex.gaz.flags(word_hash(one)) & COMMON != 0))
    };
    // "Securities and Exchange Commission": a plural keyword may end the
    // first part, unless it is the one ending the name ("Labour Party and
    // Green Party", "Big Band and Twilite Orchestra" are two).
    let last = before.len() - 1;
    let keyword_end = before[last].shape == Shape::Cap
        && doc.tok_text(seg + last).ends_with('s')
        && before[last].flags & COMMON != 0
        && before[last].flags & (PLACE | GIVEN) == 0
        && before[last].hash != toks[after_end - 1].hash;
    // "United Food and Commercial Workers": a common keyword may open it.
    let opening_keyword = |t: &Token| {
        t.shape == Shape::Cap && t.flags & COMMON != 0 && t.flags & (PLACE | GIVEN) == 0
    };
    // "Australian Competition and Consumer Commission", "European Space
    // Research and Technology Centre": a nationality may open it too;
    // "Knesset Foreign Affairs and Defense Committee": a known body.
    let nationality = |t: &Token| t.shape == Shape::Cap && t.flags & (NATIONALITY | GROUP) != 0;
    let known_body = || is_known_org(lex, toks, &(seg..seg + 1));
    // "Navoi Mining and Metallurgical Company": a firm's own name may open
    // it, when only common words follow the "and" (not "Halloway
    // Construction and Brightwater Partners", two firms).
    let own_name = |t: &Token| {
        t.shape == Shape::Cap
            && t.flags & (COMMON | GIVEN) == 0
            && toks[k + 1..after_end].iter().all(|x| {
                x.shape == Shape::Cap && x.flags & (COMMON | RARE) != 0 && x.flags & PLACE == 0
            })
    };
    before.iter().enumerate().all(|(i, t)| {
        common(t)
            // "Senate Commerce, Science and …" (see `list_before_keyword`)
            || (i > 0 && i < last && t.shape == Shape::Punct(b','))
            || (i == 0
                && last > 0
                && (opening_keyword(t) || nationality(t) || known_body() || own_name(t)))
            || (i == last && keyword_end)
            || t.shape == Shape::Upper && t.flags & ABBR != 0
    }) && (before.iter().any(common) || keyword_end)
}

/// Does the run `s..e` open with capitalised words, "and", and more that
/// `joins_common_words` makes one name ("Australian Nursing and Midwifery
/// Federation"; not "the Swede Mats Lindqvist and Harlow Council")?
fn opens_name_joined_by_and(doc: &Document, lex: &Lexicon, s: usize, e: usize) -> bool {
    let and = cap_run_end(doc, s, e);
    and > s + 1
        && and < e
        && doc.toks[and].hash == lex.w.and
        && joins_common_words(doc, lex, s, and, e)
}

/// The end of the run of capitalised words from `from` (at most `end`).
fn cap_run_end(doc: &Document, from: usize, end: usize) -> usize {
    (from..end).find(|&x| !doc.toks[x].is_cap()).unwrap_or(end)
}

/// "Central Bank of the Republic of Türkiye": a body's "of the" (at `k`)
/// before the formal name of a state.
fn state_after_of(doc: &Document, lex: &Lexicon, k: usize, end: usize) -> bool {
    let toks = &doc.toks;
    let s = k + 2;
    if toks[k].hash != lex.w.of
        || toks.get(k + 1).is_none_or(|t| t.hash != lex.w.the)
        || s + 2 >= end
        || !lex.w.state_nouns.contains(toks[s].hash)
        || toks[s + 1].hash != lex.w.of
    {
        return false;
    }
    is_state_name(
        lex,
        toks,
        &(s..cap_run_end(doc, past_the(lex, toks, s + 2), end)),
    )
}

/// Is the word at `e` a lower-case noun for a political body ("party",
/// "coalition"), after a name of two words that opens with a group
/// adjective ("the Jewish Power party", "the Scottish Labour party")?
fn party_name_before(doc: &Document, lex: &Lexicon, e: usize) -> bool {
    let toks = &doc.toks;
    let last = &toks[e - 1];
    last.shape == Shape::Cap
        && last.flags & (PLACE | GROUP | NATIONALITY | GIVEN) == 0
        && toks
            .get(e)
            .is_some_and(|t| t.shape == Shape::Lower && lex.w.political_nouns.contains(t.hash))
}

/// No "of" in `from..end` but one before the place that ends it ("…
/// Minerals and Energy of Western Australia").
fn of_only_before_place(doc: &Document, lex: &Lexicon, from: usize, end: usize) -> bool {
    let toks = &doc.toks;
    match (from..end).find(|&x| toks[x].hash == lex.w.of) {
        None => true,
        Some(of) => {
            let place = &toks[of + 1..end];
            !place.is_empty()
                && place.iter().all(Token::is_cap)
                && ((place.len() == 1 && place[0].flags & PLACE != 0)
                    || phrase_flags(lex, place) & P_PLACE != 0)
        }
    }
}

/// `i`, or the index after it when the word there is "the".
fn past_the(lex: &Lexicon, toks: &[Token], i: usize) -> usize {
    i + usize::from(toks.get(i).is_some_and(|t| t.hash == lex.w.the))
}

/// Does the hyphenated word at `k` say where a firm is based or listed
/// ("Tokyo-based", "Kong-listed")?
fn says_where_based(doc: &Document, k: usize) -> bool {
    doc.toks[k].hyphen && has_participle_tail(doc.tok_text(k))
}

/// The connector at `k` names the seat of a court in the segment from
/// `seg`: "U.S. Court of Appeals for the Fifth Circuit", "District Court
/// for the Southern District of New York".
fn court_seat(doc: &Document, lex: &Lexicon, seg: usize, k: usize, end: usize) -> bool {
    let toks = &doc.toks;
    let t = &toks[k];
    // "U.S. Attorney's Office for the Eastern District of New York" is
    // seated as a court is.
    let has_court = || {
        toks[seg..k]
            .iter()
            .any(|x| x.shape == Shape::Cap && (x.hash == lex.w.court || x.hash == lex.w.office))
    };
    if t.hash == lex.w.for_ {
        let from = past_the(lex, toks, k + 1);
        let run_end = cap_run_end(doc, from, end);
        run_end > from
            && [lex.w.circuit, lex.w.district].contains(&toks[run_end - 1].hash)
            && has_court()
    } else {
        t.hash == lex.w.of && toks[k - 1].hash == lex.w.district && has_court()
    }
}

/// "Office of the Attorney General of Switzerland": an office named by
/// its officer goes on with the officer's country (the "of" at `k`).
fn officer_of_country(doc: &Document, lex: &Lexicon, seg: usize, k: usize, end: usize) -> bool {
    let toks = &doc.toks;
    toks[k].hash == lex.w.of
        && toks[k - 1].flags & TITLE != 0
        && toks
            .get(k + 1)
            .is_some_and(|c| c.flags & COUNTRY != 0 && c.shape == Shape::Cap)
        && cap_run_end(doc, k + 1, end) == k + 2
        && toks[seg..k]
            .iter()
            .any(|x| x.shape == Shape::Cap && x.hash == lex.w.office)
}

/// "First" … "Twentieth": part of a unit's name ("Fourth Air Force").
fn is_ordinal_word(w: &str) -> bool {
    const ORDINALS: [&str; 20] = [
        "First",
        "Second",
        "Third",
        "Fourth",
        "Fifth",
        "Sixth",
        "Seventh",
        "Eighth",
        "Ninth",
        "Tenth",
        "Eleventh",
        "Twelfth",
        "Thirteenth",
        "Fourteenth",
        "Fifteenth",
        "Sixteenth",
        "Seventeenth",
        "Eighteenth",
        "Nineteenth",
        "Twentieth",
    ];
    ORDINALS.contains(&w)
}

/// A numeric ordinal ("65th", "3rd", "2d") just before `seg`, when the
/// name ends in an organisation keyword: "65th Air Division". Returns the
/// start to use.
#[inline]
fn with_ordinal(doc: &Document, seg: usize, end: usize) -> usize {
    let toks = &doc.toks;
    // Most names end in no keyword or follow no number: told without a
    // call.
    if seg == 0 || toks[end - 1].flags & ORG_KW == 0 || toks[seg - 1].shape != Shape::Number {
        return seg;
    }
    ordinal_before(doc, seg)
}

/// [`with_ordinal`] once a number stands before the name at `seg`.
#[inline(never)]
fn ordinal_before(doc: &Document, seg: usize) -> usize {
    let w = doc.tok_text(seg - 1);
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &w[digits..];
    if digits > 0 && matches!(suffix, "st" | "nd" | "rd" | "th" | "d") {
        seg - 1
    } else {
        seg
    }
}

/// The index of a given name (not a common word) followed by another
/// capitalised word, when only capitalised common words precede it; or of
/// a personal name after a role noun.
fn given_after_common(toks: &[Token], s: usize, e: usize) -> Option<usize> {
    let f = toks[s].flags;
    if f & (COMMON | RARE | ROLE) == 0 || f & (GIVEN | PLACE | ORG_KW) != 0 || toks[s].is_initial()
    {
        return None;
    }
    // "Wicketkeeper Usama Khalid-Rind": a role noun before a personal name.
    if f & ROLE != 0 && toks[s].shape == Shape::Cap && personal_name_at(toks, s + 1, e) {
        return Some(s + 1);
    }
    for p in s + 1..e.saturating_sub(1) {
        let t = &toks[p];
        // "Labour MP Ann Lee": the title is peeled next, as a role.
        if t.flags & (TITLE | TITLE_START) != 0 {
            return None;
        }
        if t.flags & GIVEN != 0 && t.flags & COMMON == 0 && toks[p + 1].is_cap() {
            return Some(p);
        }
        // Not across a connector: "Google and Meta Platforms".
        if t.shape == Shape::Lower {
            return None;
        }
        let common = t.flags & (COMMON | RARE) != 0 || t.shape != Shape::Cap;
        if !common || t.flags & (GIVEN | PLACE | ORG_KW) != 0 {
            return None;
        }
    }
    None
}

/// True when the run from `s` looks like an organisation name (a keyword at
/// its head followed by a connector: "Bank of …", "Ministry of …").
/// A keyword further on, after a connector, does not count: "Dr Ann Lee
/// of the University of Tarvin" is a titled person, then an organisation.
fn is_org_run(toks: &[Token], s: usize, e: usize) -> bool {
    let head = toks[s..e]
        .iter()
        .take_while(|t| t.shape != Shape::Lower && t.shape != Shape::Punct(b'&'));
    head.clone()
        .any(|t| t.flags & (ORG_KW | DESIGNATOR) != 0 && t.is_cap())
        && head.count() < e - s
}

/// Do the words from `s` (up to `e`) open with a place of two to four
/// words ("Prince Edward Island")? Asked of a first word that may open
/// one only.
fn starts_place(doc: &Document, lex: &Lexicon, s: usize, e: usize) -> bool {
    may_start_place_phrase(&doc.toks[s])
        && (s + 2..=e.min(s + 4)).any(|k| phrase_flags(lex, &doc.toks[s..k]) & P_PLACE != 0)
}

/// Pushes the run, split at the connectors that do not belong to one name.
/// A connector is licensed after an organisation keyword ("Bank of",
/// "Council on", "Centre for"), as "the" after a licensed "of", as "and"
/// inside a licensed "of" phrase, as "&", and as a name particle.
/// `plain`: the run holds capitalised words only ([`RunWords::plain`]).
#[inline]
fn push_segments(
    doc: &Document,
    lex: &Lexicon,
    r: Range<usize>,
    plain: bool,
    role: Option<Range<usize>>,
    the_before: bool,
    out: &mut Vec<Cand>,
) {
    let toks = &doc.toks;
    let mut r = r;
    while !plain && r.end > r.start && !toks[r.end - 1].is_cap() {
        r.end -= 1;
    }
    if r.is_empty() {
        return;
    }
    // Most names are capitalised words only: nothing to split, and no
    // call for the loop below.
    if plain || toks[r.clone()].iter().all(Token::is_cap) {
        out.push(Cand {
            toks: with_ordinal(doc, r.start, r.end)..r.end,
            role,
            the_before,
            byline: false,
        });
        return;
    }
    split_segments(doc, lex, r, role, the_before, out);
}

/// [`push_segments`] for a run `r` that holds a connector or a mark (and
/// ends in a capitalised word).
#[inline(never)]
fn split_segments(
    doc: &Document,
    lex: &Lexicon,
    r: Range<usize>,
    role: Option<Range<usize>>,
    the_before: bool,
    out: &mut Vec<Cand>,
) {
    let toks = &doc.toks;
    let mut seg = r.start;
    let mut first = true;
    let mut seg_role: Option<Range<usize>> = None;
    let mut in_of = false;
    let mut k = r.start;
    while k < r.end {
        let t = &toks[k];
        if t.is_cap() {
            k += 1;
            continue;
        }
        if licensed(doc, lex, &r, seg, k, in_of) {
            if t.hash == lex.w.of || t.hash == lex.w.on || t.hash == lex.w.for_ {
                in_of = true;
            }
            k += 1;
            continue;
        }
        // Split here: the piece before, then skip the connector(s).
        let mut end = k;
        while end > seg && !toks[end - 1].is_cap() {
            end -= 1;
        }
        if seg < end {
            out.push(Cand {
                toks: with_ordinal(doc, seg, end)..end,
                role: if first {
                    role.clone()
                } else {
                    seg_role.clone()
                },
                the_before: if first {
                    the_before
                } else {
                    toks[seg - 1].hash == lex.w.the
                },
                byline: false,
            });
        }
        first = false;
        in_of = false;
        k += 1;
        while k < r.end && !toks[k].is_cap() {
            k += 1;
        }
        seg = k;
        // "Ann Lee and Texan Ivo Rask": a nationality or resident word
        // after the connector describes the name that follows (but is part
        // of "British Computer Society").
        let head_end = cap_run_end(doc, seg, r.end);
        let ends_org = toks[head_end - 1].flags & (ORG_KW | DESIGNATOR) != 0;
        while !ends_org
            && seg + 1 < head_end
            && toks[seg].flags & GROUP != 0
            && toks[seg].shape == Shape::Cap
            && (toks[seg + 1].flags & COMMON == 0
                || toks[seg + 1].flags & (TITLE | TITLE_START) != 0)
            && !is_org_run(toks, seg, r.end)
            && !known_org_head(doc, lex, seg, r.end)
        {
            seg += 1;
            k = seg;
        }
        // "… and the South African Hendrik van Zyl-Botha": a nationality
        // of two words before a given name.
        if seg + 2 < head_end
            && is_nationality_phrase(lex, toks, seg, seg + 2)
            && toks[seg + 2].flags & GIVEN != 0
        {
            seg += 2;
            k = seg;
        }
        // "… and Tokyo-based Hakuba Partners": where the firm is based.
        if seg + 1 < head_end && says_where_based(doc, seg) {
            seg += 1;
            k = seg;
        }
        // "Dr Ann Lee and Dr Ivo Rask": a title after the connector, or
        // titles ("… and Health Minister Dr. Ivo Rask").
        seg_role = None;
        let role_start = toks[seg].start();
        while let Some(te) = title_or_office_at(doc, lex, seg, &r)
            && te < r.end
            && toks[te].is_cap()
            && !is_org_run(toks, seg, r.end)
            // "… and Queen Elizabeth Hospital Birmingham"
            && !keyword_before_lower(&toks[te..r.end])
        {
            seg_role = Some(role_start..toks[te - 1].end());
            seg = te;
            k = te;
        }
        // "… and Federal Police Director-General Andrei Rodrigues": a body
        // before the title of the person named after it.
        if seg_role.is_none()
            && let Some((m, te)) = body_before_title(doc, lex, seg, cap_run_end(doc, seg, r.end))
        {
            out.push(Cand::untitled(seg..m, false));
            seg_role = Some(toks[m].start()..toks[te - 1].end());
            seg = te;
            k = te;
        }
    }
    if seg < r.end {
        out.push(Cand {
            toks: with_ordinal(doc, seg, r.end)..r.end,
            role: if first { role } else { seg_role },
            the_before: if first {
                the_before
            } else {
                toks[seg - 1].hash == lex.w.the
            },
            byline: false,
        });
    }
}

/// Does the non-capitalised token at `k` (a connector, a particle, a
/// punctuation mark) belong inside the name `r`, whose current segment
/// starts at `seg`? `in_of`: an "of", "on" or "for" was licensed in it.
/// (Kept out of [`split_segments`]'s loop: inlined there, its many
/// derived positions were carried and spilled over every capitalised
/// word of the loop.)
#[inline(never)]
fn licensed(
    doc: &Document,
    lex: &Lexicon,
    r: &Range<usize>,
    seg: usize,
    k: usize,
    in_of: bool,
) -> bool {
    let toks = &doc.toks;
    let t = &toks[k];
    let prev = &toks[k - 1];
    if t.shape == Shape::Punct(b'"') {
        // The quotes of a nickname: `Ann "Bo" Lee`.
        (k > r.start && k + 3 <= r.end && is_nickname(doc, k - 1))
            || (k >= r.start + 3 && is_nickname(doc, k - 3))
    } else if t.shape == Shape::Punct(b'&') {
        // "Procter & Gamble", "Marks & Spencer Group"; not "Ann Lee & Bo Li".
        // Written tight it is always one name: "AT&T", "C&S Grocers".
        (prev.end() == t.start() && toks[k + 1].start() == t.end())
            || known_name_across(doc, lex, seg, k, r.end)
            || toks[r.clone()]
                .iter()
                .any(|x| x.flags & (ORG_KW | DESIGNATOR) != 0 && x.is_cap())
            || (k < r.start + 2 || !toks[k - 2].is_cap())
                && (k + 2 >= r.end || !toks[k + 2].is_cap())
    } else if t.flags & PARTICLE != 0 && !lex.w.is_org_connector(t.hash) {
        true
    } else if t.hash == lex.w.the {
        // "Bank of the South"; "Institute for the Study of War" (a
        // common noun next), not "League for the St. Louis Eagles".
        in_of
            && (prev.hash == lex.w.of
                || (prev.hash == lex.w.and && and_the_field(doc, lex, k - 1, r.end))
                || (prev.hash == lex.w.for_ || prev.hash == lex.w.on)
                    && toks.get(k + 1).is_some_and(|n| {
                        n.shape == Shape::Cap && n.flags & COMMON != 0 && n.flags & PLACE == 0
                    }))
    } else if t.shape == Shape::Punct(b',') {
        in_of && name_list_after_of(doc, lex, r.start, k, r.end)
            || list_before_keyword(doc, lex, k, r.end)
            || company_forms_around(toks, k)
            || partners_before_ampersand(doc, r.start, k, r.end)
    } else if t.hash == lex.w.and {
        // Not "Law Society of Kenya and Amnesty International": a
        // known organisation after the "and" is a name of its own;
        // not "Google and Meta Platforms" either, before it.
        known_name_across(doc, lex, seg, k, r.end)
            || founders_before_keyword(doc, seg, k, r.end)
            || (in_of && and_the_field(doc, lex, k, r.end))
            // (The tests of the words after the "and" come first: they
            // turn most "and"s away cheaply.)
            || ((in_of
                && k + 1 < r.end
                && of_only_before_place(doc, lex, k + 1, r.end)
                && !(toks[k + 1].is_cap()
                    && (known_org_head(doc, lex, k + 1, r.end)
                        || place_headed_name(doc, k + 1, r.end))
                    && !org_after_of(doc, lex, seg, k)))
                || joins_common_words(doc, lex, seg, k, r.end))
                && !is_known_org(lex, toks, &(seg..k))
                && !own_body_after_and(doc, lex, seg, k, r.end)
                // "the Democratic Republic of Congo and Burundi"
                && phrase_flags(lex, &toks[seg..k]) & P_PLACE == 0
    } else {
        // "Bank of England", "Ministry of Harbour Works"; not "League
        // for FC Basel", "Division of the Border Corps" (a part of
        // another organisation) nor "Club on May".
        let next_seg = toks[k + 1..r.end]
            .iter()
            .skip_while(|x| !x.is_cap())
            .take_while(|x| x.is_cap());
        let hall_of_fame =
            k + 1 < r.end && lex.w.is_hall_of_fame([prev.hash, t.hash, toks[k + 1].hash]);
        let of_the = toks.get(k + 1).is_some_and(|x| x.hash == lex.w.the);
        let head_is_org = prev.is_cap()
            && (prev.flags & (ORG_KW | DESIGNATOR) != 0
                // "Directorate General of Civil Aviation",
                // "Secretariat General of the Government".
                || prev.hash == lex.w.general
                    && k >= seg + 2
                    && toks[k - 2].is_cap()
                    && toks[k - 2].flags & ORG_KW != 0);
        // A lone plural keyword is what the body deals with, not a
        // name: "Commission for Museums and Monuments". (Asked only of
        // a keyword: it reads the word's text.)
        let lone_plural = || {
            next_seg.clone().count() == 1
                && next_seg.clone().next().is_some_and(|x| {
                    let w = doc.tok_text_of(x);
                    w.ends_with('s') && !w.ends_with("ss")
                })
        };
        let next_is_own_name = next_seg.clone().any(|x| x.flags & DESIGNATOR != 0)
            || next_seg.clone().next().is_some_and(|x| {
                x.flags & ORG_KW != 0
                    && !lone_plural()
                    // "Institute for International Economics": an
                    // adjective keyword opens no name of its own.
                    && !(x.flags & COMMON != 0
                        && next_seg.clone().last().is_some_and(|l| l.flags & ORG_KW == 0))
            })
            // "Division of the Border Corps", not "Association of the
            // Automotive Industry": an own name ends in its keyword
            // (one keyword alone is the body's field: "Alliance for
            // the Republic", "Department of the Treasury").
            || (of_the
                && next_seg.clone().count() > 1
                && next_seg.clone().last().is_some_and(|x| x.flags & ORG_KW != 0));
        // "School of Music", "Department of Financial Services": common
        // words naming a field are what the body deals with.
        let next_is_field = next_seg.clone().all(|x| is_field_word(lex, x));
        // "Federal Office of Police", "Alliance for the Republic": one
        // common keyword after "of" or "for" (and "the") is the body's
        // field.
        // Not "IV Corps of the Army of the Potomac": the keyword heads
        // a name of its own when an "of" goes on after it.
        let lone_field = || {
            let x = past_the(lex, toks, k + 1);
            (t.hash == lex.w.of || t.hash == lex.w.for_)
                && next_seg.clone().count() == 1
                && toks
                    .get(x)
                    .is_some_and(|w| w.shape == Shape::Cap && w.flags & COMMON != 0)
                && toks.get(x + 1).is_none_or(|n| n.hash != lex.w.of)
        };
        let next_is_own_name =
            next_is_own_name && !(head_is_org && (next_is_field || lone_field()));
        let next_is_date = next_seg.clone().any(|x| x.flags & CALENDAR != 0);
        // "Rapid Support Forces of Gen. Ann Lee": a titled person after
        // the connector leads the body, and is not in its name.
        let next_is_titled = toks.get(k + 1).is_some_and(|x| x.is_cap())
            && title_at(doc, lex, k + 1, r).is_some_and(|te| {
                te < r.end
                    && toks[te].is_cap()
                    && toks[te..r.end]
                        .iter()
                        .take_while(|x| x.is_cap())
                        .all(|x| x.flags & ORG_KW == 0)
            });
        // "Institute for the Study of War": a licensed "the" opened a
        // phrase that goes on.
        let after_the = in_of && k >= 2 && toks[k - 2].hash == lex.w.the;
        hall_of_fame
            || (head_is_org || after_the) && !next_is_own_name && !next_is_date && !next_is_titled
            || group_of_place(doc, lex, k, cap_run_end(doc, k + 1, r.end))
            || known_name_across(doc, lex, seg, k, r.end)
            || court_seat(doc, lex, seg, k, r.end)
            || officer_of_country(doc, lex, seg, k, r.end)
            || state_after_of(doc, lex, k, r.end)
    }
}
