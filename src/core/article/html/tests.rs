use super::*;

const NEWS: &str = include_str!("../../../../tests/fixtures/formats/news_page.html");

fn slices(p: &Parsed) -> Vec<(BlockKind, &str)> {
    p.blocks
        .iter()
        .map(|b| (b.kind, &p.text[b.range()]))
        .collect()
}

#[test]
fn news_page_keeps_only_the_article() {
    let p = parse(NEWS);
    assert_eq!(p.title, "Harbour Council Approves Flood Barrier Plan");
    assert_eq!(p.meta.author.as_deref(), Some("Mara Quill"));
    assert_eq!(p.meta.source.as_deref(), Some("The Meridian Post"));
    assert!(
        p.meta
            .date
            .as_deref()
            .is_some_and(|d| d.starts_with("2025-03-14"))
    );
    assert_eq!(
        p.meta.url.as_deref(),
        Some("https://meridianpost.example/news/flood-barrier")
    );
    for kept in [
        "The Port Ellis harbour council voted",
        "Councillor Ines Harrow",
        "A Decade of Delays",
        "We cannot keep sandbagging",
        "• Construction begins next spring.",
        "Quayside Traders Association",
    ] {
        assert!(p.text.contains(kept), "missing {kept:?} in\n{}", p.text);
    }
    for dropped in [
        "cookies",
        "Politics",
        "ADVERTISEMENT",
        "Related stories",
        "Storm season",
        "Share on",
        "tidewatcher",
        "Comments",
        "morning briefing",
        "All rights reserved",
        "Privacy",
        "not text",
        "font-family",
        "By Mara Quill",
    ] {
        assert!(!p.text.contains(dropped), "kept {dropped:?} in\n{}", p.text);
    }
    let s = slices(&p);
    assert_eq!(
        s[0],
        (
            BlockKind::Title,
            "Harbour Council Approves Flood Barrier Plan"
        )
    );
    assert!(s.contains(&(BlockKind::Heading, "A Decade of Delays")));
    assert!(
        s.iter()
            .any(|(k, t)| *k == BlockKind::Quote && t.starts_with("We cannot"))
    );
    assert!(
        p.text
            .starts_with("Harbour Council Approves Flood Barrier Plan\n\nThe Port Ellis"),
        "{}",
        p.text
    );
}

#[test]
fn blocks_are_on_char_boundaries() {
    let p = parse(NEWS);
    for b in &p.blocks {
        assert!(p.text.get(b.range()).is_some());
        assert_eq!(p.text[b.range()].trim(), &p.text[b.range()]);
    }
}

#[test]
fn entities_are_decoded_once_and_controls_kept_for_the_sanitiser() {
    let p = parse(
        "<html><body><article><h1>T</h1><p>esc &#27;[2J c1 &#x9b;31m twice &amp;#27; split &#2<b></b>7; end.</p></article></body></html>",
    );
    assert!(p.text.contains("esc \u{1b}[2J"), "{:?}", p.text);
    // HTML maps C1 references to windows-1252: &#x9b; is "›", not CSI.
    assert!(p.text.contains("c1 \u{203a}31m"), "{:?}", p.text);
    assert!(p.text.contains("twice &#27;"));
    // "&#2" is decoded on its own (HTML allows a missing ';'); the
    // reference split by a tag never becomes ESC.
    assert!(p.text.contains("split \u{2}7; end."), "{:?}", p.text);
}

#[test]
fn small_pages_and_empty_input() {
    for src in [
        "",
        "   \n ",
        "<html></html>",
        "<p>",
        "<<<>>>",
        "<!-- only -->",
    ] {
        let p = parse(src);
        for b in &p.blocks {
            assert!(p.text.get(b.range()).is_some());
        }
    }
    let p = parse("<p>Just one short line.</p>");
    assert!(p.text.contains("Just one short line."), "{:?}", p);
}

#[test]
fn deep_nesting_is_stripped_quickly() {
    let src = "<div>".repeat(100_000) + "deep text" + &"</div>".repeat(100_000);
    let start = std::time::Instant::now();
    let p = parse(&src);
    assert!(start.elapsed().as_secs() < 3);
    assert_eq!(p.text, "deep text");
    assert_eq!(p.warnings.len(), 1);
    let spans = "<span><b><i>".repeat(40_000) + "x";
    assert_eq!(parse(&spans).warnings.len(), 1);
}

#[test]
fn nesting_just_under_the_limit_parses_on_a_small_stack() {
    let src = format!(
        "<body>{}<p>Nested paragraph text that is long enough to be content.</p>{}</body>",
        "<div>".repeat(MAX_NESTING - 2),
        "</div>".repeat(MAX_NESTING - 2)
    );
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || parse(&src))
        .expect("spawn");
    let p = handle.join().expect("no stack overflow");
    assert!(p.text.contains("Nested paragraph"));
}

