//! Word lists from `assets/gazetteers/` (embedded at compile time), loaded
//! once into hashed lookups: one table for single words (bit flags), one for
//! multi-word phrases.
//!
//! Keys are 64-bit hashes of the case-folded form with dots dropped and ’
//! read as ', so "U.S." = "US" = "us" and "Mr." = "Mr".

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::flagtab::FlagTab;
use super::hashtab::HashTab;
use super::tokens::{ByCase, Shape, tokenize_into};

/// The word is a common English word (in lower case).
pub const COMMON: u32 = 1;
/// A given name.
pub const GIVEN: u32 = 1 << 1;
/// A frequent surname.
pub const SURNAME: u32 = 1 << 2;
/// An organisation keyword (Council, Bank, University …).
pub const ORG_KW: u32 = 1 << 3;
/// A company designator (Inc, Ltd, GmbH …).
pub const DESIGNATOR: u32 = 1 << 4;
/// A one-word title written before a name (President, Mr.).
pub const TITLE: u32 = 1 << 5;
/// A lower-case role noun (envoy, minister).
pub const ROLE: u32 = 1 << 6;
/// An adjective or group word that is no entity (Republican, Christian).
pub const GROUP: u32 = 1 << 7;
/// Months, weekdays, holidays and similar capitalised non-names.
pub const CALENDAR: u32 = 1 << 8;
/// A function word (of, the, and …): lower case inside names and headings.
pub const FUNCTION: u32 = 1 << 9;
/// A particle inside personal names (van, de, al).
pub const PARTICLE: u32 = 1 << 10;
/// A single-word place (country, city, state, region).
pub const PLACE: u32 = 1 << 11;
/// A country (also set with PLACE).
pub const COUNTRY: u32 = 1 << 12;
/// An abbreviation written with a final dot (Mr., Gen., Inc.).
pub const ABBR: u32 = 1 << 13;
/// A nationality adjective (Russian).
pub const NATIONALITY: u32 = 1 << 14;
/// The first word of a multi-word title ("Prime" of "Prime Minister").
pub const TITLE_START: u32 = 1 << 15;
/// The first word of a multi-word place ("New" of "New York").
pub const PLACE_START: u32 = 1 << 16;

/// A less common English word (only used to judge sentence-initial words).
pub const RARE: u32 = 1 << 17;

/// A place keyword (Park, River, County, Lake).
pub const PLACE_KW: u32 = 1 << 18;
/// A capitalised abbreviation that is no entity (CD, DJ, CEO).
pub const ABBREV: u32 = 1 << 19;

/// A word that turns a following name into a place (North, Lake, Mount).
pub const PLACE_PREFIX: u32 = 1 << 20;
/// A word that makes a name an event, award, law or work (Cup, Act, War).
pub const MISC_KW: u32 = 1 << 21;
/// A plural nickname that ends a sports team's name (Falcons, Dockers).
pub const TEAM: u32 = 1 << 22;
/// The first word of a well-known organisation's name ([`P_ORG`]).
pub const ORG_START: u32 = 1 << 23;
/// The first word of a multi-word nationality ("South" of "South Korean").
pub const NAT_START: u32 = 1 << 24;
/// A currency's ISO code ("EUR", "KZT").
pub const CURRENCY: u32 = 1 << 25;

/// Phrase flag: a multi-word place.
pub const P_PLACE: u8 = 1;
/// Phrase flag: a multi-word title.
pub const P_TITLE: u8 = 1 << 1;
/// Phrase flag: a multi-word role noun.
pub const P_ROLE: u8 = 1 << 2;
/// Phrase flag: a two-word ending that names a building or site
/// ("Convention Center").
pub const P_FACILITY: u8 = 1 << 3;
/// Phrase flag: a two-word ending that names a public body ("School
/// District").
pub const P_BODY: u8 = 1 << 4;
/// Phrase flag: a well-known organisation, one word or several ("Reuters",
/// "Goldman Sachs"), keyed by the hashes of its tokens.
pub const P_ORG: u8 = 1 << 5;
/// Phrase flag: a [`P_ORG`] name written in capitals ("WHO", "ICE"),
/// which matches only words written in capitals.
pub const P_ORG_CAPS: u8 = 1 << 6;
/// Phrase flag: a multi-word nationality adjective ("South Korean", "Sri
/// Lankan").
pub const P_NATIONALITY: u8 = 1 << 7;

