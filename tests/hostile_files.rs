//! Hostile files (rows 5–11 of "Survive hostile input and faults"): bad
//! encodings, binary files, huge files and devices, endless stdin, giant
//! lines, deep nesting, odd directory entries and files that vanish. Most
//! checks run the real binary with a deadline, so a hang fails the test
//! instead of blocking it.

mod support;

use std::io::Write;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use newsdesk::core::article::load_paths;
use newsdesk::core::library::{IndexStatus, Library};
use support::{draw, press, screen_text};

/// A hang detector for one CLI run (debug build, busy machine).
const DEADLINE: Duration = Duration::from_secs(60);

struct Run {
    status: ExitStatus,
    stdout: Vec<u8>,
    stderr: String,
}

/// Runs `sh -c script` (with `$ND` the binary) and waits at most [`DEADLINE`].
fn sh(script: &str, dir: &Path) -> Run {
    let data = dir.join(".nd-data");
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .env("ND", env!("CARGO_BIN_EXE_newsdesk"))
        .env("NEWSDESK_DATA_DIR", &data)
        .env("XDG_STATE_HOME", dir.join(".nd-state"))
        .env("XDG_CONFIG_HOME", dir.join(".nd-config"))
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let out_pipe = child.stdout.take().expect("stdout");
    let err_pipe = child.stderr.take().expect("stderr");
    let out_t = std::thread::spawn(move || read_all(out_pipe));
    let err_t = std::thread::spawn(move || read_all(err_pipe));
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            panic!("`{script}` did not finish within {DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        status,
        stdout: out_t.join().expect("stdout thread"),
        stderr: String::from_utf8_lossy(&err_t.join().expect("stderr thread")).into_owned(),
    }
}

fn read_all(mut r: impl std::io::Read) -> Vec<u8> {
    let mut v = Vec::new();
    let _ = r.read_to_end(&mut v);
    v
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write");
    p
}

fn app_on(path: &Path, size: (u16, u16)) -> newsdesk::tui::App {
    support::app(&[path.to_str().expect("utf-8 temp path")], size)
}

/// A failure with a message: exit code 1, not a signal, one clean line.
fn assert_clean_failure(r: &Run, needle: &str) {
    assert_eq!(r.status.code(), Some(1), "stderr: {}", r.stderr);
    assert!(r.stderr.contains(needle), "stderr: {}", r.stderr);
    assert!(r.stderr.starts_with("newsdesk: "), "stderr: {}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "stderr: {}", r.stderr);
    assert!(!r.stderr.contains('\u{1b}'), "stderr: {}", r.stderr);
}

// Row 5: encodings.

#[test]
fn invalid_utf8_is_decoded_with_the_count_shown_in_the_tui() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "broken.txt",
        b"Broken bytes report\n\nThe mayor \xff\xfe said the port \xc3 reopens.\n",
    );
    let r = sh("$ND text broken.txt", dir.path());
    assert!(r.status.success(), "{}", r.stderr);
    assert!(String::from_utf8_lossy(&r.stdout).contains("mayor \u{fffd}"));
    let app = app_on(&p, (100, 20));
    let screen = screen_text(&draw(&app));
    assert!(
        screen.contains("3 invalid UTF-8 byte sequences were replaced"),
        "{screen}"
    );
}

#[test]
fn utf16_with_bom_and_latin1_html_are_decoded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut le = vec![0xFF, 0xFE];
    for u in "# Café talks\n\nThe naïve plan.\n".encode_utf16() {
        le.extend(u.to_le_bytes());
    }
    write(dir.path(), "le.md", &le);
    let mut be = vec![0xFE, 0xFF];
    for u in "Zoë report\n\nBody text.\n".encode_utf16() {
        be.extend(u.to_be_bytes());
    }
    write(dir.path(), "be.txt", &be);
    write(
        dir.path(),
        "latin1.html",
        b"<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head>\
          <body><h1>Caf\xe9 reopens</h1><p>The na\xefve plan for the caf\xe9.</p></body></html>",
    );
    for (file, needle) in [
        ("le.md", "The naïve plan."),
        ("be.txt", "Zoë report"),
        ("latin1.html", "The naïve plan for the café."),
    ] {
        let r = sh(&format!("$ND text {file}"), dir.path());
        assert!(r.status.success(), "{file}: {}", r.stderr);
        let out = String::from_utf8(r.stdout).expect("utf-8 output");
        assert!(out.contains(needle), "{file}: {out:?}");
    }
}

// Row 6: binary files.

fn binary_samples(dir: &Path) {
    let mut nul = b"Looks like text\n".to_vec();
    nul.extend([0u8, 1, 2, 3]);
    nul.extend(b"more text");
    write(dir, "nul.txt", &nul);
    write(dir, "image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    write(dir, "program.md", b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0");
}

