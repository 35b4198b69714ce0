//! `newsdesk entities` text output as a reader sees it in a terminal.

use std::process::Command;

use unicode_width::UnicodeWidthStr;

#[test]
fn counts_line_up_however_long_or_wide_the_names_are() {
    let dir = tempfile::tempdir().expect("tempdir");
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "Port Strike Spreads\n\n\
         Ivo Rask of the International Federation of Harbour and Transport \
         Workers' Unions said Zoë Ørsted-Lindqvist had met the Tarvin Port \
         Authority in Velmora. Rask left.\n",
    )
    .expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(["entities".as_ref(), article.as_os_str()])
        .env("NEWSDESK_DATA_DIR", dir.path().join("data"))
        .output()
        .expect("run newsdesk");
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    // Entity lines: four spaces, the name, padding, then the count.
    let columns: Vec<usize> = text
        .lines()
        .filter(|l| l.starts_with("    "))
        .map(|l| {
            let end = l
                .trim_end()
                .rfind(|c: char| c.is_ascii_digit())
                .expect("a count");
            l[..=end].width()
        })
        .collect();
    assert!(columns.len() >= 4, "{text}");
    assert!(
        columns.iter().all(|&c| c == columns[0]),
        "counts end in one column: {columns:?}\n{text}"
    );
}

fn newsdesk(args: &[&std::ffi::OsStr], data: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(args)
        .env("NEWSDESK_DATA_DIR", data)
        .env_remove("NEWSDESK_CONFIG")
        .output()
        .expect("run newsdesk")
}

/// A directory with a good article, a JSON Lines file with a bad line, one
/// with nothing but bad lines, and a binary file whose name holds an
/// escape sequence.
fn troubled_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let w = |name: &str, text: &[u8]| std::fs::write(dir.path().join(name), text).expect("write");
    w(
        "a.txt",
        b"Quay Vote Delayed\n\nHarbour master Ines Harrow said the vote would wait.\n",
    );
    w(
        "feed.jsonl",
        b"{\"title\":\"Tram Fares Cut\",\"text\":\"Councillor Priya Castell spoke.\"}\n{\"title\":\"Broken\"\n\n{\"title\":\"Ferry Vote\",\"text\":\"Dara Kellan voted.\"}\n",
    );
    w("junk.jsonl", b"nope\n{]\n");
    w("photo\x1b[2J.txt", b"\x89PNG\r\n\x1a\n\0\0");
    dir
}

#[test]
fn entities_prints_every_load_problem_on_stderr_and_succeeds() {
    let dir = troubled_corpus();
    let data = dir.path().join("data");
    let out = newsdesk(&["entities".as_ref(), dir.path().as_os_str()], &data);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    for title in ["Quay Vote Delayed", "Tram Fares Cut", "Ferry Vote"] {
        assert!(stdout.contains(title), "{stdout}");
    }
    let err = String::from_utf8_lossy(&out.stderr);
    let root = dir.path().display();
    let expected = [
        format!(
            "newsdesk: skipped: {root}/junk.jsonl: line 1: expected ident (column 2) (and 1 more bad line)"
        ),
        format!("newsdesk: skipped: {root}/photo␛[2J.txt: not a text article (binary file)"),
        format!("newsdesk: warning: {root}/feed.jsonl:2: EOF while parsing an object (column 17)"),
    ];
    let mut lines: Vec<&str> = err.lines().collect();
    lines.sort_unstable();
    assert_eq!(lines, expected, "{err}");
    assert!(!err.contains('\u{1b}'), "{err:?}");
}

#[test]
fn text_prints_one_article_of_a_json_lines_file_by_its_line() {
    let dir = troubled_corpus();
    let data = dir.path().join("data");
    let feed = dir.path().join("feed.jsonl");
    let json = newsdesk(
        &["entities".as_ref(), "--json".as_ref(), feed.as_os_str()],
        &data,
    );
    assert!(json.status.success(), "{json:?}");
    let paths: Vec<String> = String::from_utf8_lossy(&json.stdout)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json");
            v["path"].as_str().expect("path").to_string()
        })
        .collect();
    let feed_s = feed.display();
    assert_eq!(paths, [format!("{feed_s}#1"), format!("{feed_s}#4")]);
    let out = newsdesk(&["text".as_ref(), paths[1].as_ref()], &data);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Ferry Vote\n\nDara Kellan voted."
    );
    // The file's warning is told, the text unchanged.
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("feed.jsonl:2: EOF while parsing"),
        "{out:?}"
    );
    let out = newsdesk(&["text".as_ref(), format!("{feed_s}#2").as_ref()], &data);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("feed.jsonl#2: no article: line 2 was skipped"),
        "{err}"
    );
    let out = newsdesk(&["text".as_ref(), feed.as_os_str()], &data);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("holds 2 articles"), "{err}");
}
