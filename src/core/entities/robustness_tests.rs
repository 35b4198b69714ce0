//! The extractor never panics and always gives mentions on the text's
//! character boundaries: on every prefix of a name-dense article (so that
//! each rule meets a text that ends in its middle) and on random sequences
//! of the words and marks the rules look at.

use std::sync::OnceLock;

use proptest::prelude::*;

use super::Extractor;
use crate::core::article::text;

/// A short article that exercises most rules: a byline, a dateline, titles,
/// particles, lists inside names, storms, products, acronyms, possessives.
const DENSE: &str = "Ministry Of Trade Says Exports Fell\n\
By ANN LEE and Bo Rask, Associated Press\n\n\
KESTOWN, Velmaria — Ministry of Trade, Industry and Energy officials said \
Hurricane Marlon hit Fort St. John, where Mr. van Dijk and Ms. de la Cruz of \
the Law Society of Kessland and Amnesty International met Gen. Ivo Rask of \
the Tarvin Support Forces. The obesity drug Velozempic, the 737 MAX and \
U.S. Customs and Border Protection came up; Public Safety Canada, the \
Broad Institute of MIT and Harvard and Brighton & Hove Albion did too. \
Marcus O'Donnell, the company's chief financial officer, said the \
Alternative for Germany, or AfD, was in Velmari attacks. Economists at \
Itaú Unibanco, Bernstein, said so. Lula's, Xi's and Kestown's.\n";

fn check(ex: &Extractor, body: &str) {
    let parsed = text::parse(body.to_string());
    for e in ex.extract(&parsed.text, &parsed.blocks) {
        for m in &e.mentions {
            assert!(m.start < m.end && m.end <= parsed.text.len(), "{body:?}");
            assert!(
                parsed.text.is_char_boundary(m.start) && parsed.text.is_char_boundary(m.end),
                "{body:?}"
            );
        }
    }
}

#[test]
fn every_prefix_of_a_name_dense_article_extracts_without_panic() {
    let ex = Extractor::new();
    for (i, _) in DENSE.char_indices() {
        check(&ex, &DENSE[..i]);
    }
    check(&ex, DENSE);
}

/// Words and marks the rules test for.
const PIECES: &[&str] = &[
    "Ministry",
    "of",
    "Trade",
    ",",
    "and",
    "Energy",
    "Mr.",
    "van",
    "de",
    "la",
    "Dijk",
    "By",
    "ANN",
    "LEE",
    "\n",
    "\n\n",
    "Hurricane",
    "Marlon",
    "the",
    "The",
    "drug",
    "Velozempic",
    "’s",
    "'s",
    "—",
    "KESTOWN",
    "U.S.",
    "&",
    "Fort",
    "St.",
    "John",
    "Canada",
    "Public",
    "Safety",
    "737",
    "MAX",
    "Gen.",
    "chief",
    "financial",
    "officer",
    "who",
    "became",
    "in",
    "to",
    "at",
    "Xi",
    "Lula",
    "da",
    "Silva",
    "Luiz",
    "\"",
    "album",
    ".",
    "Institute",
    "for",
    "Study",
    "European",
    "Union",
    "Christian",
    "Saudi",
    "Arabia",
    "Economists",
    "administration",
    "Trinidad",
    "Tobago",
    "Bank",
    "England",
    "Ann",
    "said",
    "(",
    ")",
    "-",
    "Sir",
    "Emma",
    "Wood",
    // Words of later rules; appended so that saved failing cases keep
    // their meaning.
    "Minister",
    "Co-founder",
    "Chair",
    "Board",
    "known",
    "as",
    "SC",
    "Co.",
    "Ltd.",
    "Company",
    "EUR",
    "billion",
    "1.8",
    "NO",
    "MORE",
    "TransJakarta",
    "bint",
    "Al-Balushi",
    "Moody's",
    "des",
    "Director-General",
    "Police",
    "Federal",
    "Housing",
    "which",
    "rival",
    "Swedish",
    "start-up",
    "a",
    ":",
    ";",
    // Words of the rules of the session of 2026-11-27 (credit lines,
    // partners, particles, initials, vessels, honorifics).
    "&",
    ",",
    "Reporting",
    "by",
    "Editing",
    "Compiled",
    "\n",
    "\n\n",
    "MV",
    "Storm",
    "Daw",
    "U",
    "General",
    "Directorate",
    "of",
    "Friends",
    "LLP",
    "LLP.",
    "R.",
    "P.",
    "Lakshmi",
    "Maria",
    "das",
    "los",
    "do",
    "für",
    "Avenida",
    "Historic",
    "Diocese",
    "Partners",
    "Md.",
    "Md",
    "Ma.",
    "Abdul",
    "38",
    "54-year-old",
    "a",
    "province",
    "Cash-strapped",
    "Ratu",
    "wa",
    "Minera",
    "PT",
    "FC",
    "Reef",
    "island",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]
    #[test]
    fn random_rule_words_extract_without_panic(
        words in proptest::collection::vec(0..PIECES.len(), 0..60),
        spaces in proptest::collection::vec(any::<bool>(), 60),
    ) {
        let mut body = String::new();
        for (k, &w) in words.iter().enumerate() {
            body.push_str(PIECES[w]);
            if spaces[k] {
                body.push(' ');
            }
        }
        static EX: OnceLock<Extractor> = OnceLock::new();
        check(EX.get_or_init(Extractor::new), &body);
    }
}

/// An office's field that runs to the end of the text ("Ministry Gen. of
/// The"): the field's reader once looked one word past the last.
#[test]
fn an_office_field_at_the_end_of_the_text_extracts_without_panic() {
    let ex = Extractor::new();
    for body in [
        "Ministry Gen. of The",
        "Ministry,\nMinistry Gen. of The",
        "Ministry Gen. of Trade",
        "Ministry Gen. of Trade and Energy",
    ] {
        check(&ex, body);
    }
}