#[test]
fn binary_files_are_refused_by_name_and_skipped_in_directories() {
    let dir = tempfile::tempdir().expect("tempdir");
    binary_samples(dir.path());
    for f in ["nul.txt", "image.txt", "program.md"] {
        let r = sh(&format!("$ND text {f}"), dir.path());
        assert_clean_failure(&r, "not a text article (binary file)");
        assert!(r.stderr.contains(f), "names the file: {}", r.stderr);
        assert!(r.stdout.is_empty());
    }
    write(
        dir.path(),
        "good.txt",
        b"Harbour news\n\nThe ferry runs again.\n",
    );
    let report = load_paths(&[dir.path().to_path_buf()]).expect("load");
    assert_eq!(report.articles.len(), 1);
    assert_eq!(report.skipped.len(), 3, "{:?}", report.skipped);
    let r = sh("$ND entities .", dir.path());
    assert!(r.status.success(), "{}", r.stderr);
}

// Row 7: huge files, devices, endless stdin.

#[test]
fn a_sparse_5gb_file_is_refused_quickly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = std::fs::File::create(dir.path().join("huge.txt")).expect("create");
    if f.set_len(5 << 30).is_err() {
        eprintln!("skipped: the temp file system cannot hold a sparse 5 GB file");
        return;
    }
    let r = sh("$ND text huge.txt", dir.path());
    assert_clean_failure(&r, "larger than the 64 MB limit");
    // In a directory it is skipped, the rest loads.
    write(dir.path(), "ok.txt", b"Small one\n\nBody.\n");
    let report = load_paths(&[dir.path().to_path_buf()]).expect("load");
    assert_eq!(report.articles.len(), 1);
    assert!(report.skipped[0].reason.contains("64 MB"));
}

#[test]
fn devices_and_fifos_named_explicitly_fail_without_reading() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status();
    for target in ["/dev/zero", "/dev/urandom", "pipe.txt"] {
        if target == "pipe.txt" && !made.as_ref().is_ok_and(|s| s.success()) {
            continue;
        }
        for cmd in ["text", "entities"] {
            let r = sh(&format!("$ND {cmd} {target}"), dir.path());
            assert_clean_failure(&r, "not a regular file");
        }
        // The TUI refuses before touching the terminal.
        let r = sh(&format!("$ND {target} > out.txt"), dir.path());
        assert_clean_failure(&r, "not a regular file");
    }
}

#[test]
fn endless_stdin_is_capped_with_bounded_memory() {
    let dir = tempfile::tempdir().expect("tempdir");
    // 1 GiB of address space is far more than the 64 MB cap needs and far
    // less than an unbounded read would take.
    let r = sh(
        "ulimit -v 1048576 2>/dev/null; yes 'The ferry runs again.' | $ND text -",
        dir.path(),
    );
    assert_clean_failure(&r, "larger than the 64 MB limit");
    let r = sh("head -c 100000000 /dev/zero | $ND text -", dir.path());
    assert_eq!(r.status.code(), Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("64 MB") || r.stderr.contains("binary"));
}

// Row 8: giant lines, empty and blank files.

#[test]
fn a_10mb_line_an_empty_file_and_whitespace_open_and_scroll() {
    let dir = tempfile::tempdir().expect("tempdir");
    let line = "word ".repeat(2 * 1024 * 1024);
    let solid = "x".repeat(10 * 1024 * 1024);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("long.txt", format!("Long line\n\n{line}").into_bytes()),
        ("solid.txt", solid.into_bytes()),
        ("empty.txt", Vec::new()),
        ("blank.txt", b"   \n\n\t \n   ".to_vec()),
        ("blank.md", b"\n\n   \n".to_vec()),
        ("empty.html", Vec::new()),
    ];
    for (name, bytes) in cases {
        let p = write(dir.path(), name, &bytes);
        match load_paths(std::slice::from_ref(&p)) {
            Ok(_) => {
                let mut app = app_on(&p, (80, 24));
                draw(&app);
                press(&mut app, &["G"]);
                let t = draw(&app);
                assert!(
                    screen_text(&t).contains('%')
                        || name.starts_with("empty")
                        || name.starts_with("blank")
                );
                press(&mut app, &["g", "g", "ctrl-d", "G", "k"]);
                draw(&app);
                app.resize(20, 5);
                draw(&app);
            }
            Err(e) => {
                // Refusing is fine for empty input, with the path in the message.
                assert!(e.to_string().contains(name), "{e}");
            }
        }
    }
}

