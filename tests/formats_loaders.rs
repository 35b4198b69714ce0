//! Every article format loaded from fixture files through the public loader.

use std::path::{Path, PathBuf};

use newsdesk::core::article::load::load_file;
use newsdesk::core::article::{Article, BlockKind, load_paths};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/formats")
        .join(name)
}

fn one(name: &str) -> Article {
    let mut arts = load_file(&fixture(name)).expect("loads").articles;
    assert_eq!(arts.len(), 1, "{name}");
    arts.remove(0)
}

fn assert_blocks_valid(a: &Article) {
    let mut prev_end = 0;
    for b in &a.blocks {
        assert!(b.start >= prev_end, "blocks overlap in {}", a.display_path);
        assert!(a.text.get(b.range()).is_some(), "block off char boundary");
        prev_end = b.end;
    }
}

#[test]
fn html_news_page_keeps_only_the_article() {
    let a = one("news_page.html");
    assert_eq!(a.title, "Harbour Council Approves Flood Barrier Plan");
    assert_eq!(a.meta.author.as_deref(), Some("Mara Quill"));
    assert_eq!(a.meta.date.as_deref(), Some("2025-03-14T08:30:00Z"));
    assert_eq!(a.meta.source.as_deref(), Some("The Meridian Post"));
    assert_eq!(a.id, "https://meridianpost.example/news/flood-barrier");
    let expected = "Harbour Council Approves Flood Barrier Plan\n\n\
The Port Ellis harbour council voted on Thursday to build a movable flood barrier across the river mouth, ending a decade of argument over how to protect the old town from rising tides.\n\n\
Councillor Ines Harrow, who chairs the infrastructure committee, said the barrier would be finished within six years and paid for by a mix of regional grants and a modest increase in port fees.\n\n\
A Decade of Delays\n\n\
Plans for a barrier were first drawn up after the storm surge of 2014, when water reached the steps of the Customs House and closed the fish market for a month.\n\n\
We cannot keep sandbagging the same streets every winter and calling it a strategy.\n\n\
Engineers from the Northgate Institute estimate the project will cost about 240 million and protect roughly 9,000 homes and businesses along the waterfront.\n\n\
• Construction begins next spring.\n\
• The ferry terminal will move temporarily to the east quay.\n\n\
Opponents, led by the Quayside Traders Association, argue that the fee increase will drive shipping to neighbouring ports and have promised to challenge the decision.";
    assert_eq!(a.text, expected);
    let kinds: Vec<_> = a.blocks.iter().map(|b| b.kind).collect();
    use BlockKind::*;
    assert_eq!(
        kinds,
        [
            Title, Paragraph, Paragraph, Heading, Paragraph, Quote, Paragraph, ListItem, ListItem,
            Paragraph
        ]
    );
    assert_blocks_valid(&a);
}

#[test]
fn html_latin1_and_utf16() {
    let a = one("latin1.html");
    assert_eq!(a.title, "Café Owners Celebrate Fiftieth Year");
    assert!(
        a.text
            .contains("Café Müller on the Marktplatz in Schönfeld")
    );
    assert!(a.text.contains("«good coffee and patience»"));
    assert!(!a.text.contains("Home"));
    assert!(!a.text.contains("Anzeiger"));
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    let a = one("utf16.html");
    assert_eq!(a.title, "Quay Works Begin");
    assert!(a.text.contains("harbourmaster Erik Solberg"));
    assert_blocks_valid(&a);
}