const SEED: u64 = 0xcbf2_9ce4_8422_2325;
const MUL: u64 = 0x517c_c1b7_2722_0a95;

/// A hasher for keys that already are good 64-bit hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8)) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A hash map keyed by precomputed hashes.
pub type HashMapU64<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

#[inline]
fn mix(h: u64, b: u64) -> u64 {
    (h.rotate_left(5) ^ b).wrapping_mul(MUL)
}

/// Case-folded hash of a word: letters lower-cased, dots dropped, ’ read
/// as '. ASCII words are hashed eight bytes at a time.
#[inline(always)]
pub fn word_hash(word: &str) -> u64 {
    let bytes = word.as_bytes();
    if bytes.iter().all(|&b| b < 0x80 && b != b'.') {
        // In ASCII words (letters, digits, - and '), setting bit 0x20 folds
        // A–Z to a–z and changes nothing else.
        return hash_folded(bytes, true);
    }
    word_hash_slow(word)
}

/// The ASCII letter of a Latin letter with a diacritic, either case
/// ("é", "Ñ", "ş" → e, n, s): "Héctor" and "Hector" are one word to the
/// word lists, most of which are written without accents.
fn fold_accent(c: char) -> Option<u8> {
    let b = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' | 'Ă' | 'Ą' => b'a',
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => b'c',
        'ď' | 'Ď' => b'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę'
        | 'Ě' => b'e',
        'ğ' | 'Ğ' => b'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => {
            b'i'
        }
        'ł' | 'Ł' => b'l',
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => b'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō'
        | 'Ő' => b'o',
        'ř' | 'Ř' => b'r',
        'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => b's',
        'ť' | 'ţ' | 'ț' | 'Ť' | 'Ţ' | 'Ț' => b't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => {
            b'u'
        }
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => b'y',
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => b'z',
        _ => return None,
    };
    Some(b)
}

/// [`word_hash`] for words with dots or non-ASCII letters.
#[cold]
#[inline(never)]
fn word_hash_slow(word: &str) -> u64 {
    let mut buf = [0u8; 96];
    let mut len = 0;
    let mut long: Vec<u8> = Vec::new();
    let mut put = |b: u8| {
        if len < buf.len() {
            buf[len] = b;
            len += 1;
        } else {
            if long.is_empty() {
                long.extend_from_slice(&buf);
            }
            long.push(b);
        }
    };
    for c in word.chars() {
        match c {
            '.' => {}
            '\u{2019}' => put(b'\''),
            c if c.is_ascii() => put(c as u8 | 0x20),
            c if let Some(b) = fold_accent(c) => put(b),
            c => {
                for l in c.to_lowercase() {
                    let mut tmp = [0u8; 4];
                    for &b in l.encode_utf8(&mut tmp).as_bytes() {
                        put(b);
                    }
                }
            }
        }
    }
    if long.is_empty() {
        hash_folded(&buf[..len], false)
    } else {
        hash_folded(&long, false)
    }
}

/// Hashes bytes eight at a time; `fold` ORs 0x20 into every byte.
#[inline(always)]
fn hash_folded(bytes: &[u8], fold: bool) -> u64 {
    let mask = if fold { 0x2020_2020_2020_2020u64 } else { 0 };
    let mut h = SEED ^ (bytes.len() as u64);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(a) | mask);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h = mix(h, load_le(rest) | (mask & low_bytes(rest.len())));
    }
    finish(h)
}

/// Up to eight bytes as a little-endian word, zero-padded.
#[inline(always)]
fn load_le(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .take(8)
        .enumerate()
        .fold(0, |w, (k, &b)| w | u64::from(b) << (8 * k))
}

/// A mask of the low `n` bytes (1 ≤ n ≤ 8).
#[inline(always)]
fn low_bytes(n: usize) -> u64 {
    u64::MAX >> (8 * (8 - n.min(8)))
}