/// Row 8 precisely: one 10 MB line, no newline at all (so the whole file is
/// also the title): G and End reach its last words, search and selection
/// still work there.
#[test]
fn a_10mb_line_without_a_newline_shows_its_last_words_at_the_end() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sentence = "Mara Quell told the Tessaly Harbour Board that the ferries would run. ";
    let mut line = sentence.repeat(10 * 1024 * 1024 / sentence.len() + 1);
    line.push_str("Last of all the lighthouse keeper Edda Voss waved goodbye");
    assert!(line.len() > 10 * 1024 * 1024 && !line.contains('\n'));
    let p = write(dir.path(), "one-line.txt", line.as_bytes());
    let mut app = app_on(&p, (100, 30));
    let top = screen_text(&draw(&app));
    assert!(top.contains("Mara Quell told"), "{top}");
    for end_key in ["G", "end"] {
        press(&mut app, &["g", "g", end_key]);
        let t = screen_text(&draw(&app));
        assert!(t.contains("Edda Voss waved goodbye"), "{end_key}: {t}");
        assert!(t.contains("100%"), "{end_key}: {t}");
        // The title bar shows the start of the line, cut short.
        assert!(t.contains("newsdesk ─ Mara Quell told"), "{t}");
    }
    press(&mut app, &["k", "k", "j", "j"]);
    assert!(screen_text(&draw(&app)).contains("Edda Voss waved goodbye"));
    // Find as you type and a selection at the end.
    press(&mut app, &["/", "V", "o", "s", "s", "enter"]);
    let reader = app.state.reader.as_ref().expect("reader");
    assert_eq!(reader.search.matches.len(), 1);
    assert!(screen_text(&draw(&app)).contains("match 1/1"));
    press(&mut app, &["v", "e"]);
    let reader = app.state.reader.as_ref().expect("reader");
    let text = &app.library.articles()[0].text;
    let sel = reader.selection.expect("selection").range(text);
    assert!(!text[sel].is_empty());
}

// Row 9: deep nesting through the binary (a stack overflow would abort).

#[test]
fn deeply_nested_markdown_and_html_do_not_overflow_the_stack() {
    let dir = tempfile::tempdir().expect("tempdir");
    let n = 100_000;
    let cases: Vec<(&str, String)> = vec![
        (
            "quotes.md",
            format!("# Deep\n\n{}deep text\n", "> ".repeat(n)),
        ),
        ("lists.md", format!("# Deep\n\n{}item\n", "- ".repeat(n))),
        (
            "brackets.md",
            format!("# Deep\n\n{}x{}\n", "[".repeat(n), "](u)".repeat(n)),
        ),
        (
            "emph.md",
            format!("# Deep\n\n{}x{}\n", "*_".repeat(n), "_*".repeat(n)),
        ),
        ("links.md", format!("# Deep\n\n{}\n", "[a](<".repeat(n))),
        (
            "divs.html",
            format!(
                "<html><body><h1>Deep</h1>{}deep text{}</body></html>",
                "<div>".repeat(n),
                "</div>".repeat(n)
            ),
        ),
        (
            "inline.html",
            format!("<html><body><p>{}x</p></body></html>", "<b><i>".repeat(n)),
        ),
        (
            "tables.html",
            format!("<html><body>{}</body></html>", "<table><tr><td>".repeat(n)),
        ),
    ];
    for (name, src) in &cases {
        write(dir.path(), name, src.as_bytes());
        let r = sh(&format!("$ND text {name} > /dev/null"), dir.path());
        assert!(
            r.status.code().is_some(),
            "{name}: killed by a signal ({:?}): {}",
            r.status,
            r.stderr
        );
        assert!(!r.stderr.contains("overflow"), "{name}: {}", r.stderr);
    }
    // The Markdown fallback is announced in the TUI.
    let app = app_on(&dir.path().join("quotes.md"), (120, 20));
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("shown as plain text"), "{screen}");
}

// Row 10: odd directory entries and file names.