#[test]
fn latin1_page_is_decoded_from_bytes() {
    let mut page = b"<html><head><meta charset=\"ISO-8859-1\"><title>Caf\xe9 Opens</title></head><body><article><p>".to_vec();
    page.extend(b"The caf\xe9 on the plaza serves cr\xe8me br\xfbl\xe9e to na\xefve tourists all summer long, said the owner.</p></article></body></html>");
    let p = parse_bytes(&page);
    assert_eq!(p.title, "Café Opens");
    assert!(p.text.contains("crème brûlée"), "{}", p.text);
    assert!(p.warnings.is_empty());
}

#[test]
fn lists_pre_and_breaks() {
    let p = parse(
        "<body><article><h1>Lists</h1><ol start=3><li>three</li><li>four</li></ol><pre>a  b\n  c</pre><p>one<br>two</p></article></body>",
    );
    assert!(p.text.contains("3. three\n4. four"), "{}", p.text);
    assert!(p.text.contains("a  b\n  c"));
    assert!(p.text.contains("one\ntwo"));
}

/// A WordPress-style page: its NewsArticle inside a JSON-LD `@graph`,
/// author and publisher as references, the byline's name in a span.
fn graph_page(byline: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html><head><title>Ferry Fares Frozen | Tide Courier</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[
{{"@type":"NewsArticle","@id":"https://tide.example/fares/#article","headline":"Ferry Fares Frozen",
 "author":[{{"@id":"https://tide.example/#/person/1"}},{{"@type":"Person","name":"Tomas Veld"}}],
 "datePublished":"2025-01-10T07:45:00+00:00","mainEntityOfPage":{{"@id":"https://tide.example/fares/"}},
 "publisher":{{"@id":"https://tide.example/#org"}}}},
{{"@type":"Organization","@id":"https://tide.example/#org","name":"Tide Courier"}},
{{"@type":"Person","@id":"https://tide.example/#/person/1","name":"Ilse Brandt"}}]}}</script>
</head><body><nav><a href="/">Home</a></nav><main><article><h1>Ferry Fares Frozen</h1>
{byline}
<p>The island ferry company will not raise fares this winter, its board said on Friday after a long meeting.</p>
<p>Chair Dara Kellan said the freeze would cost about two million but keep the islands connected.</p>
</article></main><footer>Tide Courier</footer></body></html>"#
    )
}

#[test]
fn json_ld_graph_fills_date_author_source_and_url() {
    let p = parse(&graph_page("<p>Staff report</p>"));
    assert_eq!(p.meta.date.as_deref(), Some("2025-01-10T07:45:00+00:00"));
    assert_eq!(p.meta.author.as_deref(), Some("Ilse Brandt, Tomas Veld"));
    assert_eq!(p.meta.source.as_deref(), Some("Tide Courier"));
    assert_eq!(p.meta.url.as_deref(), Some("https://tide.example/fares/"));
}

#[test]
fn what_a_span_byline_leaves_is_dropped_as_a_repeat() {
    for byline in [
        r#"<p>By <span class="author">Ilse Brandt</span> | 10 January 2025</p>"#,
        r#"<p>By <span class="author">Ilse Brandt</span> · Fri 10th Jan 2025, 7:45 am</p>"#,
        r#"<div>By <span class="author vcard">Ilse Brandt</span> and Tomas Veld</div><p><time>10 January 2025</time></p>"#,
    ] {
        let p = parse(&graph_page(byline));
        assert!(
            p.text
                .starts_with("Ferry Fares Frozen | Tide Courier\n\nThe island ferry company"),
            "{byline}:\n{}",
            p.text
        );
        assert_eq!(
            p.meta
                .author
                .as_deref()
                .map(|a| a.starts_with("Ilse Brandt")),
            Some(true)
        );
    }
    // A real first paragraph that starts with "By" stays.
    let p = parse(&graph_page(
        "<p>By Friday the board had agreed to freeze fares for the winter season.</p>",
    ));
    assert!(p.text.contains("By Friday the board"), "{}", p.text);
}

#[test]
fn bylines_lose_their_by_and_what_follows_a_separator() {
    assert_eq!(
        clean_byline("By Ilse Brandt | 10 January 2025").as_deref(),
        Some("Ilse Brandt")
    );
    assert_eq!(clean_byline("Mara Quill").as_deref(), Some("Mara Quill"));
    assert_eq!(clean_byline("by  · 3 March"), None);
    let meta = Metadata {
        author: Some("Ilse Brandt".into()),
        ..Metadata::default()
    };
    assert!(is_byline_leftover(&norm("By | 10 January 2025"), &meta));
    assert!(is_byline_leftover(
        &norm("Updated 14:05 GMT, Tue 14 May"),
        &meta
    ));
    assert!(!is_byline_leftover(&norm("By the harbour"), &meta));
    assert!(!is_byline_leftover(
        &norm("By | 10 January 2025"),
        &Metadata::default()
    ));
}