/// [`word_hash`] of `text[start..end]` for a word known to be ASCII letters
/// only (what the tokenizer's fast paths see), read eight bytes at a time
/// straight from the text: the same value, without the checks and copies.
#[inline(always)]
pub fn ascii_letters_hash(text: &[u8], start: usize, end: usize) -> u64 {
    const MASK: u64 = 0x2020_2020_2020_2020;
    let mut h = SEED ^ ((end - start) as u64);
    let mut p = start;
    while p + 8 <= end {
        h = mix(h, word_at(text, p) | MASK);
        p += 8;
    }
    let r = end - p;
    if r > 0 {
        // The last one to seven bytes, read with what follows when the
        // text goes on for eight.
        let w = match text.get(p..p + 8) {
            Some(w) => w.try_into().map_or(0, u64::from_le_bytes),
            None => load_le(text.get(p..end).unwrap_or(&[])),
        };
        h = mix(h, (w | MASK) & (u64::MAX >> (64 - 8 * r)));
    }
    finish(h)
}

/// [`ascii_letters_hash`] of a word of one to seven ASCII letters, given
/// as the low `len` bytes of `w` (the bytes above are ignored): the text
/// read once, by the tokenizer, both to find the word's end and to hash it.
#[inline(always)]
pub fn short_letters_hash(w: u64, len: usize) -> u64 {
    const MASK: u64 = 0x2020_2020_2020_2020;
    finish(mix(
        SEED ^ (len as u64),
        (w | MASK) & (u64::MAX >> (64 - 8 * len)),
    ))
}

/// [`ascii_letters_hash`] of a word of eight to fifteen ASCII letters:
/// its first eight bytes `w`, then the low `rest` bytes (0 to 7) of `v`.
#[inline(always)]
pub fn medium_letters_hash(w: u64, v: u64, rest: usize) -> u64 {
    const MASK: u64 = 0x2020_2020_2020_2020;
    let h = mix(SEED ^ (8 + rest) as u64, w | MASK);
    // Eight letters exactly mix no second word: chosen without a branch,
    // as word lengths follow no pattern.
    let more = mix(h, (v | MASK) & ((1 << (8 * rest)) - 1));
    finish(std::hint::select_unpredictable(rest > 0, more, h))
}

/// The eight bytes at `p` as a little-endian word (0 past the end).
#[inline(always)]
fn word_at(text: &[u8], p: usize) -> u64 {
    text.get(p..p + 8)
        .and_then(|s| <[u8; 8]>::try_from(s).ok())
        .map_or(0, u64::from_le_bytes)
}

#[inline]
fn finish(h: u64) -> u64 {
    let h = (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 32)
}

/// Hash of a phrase from the hashes of its words, in order.
#[inline]
pub fn phrase_hash<I: IntoIterator<Item = u64>>(words: I) -> u64 {
    let mut h = SEED ^ 0x9e37_79b9;
    for w in words {
        h = mix(h, w);
    }
    finish(h)
}

/// The loaded lists. Build once (see [`Gazetteer::get`]).
#[derive(Debug)]
pub struct Gazetteer {
    words: FlagTab,
    /// The few words whose flags matter on lower-case tokens (function
    /// words, particles, role nouns): a small, cache-friendly table.
    small: FlagTab,
    phrases: FlagTab,
    /// Hashes of the abbreviated given names written with a dot before a
    /// name ("Md. Jahangir Alam", "Ma. Cristina Reyes"), and whether each is
    /// also a surname.
    given_abbreviations: [(u64, bool); 4],
}

/// See [`Gazetteer::given_abbreviation`]: the word, and whether it is also
/// a surname ("Jack Ma").
const GIVEN_ABBREVIATIONS: [(&str, bool); 4] = [
    ("md", false),
    ("mohd", false),
    ("muhd", false),
    ("ma", true),
];

/// [`GIVEN_ABBREVIATIONS`] hashed.
fn given_abbreviations() -> [(u64, bool); 4] {
    GIVEN_ABBREVIATIONS.map(|(w, surname)| (word_hash(w), surname))
}

