//! `newsdesk search` driven as a user would: files in a temp dir, text and
//! JSON Lines output, errors.

use std::path::Path;
use std::process::{Command, Output};

fn newsdesk(args: &[&str], data: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(args)
        .env("NEWSDESK_DATA_DIR", data)
        .output()
        .expect("run newsdesk")
}

fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = [
        (
            "a.txt",
            "Harbour Strike Enters Second Week\n\nDock workers in Port Velmora walked out. \
             The union said the envoy had not called.\n",
        ),
        (
            "sub/b.txt",
            "Envoy Dara Kellan Defends Grain Deal\n\nCritics said the grain\ndeal was rushed. \
             Negotiators met on Monday.\n",
        ),
        (
            "c.txt",
            "Café Owners Protest Rent Rise\n\nOwners of the Café Lumière said rents doubled.\n",
        ),
    ];
    for (name, text) in files {
        let p = dir.path().join(name);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }
    dir
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect()
}

#[test]
fn json_hits_are_ranked_with_offsets_and_snippets() {
    let dir = corpus();
    let root = dir.path().to_str().expect("utf-8 path");
    let out = newsdesk(&["search", "--json", "envoy", root], dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let hits = json_lines(&out);
    assert_eq!(hits.len(), 2);
    // The title hit ranks above the single body mention.
    assert!(
        hits[0]["path"]
            .as_str()
            .expect("path")
            .ends_with("sub/b.txt")
    );
    assert!(hits[0]["score"].as_f64() > hits[1]["score"].as_f64());
    for h in &hits {
        for key in ["path", "title", "score", "start", "end", "snippet"] {
            assert!(h.get(key).is_some(), "{key} missing in {h}");
        }
        let path = h["path"].as_str().expect("path");
        let text = std::fs::read_to_string(path).expect("read");
        let (s, e) = (
            h["start"].as_u64().expect("start") as usize,
            h["end"].as_u64().expect("end") as usize,
        );
        assert!(text[s..e].eq_ignore_ascii_case("envoy"));
    }
}

#[test]
fn phrase_across_lines_prefix_limit_and_unicode() {
    let dir = corpus();
    let root = dir.path().to_str().expect("utf-8 path");
    let hits = json_lines(&newsdesk(
        &["search", "--json", "\"grain deal was\"", root],
        dir.path(),
    ));
    assert_eq!(hits.len(), 1);
    assert!(!hits[0]["snippet"].as_str().expect("snippet").contains('\n'));
    let hits = json_lines(&newsdesk(&["search", "--json", "negot*", root], dir.path()));
    assert_eq!(hits.len(), 1);
    let hits = json_lines(&newsdesk(&["search", "--json", "CAFÉ", root], dir.path()));
    assert_eq!(hits.len(), 1);
    let hits = json_lines(&newsdesk(
        &["search", "--json", "--limit", "1", "said", root],
        dir.path(),
    ));
    assert_eq!(hits.len(), 1);
}

#[test]
fn text_output_and_no_hits() {
    let dir = corpus();
    let root = dir.path().to_str().expect("utf-8 path");
    let out = newsdesk(&["search", "strike", root], dir.path());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Harbour Strike Enters Second Week"), "{text}");
    let out = newsdesk(&["search", "zeppelin", root], dir.path());
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("no hits"));
}

#[test]
fn missing_path_is_one_clear_error() {
    let dir = corpus();
    let out = newsdesk(&["search", "envoy", "/nonexistent/newsdesk-x"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/newsdesk-x"), "{err}");
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn reads_stdin() {
    use std::io::Write;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(["search", "--json", "envoy", "-"])
        .env("NEWSDESK_DATA_DIR", dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all("Talks Resume\n\nThe envoy arrived on Monday.\n".as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    let hits = json_lines(&out);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["path"], "-");
    assert_eq!(hits[0]["start"], 18);
}

#[test]
fn tag_and_note_clauses_read_the_annotation_store() {
    let dir = corpus();
    let data = tempfile::tempdir().expect("data");
    let b = dir.path().join("sub/b.txt");
    let add = newsdesk(
        &[
            "annotations",
            "add",
            b.to_str().expect("path"),
            "--quote",
            "grain\ndeal",
            "--note",
            "check the tonnage figures",
            "--tag",
            "followup",
        ],
        data.path(),
    );
    assert!(
        add.status.success(),
        "{}",
        String::from_utf8_lossy(&add.stderr)
    );
    let root = dir.path().to_str().expect("path");

    let out = newsdesk(&["search", "tag:followup", root, "--json"], data.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let hits = json_lines(&out);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert!(hits[0]["path"].as_str().expect("path").ends_with("b.txt"));
    assert!(
        hits[0]["score"].as_f64().expect("score").is_sign_positive(),
        "no -0 score: {hits:?}"
    );
    let (start, end) = (
        hits[0]["start"].as_u64().expect("start") as usize,
        hits[0]["end"].as_u64().expect("end") as usize,
    );
    let text = newsdesk(&["text", b.to_str().expect("path")], data.path());
    assert_eq!(
        &String::from_utf8_lossy(&text.stdout)[start..end],
        "grain\ndeal",
        "the hit is the annotated span"
    );

    // note: searches the note text; combined with words it narrows.
    let out = newsdesk(
        &["search", "note:tonnage critics", root, "--json"],
        data.path(),
    );
    assert_eq!(json_lines(&out).len(), 1);
    let out = newsdesk(
        &["search", "note:tonnage harbour", root, "--json"],
        data.path(),
    );
    assert!(json_lines(&out).is_empty());

    // Another data dir has no notes: nothing matches.
    let empty = tempfile::tempdir().expect("empty");
    let out = newsdesk(&["search", "tag:followup", root, "--json"], empty.path());
    assert!(out.status.success());
    assert!(json_lines(&out).is_empty());
}

#[test]
fn load_problems_of_the_files_read_go_to_stderr_and_the_search_succeeds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let w = |name: &str, text: &[u8]| std::fs::write(dir.path().join(name), text).expect("write");
    w(
        "feed.jsonl",
        b"{\"title\":\"Envoy Arrives\",\"text\":\"The envoy landed in Velmora.\"}\n{\"title\":\"envoy\" oops\n",
    );
    // Holds no "envoy": it cannot hold a hit and is not parsed.
    w("other.jsonl", b"not json at all\n");
    w(
        "notes.txt",
        b"Envoy notes\n\nThe envoy \xff\xfe said little.\n",
    );
    let data = dir.path().join("data");
    let root = dir.path().to_str().expect("utf-8 path");
    let out = newsdesk(&["search", "envoy", root], &data);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Envoy Arrives"), "{text}");
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines.contains(
            &format!("newsdesk: warning: {root}/feed.jsonl:2: expected `,` or `}}` (column 18)")
                .as_str()
        ),
        "{err}"
    );
    assert!(
        lines.contains(
            &format!(
                "newsdesk: warning: {root}/notes.txt: 2 invalid UTF-8 byte sequences were replaced"
            )
            .as_str()
        ),
        "{err}"
    );
}
