//! Loading and parsing each article format: a ~100 KB generated article per
//! format, a 1 MB plain text, and the news-like HTML fixture.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsdesk::core::article::load::{Format, load_bytes};

/// The newsdesk binary's allocator (see `src/main.rs`), so that the
/// figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SENTENCES: &[&str] = &[
    "The harbour council in Port Ellis met on Tuesday to discuss the flood barrier.",
    "Councillor Ines Harrow said the plan would be finished within six years.",
    "Engineers from the Northgate Institute estimate the cost at 240 million.",
    "Opponents led by the Quayside Traders Association promised to appeal.",
    "Residents of the old town welcomed the decision, said café owner Zoë Brandt.",
];

fn paragraph(i: usize) -> String {
    (0..4)
        .map(|k| SENTENCES[(i + k) % SENTENCES.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn paragraphs(bytes: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut total = 0;
    while total < bytes {
        let p = paragraph(out.len());
        total += p.len();
        out.push(p);
    }
    out
}

fn text_doc(bytes: usize) -> String {
    let mut s = String::from("Harbour Council Approves Flood Barrier Plan\n");
    for (i, p) in paragraphs(bytes).iter().enumerate() {
        if i % 8 == 7 {
            s.push_str("A Section Heading\n");
        }
        s.push_str(p);
        s.push('\n');
    }
    s
}

fn markdown_doc(bytes: usize) -> String {
    let mut s = String::from(
        "---\ntitle: Harbour Council Approves Flood Barrier Plan\nsource: The Meridian Post\n---\n\n",
    );
    for (i, p) in paragraphs(bytes).iter().enumerate() {
        match i % 8 {
            3 => s.push_str(&format!("> {p}\n\n")),
            5 => s.push_str(&format!(
                "- {p}\n- *item* with [a link](https://x.example)\n\n"
            )),
            7 => s.push_str("## A Section Heading\n\n"),
            _ => s.push_str(&format!("{p} **Bold** and `code`.\n\n")),
        }
    }
    s
}

fn html_doc(bytes: usize) -> String {
    let mut s = String::from(
        "<!DOCTYPE html><html><head><meta charset=utf-8><title>Harbour Council Approves Flood Barrier Plan</title></head><body><nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav><div class=cookie-banner><p>We use cookies.</p></div><main><article><h1>Harbour Council Approves Flood Barrier Plan</h1><p class=byline>By Mara Quill</p>",
    );
    for (i, p) in paragraphs(bytes).iter().enumerate() {
        match i % 8 {
            3 => s.push_str(&format!("<blockquote><p>{p}</p></blockquote>")),
            5 => s.push_str(&format!("<ul><li>{p}</li><li><em>item</em></li></ul>")),
            7 => s.push_str("<h2>A Section Heading</h2>"),
            _ => s.push_str(&format!(
                "<p>{p} <b>Bold</b> &amp; <a href=\"#\">link</a>.</p>"
            )),
        }
    }
    s.push_str("</article><aside class=related><a href=/1>Related</a></aside></main><footer>Footer</footer></body></html>");
    s
}

fn jsonl_doc(bytes: usize) -> String {
    // ~100 articles of ~1 KB each.
    let mut s = String::new();
    for (i, p) in paragraphs(bytes).chunks(3).enumerate() {
        let line = serde_json::json!({
            "title": format!("Story number {i}"),
            "text": p.join("\n"),
            "url": format!("https://x.example/{i}"),
        });
        s.push_str(&line.to_string());
        s.push('\n');
    }
    s
}

fn bench(c: &mut Criterion) {
    let news = include_bytes!("../tests/fixtures/formats/news_page.html");
    let cases: Vec<(&str, Format, Vec<u8>)> = vec![
        ("txt_100k", Format::Text, text_doc(100_000).into_bytes()),
        (
            "md_100k",
            Format::Markdown,
            markdown_doc(100_000).into_bytes(),
        ),
        ("html_100k", Format::Html, html_doc(100_000).into_bytes()),
        ("jsonl_100k", Format::Jsonl, jsonl_doc(100_000).into_bytes()),
        ("txt_1m", Format::Text, text_doc(1_000_000).into_bytes()),
        ("html_news_fixture", Format::Html, news.to_vec()),
    ];
    let mut group = c.benchmark_group("load");
    for (name, format, bytes) in &cases {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| load_bytes(black_box(bytes), Some(*format), None, name))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
