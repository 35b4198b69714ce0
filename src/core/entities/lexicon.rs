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
    /// "Hall of Fame": a generic institution name ("Hockey Hall of Fame").
    pub hall: u64,
    pub fame: u64,
    /// Lower-case nouns that name the kind of organisation written after
    /// them ("the band X", "record label X", "the company X").
    pub org_nouns: Vec<u64>,
    /// Two-word cues that put an organisation after them ("signed with X",
    /// "shares of X", "played for X").
    pub org_cues: Vec<(u64, u64)>,
    /// Plurals of [`Words::org_nouns`] that introduce a list of
    /// organisations ("companies like X, Y and Z").
    pub org_plurals: Vec<u64>,
    /// "like", "including", "such", "as", "is", "was", "or".
    pub like: u64,
    pub including: u64,
    pub such: u64,
    pub as_: u64,
    pub is: u64,
    pub was: u64,
    pub or: u64,
    /// "champion" ("NFL Champion Harlow Falcons").
    pub champion: u64,
    /// "government" ("the French government").
    pub government: u64,
    /// "CEO", "chief", "executive".
    pub ceo: u64,
    pub chief: u64,
    pub executive: u64,
    /// Company officers named after a company ("Orvex chairman Ann Lee").
    pub corporate_heads: Vec<u64>,
    /// Things only a company has ("Orvex's shareholders", "Orvex shares").
    pub corporate_nouns: Vec<u64>,
    /// Verbs of market moves ("shares fell").
    pub market_verbs: Vec<u64>,
    /// Cues that make a town after them a sports team ("lost to X").
    pub sport_cues: Vec<(u64, u64)>,
    /// Verbs that make a town after them a sports team ("beat X").
    pub sport_verbs: Vec<u64>,
    /// A 1024-bit filter of every word in the lists above: most words are
    /// in none, and one bit test says so before any list is scanned.
    filter: [u64; 16],
    /// Forms of state that make a name a country ("Portuguese Republic",
    /// "Kingdom of Tarvinia").
    pub state_nouns: Vec<u64>,
    /// Organisation keywords that name one body on their own ("the
    /// Senate", "Congress"); any other keyword alone ("the Institute",
    /// "the Party") refers back to a name and is none itself.
    pub standalone_bodies: Vec<u64>,
    /// Words before "to" that make the name after it a person ("married
    /// to X", "wrote to X", "according to X"), not a destination.
    pub person_to: Vec<u64>,
    /// Imperatives that open a sentence before a name ("See Ann Lee's
    /// book"), though also given names.
    pub imperatives: Vec<u64>,
    /// Lower-case nouns of settlements and areas that put a place after
    /// "of" ("the town of X", "the province of Y").
    pub place_nouns: Vec<u64>,
    /// Irregular plurals whose possessive sits inside names ("People's
    /// Liberation Army", "Women's Institute").
    pub irregular_plurals: Vec<u64>,
    /// Verbs of a result that a score follows ("won 3-0").
    pub result_verbs: Vec<u64>,
    /// Relatives named before a name ("her son Hunter").
    pub kin: Vec<u64>,
    /// Prefixes of natural features ("River", "Lake", "Mount").
    pub feature_prefixes: Vec<u64>,
    /// "with" ("an economist with Tarvin Capital").
    pub with: u64,
    /// "DJ", "MC": heads of a performer's stage name ("DJ Khaled").
    pub dj: u64,
    pub mc: u64,
}

/// See [`Words::org_nouns`].
const ORG_NOUNS: &[&str] = &[
    "band",
    "label",
    "company",
    "firm",
    "club",
    "team",
    "newspaper",
    "magazine",
    "broadcaster",
    "airline",
    "carrier",
    "retailer",
    "manufacturer",
    "publisher",
    "automaker",
    "carmaker",
    "bank",
    "insurer",
    "startup",
    "conglomerate",
    "subsidiary",
    "outfit",
    "party",
    "network",
    "charity",
    "brewery",
    "studio",
    "developer",
    "chain",
    "supermarket",
    "daily",
    "tabloid",
    "parent",
];

