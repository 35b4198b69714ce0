//! Generated news-like text for benchmarks (invented names and places).
#![allow(dead_code)]

const PEOPLE: &[&str] = &[
    "Elena Castillo",
    "Marcus Oyelaran",
    "Helen Brandt",
    "Priya Raman",
    "Tomas Lindqvist",
    "Amara Okafor",
    "Daniel Whitcombe",
    "Yusuf Karimov",
    "Sofia Marchetti",
    "Kenji Arakawa",
];
const ORGS: &[&str] = &[
    "Northport Harbour Authority",
    "Institute for Public Opinion",
    "National Reserve Bank",
    "Coastal Wildlife Trust",
    "Ministry of Transport",
    "Liberal Party",
    "Harbor Street Capital",
];
const PLACES: &[&str] = &[
    "Riverton",
    "Lakeside",
    "Frankfurt",
    "London",
    "Geneva",
    "Nairobi",
    "Lima",
];
const SENTENCES: &[&str] = &[
    "{P} said on Tuesday that the talks with {O} had made real progress.",
    "According to officials in {L}, the plan would be reviewed by {O} next month.",
    "Critics, including {P}, warned that the proposal could raise costs for families.",
    "The decision was welcomed by {O}, which had campaigned for the change since last year.",
    "Speaking in {L}, {P} described the agreement as a first step rather than a final deal.",
    "Analysts said the outcome would depend on how quickly {O} acted.",
    "{P}’s office declined to comment on the report.",
];

/// Deterministic news-like text of at least `bytes` bytes: a title, then
/// paragraphs of five sentences with an occasional section heading.
pub fn article(bytes: usize) -> String {
    let mut out = String::from("Officials Weigh New Plan as Talks Continue\n");
    let mut i = 0usize;
    while out.len() < bytes {
        if i % 40 == 39 {
            out.push_str("What Comes Next for the Region\n");
        }
        for k in 0..5 {
            let n = i * 5 + k;
            let s = SENTENCES[n % SENTENCES.len()]
                .replace("{P}", PEOPLE[(n * 7) % PEOPLE.len()])
                .replace("{O}", ORGS[(n * 3) % ORGS.len()])
                .replace("{L}", PLACES[(n * 5) % PLACES.len()]);
            out.push_str(&s);
            out.push(' ');
        }
        out.pop();
        out.push('\n');
        i += 1;
    }
    out
}