/// The lists while they are read in.
struct Builder {
    words: HashTab<u32>,
    phrases: HashTab<u8>,
    /// Phrase hashes of the well-known organisations whose name ends in a
    /// possessive ("McDonald's", "Moody's").
    possessive_orgs: Vec<u64>,
}

/// Phrase flag kept beside the [`u8`] ones (see
/// [`Gazetteer::is_possessive_org`]).
const P_ORG_POSSESSIVE: u32 = 1 << 8;

/// Flags kept for lower-case tokens.
pub const LOWER_FLAGS: u32 = FUNCTION | PARTICLE | ROLE;

macro_rules! asset {
    ($name:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/gazetteers/",
            $name
        ))
    };
}

/// Lines of a list file, skipping comments and blanks.
fn entries(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Gazetteer {
    /// Loads every embedded list.
    pub fn load() -> Self {
        let mut g = Builder {
            words: HashTab::dense(96_000),
            phrases: HashTab::with_capacity(2_048),
            possessive_orgs: Vec::new(),
        };
        g.add_words(asset!("common_words.txt"), COMMON, 0);
        g.add_words(asset!("rare_words.txt"), RARE, 0);
        g.add_words(asset!("given_names.txt"), GIVEN, 0);
        g.add_words(asset!("surnames.txt"), SURNAME, 0);
        g.add_words(asset!("org_keywords.txt"), ORG_KW, 0);
        g.add_words(asset!("org_designators.txt"), DESIGNATOR, 0);
        g.add_words(asset!("titles.txt"), TITLE, P_TITLE);
        g.add_words(asset!("roles.txt"), ROLE, P_ROLE);
        g.add_words(asset!("group_words.txt"), GROUP, 0);
        g.add_words(asset!("nationalities.txt"), NATIONALITY | GROUP, 0);
        g.add_nationality_phrases(asset!("nationalities.txt"));
        g.add_nationality_plurals(asset!("nationalities.txt"));
        g.add_words(asset!("demonyms.txt"), NATIONALITY | GROUP, 0);
        g.add_nationality_phrases(asset!("demonyms.txt"));
        g.add_words(asset!("calendar.txt"), CALENDAR, 0);
        g.add_words(asset!("currencies.txt"), CURRENCY, 0);
        g.add_words(asset!("place_keywords.txt"), PLACE_KW, 0);
        g.add_words(asset!("abbreviations.txt"), ABBREV, 0);
        g.add_words(asset!("place_prefixes.txt"), PLACE_PREFIX, 0);
        g.add_words(asset!("misc_keywords.txt"), MISC_KW, 0);
        g.add_words(asset!("team_nicknames.txt"), TEAM, 0);
        g.add_words(asset!("function_words.txt"), FUNCTION, 0);
        g.add_words(asset!("name_particles.txt"), PARTICLE, 0);
        g.add_words(asset!("countries.txt"), PLACE | COUNTRY, P_PLACE);
        g.add_words(asset!("cities.txt"), PLACE, P_PLACE);
        g.add_words(asset!("us_states.txt"), PLACE, P_PLACE);
        g.add_words(asset!("regions.txt"), PLACE, P_PLACE);
        g.add_words(asset!("facilities.txt"), 0, P_FACILITY);
        g.add_words(asset!("district_bodies.txt"), 0, P_BODY);
        g.add_known_orgs(asset!("organisations.txt"));
        Gazetteer {
            words: FlagTab::new(g.words.iter()),
            small: FlagTab::new(
                g.words
                    .iter()
                    .filter(|&(_, f)| f & LOWER_FLAGS != 0)
                    .map(|(h, f)| (h, f & LOWER_FLAGS)),
            ),
            given_abbreviations: given_abbreviations(),
            phrases: FlagTab::new(g.phrases.iter().map(|(h, f)| {
                let possessive = g.possessive_orgs.contains(&h);
                (
                    h,
                    u32::from(f) | if possessive { P_ORG_POSSESSIVE } else { 0 },
                )
            })),
        }
    }

    /// A gazetteer with no words: enough to tokenize (token boundaries and
    /// hashes do not depend on the lists).
    fn empty() -> Self {
        Gazetteer {
            words: FlagTab::new(std::iter::empty()),
            small: FlagTab::new(std::iter::empty()),
            phrases: FlagTab::new(std::iter::empty()),
            given_abbreviations: given_abbreviations(),
        }
    }
}

impl Builder {
    /// Adds the well-known organisations as [`P_ORG`] phrases, keyed the
    /// way the article's tokens will be: each name is tokenized like text
    /// ("McDonald's" is "McDonald" plus a possessive; "&" is punctuation).
    /// Their first words get [`ORG_START`], so that most names are ruled
    /// out by the flags of their first token.
    fn add_known_orgs(&mut self, src: &str) {
        let gaz = Gazetteer::empty();
        let mut toks = Vec::new();
        let mut words = ByCase::default();
        for e in entries(src) {
            words.clear();
            tokenize_into(e, &gaz, &mut toks, &mut words, |_, _, _| {});
            let Some(first) = toks.first() else {
                continue;
            };
            *self.words.entry(first.hash) |= ORG_START;
            let caps = toks.iter().all(|t| t.shape == Shape::Upper);
            let phrase = phrase_hash(toks.iter().map(|t| t.hash));
            *self.phrases.entry(phrase) |= if caps { P_ORG | P_ORG_CAPS } else { P_ORG };
            if toks.last().is_some_and(|t| t.poss) {
                self.possessive_orgs.push(phrase);
            }
        }
    }

    /// Adds one list: single words get `flag`, multi-word lines `phrase_flag`
    /// (and their first word a *_START flag).
    /// Adds the multi-word nationality adjectives as [`P_NATIONALITY`]
    /// phrases. The list also holds territories without an adjective of
    /// their own ("Hong Kong", "Puerto Rico"): only entries ending like an
    /// adjective count.
    fn add_nationality_phrases(&mut self, src: &str) {
        const ENDINGS: [&str; 4] = ["an", "ese", "ish", "er"];
        for e in entries(src) {
            let words: Vec<&str> = e.split_whitespace().collect();
            let last = words.last().copied().unwrap_or("");
            if words.len() < 2
                || !e.chars().all(|c| c.is_alphabetic() || c == ' ')
                || !ENDINGS.iter().any(|x| last.ends_with(x))
            {
                continue;
            }
            let h = phrase_hash(words.iter().map(|w| word_hash(w)));
            *self.phrases.entry(h) |= P_NATIONALITY;
            *self.words.entry(word_hash(words[0])) |= NAT_START;
            // "South Africans": the people, as a plural.
            if last.ends_with("an") {
                let plural = format!("{last}s");
                let h = phrase_hash(
                    words[..words.len() - 1]
                        .iter()
                        .map(|w| word_hash(w))
                        .chain([word_hash(&plural)]),
                );
                *self.phrases.entry(h) |= P_NATIONALITY;
            }
        }
    }

    /// The nouns of the nationality adjectives that take an "s" for the
    /// people ("Australians", "Pakistanis"; not "British"), which describe
    /// people as their adjectives do.
    fn add_nationality_plurals(&mut self, src: &str) {
        for e in entries(src) {
            if e.contains(' ') || !(e.ends_with("an") || e.ends_with('i')) {
                continue;
            }
            *self.words.entry(word_hash(&format!("{e}s"))) |= NATIONALITY | GROUP;
        }
    }

    fn add_words(&mut self, src: &str, flag: u32, phrase_flag: u8) {
        for e in entries(src) {
            if e.contains(',') {
                continue;
            }
            let mut parts = e.split_whitespace();
            let first = parts.next().unwrap_or("");
            if parts.next().is_none() {
                let mut f = flag;
                if e.len() > 1 && e.ends_with('.') {
                    f |= ABBR;
                }
                *self.words.entry(word_hash(e)) |= f;
                continue;
            }
            if phrase_flag == 0 {
                continue;
            }
            let h = phrase_hash(e.split_whitespace().map(word_hash));
            *self.phrases.entry(h) |= phrase_flag;
            let start = if phrase_flag & P_TITLE != 0 {
                TITLE_START
            } else if phrase_flag & P_PLACE != 0 {
                PLACE_START
            } else {
                0
            };
            *self.words.entry(word_hash(first)) |= start;
            for w in e.split_whitespace() {
                if w.ends_with('.') && w.len() > 1 {
                    *self.words.entry(word_hash(w)) |= ABBR;
                }
            }
        }
    }
}

impl Gazetteer {
    /// The flags of a word hash (0 when unknown).
    #[inline]
    pub fn flags(&self, hash: u64) -> u32 {
        self.words.get(hash)
    }

    /// For an abbreviated given name that takes a dot before a name ("Md",
    /// "Ma"): whether it is also a surname. `None` for any other word.
    #[inline]
    pub fn given_abbreviation(&self, hash: u64) -> Option<bool> {
        self.given_abbreviations
            .iter()
            .find(|&&(h, _)| h == hash)
            .map(|&(_, surname)| surname)
    }

    /// The flags that matter on a lower-case token ([`LOWER_FLAGS`]).
    #[inline]
    pub fn lower_flags(&self, hash: u64) -> u32 {
        self.small.get(hash)
    }

    /// Is the phrase a well-known organisation's name that ends in a
    /// possessive, part of the name ("McDonald's", "Moody's")? The phrase
    /// is hashed without it, as the tokenizer splits it off.
    #[inline]
    pub fn is_possessive_org(&self, hash: u64) -> bool {
        self.phrases.get(hash) & P_ORG_POSSESSIVE != 0
    }

    /// The phrase flags of a phrase hash (0 when unknown).
    #[inline]
    pub fn phrase(&self, hash: u64) -> u8 {
        self.phrases.get(hash) as u8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_folds_case_dots_and_apostrophes() {
        assert_eq!(word_hash("U.S."), word_hash("us"));
        assert_eq!(word_hash("Mr."), word_hash("MR"));
        assert_eq!(word_hash("O’Neil"), word_hash("o'neil"));
        assert_eq!(word_hash("Ÿves"), word_hash("ÿVES"));
        assert_eq!(word_hash("Héctor"), word_hash("hector"));
        assert_eq!(word_hash("SÃO"), word_hash("Sao"));
        assert_eq!(word_hash("Łódź"), word_hash("lodz"));
        assert_ne!(word_hash("Straße"), word_hash("strasse"));
        assert_ne!(word_hash("ab"), word_hash("ba"));
    }

    proptest::proptest! {
        #[test]
        fn ascii_hash_is_word_hash(pre in "[a-zA-Z ]{0,12}", w in "[a-zA-Z]{1,30}", post in "[a-zA-Z .]{0,12}") {
            let text = format!("{pre}{w}{post}");
            let (s, e) = (pre.len(), pre.len() + w.len());
            proptest::prop_assert_eq!(ascii_letters_hash(text.as_bytes(), s, e), word_hash(&w));
        }
    }

    #[test]
    fn lists_load_with_flags() {
        let g = Gazetteer::load();
        assert!(g.flags(word_hash("council")) & ORG_KW != 0);
        assert!(g.lower_flags(word_hash("von")) & PARTICLE != 0);
        assert!(g.lower_flags(word_hash("of")) & FUNCTION != 0);
        assert!(g.lower_flags(word_hash("envoy")) & ROLE != 0);
        assert_eq!(g.lower_flags(word_hash("house")), 0);
        assert!(g.flags(word_hash("Mr.")) & (TITLE | ABBR) == TITLE | ABBR);
        assert!(g.flags(word_hash("house")) & COMMON != 0);
        assert!(g.flags(word_hash("Margaret")) & GIVEN != 0);
        assert!(g.flags(word_hash("France")) & COUNTRY != 0);
        assert!(g.flags(word_hash("prime")) & TITLE_START != 0);
        let pm = phrase_hash(["Prime", "Minister"].map(word_hash));
        assert!(g.phrase(pm) & P_TITLE != 0);
        let ny = phrase_hash(["New", "York"].map(word_hash));
        assert!(g.phrase(ny) & P_PLACE != 0);
    }
}