/// See [`Words::org_plurals`].
const ORG_PLURALS: &[&str] = &[
    "bands",
    "labels",
    "companies",
    "firms",
    "clubs",
    "teams",
    "newspapers",
    "magazines",
    "broadcasters",
    "airlines",
    "carriers",
    "retailers",
    "manufacturers",
    "publishers",
    "automakers",
    "carmakers",
    "banks",
    "insurers",
    "startups",
    "brands",
    "networks",
    "channels",
    "charities",
    "parties",
    "chains",
    "supermarkets",
    "agencies",
    "universities",
    "organisations",
    "organizations",
];

/// See [`Words::corporate_heads`].
const CORPORATE_HEADS: &[&str] = &[
    "chairman",
    "chairwoman",
    "founder",
    "co-founder",
    "cofounder",
    "chief",
    "boss",
];

/// See [`Words::corporate_nouns`].
const CORPORATE_NOUNS: &[&str] = &[
    "shares",
    "stock",
    "shareholders",
    "stockholders",
    "headquarters",
    "subsidiary",
    "subsidiaries",
];

/// See [`Words::market_verbs`].
const MARKET_VERBS: &[&str] = &[
    "fell", "rose", "slid", "sank", "jumped", "surged", "dropped", "climbed", "gained", "lost",
    "tumbled", "soared", "plunged", "rallied", "were", "are",
];

/// See [`Words::sport_cues`].
const SPORT_CUES: &[(&str, &str)] = &[
    ("played", "for"),
    ("played", "with"),
    ("plays", "for"),
    ("plays", "with"),
    ("playing", "for"),
    ("playing", "with"),
    ("games", "for"),
    ("appearances", "for"),
    ("lost", "to"),
    ("losing", "to"),
    ("loss", "to"),
    ("drew", "with"),
    ("win", "over"),
    ("victory", "over"),
];

/// See [`Words::sport_verbs`].
const SPORT_VERBS: &[&str] = &[
    "beat", "beats", "defeated", "defeats", "edged", "routed", "thrashed",
];

/// See [`Words::state_nouns`].
const STATE_NOUNS: &[&str] = &[
    "republic",
    "kingdom",
    "empire",
    "federation",
    "confederation",
    "commonwealth",
    "caliphate",
    "sultanate",
    "emirate",
    "principality",
    "duchy",
];

/// See [`Words::person_to`].
const PERSON_TO: &[&str] = &[
    "married",
    "engaged",
    "wed",
    "wrote",
    "written",
    "writing",
    "spoke",
    "speaking",
    "talked",
    "talking",
    "according",
    "letter",
    "addressed",
    "introduced",
    "replied",
    "responded",
    "apologised",
    "apologized",
    "dedicated",
    "succeeded",
    "deputy",
    "adviser",
    "advisor",
    "aide",
    "heir",
    "son",
    "daughter",
];

/// See [`Words::imperatives`].
const IMPERATIVES: &[&str] = &[
    "see", "ask", "call", "meet", "watch", "read", "thank", "visit",
];

/// See [`Words::place_nouns`].
const PLACE_NOUNS: &[&str] = &[
    "town",
    "city",
    "village",
    "hamlet",
    "county",
    "province",
    "region",
    "district",
    "parish",
    "island",
    "islands",
    "municipality",
    "borough",
    "suburb",
    "port",
    "capital",
    "state",
    "towns",
    "cities",
    "villages",
    "commune",
    "oblast",
    "prefecture",
    "governorate",
    "emirate",
    "kingdom",
];

/// See [`Words::kin`].
const KIN: &[&str] = &[
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "father",
    "mother",
    "nephew",
    "niece",
    "cousin",
    "uncle",
    "aunt",
    "grandson",
    "granddaughter",
    "grandfather",
    "grandmother",
    "widow",
    "widower",
    "fiancée",
    "fiancee",
    "fiancé",
    "fiance",
    "stepson",
    "stepdaughter",
];