#[test]
fn markdown_yaml_front_matter() {
    let a = one("yaml_front.md");
    assert_eq!(a.title, "Valley Rail Link Wins Final Approval");
    assert_eq!(a.meta.source.as_deref(), Some("Hill Country Courier"));
    assert_eq!(
        a.meta.url.as_deref(),
        Some("https://courier.example/rail-link")
    );
    assert_eq!(a.meta.date.as_deref(), Some("2025-02-01"));
    assert_eq!(a.meta.author.as_deref(), Some("Ilse Brandt"));
    assert_eq!(a.id, "https://courier.example/rail-link");
    let expected = "Valley Rail Link Wins Final Approval\n\n\
The regional assembly in Dunmore approved the Valley Rail Link on Tuesday, clearing the way for the first new passenger line in the district since 1962.\n\n\
What Happens Next\n\n\
Transport minister Odile Ferrant said tenders would open in the autumn:\n\n\
The line will carry its first passengers before the end of the decade.\n\n\
• Six new stations, including Brackwater\n\
• A depot at Felling Cross\n\
• Electrification of the existing freight spur\n\n\
1. Tenders open in October.\n\
2. Construction starts next year.\n\n\
The project's budget, set at 1.2 billion, will be reviewed by the Audit Office each year.\n\n\
route: Dunmore - Brackwater - Felling Cross";
    assert_eq!(a.text, expected);
    use BlockKind::*;
    let kinds: Vec<_> = a.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            Title, Paragraph, Heading, Paragraph, Quote, ListItem, ListItem, ListItem, ListItem,
            ListItem, Paragraph, Other
        ]
    );
    assert_blocks_valid(&a);
}

#[test]
fn markdown_toml_front_matter_and_first_line_title() {
    let a = one("toml_front.md");
    assert_eq!(a.title, "Lighthouse Keepers Return to Skerry Point");
    assert_eq!(a.meta.date.as_deref(), Some("2024-11-09"));
    assert_eq!(a.meta.author.as_deref(), Some("Callum Reid, Maeve Dunn"));
    assert!(
        a.text
            .starts_with("Lighthouse Keepers Return to Skerry Point\n\nAfter two decades")
    );
    assert!(
        a.blocks
            .iter()
            .any(|b| b.kind == BlockKind::Heading && &a.text[b.range()] == "Local Reaction")
    );
    let a = one("no_front.md");
    // The first H1 wins over the first line.
    assert_eq!(a.title, "Traders Return");
    assert!(
        a.text
            .starts_with("Market Hall Reopens After Fire\n\nThe Victorian")
    );
}

#[test]
fn jsonl_bad_lines_are_reported_and_skipped() {
    let loaded = load_file(&fixture("corpus.jsonl")).expect("loads");
    let arts = &loaded.articles;
    let titles: Vec<_> = arts.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Tram Strike Called Off",
            "Library Extends Hours",
            "Festival Lineup Announced"
        ]
    );
    // The bad lines are the file's warnings, each with its line number,
    // the path named once; no article carries them.
    let warnings: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    let path = fixture("corpus.jsonl").display().to_string();
    assert!(
        warnings[0].starts_with(&format!("{path}:3: EOF while parsing")),
        "{warnings:?}"
    );
    assert_eq!(
        warnings[1],
        format!("{path}:5: no \"text\", \"body\" or \"content\" field")
    );
    assert!(arts.iter().all(|a| a.warnings.is_empty()));
    assert_eq!(arts[0].id, "https://westford.example/tram");
    assert!(arts[1].id.ends_with("corpus.jsonl#2"), "{}", arts[1].id);
    assert!(arts[2].display_path.ends_with("corpus.jsonl#6"));
    assert_eq!(arts[1].meta.author.as_deref(), Some("Rosa Lind"));
    for a in arts {
        assert_blocks_valid(a);
    }
}

