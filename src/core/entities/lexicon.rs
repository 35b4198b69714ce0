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
    /// "all" ("the All Progressives Congress").
    pub all: u64,
    pub a: u64,
    pub an: u64,
    pub at: u64,
    pub in_: u64,
    pub to: u64,
    pub from: u64,
    /// "By Ann Lee and Bo Rask": a byline.
    pub by: u64,
    pub near: u64,
    pub across: u64,
    pub outside: u64,
    pub into: u64,
    pub former: u64,
    /// "Hall of Fame": a generic institution name ("Hockey Hall of Fame").
    pub hall: u64,
    pub fame: u64,
    /// "General" after a keyword: "Directorate General of Civil Aviation".
    pub general: u64,
    /// "I": the pronoun, or a regnal number ("Elizabeth I").
    pub pronoun_i: u64,
    /// "Team" ("Team Andes Verde", "Team GB": a team).
    pub team: u64,
    /// "group": before a name, a body's kind ("the telecoms group
    /// Telcomex"), unless a personal name follows ("a group Ann Lee leads").
    pub group: u64,
    /// "Court", "Circuit", "District": a court named for its seat ("U.S.
    /// Court of Appeals for the Fifth Circuit").
    pub court: u64,
    pub circuit: u64,
    pub district: u64,
    /// "Office", "Department" after an officer's possessive ("Attorney
    /// General's Office", "Sheriff's Department").
    pub office: u64,
    pub department: u64,
    /// Lower-case nouns that name the kind of organisation written after
    /// them ("the band X", "record label X", "the company X").
    pub org_nouns: WordSet,
    /// Two-word cues that put an organisation after them ("signed with X",
    /// "shares of X", "played for X").
    pub org_cues: PairSet,
    /// Plurals of [`Words::org_nouns`] that introduce a list of
    /// organisations ("companies like X, Y and Z").
    pub org_plurals: WordSet,
    /// "like", "including", "such", "as", "is", "was", "or".
    pub like: u64,
    pub including: u64,
    pub such: u64,
    pub as_: u64,
    pub known: u64,
    pub other: u64,
    pub is: u64,
    pub was: u64,
    pub or: u64,
    /// "champion" ("NFL Champion Harlow Falcons").
    pub champion: u64,
    /// "government" ("the French government").
    pub government: u64,
    /// "CEO", "chief", "executive".
    pub ceo: u64,
    /// "plc", a company form written in lower case.
    pub plc: u64,
    pub chief: u64,
    pub executive: u64,
    /// Company officers named after a company ("Orvex chairman Ann Lee").
    pub corporate_heads: WordSet,
    /// Keywords that complete a company's formal name without naming
    /// another body ("Daeyang Heavy Industries", "Pilbara Ridge Minerals";
    /// not "Novo Nordisk Foundation").
    pub company_words: WordSet,
    /// Company forms written before the name ("PT Astra International",
    /// "PAO Sberbank").
    pub leading_designators: WordSet,
    /// Things only a company has ("Orvex's shareholders", "Orvex shares").
    pub corporate_nouns: WordSet,
    /// Verbs of market moves ("shares fell").
    pub market_verbs: WordSet,
    /// Cues that make a town after them a sports team ("lost to X").
    pub sport_cues: PairSet,
    /// Verbs that make a town after them a sports team ("beat X").
    pub sport_verbs: WordSet,
    /// Forms of state that make a name a country ("Portuguese Republic",
    /// "Kingdom of Tarvinia").
    pub state_nouns: WordSet,
    /// Organisation keywords that name one body on their own ("the
    /// Senate", "Congress"); any other keyword alone ("the Institute",
    /// "the Party") refers back to a name and is none itself.
    pub standalone_bodies: WordSet,
    /// Words before "to" that make the name after it a person ("married
    /// to X", "wrote to X", "according to X"), not a destination.
    pub person_to: WordSet,
    /// Imperatives that open a sentence before a name ("See Ann Lee's
    /// book"), though also given names.
    pub imperatives: WordSet,
    /// The words of a credit line before "by" ("Reporting by", "Compiled
    /// by", "Additional reporting by").
    pub credit_words: WordSet,
    /// Lower-case nouns of settlements and areas that put a place after
    /// "of" ("the town of X", "the province of Y").
    pub place_nouns: WordSet,
    /// Plural nouns of areas that close a list of places ("Hart, Elbert
    /// and Franklin counties").
    pub place_plurals: WordSet,
    /// Lower-case nouns of nature written after a region's or river's
    /// name ("the Amazon rainforest", "the Mekong delta").
    pub geo_nouns: WordSet,
    /// Lower-case nouns of administrative areas written after the area's
    /// name ("Binh Duong province", "Idlib governorate").
    pub area_nouns: WordSet,
    /// Nouns of settlements and areas that head an apposition after a
    /// place's name ("Vanua Levu, the country's second-largest island").
    pub place_heads: WordSet,
    /// Words for works whose title may follow in quotes ("the album
    /// \"Velvet Morning\"").
    pub work_nouns: WordSet,
    /// Verbs that give a thing its name in quotes ("a mission called
    /// \"Ariadne\"").
    pub naming_verbs: WordSet,
    /// Irregular plurals whose possessive sits inside names ("People's
    /// Liberation Army", "Women's Institute").
    pub irregular_plurals: WordSet,
    /// "St", "Saint": a saint's possessive sits inside names too ("St.
    /// Mary's Hospital").
    pub saints: WordSet,
    /// Saints' words of Romance and German place names ("San
    /// Sebastián", "São Félix", "Sankt Gallen"): what follows is a
    /// saint's name, not a person's.
    pub saint_places: WordSet,
    /// Royal titles whose possessive opens names ("King's College").
    pub royals: WordSet,
    /// Articles of other languages that open place names ("El Peñón",
    /// "Los Cóndores").
    pub articles: WordSet,
    /// Verbs of a result that a score follows ("won 3-0").
    pub result_verbs: WordSet,
    /// Relatives named before a name ("her son Hunter").
    pub kin: WordSet,
    /// What a leader's name heads ("the Biden administration").
    pub leader_nouns: WordSet,
    /// Words that open the name of a storm or a vessel ("Hurricane
    /// Milton", "Storm Babet", "MV Black Sea Star").
    pub thing_prefixes: WordSet,
    /// Nouns of products named after them ("the drug Ozempic").
    pub product_nouns: WordSet,
    /// Adjectives that open no body's name ("Former England captain").
    pub modifiers: WordSet,
    /// Names of diseases in the possessive ("Alzheimer's").
    pub eponyms: WordSet,
    /// Firms known by a possessive ("Christie's", "McDonald's").
    pub possessive_firms: WordSet,
    /// Letters after a person's name ("Ann Lee MP", "Ivo Rask KC"):
    /// offices, honours and degrees.
    pub post_nominals: WordSet,
    /// Function words that may open a role after a name's comma ("his
    /// chief of staff", "who became chief executive").
    pub role_openers: WordSet,
    /// Positions in a team ("Grêmio defender Caio Moraes").
    pub squad_roles: WordSet,
    /// Modal and auxiliary verbs: before a role noun they make it a verb
    /// ("would judge Bayrou", "will coach Ann Lee").
    pub modals: WordSet,
    /// Organisation keywords that name a field of work ("Energy",
    /// "Mining"): inside a body's name they may come before its "and"
    /// ("House Energy and Commerce Committee"), as no head keyword does.
    pub field_keywords: WordSet,
    /// Nouns of political bodies written after their name ("the La
    /// Libertad Avanza party", "the Fuerza Patria coalition").
    pub political_nouns: WordSet,
    /// "SC": Senior Counsel, or a club's "Sport Club".
    pub sc: u64,
    /// US states' and Canadian provinces' abbreviations, AP style, without
    /// their dots ("Miss.", "N.C.", "B.C.").
    pub state_abbreviations: WordSet,
    /// Place keywords that are common surnames too ("Emma Wood", "Mason
    /// Mount"), unlike "Way" or "Dock".
    pub surname_places: WordSet,
    /// Prefixes of natural features ("River", "Lake", "Mount") and streets
    /// ("Avenida", "Rue"), which may be named after people.
    pub feature_prefixes: WordSet,
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
    "boutique",
    "consultancy",
    "lender",
    "supplier",
    "distributor",
    "start-up",
    "brand",
    "giant",
    "agency",
    "nonprofit",
    "non-profit",
    "exporter",
    "importer",
    "regulator",
    "watchdog",
    "tank",
    "union",
    "cooperative",
    "utility",
    "refiner",
    "group",
    "provider",
    "platform",
    "service",
    "coalition",
    "alliance",
    "federation",
    "association",
    "organisation",
    "organization",
    "foundation",
    "institute",
    "ngo",
    "movement",
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
    "lenders",
    "utilities",
    "miners",
    "studios",
    "unions",
    "groups",
    "drugmakers",
    "chipmakers",
    "conglomerates",
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

