//! `newsdesk entities` and `text` from the command line: the text output as
//! a reader sees it in a terminal, load problems on stderr, and the exit
//! status with its one line for each kind of failure.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

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

fn newsdesk(args: &[&OsStr], data: &Path) -> Output {
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

// Exit status and the one stderr line (DESIGN.md §8): 0 success, 1 an error
// told in one line naming the file, 2 a usage error; never a panic.

/// Runs newsdesk in `dir` with its data, state and config kept there, no
/// stdin, and no config from the environment.
fn newsdesk_in(dir: &Path, args: &[&OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(args)
        .current_dir(dir)
        .env("NEWSDESK_DATA_DIR", dir.join(".nd-data"))
        .env("XDG_STATE_HOME", dir.join(".nd-state"))
        .env("XDG_CONFIG_HOME", dir.join(".nd-config"))
        .env_remove("NEWSDESK_CONFIG")
        .stdin(Stdio::null())
        .output()
        .expect("run newsdesk")
}

/// Exit status 1, nothing on stdout, and exactly one stderr line that
/// names `path` and then gives `reason`.
fn assert_one_line_failure(out: &Output, path: &Path, reason: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.stdout.is_empty(), "{out:?}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    let prefix = format!("newsdesk: {}: ", path.display());
    assert!(
        err.starts_with(&prefix) && err.trim_end()[prefix.len()..].starts_with(reason),
        "expected `{prefix}{reason}…`, got: {err}"
    );
}

/// The ways to load `path` that must fail the same way.
fn loading_commands(path: &Path) -> [Vec<&OsStr>; 3] {
    [
        vec!["entities".as_ref(), path.as_os_str()],
        vec!["entities".as_ref(), "--json".as_ref(), path.as_os_str()],
        vec!["text".as_ref(), path.as_os_str()],
    ]
}

fn write_good_article(dir: &Path) -> PathBuf {
    let good = dir.join("good.txt");
    std::fs::write(
        &good,
        "Lock Gates Reopen\n\nCanal warden Osric Teal said barges may pass again.\n",
    )
    .expect("write");
    good
}

#[test]
fn a_missing_file_is_exit_1_and_one_line_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gone = dir.path().join("gone.txt");
    for args in loading_commands(&gone) {
        let out = newsdesk_in(dir.path(), &args);
        assert_one_line_failure(&out, &gone, "No such file or directory");
    }
    // Named beside an article that loads, it still fails the command, and
    // nothing is printed for the good one.
    let good = write_good_article(dir.path());
    let out = newsdesk_in(
        dir.path(),
        &["entities".as_ref(), good.as_os_str(), gone.as_os_str()],
    );
    assert_one_line_failure(&out, &gone, "No such file or directory");
    // A path through a file is missing too, with the OS's own reason.
    let inside = good.join("inner.txt");
    for args in loading_commands(&inside) {
        let out = newsdesk_in(dir.path(), &args);
        assert_one_line_failure(&out, &inside, "Not a directory");
    }
}

#[test]
fn a_directory_without_articles_is_exit_1_and_one_line_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let shelf = dir.path().join("shelf");
    std::fs::create_dir_all(shelf.join("empty-sub")).expect("mkdir");
    // Only files newsdesk does not read: another format, a hidden article.
    std::fs::write(shelf.join("budget.csv"), "ward,amount\nnorth,12\n").expect("write");
    std::fs::write(
        shelf.join(".draft.txt"),
        "Draft Headline\n\nA story that is not ready.\n",
    )
    .expect("write");
    for args in loading_commands(&shelf) {
        let out = newsdesk_in(dir.path(), &args);
        assert_one_line_failure(&out, &shelf, "no articles found");
    }
}

#[test]
fn an_unreadable_file_is_exit_1_and_one_line_naming_it() {
    // chmod 000 does not stop root, so the file is one no one can read:
    // /proc/self/mem, whose first page is never mapped, fails with EIO at
    // once (the same case hostile_files uses inside a directory).
    if !Path::new("/proc/self/mem").exists() {
        eprintln!("skipped: no /proc/self/mem on this system");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let unreadable = dir.path().join("wire.txt");
    std::os::unix::fs::symlink("/proc/self/mem", &unreadable).expect("symlink");
    for args in loading_commands(&unreadable) {
        let out = newsdesk_in(dir.path(), &args);
        assert_one_line_failure(&out, &unreadable, "Input/output error");
    }
}

#[test]
fn usage_errors_are_exit_2_with_the_usage_and_no_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    write_good_article(dir.path());
    let cases: [&[&str]; 9] = [
        &["entities", "--bogus", "good.txt"],
        &["entities"],
        &["entities", "--json"],
        &["text"],
        &["text", "--bogus", "good.txt"],
        &["text", "good.txt", "good.txt"],
        &["annotations", "frobnicate"],
        &["annotations"],
        &["--bogus", "good.txt"],
    ];
    for args in cases {
        let args: Vec<&OsStr> = args.iter().map(|a| a.as_ref()).collect();
        let out = newsdesk_in(dir.path(), &args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}: {out:?}");
        assert!(err.starts_with("error: "), "{args:?}: {err}");
        assert!(err.contains("Usage: newsdesk"), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn a_word_that_is_no_subcommand_is_a_path_to_open() {
    // `newsdesk [PATH]...` opens files, so a mistyped subcommand is a
    // missing file: exit 1 naming it, before the terminal is touched.
    let dir = tempfile::tempdir().expect("tempdir");
    for word in ["entites", "frobnicate"] {
        let out = newsdesk_in(dir.path(), &[word.as_ref()]);
        assert_one_line_failure(&out, Path::new(word), "No such file or directory");
    }
    // A near miss names the subcommand on the same line.
    let out = newsdesk_in(dir.path(), &["entites".as_ref()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("did you mean `newsdesk entities`?"), "{err}");
    let out = newsdesk_in(dir.path(), &["frobnicate".as_ref()]);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("did you mean"));
}

#[test]
fn json_entities_always_carry_role_null_when_there_is_none() {
    // DESIGN.md §8: every entity object has name, kind, role, aliases and
    // mentions, in that order; an entity without a role has `"role":null`.
    let dir = tempfile::tempdir().expect("tempdir");
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_32cdb249023d6e56.txt");
    let out = newsdesk_in(
        dir.path(),
        &["entities".as_ref(), "--json".as_ref(), seed.as_os_str()],
    );
    assert!(out.status.success(), "{out:?}");
    let line = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        line.contains(r#"{"name":"Moscow","kind":"place","role":null,"aliases":["#),
        "{line}"
    );
    assert!(
        line.contains(
            r#"{"name":"Steve Witkoff","kind":"person","role":"special envoy","aliases":["#
        ),
        "{line}"
    );
    let v: serde_json::Value = serde_json::from_str(line.trim()).expect("one JSON line");
    let entities = v["entities"].as_array().expect("entities");
    assert!(entities.len() >= 7, "{line}");
    for e in entities {
        let mut keys: Vec<&str> = e
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(keys, ["aliases", "kind", "mentions", "name", "role"], "{e}");
        assert!(e["role"].is_null() || e["role"].is_string(), "{e}");
    }
}
