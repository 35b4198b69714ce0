//! The product owner's sample article, loaded the way `newsdesk seeds/`
//! loads it: its title, exactly its two section headings, and its
//! paragraphs, with the text kept byte for byte.

use std::path::{Path, PathBuf};

use newsdesk::core::article::{Article, BlockKind, load_paths};

const SEED_FILE: &str = "000_32cdb249023d6e56.txt";
const SEED: &str = include_str!("../seeds/000_32cdb249023d6e56.txt");

const TITLE: &str = "Trump Reaffirms Support for Witkoff After Leaked Negotiation Call";
const HEADINGS: [&str; 2] = [
    "A Long Personal Bond Shapes Trump’s Confidence in His Envoy",
    "Witkoff’s Negotiation Philosophy Faces Global Realities",
];

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// The one article that loading `paths` yields.
fn load_one(paths: &[PathBuf]) -> Article {
    let report = load_paths(paths).expect("the seed loads");
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let [article] = <[Article; 1]>::try_from(report.articles).expect("exactly one article");
    article
}

fn texts_of(article: &Article, kind: BlockKind) -> Vec<&str> {
    article
        .blocks
        .iter()
        .filter(|b| b.kind == kind)
        .map(|b| &article.text[b.range()])
        .collect()
}

fn check_seed(article: &Article) {
    assert_eq!(
        article.text, SEED,
        "the canonical text is the file's content"
    );
    assert_eq!(article.title, TITLE);
    assert_eq!(texts_of(article, BlockKind::Title), [TITLE]);
    assert_eq!(texts_of(article, BlockKind::Heading), HEADINGS);
    // Title, two paragraphs, heading, two paragraphs, heading, three
    // paragraphs: every other line of the seed is body text.
    let kinds: Vec<BlockKind> = article.blocks.iter().map(|b| b.kind).collect();
    use BlockKind::{Heading as H, Paragraph as P, Title as T};
    assert_eq!(kinds, [T, P, P, H, P, P, H, P, P, P]);
    // The headings the reader styles and the sidebar skips are the same
    // blocks: the title and the two section headings.
    let headings: Vec<&str> = article
        .headings()
        .map(|b| &article.text[b.range()])
        .collect();
    assert_eq!(headings, [TITLE, HEADINGS[0], HEADINGS[1]]);
}

#[test]
fn the_seed_file_has_its_title_and_exactly_its_two_section_headings() {
    let article = load_one(&[seeds_dir().join(SEED_FILE)]);
    check_seed(&article);
}

#[test]
fn the_seeds_directory_yields_the_same_single_article() {
    let article = load_one(&[seeds_dir()]);
    assert!(
        article.display_path.ends_with(SEED_FILE),
        "{}",
        article.display_path
    );
    check_seed(&article);
}
