//! For every format, the entity mention offsets printed by
//! `newsdesk entities --json` fall on char boundaries of the canonical text
//! printed by `newsdesk text`, and each mention's "text" is that slice.
//! Driven through the real binary on the fixtures and on generated
//! Markdown, HTML and JSON Lines documents; each article's text is asked
//! for by the path `entities` printed (`corpus.jsonl#7` for one article of
//! a JSON Lines file).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use proptest::prelude::*;

fn newsdesk(data: &Path, args: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("NEWSDESK_CONFIG")
        .output()
        .expect("run newsdesk");
    assert!(
        out.status.success(),
        "newsdesk {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Checks every article of one file against `newsdesk text` of the path
/// `entities` printed for it; returns (articles, mentions) checked.
fn check_file(path: &Path) -> (usize, usize) {
    let data = tempfile::tempdir().expect("tempdir");
    let p = path.to_str().expect("utf-8 path");
    let json = String::from_utf8(newsdesk(data.path(), &["entities", "--json", p])).expect("utf-8");
    let mut seen = HashSet::new();
    let mut checked = 0;
    for line in json.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        let p = v["path"].as_str().expect("path");
        assert!(seen.insert(p.to_string()), "{p} printed twice");
        let text = String::from_utf8(newsdesk(data.path(), &["text", p]))
            .expect("canonical text is UTF-8");
        for e in v["entities"].as_array().expect("entities") {
            for m in e["mentions"].as_array().expect("mentions") {
                let start = m["start"].as_u64().expect("start") as usize;
                let end = m["end"].as_u64().expect("end") as usize;
                let slice = text
                    .get(start..end)
                    .unwrap_or_else(|| panic!("{start}..{end} is not on char boundaries of {p}"));
                assert_eq!(m["text"].as_str(), Some(slice), "{p}");
                checked += 1;
            }
        }
    }
    (seen.len(), checked)
}

#[test]
fn fixtures_mentions_slice_the_canonical_text() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e != "jsonl"))
        .collect();
    files.sort();
    assert!(files.len() >= 8);
    let total: usize = files.iter().map(|f| check_file(f).1).sum();
    assert!(total > 0, "no mention was checked");
}

#[test]
fn json_lines_articles_are_checked_through_file_hash_line() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats");
    // corpus.jsonl has two bad lines and a blank one among its articles.
    let (articles, mentions) = check_file(&dir.join("corpus.jsonl"));
    assert_eq!(articles, 3);
    assert!(mentions > 0, "no mention was checked");
    let (articles, _) = check_file(&dir.join("metadata.jsonl"));
    assert_eq!(articles, 3);
}

/// Words of generated documents: names, multi-byte letters, punctuation.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Mara".to_string()),
        Just("Quill".to_string()),
        Just("Élodie".to_string()),
        Just("Ørsted".to_string()),
        Just("Institute".to_string()),
        Just("Council".to_string()),
        Just("President".to_string()),
        Just("Zoë’s".to_string()),
        Just("the".to_string()),
        Just("said".to_string()),
        Just("U.S.".to_string()),
        Just("東京".to_string()),
        Just("🙂".to_string()),
        Just("&amp;".to_string()),
        Just("&#233;".to_string()),
        "[a-zA-Z]{1,8}",
        "[A-Z][a-zé]{2,7}",
    ]
}

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..12).prop_map(|w| w.join(" ") + ".")
}

fn paragraphs() -> impl Strategy<Value = Vec<(u8, String)>> {
    prop::collection::vec((0u8..6, sentence()), 1..8)
}

fn markdown(paras: &[(u8, String)]) -> String {
    let mut s = String::from("---\ntitle: Generated Story\n---\n\n");
    for (k, p) in paras {
        let block = match k {
            0 => format!("# {p}"),
            1 => format!("## {p}"),
            2 => format!("> {p}"),
            3 => format!("- {p}\n- *{p}*"),
            4 => format!("A [link to {p}](https://x.example) and **bold** `code`."),
            _ => p.clone(),
        };
        s.push_str(&block);
        s.push_str("\n\n");
    }
    s
}

fn html(paras: &[(u8, String)]) -> String {
    let mut s = String::from(
        "<!DOCTYPE html><html><head><title>Generated Story</title></head><body><nav><a href=\"/\">Home</a></nav><article>",
    );
    for (k, p) in paras {
        let block = match k {
            0 => format!("<h1>{p}</h1>"),
            1 => format!("<h2>{p}</h2>"),
            2 => format!("<blockquote><p>{p}</p></blockquote>"),
            3 => format!("<ul><li>{p}</li><li><em>{p}</em></li></ul>"),
            4 => format!("<p>By <b>{p}</b><br>and <a href=\"#\">more</a></p>"),
            _ => format!("<p>{p}</p>"),
        };
        s.push_str(&block);
    }
    s.push_str("</article><footer>Footer text</footer></body></html>");
    s
}

/// Plain text: a title line, then the paragraphs, some as short heading
/// lines, with typographic quotes, CRLF line ends and blank-line runs.
fn plain(paras: &[(u8, String)]) -> String {
    let mut s = String::from("Generated Story\r\n\r\n");
    for (k, p) in paras {
        let block = match k {
            0 => p.trim_end_matches('.').to_string(),
            1 => format!("\u{201C}{p}\u{201D} said the envoy\u{2019}s office."),
            2 => format!("{p}\r\n{p}"),
            _ => p.clone(),
        };
        s.push_str(&block);
        s.push_str(if *k == 3 { "\n\n\n\n" } else { "\r\n\r\n" });
    }
    s
}

/// Several articles, one per paragraph kind, with a bad line and a blank
/// one between them (the line numbers of the rest must still hold).
fn jsonl(paras: &[(u8, String)]) -> String {
    let mut lines = Vec::new();
    for kind in 0..3u8 {
        let body: Vec<&str> = paras
            .iter()
            .filter(|(k, _)| k % 3 == kind)
            .map(|(_, p)| p.as_str())
            .collect();
        lines.push(
            serde_json::json!({"title": format!("Generated Story {kind}"), "text": body.join("\n")})
                .to_string(),
        );
        if kind == 0 {
            lines.push("{\"title\": \"broken".to_string());
            lines.push(String::new());
        }
    }
    lines.join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn generated_documents_mentions_slice_the_canonical_text(paras in paragraphs()) {
        let dir = tempfile::tempdir().expect("tempdir");
        for (name, doc) in [
            ("a.txt", plain(&paras)),
            ("a.md", markdown(&paras)),
            ("a.html", html(&paras)),
            ("a.jsonl", jsonl(&paras)),
        ] {
            let path = dir.path().join(name);
            std::fs::write(&path, doc).expect("write");
            let (articles, _) = check_file(&path);
            prop_assert_eq!(articles, if name.ends_with(".jsonl") { 3 } else { 1 });
        }
    }
}