/// See [`Words::leading_designators`].
const LEADING_DESIGNATORS: &[&str] = &[
    "pt", "tbk", "oao", "zao", "ooo", "pao", "jsc", "pjsc", "ojsc", "cjsc",
];

/// See [`Words::company_words`].
const COMPANY_WORDS: &[&str] = &[
    "industries",
    "group",
    "holdings",
    "corporation",
    "company",
    "international",
    "enterprises",
    "minerals",
    "mining",
    "resources",
    "energy",
    "technologies",
    "systems",
    "motors",
    "pharmaceuticals",
    "therapeutics",
    "biosciences",
    "petroleum",
    "steel",
    "metals",
    "airlines",
    "airways",
    "petrochemical",
    "petrochemicals",
    "joint",
    "stock",
    "diagnostics",
    "automation",
    "aerospace",
    "logistics",
    "ventures",
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
    "board",
    "bondholders",
    "creditors",
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

/// See [`Words::work_nouns`].
const WORK_NOUNS: &[&str] = &[
    "album",
    "song",
    "single",
    "track",
    "film",
    "movie",
    "book",
    "novel",
    "memoir",
    "show",
    "series",
    "play",
    "poem",
    "documentary",
    "opera",
    "musical",
    "painting",
    "titled",
    "entitled",
];

/// See [`Words::geo_nouns`].
const GEO_NOUNS: &[&str] = &[
    "rainforest",
    "forest",
    "jungle",
    "river",
    "basin",
    "delta",
    "valley",
    "estuary",
    "coast",
    "region",
];

/// See [`Words::area_nouns`].
const AREA_NOUNS: &[&str] = &[
    "province",
    "district",
    "prefecture",
    "governorate",
    "oblast",
    "region",
    "regency",
    "municipality",
    "canton",
    "county",
    "state",
];

/// See [`Words::place_heads`].
const PLACE_HEADS: &[&str] = &[
    "town",
    "city",
    "village",
    "hamlet",
    "island",
    "municipality",
    "borough",
    "suburb",
    "port",
    "capital",
    "commune",
    "emirate",
    "kingdom",
    "enclave",
    "oasis",
    "province",
    "district",
    "region",
    "county",
    "prefecture",
    "governorate",
    "oblast",
    "archipelago",
    "peninsula",
    "atoll",
];

/// See [`Words::place_plurals`].
const PLACE_PLURALS: &[&str] = &[
    "counties",
    "provinces",
    "regions",
    "districts",
    "parishes",
    "prefectures",
    "municipalities",
    "boroughs",
    "townships",
    "cantons",
    "oblasts",
    "islands",
    "rivers",
    "valleys",
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
    "resort",
    "enclave",
    "oasis",
    // Offices and parts that only places have: "the mayor of X", "the
    // outskirts of Y", "north of Z".
    "mayor",
    "governor",
    "outskirts",
    "suburbs",
    "residents",
    "streets",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// See [`Words::surname_places`].
const SURNAME_PLACES: &[&str] = &[
    "wood", "woods", "hill", "hills", "field", "fields", "mount", "ford", "brook", "brooks",
    "banks", "marsh",
];

/// See [`Words::modifiers`].
const MODIFIERS: &[&str] = &[
    "former", "late", "then", "acting", "interim", "new", "old", "current", "future", "outgoing",
    "incoming", "retired", "fellow", "rival", "northern", "southern", "eastern", "western",
    "central", "rural", "modern", "ancient", "greater",
];

/// See [`Words::eponyms`].
const EPONYMS: &[&str] = &[
    "alzheimer",
    "parkinson",
    "crohn",
    "huntington",
    "asperger",
    "tourette",
    "hodgkin",
];

/// See [`Words::possessive_firms`].
const POSSESSIVE_FIRMS: &[&str] = &[
    "christie",
    "sotheby",
    "mcdonald",
    "macy",
    "moody",
    "lloyd",
    "sainsbury",
    "kellogg",
    "kohl",
    "dillard",
    "bonham",
];

/// See [`Words::post_nominals`].
const POST_NOMINALS: &[&str] = &[
    "mp", "mep", "msp", "ms", "mla", "td", "kc", "qc", "sc", "obe", "mbe", "cbe", "kbe", "dbe",
    "san", "frs", "phd",
];

/// See [`Words::state_abbreviations`].
const STATE_ABBREVIATIONS: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "nh", "nj", "nm", "ny",
    "nc", "nd", "okla", "ore", "pa", "ri", "sc", "sd", "tenn", "vt", "va", "wash", "wva", "wis",
    "wyo", // Canadian provinces, as Canadian papers write them
    "bc", "alta", "sask", "man", "ont", "que", "ns", "nb", "pei", "nfld",
];

/// See [`Words::product_nouns`].
const PRODUCT_NOUNS: &[&str] = &[
    "drug",
    "drugs",
    "medication",
    "medicine",
    "vaccine",
    "vaccines",
    "pill",
    "jab",
];

/// See [`Words::field_keywords`].
const FIELD_KEYWORDS: &[&str] = &[
    "energy",
    "mining",
    "minerals",
    "resources",
    "oil",
    "gas",
    "steel",
    "metals",
    "insurance",
    "construction",
    "engineering",
    "shipping",
    "freight",
    "logistics",
    "media",
    "music",
    "research",
    "communications",
    "telecommunications",
    "broadcasting",
    "publishing",
    "entertainment",
    "healthcare",
    "management",
    "services",
    "financial",
    "advisory",
    "consulting",
    "automation",
    "aerospace",
    "aviation",
    "renewables",
    "textiles",
    "cement",
    "petrochemical",
    "petrochemicals",
    "diagnostics",
    "biotechnology",
];

/// See [`Words::thing_prefixes`].
const THING_PREFIXES: &[&str] = &[
    "hurricane",
    "typhoon",
    "cyclone",
    "superstorm",
    "tropical",
    "storm",
    // Vessels: "MV Black Sea Star", "HMS Dauntless".
    "mv",
    "hms",
    "uss",
    "hmas",
    "hmcs",
    "hmnzs",
    "rfa",
];

/// See [`Words::feature_prefixes`]: natural features, then streets
/// (named after people too: "Avenida Benito Juárez").
const FEATURE_PREFIXES: &[&str] = &[
    "river", "lake", "mount", "mt", "cape", "isle", "fort", "port", "county", "monte", "cerro",
    "pico", "avenida", "calle", "rua", "rue", "viale", "corso", "paseo", "jalan", "estadio",
    "estádio", "stadio", "stade",
];

/// See [`Words::credit_words`].
const CREDIT_WORDS: &[&str] = &[
    "reviewed",
    "reporting",
    "additional",
    "editing",
    "edited",
    "compiled",
    "written",
    "writing",
    "photos",
    "photographs",
    "photography",
    "illustration",
    "illustrations",
    "graphics",
    "research",
    "translated",
    "translation",
    "produced",
    "video",
];

/// See [`Words::leader_nouns`].
const LEADER_NOUNS: &[&str] = &["administration", "presidency", "premiership"];

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
    // "the gas producer Westmark": what a firm produces, not a film.
    ("gas", "producer"),
    ("oil", "producer"),
    ("crude", "producer"),
    ("energy", "producer"),
    ("power", "producer"),
    ("electricity", "producer"),
    ("steel", "producer"),
    ("copper", "producer"),
    ("gold", "producer"),
    ("coal", "producer"),
    ("lithium", "producer"),
    ("nickel", "producer"),
    ("uranium", "producer"),
    ("ore", "producer"),
    ("aluminium", "producer"),
    ("aluminum", "producer"),
    ("cement", "producer"),
    ("fertiliser", "producer"),
    ("fertilizer", "producer"),
    ("chip", "producer"),
    ("cocoa", "producer"),
    ("sugar", "producer"),
    ("dairy", "producer"),
    ("beef", "producer"),
    ("meat", "producer"),
    ("poultry", "producer"),
];

