//! A synthetic news-like corpus for tests and benchmarks: invented people,
//! organisations and places, headlines, section headings and paragraphs of
//! varied length. Deterministic for a given seed; no external data.

/// A small deterministic random generator (SplitMix64).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const SYL: &[&str] = &[
    "ka", "lo", "ve", "mar", "do", "ri", "sen", "tu", "bel", "an", "or", "quin", "za", "mi", "dra",
    "el", "vo", "nash", "ter", "ul", "fen", "ga", "ly", "os", "bru", "cal", "dei", "har",
];
const GIVEN: &[&str] = &[
    "Dara", "Kellan", "Mirela", "Tobin", "Anouk", "Rasmus", "Ilse", "Joaquim", "Sefa", "Odile",
    "Brannock", "Yusra", "Teodor", "Maelis", "Corvin", "Lianne", "Evander", "Noor", "Halvard",
    "Priya", "Ottilie", "Casimir", "Wren", "Idris", "Solveig", "Marek", "Fenna", "Auberon",
    "Zelie", "Tamsin",
];
const ROLES: &[&str] = &[
    "President",
    "Minister",
    "special envoy",
    "spokesperson",
    "Senator",
    "Governor",
    "chief negotiator",
    "Mayor",
    "economist",
    "analyst",
];
const TOPICS: &[&str] = &[
    "Trade",
    "Energy",
    "Water Rights",
    "Fisheries",
    "Rail",
    "Housing",
    "Ports",
    "Climate",
    "Tariffs",
    "Grain",
    "Shipping",
    "Security",
    "Health",
    "Mining",
    "Tourism",
];
const ORG_FORMS: &[&str] = &[
    "{S} Institute",
    "Council on {T}",
    "Ministry of {T}",
    "{P} Port Authority",
    "{S} & {S2} Holdings",
    "{T} Workers Union",
    "Bank of {P}",
    "{P} Herald",
    "Centre for {T} Studies",
    "{S} Foundation",
];
const VERBS: &[&str] = &[
    "defended",
    "criticised",
    "announced",
    "rejected",
    "welcomed",
    "questioned",
    "signed",
    "delayed",
    "negotiated",
    "proposed",
];
const NOUNS: &[&str] = &[
    "agreement",
    "tariff plan",
    "ceasefire proposal",
    "budget",
    "pipeline deal",
    "strike",
    "inquiry",
    "reform package",
    "election timetable",
    "port expansion",
];
const FILLER: &[&str] = &[
    "Officials said the talks would continue next week.",
    "The details were not made public.",
    "Critics argued that the timetable was unrealistic.",
    "Markets reacted cautiously to the news.",
    "Several delegations asked for more time to review the text.",
    "A spokesperson declined to comment on the negotiations.",
    "Local businesses said they had not been consulted.",
    "The figures could not be independently verified.",
];

/// A generator of articles sharing one cast of invented names.
#[derive(Debug, Clone)]
pub struct CorpusGen {
    rng: Rng,
    people: Vec<String>,
    orgs: Vec<String>,
    places: Vec<String>,
}

fn word(rng: &mut Rng, syllables: usize) -> String {
    let mut s: String = (0..syllables).map(|_| *rng.pick(SYL)).collect();
    if let Some(first) = s.get(..1) {
        s = first.to_uppercase() + s.get(1..).unwrap_or("");
    }
    s
}

impl CorpusGen {
    /// A generator with `seed`, with a cast of 2,000 people, 600
    /// organisations and 300 places.
    pub fn new(seed: u64) -> Self {
        let mut rng = Rng::new(seed);
        let places: Vec<String> = (0..300)
            .map(|i| {
                let base = word(&mut rng, 2 + i % 2);
                match i % 7 {
                    0 => format!("Port {base}"),
                    1 => format!("{base} City"),
                    _ => base,
                }
            })
            .collect();
        let people: Vec<String> = (0..2000)
            .map(|_| {
                let given = *rng.pick(GIVEN);
                let n = 2 + rng.below(2);
                format!("{given} {}", word(&mut rng, n))
            })
            .collect();
        let orgs: Vec<String> = (0..600)
            .map(|i| {
                if i % 9 == 0 {
                    return (0..3 + i % 2)
                        .map(|_| (b'A' + rng.below(26) as u8) as char)
                        .collect();
                }
                let form = *rng.pick(ORG_FORMS);
                let s = word(&mut rng, 2);
                let s2 = word(&mut rng, 2);
                form.replace("{S2}", &s2)
                    .replace("{S}", &s)
                    .replace("{T}", TOPICS[rng.below(TOPICS.len())])
                    .replace("{P}", rng.pick(&places).as_str())
            })
            .collect();
        CorpusGen {
            rng,
            people,
            orgs,
            places,
        }
    }