#[test]
fn jsonl_metadata_of_any_json_type_is_read_as_text() {
    let loaded = load_file(&fixture("metadata.jsonl")).expect("loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let arts = &loaded.articles;
    assert_eq!(arts.len(), 3);
    assert_eq!(
        arts[0].meta.author.as_deref(),
        Some("Rosa Lind, Callum Reid")
    );
    assert_eq!(arts[0].meta.date.as_deref(), Some("2024-05-14T10:00:00Z"));
    assert_eq!(arts[0].meta.source.as_deref(), Some("Velmora Post"));
    // Milliseconds since the epoch.
    assert_eq!(arts[1].meta.date.as_deref(), Some("2025-01-10T08:45:00Z"));
    assert_eq!(arts[2].title, "2025");
    assert_eq!(arts[2].meta.date.as_deref(), Some("9 January 2025"));
    assert_eq!(arts[2].meta.author, None);
    for a in arts {
        assert_blocks_valid(a);
    }
}

#[test]
fn html_json_ld_graph_and_a_span_byline() {
    let a = one("graph_page.html");
    assert_eq!(a.title, "Ferry Fares Frozen for the Winter");
    assert_eq!(a.meta.date.as_deref(), Some("2025-01-10T07:45:00+00:00"));
    assert_eq!(a.meta.author.as_deref(), Some("Ilse Brandt, Tomas Veld"));
    assert_eq!(a.meta.source.as_deref(), Some("Tide Courier"));
    assert_eq!(
        a.meta.url.as_deref(),
        Some("https://tidecourier.example/2025/01/ferry-fares/")
    );
    // The byline's leftover ("By | 10 January 2025") is not article text.
    assert!(
        a.text
            .starts_with("Ferry Fares Frozen for the Winter\n\nThe Skerrow Island ferry company"),
        "{}",
        a.text
    );
    for dropped in [
        "By",
        "10 January 2025",
        "Related",
        "All rights reserved",
        "Weather",
    ] {
        assert!(!a.text.contains(dropped), "kept {dropped:?} in\n{}", a.text);
    }
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    assert_blocks_valid(&a);
}

#[test]
fn markdown_with_toml_front_matter_on_stdin_is_markdown() {
    let bytes = std::fs::read(fixture("toml_front.md")).expect("fixture");
    let a = newsdesk::core::article::load_reader(&bytes[..], "-")
        .expect("loads")
        .articles
        .remove(0);
    let from_file = one("toml_front.md");
    // Notes on stdin articles are kept apart by title (the file's by path).
    let id = format!("stdin:{}", from_file.title);
    assert_eq!(
        a,
        Article {
            display_path: "-".into(),
            id,
            path: None,
            ..from_file
        }
    );
}

#[test]
fn text_and_utf16_text() {
    let a = one("plain.txt");
    assert_eq!(a.title, "Bridge Inspection Finds Rust Damage");
    let a = one("utf16.txt");
    assert_eq!(a.title, "Council Budget Passes");
    assert!(a.text.contains("treasurer Hana Olsen"));
}

#[test]
fn the_fixture_directory_loads_in_path_order() {
    let report = load_paths(&[fixture("")]).expect("loads");
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    assert_eq!(report.articles.len(), 15);
    // The two bad lines of corpus.jsonl, and nothing else.
    let lines: Vec<_> = report.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [Some(3), Some(5)], "{:?}", report.warnings);
    for a in &report.articles {
        assert_blocks_valid(a);
        assert!(!a.title.is_empty(), "{}", a.display_path);
    }
}

#[test]
fn empty_and_whitespace_files_load_without_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in ["e.txt", "e.md", "e.html", "w.txt", "w.md", "w.html"] {
        let content = if name.starts_with('w') {
            " \n\t\n  "
        } else {
            ""
        };
        let path = dir.path().join(name);
        std::fs::write(&path, content).expect("write");
        let arts = load_file(&path).expect("loads").articles;
        assert_eq!(arts.len(), 1);
        assert!(arts[0].text.trim().is_empty());
    }
    let path = dir.path().join("w.jsonl");
    std::fs::write(&path, "\n  \n").expect("write");
    assert!(
        load_file(&path).is_err(),
        "no article in a blank JSON Lines file"
    );
}

#[test]
fn sniffed_html_from_stdin_like_reader() {
    let page = b"<!DOCTYPE html><html><head><meta charset=windows-1252><title>Gr\xfcn</title></head><body><p>Stra\xdfe</p></body></html>";
    let arts = newsdesk::core::article::load_reader(&page[..], "-")
        .expect("loads")
        .articles;
    assert_eq!(arts[0].title, "Grün");
    assert!(arts[0].text.contains("Straße"));
}