impl Words {
    fn new() -> Self {
        Words {
            of: word_hash("of"),
            on: word_hash("on"),
            for_: word_hash("for"),
            and: word_hash("and"),
            the: word_hash("the"),
            all: word_hash("all"),
            a: word_hash("a"),
            an: word_hash("an"),
            at: word_hash("at"),
            in_: word_hash("in"),
            to: word_hash("to"),
            from: word_hash("from"),
            by: word_hash("by"),
            near: word_hash("near"),
            general: word_hash("general"),
            across: word_hash("across"),
            outside: word_hash("outside"),
            into: word_hash("into"),
            former: word_hash("former"),
            hall: word_hash("hall"),
            fame: word_hash("fame"),
            pronoun_i: word_hash("i"),
            team: word_hash("team"),
            group: word_hash("group"),
            court: word_hash("court"),
            circuit: word_hash("circuit"),
            district: word_hash("district"),
            office: word_hash("office"),
            department: word_hash("department"),
            org_nouns: WordSet::new(ORG_NOUNS),
            org_cues: PairSet::new(ORG_CUES),
            org_plurals: WordSet::new(ORG_PLURALS),
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
            plc: word_hash("plc"),
            chief: word_hash("chief"),
            executive: word_hash("executive"),
            corporate_heads: WordSet::new(CORPORATE_HEADS),
            company_words: WordSet::new(COMPANY_WORDS),
            leading_designators: WordSet::new(LEADING_DESIGNATORS),
            corporate_nouns: WordSet::new(CORPORATE_NOUNS),
            market_verbs: WordSet::new(MARKET_VERBS),
            sport_cues: PairSet::new(SPORT_CUES),
            sport_verbs: WordSet::new(SPORT_VERBS),
            state_nouns: WordSet::new(STATE_NOUNS),
            standalone_bodies: WordSet::new(STANDALONE_BODIES),
            person_to: WordSet::new(PERSON_TO),
            imperatives: WordSet::new(IMPERATIVES),
            credit_words: WordSet::new(CREDIT_WORDS),
            place_nouns: WordSet::new(PLACE_NOUNS),
            place_plurals: WordSet::new(PLACE_PLURALS),
            geo_nouns: WordSet::new(GEO_NOUNS),
            area_nouns: WordSet::new(AREA_NOUNS),
            place_heads: WordSet::new(PLACE_HEADS),
            work_nouns: WordSet::new(WORK_NOUNS),
            naming_verbs: WordSet::new(&["called", "dubbed", "codenamed"]),
            irregular_plurals: WordSet::new(&["people", "men", "women", "children"]),
            saints: WordSet::new(&["st", "saint", "ste"]),
            saint_places: WordSet::new(&["san", "santa", "santo", "sao", "sankt"]),
            royals: WordSet::new(&["king", "queen", "prince", "princess", "duke"]),
            articles: WordSet::new(&["el", "la", "los", "las"]),
            result_verbs: WordSet::new(&["won", "lost", "drew", "tied", "led", "trailed"]),
            with: word_hash("with"),
            kin: WordSet::new(KIN),
            leader_nouns: WordSet::new(LEADER_NOUNS),
            thing_prefixes: WordSet::new(THING_PREFIXES),
            field_keywords: WordSet::new(FIELD_KEYWORDS),
            product_nouns: WordSet::new(PRODUCT_NOUNS),
            modifiers: WordSet::new(MODIFIERS),
            eponyms: WordSet::new(EPONYMS),
            possessive_firms: WordSet::new(POSSESSIVE_FIRMS),
            post_nominals: WordSet::new(POST_NOMINALS),
            political_nouns: WordSet::new(&[
                "party",
                "coalition",
                "alliance",
                "movement",
                "bloc",
                "faction",
                "militia",
            ]),
            modals: WordSet::new(&[
                "would", "will", "could", "should", "can", "may", "might", "must", "to", "did",
                "does", "do", "cannot",
            ]),
            squad_roles: WordSet::new(&[
                "defender",
                "striker",
                "midfielder",
                "goalkeeper",
                "keeper",
                "winger",
                "forward",
                "coach",
                "manager",
                "captain",
                "quarterback",
                "pitcher",
                "fullback",
                "playmaker",
                "centre-back",
                "center-back",
                "full-back",
                "left-back",
                "right-back",
            ]),
            role_openers: WordSet::new(&[
                "his", "her", "its", "their", "our", "my", "your", "who", "whose", "now", "then",
                "also", "still", "once",
            ]),
            state_abbreviations: WordSet::new(STATE_ABBREVIATIONS),
            surname_places: WordSet::new(SURNAME_PLACES),
            feature_prefixes: WordSet::new(FEATURE_PREFIXES),
            dj: word_hash("dj"),
            sc: word_hash("sc"),
            known: word_hash("known"),
            other: word_hash("other"),
            mc: word_hash("mc"),
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

    /// Are the three words "Hall of Fame"?
    pub fn is_hall_of_fame(&self, hashes: [u64; 3]) -> bool {
        hashes == [self.hall, self.of, self.fame]
    }

    /// Words that may join the parts of an organisation name.
    pub fn is_org_connector(&self, h: u64) -> bool {
        h == self.of || h == self.on || h == self.for_ || h == self.and || h == self.the
    }
}

/// A small list of words, with a 256-bit filter in front: most words
/// are in no list, and one bit test says so before the list is scanned.
#[derive(Debug)]
pub struct WordSet {
    hashes: Vec<u64>,
    filter: Filter,
}

impl WordSet {
    fn new(words: &[&str]) -> Self {
        let hashes: Vec<u64> = words.iter().map(|w| word_hash(w)).collect();
        WordSet {
            filter: Filter::of(&hashes),
            hashes,
        }
    }

    /// Is the word (by its hash) in the list? The filter's test is
    /// inlined at each caller (it turns away nearly every word); the scan
    /// of the list is not.
    #[inline(always)]
    pub fn contains(&self, h: u64) -> bool {
        self.filter.maybe(h) && self.listed(h)
    }

    /// The scan of the list behind [`WordSet::contains`]'s filter.
    #[inline(never)]
    fn listed(&self, h: u64) -> bool {
        self.hashes.contains(&h)
    }
}

/// A small list of word pairs ("signed with"), filtered on the first word.
#[derive(Debug)]
pub struct PairSet {
    pairs: Vec<(u64, u64)>,
    filter: Filter,
}

impl PairSet {
    fn new(pairs: &[(&str, &str)]) -> Self {
        let pairs: Vec<(u64, u64)> = pairs
            .iter()
            .map(|(a, b)| (word_hash(a), word_hash(b)))
            .collect();
        let firsts: Vec<u64> = pairs.iter().map(|p| p.0).collect();
        PairSet {
            filter: Filter::of(&firsts),
            pairs,
        }
    }

    /// Is the pair of words (by their hashes) in the list?
    #[inline]
    pub fn contains(&self, a: u64, b: u64) -> bool {
        self.filter.maybe(a) && self.pairs.contains(&(a, b))
    }
}

/// A 1024-bit filter of word hashes (no false negatives): for the larger
/// lists (sixty-odd words) it still turns away about nineteen words in
/// twenty before the list is scanned.
#[derive(Debug)]
struct Filter([u64; 16]);

impl Filter {
    fn of(hashes: &[u64]) -> Self {
        let mut f = Filter([0; 16]);
        for &h in hashes {
            let (i, bit) = Self::slot(h);
            f.0[i] |= bit;
        }
        f
    }

    #[inline]
    fn maybe(&self, h: u64) -> bool {
        let (i, bit) = Self::slot(h);
        self.0[i] & bit != 0
    }

    /// The word and bit of `h`: its top bits, towards which the hashes are
    /// mixed.
    #[inline]
    fn slot(h: u64) -> (usize, u64) {
        (((h >> 54) & 15) as usize, 1 << (h >> 58))
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

/// The singular of a plural title written before a list of names.
pub fn singular_title(s: &str) -> Option<&'static str> {
    Some(match s {
        "Justices" => "Justice",
        "Judges" => "Judge",
        "Sens." => "Sen.",
        "Reps." => "Rep.",
        "Drs." => "Dr.",
        "Professors" => "Professor",
        "Cllrs" => "Cllr",
        "Councillors" => "Councillor",
        _ => return None,
    })
}