/// See [`Words::standalone_bodies`].
const STANDALONE_BODIES: &[&str] = &[
    "congress",
    "parliament",
    "senate",
    "cabinet",
    "army",
    "navy",
    "police",
    "assembly",
    "government",
    "administration",
];

/// See [`Words::org_cues`].
const ORG_CUES: &[(&str, &str)] = &[
    ("signed", "with"),
    ("signed", "to"),
    ("signed", "for"),
    ("played", "for"),
    ("plays", "for"),
    ("playing", "for"),
    ("released", "by"),
    ("shares", "of"),
    ("stake", "in"),
    ("subsidiary", "of"),
    ("drafted", "by"),
    ("acquired", "by"),
    ("traded", "to"),
    ("transferred", "to"),
    ("loaned", "to"),
    ("spokesman", "for"),
    ("spokeswoman", "for"),
    ("spokesperson", "for"),
    ("chairman", "of"),
    ("executive", "of"),
];

impl Words {
    fn new() -> Self {
        let mut w = Words {
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
            hall: word_hash("hall"),
            fame: word_hash("fame"),
            org_nouns: hashes(ORG_NOUNS),
            org_cues: pair_hashes(ORG_CUES),
            org_plurals: hashes(ORG_PLURALS),
            like: word_hash("like"),
            including: word_hash("including"),
            such: word_hash("such"),
            as_: word_hash("as"),
            is: word_hash("is"),
            was: word_hash("was"),
            or: word_hash("or"),
            champion: word_hash("champion"),
            government: word_hash("government"),
            ceo: word_hash("ceo"),
            chief: word_hash("chief"),
            executive: word_hash("executive"),
            corporate_heads: hashes(CORPORATE_HEADS),
            corporate_nouns: hashes(CORPORATE_NOUNS),
            market_verbs: hashes(MARKET_VERBS),
            sport_cues: pair_hashes(SPORT_CUES),
            sport_verbs: hashes(SPORT_VERBS),
            state_nouns: hashes(STATE_NOUNS),
            standalone_bodies: hashes(STANDALONE_BODIES),
            person_to: hashes(PERSON_TO),
            imperatives: hashes(IMPERATIVES),
            place_nouns: hashes(PLACE_NOUNS),
            irregular_plurals: hashes(&["people", "men", "women", "children"]),
            result_verbs: hashes(&["won", "lost", "drew", "tied", "led", "trailed"]),
            with: word_hash("with"),
            kin: hashes(KIN),
            feature_prefixes: hashes(&["river", "lake", "mount", "mt", "cape", "isle"]),
            dj: word_hash("dj"),
            mc: word_hash("mc"),
            filter: [0; 16],
        };
        let lists = [
            &w.org_nouns,
            &w.org_plurals,
            &w.corporate_heads,
            &w.corporate_nouns,
            &w.market_verbs,
            &w.sport_verbs,
            &w.state_nouns,
            &w.standalone_bodies,
            &w.person_to,
            &w.imperatives,
            &w.place_nouns,
            &w.irregular_plurals,
            &w.result_verbs,
            &w.feature_prefixes,
            &w.kin,
        ];
        let firsts: Vec<u64> = w
            .org_cues
            .iter()
            .chain(&w.sport_cues)
            .map(|p| p.0)
            .collect();
        for h in lists
            .into_iter()
            .flatten()
            .chain(&firsts)
            .copied()
            .collect::<Vec<_>>()
        {
            w.filter[filter_slot(h).0] |= filter_slot(h).1;
        }
        w
    }