    /// A headline.
    pub fn title(&mut self) -> String {
        let person = self.rng.pick(&self.people).clone();
        let surname = person.split(' ').next_back().unwrap_or(&person).to_string();
        let topic = *self.rng.pick(TOPICS);
        let place = self.rng.pick(&self.places).clone();
        let org = self.rng.pick(&self.orgs).clone();
        match self.rng.below(5) {
            0 => format!("{surname} Defends {topic} Plan After Talks in {place}"),
            1 => format!("{org} Warns of {topic} Shortfall"),
            2 => format!("{person} Named to Lead {topic} Review"),
            3 => format!("Protests in {place} Over {topic} Deal"),
            _ => format!("{org} and {surname} Clash on {topic}"),
        }
    }

    fn sentence(&mut self, cast: &[String], orgs: &[String], places: &[String]) -> String {
        let r = &mut self.rng;
        let person = r.pick(cast).clone();
        let surname = person.split(' ').next_back().unwrap_or(&person).to_string();
        let org = r.pick(orgs).clone();
        let place = r.pick(places).clone();
        let (verb, noun, role) = (*r.pick(VERBS), *r.pick(NOUNS), *r.pick(ROLES));
        let n = 2 + r.below(97);
        match r.below(7) {
            0 => capitalise(&format!(
                "{role} {person} {verb} the {noun} on {}.",
                weekday(r)
            )),
            1 => format!("“We will not accept this {noun},” {surname} told reporters in {place}."),
            2 => format!("The {org} said {n} per cent of members {verb} the {noun}."),
            3 => format!("{surname}’s office {verb} a report by the {org}."),
            4 => format!("In {place}, {n} delegates {verb} the {noun} after {surname} spoke."),
            5 => r.pick(FILLER).to_string(),
            _ => format!("According to the {org}, talks in {place} are expected to last {n} days."),
        }
    }

    /// One article: a title line, then paragraphs (sometimes under section
    /// headings), 300 bytes to ~25 KB, separated by blank lines.
    pub fn article(&mut self) -> String {
        let title = self.title();
        let cast: Vec<String> = (0..2 + self.rng.below(5))
            .map(|_| self.rng.pick(&self.people).clone())
            .collect();
        let orgs: Vec<String> = (0..1 + self.rng.below(4))
            .map(|_| self.rng.pick(&self.orgs).clone())
            .collect();
        let places: Vec<String> = (0..1 + self.rng.below(3))
            .map(|_| self.rng.pick(&self.places).clone())
            .collect();
        // Skewed lengths: most short, a few long.
        let paragraphs = match self.rng.below(10) {
            0..=3 => 2 + self.rng.below(4),
            4..=7 => 5 + self.rng.below(10),
            8 => 15 + self.rng.below(25),
            _ => 40 + self.rng.below(60),
        };
        let mut out = title;
        out.push_str("\n\n");
        for p in 0..paragraphs {
            if p > 0 && p % 6 == 0 {
                let topic = *self.rng.pick(TOPICS);
                let place = self.rng.pick(&places).clone();
                out.push_str(&format!("{topic} Questions Linger in {place}\n\n"));
            }
            let sentences = 1 + self.rng.below(5);
            for s in 0..sentences {
                if s > 0 {
                    out.push(' ');
                }
                out.push_str(&self.sentence(&cast, &orgs, &places));
            }
            out.push_str("\n\n");
        }
        out
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn weekday(r: &mut Rng) -> &'static str {
    const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    DAYS[r.below(DAYS.len())]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_varied() {
        let a: Vec<String> = {
            let mut g = CorpusGen::new(7);
            (0..50).map(|_| g.article()).collect()
        };
        let mut g = CorpusGen::new(7);
        assert_eq!(a[0], g.article());
        let min = a.iter().map(String::len).min().unwrap_or(0);
        let max = a.iter().map(String::len).max().unwrap_or(0);
        assert!(min < 1500 && max > 4000, "{min}..{max}");
        assert!(
            a.iter()
                .all(|t| t.lines().next().is_some_and(|l| !l.is_empty()))
        );
    }
}