#[test]
fn directories_with_fifos_sockets_loops_and_odd_names_load_without_blocking() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(d, "good.txt", b"Harbour news\n\nThe ferry runs again.\n");
    let _ = Command::new("mkfifo").arg(d.join("fifo.txt")).status();
    let _sock = std::os::unix::net::UnixListener::bind(d.join("sock.txt")).ok();
    std::os::unix::fs::symlink(d.join("loop_b.txt"), d.join("loop_a.txt")).expect("symlink");
    std::os::unix::fs::symlink(d.join("loop_a.txt"), d.join("loop_b.txt")).expect("symlink");
    std::os::unix::fs::symlink(d, d.join("self")).expect("symlink");
    std::os::unix::fs::symlink(d.join("gone.txt"), d.join("dangling.txt")).expect("symlink");
    write(
        d,
        "esc\u{1b}]0;pwned\u{7}name.txt",
        b"Escape name\n\nBody.\n",
    );
    write(d, "new\nline.txt", b"Newline name\n\nBody.\n");
    let bad = std::ffi::OsStr::from_bytes(b"bad\xffname.txt");
    std::fs::write(d.join(bad), b"Invalid name\n\nBody.\n").expect("write");
    let locked = write(d, "locked.txt", b"Locked\n\nBody.\n");
    let _ = Command::new("chmod").arg("000").arg(&locked).status();
    if std::fs::read(&locked).is_ok() {
        eprintln!(
            "note: running as root, chmod 000 does not deny reads; the unreadable-file case is not exercised"
        );
    }

    // Unreadable even for root: reading /proc/self/mem at offset 0 fails (EIO).
    std::os::unix::fs::symlink("/proc/self/mem", d.join("mem.txt")).expect("symlink");

    let report = load_paths(&[d.to_path_buf()]).expect("load");
    assert!(
        report
            .skipped
            .iter()
            .any(|s| s.path.ends_with("mem.txt") && !s.reason.is_empty()),
        "the unreadable file is skipped with a reason: {:?}",
        report.skipped
    );
    let titles: Vec<_> = report.articles.iter().map(|a| a.title.as_str()).collect();
    for t in [
        "Harbour news",
        "Escape name",
        "Newline name",
        "Invalid name",
    ] {
        assert!(titles.contains(&t), "{titles:?}");
    }
    let r = sh("$ND entities --json .", d);
    assert!(r.status.success(), "{}", r.stderr);
    assert!(
        !r.stdout.contains(&0x1b),
        "no raw ESC from a file name on stdout"
    );
    let r = sh("$ND search ferry .", d);
    assert!(r.status.success(), "{}", r.stderr);
    assert!(!r.stdout.contains(&0x1b));

    // The library view draws the odd names as visible placeholders.
    let lib = Library::new(report);
    let km = newsdesk::tui::keymap::Keymap::new(&newsdesk::tui::keymap::Overrides::new())
        .expect("keymap");
    let app = newsdesk::tui::App::new(lib, km, newsdesk::tui::theme::Theme::colored(), (120, 20));
    let t = draw(&app);
    for cell in t.backend().buffer().content() {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "{:?}",
            cell.symbol()
        );
    }
}

// Row 11: files that change or vanish while loading and indexing.

#[test]
fn files_vanishing_while_loading_are_skipped_not_fatal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path().to_path_buf();
    write(
        &d,
        "000_stable.txt",
        b"Stable report\n\nThe ferry runs again.\n",
    );
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let churn = {
        let (d, stop) = (d.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut i = 0u32;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let p = d.join(format!("churn_{}.txt", i % 20));
                let _ = std::fs::write(&p, format!("Churn {i}\n\nBody {i}.\n").repeat(50));
                let q = d.join(format!("churn_{}.txt", (i + 7) % 20));
                let _ = std::fs::remove_file(&q);
                if let Ok(mut f) = std::fs::OpenOptions::new().append(true).open(&p) {
                    let _ = f.write_all(b"\xff\x00 grows");
                }
                i += 1;
            }
        })
    };
    let start = Instant::now();
    let mut loads = 0;
    while start.elapsed() < Duration::from_millis(1500) {
        let report = load_paths(std::slice::from_ref(&d)).expect("a racing directory still loads");
        assert!(report.articles.iter().any(|a| a.title == "Stable report"));
        for s in &report.skipped {
            assert!(!s.reason.is_empty(), "{s:?}");
        }
        loads += 1;
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    churn.join().expect("churn thread");
    assert!(loads > 0);
}

#[test]
fn files_vanishing_while_indexing_do_not_matter() {
    let dir = tempfile::tempdir().expect("tempdir");
    for i in 0..30 {
        write(
            dir.path(),
            &format!("a{i:02}.txt"),
            format!("Report {i}\n\nMayor Ines Valdor opened pier {i}.\n").as_bytes(),
        );
    }
    let mut lib = Library::new(load_paths(&[dir.path().to_path_buf()]).expect("load"));
    lib.start_indexing();
    for i in 0..30 {
        let _ = std::fs::remove_file(dir.path().join(format!("a{i:02}.txt")));
    }
    let start = Instant::now();
    while lib.poll_indexing() != IndexStatus::Ready {
        assert!(start.elapsed() < DEADLINE, "indexing never finished");
        assert!(lib.index_error().is_none(), "{:?}", lib.index_error());
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(lib.len(), 30);
}