    /// May `h` be in one of the lists? (No false negatives.)
    #[inline]
    fn maybe(&self, h: u64) -> bool {
        let (i, bit) = filter_slot(h);
        self.filter[i] & bit != 0
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

    /// Is `h` a noun naming a kind of organisation ("band", "company")?
    pub fn is_org_noun(&self, h: u64) -> bool {
        self.maybe(h) && self.org_nouns.contains(&h)
    }

    /// Is the word pair a cue for an organisation after it ("signed with")?
    pub fn is_org_cue(&self, a: u64, b: u64) -> bool {
        self.maybe(a) && self.org_cues.contains(&(a, b))
    }

    /// Is `h` a plural naming a kind of organisation ("companies")?
    pub fn is_org_plural(&self, h: u64) -> bool {
        self.maybe(h) && self.org_plurals.contains(&h)
    }

    /// Is `h` a company officer ("chairman", "founder")?
    pub fn is_corporate_head(&self, h: u64) -> bool {
        self.maybe(h) && self.corporate_heads.contains(&h)
    }

    /// Is `h` something only a company has ("shares", "headquarters")?
    pub fn is_corporate_noun(&self, h: u64) -> bool {
        self.maybe(h) && self.corporate_nouns.contains(&h)
    }

    /// Is `h` a verb of market moves ("fell", "rose")?
    pub fn is_market_verb(&self, h: u64) -> bool {
        self.maybe(h) && self.market_verbs.contains(&h)
    }

    /// Is the word pair a cue for a sports team after it ("lost to")?
    pub fn is_sport_cue(&self, a: u64, b: u64) -> bool {
        self.maybe(a) && self.sport_cues.contains(&(a, b))
    }

    /// Is `h` a verb of winning ("beat", "defeated")?
    pub fn is_sport_verb(&self, h: u64) -> bool {
        self.maybe(h) && self.sport_verbs.contains(&h)
    }

    /// Is `h` a form of state ("Republic", "Kingdom")?
    pub fn is_state_noun(&self, h: u64) -> bool {
        self.maybe(h) && self.state_nouns.contains(&h)
    }

    /// Does the word before "to" make the name after it a person?
    pub fn is_person_to(&self, h: u64) -> bool {
        self.maybe(h) && self.person_to.contains(&h)
    }

    /// Is the word a relative ("son", "wife")?
    pub fn is_kin(&self, h: u64) -> bool {
        self.maybe(h) && self.kin.contains(&h)
    }

    /// Is the word a natural feature's prefix ("River", "Lake")?
    pub fn is_feature_prefix(&self, h: u64) -> bool {
        self.maybe(h) && self.feature_prefixes.contains(&h)
    }

    /// Is the word a result verb a score may follow ("won")?
    pub fn is_result_verb(&self, h: u64) -> bool {
        self.maybe(h) && self.result_verbs.contains(&h)
    }

    /// Is the word "people", "men", "women" or "children"?
    pub fn is_irregular_plural(&self, h: u64) -> bool {
        self.maybe(h) && self.irregular_plurals.contains(&h)
    }

    /// Is the word a settlement or area noun ("town", "province")?
    pub fn is_place_noun(&self, h: u64) -> bool {
        self.maybe(h) && self.place_nouns.contains(&h)
    }

    /// Is the word an imperative that may open a sentence ("See")?
    pub fn is_imperative(&self, h: u64) -> bool {
        self.maybe(h) && self.imperatives.contains(&h)
    }

    /// Does the keyword name one body on its own ("Senate")?
    pub fn is_standalone_body(&self, h: u64) -> bool {
        self.maybe(h) && self.standalone_bodies.contains(&h)
    }

    /// Are the three words "Hall of Fame"?
    pub fn is_hall_of_fame(&self, hashes: [u64; 3]) -> bool {
        hashes == [self.hall, self.of, self.fame]
    }

    /// Words that may join the parts of an organisation name.
    pub fn is_org_connector(&self, h: u64) -> bool {
        h == self.of || h == self.on || h == self.for_ || h == self.and || h == self.the
    }
}

/// The hashes of a word list.
fn hashes(words: &[&str]) -> Vec<u64> {
    words.iter().map(|w| word_hash(w)).collect()
}

/// The hashes of a list of word pairs.
fn pair_hashes(pairs: &[(&str, &str)]) -> Vec<(u64, u64)> {
    pairs
        .iter()
        .map(|(a, b)| (word_hash(a), word_hash(b)))
        .collect()
}

/// The word and bit of `h` in [`Words::filter`].
#[inline]
fn filter_slot(h: u64) -> (usize, u64) {
    // The top bits: the hashes are mixed towards them.
    (((h >> 54) & 15) as usize, 1 << (h >> 58))
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
