//! Hostile terminals and faults (rows 1, 6, 12–14 of "Survive hostile input
//! and faults"): no terminal at all, tiny and huge sizes, resize storms,
//! signals, the pty vanishing, Ctrl-Z/fg, a panicking worker thread, and the
//! raw bytes newsdesk writes to a real terminal (tmux pipe-pane).

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use newsdesk::core::article::load_paths;
use newsdesk::core::library::Library;
use support::tmux::{self, Tmux};
use support::{draw, press, screen_text};

fn nd() -> &'static str {
    env!("CARGO_BIN_EXE_newsdesk")
}

/// A small article of our own.
fn article(dir: &Path) -> PathBuf {
    let p = dir.join("harbour.txt");
    let body = "Harbour council reopens the ferry\n\n\
        Mayor Ines Valdor said on Tuesday that the Northgate ferry will run again.\n\n"
        .to_string()
        + &"The council approved the budget after a long debate. ".repeat(40);
    std::fs::write(&p, body).expect("write");
    p
}

/// Env prefix that keeps every write inside `home`.
fn env_prefix(home: &Path) -> String {
    let h = home.display();
    format!(
        "XDG_STATE_HOME='{h}/state' XDG_CONFIG_HOME='{h}/config' XDG_CACHE_HOME='{h}/cache' NEWSDESK_DATA_DIR='{h}/data'"
    )
}

// Row 12: no terminal.

#[test]
fn stdout_not_a_terminal_gives_a_message_and_writes_no_escapes() {
    let home = tempfile::tempdir().expect("tempdir");
    let a = article(home.path());
    let out = home.path().join("out");
    for setsid in [false, true] {
        let script = format!(
            "{} {}{} '{}' < /dev/null > '{}'",
            env_prefix(home.path()),
            if setsid { "setsid -w " } else { "" },
            nd(),
            a.display(),
            out.display()
        );
        let r = Command::new("sh")
            .arg("-c")
            .arg(&script)
            .stdin(Stdio::null())
            .output()
            .expect("run");
        let err = String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.status.code(), Some(1), "{err}");
        assert!(err.contains("standard output is not a terminal"), "{err}");
        assert!(
            err.contains("newsdesk text"),
            "suggests the plain output: {err}"
        );
        let written = std::fs::read(&out).expect("out");
        assert!(
            written.is_empty(),
            "nothing written to the file: {written:?}"
        );
        assert!(!err.contains('\u{1b}'));
    }
}

#[test]
fn no_controlling_terminal_in_a_pty_fails_cleanly() {
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let a = article(home.path());
    // stdout is the pty but there is no controlling terminal and no tty on
    // stdin: newsdesk must say so and leave, not hang or spin.
    let cmd = format!(
        "{} setsid -w {} '{}' < /dev/null; echo NEWSDESK-EXITED:$?; sleep 30",
        env_prefix(home.path()),
        nd(),
        a.display()
    );
    let t = Tmux::start("nocttyx", &cmd, 100, 20);
    let screen = t.wait_for("NEWSDESK-EXITED:", 20);
    assert!(screen.contains("newsdesk: "), "a message: {screen}");
    assert!(!screen.contains("NEWSDESK-EXITED:0"), "{screen}");
}

// Row 13: sizes and resizes.

#[test]
fn tiny_and_huge_sizes_and_a_resize_storm_do_not_panic() {
    let home = tempfile::tempdir().expect("tempdir");
    let a = article(home.path());
    let mut app = support::app(&[a.to_str().expect("utf-8")], (80, 24));
    for (w, h) in [(0, 0), (1, 1), (20, 5), (500, 200), (1, 200), (500, 1)] {
        app.resize(w, h);
        let t = draw(&app);
        if (w, h) == (20, 5) || (w, h) == (1, 1) {
            let s = screen_text(&t);
            assert!(
                s.contains("small") || s.contains("smal") || w < 5,
                "{w}x{h}: {s}"
            );
        }
        press(&mut app, &["j", "G", "tab", "ctrl-d", "g", "g"]);
        draw(&app);
    }
    let mut seed = 7u32;
    for _ in 0..100 {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
        let w = (seed >> 8) % 301;
        let h = (seed >> 20) % 121;
        app.resize(w as u16, h as u16);
        draw(&app);
    }
    app.resize(80, 24);
    assert!(screen_text(&draw(&app)).contains("Harbour council"));
}

#[test]
fn tmux_resize_storm_keeps_the_app_alive_and_responsive() {
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let a = article(home.path());
    let cmd = format!(
        "{} {} '{}'; echo NEWSDESK-EXITED:$?; sleep 30",
        env_prefix(home.path()),
        nd(),
        a.display()
    );
    let t = Tmux::start("storm", &cmd, 100, 30);
    t.wait_for("Harbour council", 20);
    let mut seed = 11u32;
    for i in 0..100 {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
        let (w, h) = if i % 10 == 0 {
            (1, 1)
        } else {
            (
                ((seed >> 8) % 300 + 2) as u16,
                ((seed >> 20) % 100 + 2) as u16,
            )
        };
        t.resize(w, h);
    }
    t.resize(20, 5);
    t.wait_for("small", 10);
    t.resize(100, 30);
    t.wait_for("Harbour council", 10);
    // Ctrl-L (full redraw) must work alongside the input thread.
    t.send(&["C-l"]);
    std::thread::sleep(Duration::from_millis(300));
    t.wait_for("Harbour council", 10);
    t.send(&["j", "q"]);
    t.wait_for("NEWSDESK-EXITED:0", 10);
}

// Row 14: signals, hang-up, suspend, worker panic.

/// Total CPU ticks (user + system) of `pid`, or None once it is gone (or a zombie).
fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    if f.first() == Some(&"Z") {
        return None;
    }
    Some(f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?)
}

/// Waits for the process to exit; if it does not, checks it is not spinning.
fn assert_gone_without_spinning(pid: u32) {
    let start = Instant::now();
    while cpu_ticks(pid).is_some() {
        if start.elapsed() > Duration::from_secs(10) {
            let before = cpu_ticks(pid).unwrap_or(0);
            std::thread::sleep(Duration::from_secs(1));
            let after = cpu_ticks(pid).unwrap_or(before);
            panic!(
                "newsdesk still running 10 s after the hang-up ({} CPU ticks in 1 s)",
                after - before
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn read_pid(file: &Path) -> u32 {
    let start = Instant::now();
    loop {
        if let Some(pid) = std::fs::read_to_string(file)
            .ok()
            .and_then(|s| s.trim().parse().ok())
        {
            return pid;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "no pid file");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Writes a note on the seed article (title words) and waits for the save.
fn write_note(t: &Tmux, text: &str) {
    t.wait_for("Trump Reaffirms Support", 20);
    t.send(&["v", "w", "a"]);
    t.wait_for("Ctrl-s save", 5);
    t.type_text(text);
    t.send(&["C-s"]);
    t.wait_for("note saved", 5);
}

fn exported_notes(home: &Path) -> String {
    let out = Command::new(nd())
        .args([
            "annotations",
            "export",
            "--format",
            "markdown",
            "--data-dir",
        ])
        .arg(home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .output()
        .expect("export");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn hangup_by_closing_the_pty_exits_without_spinning_and_keeps_notes() {
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let pidfile = home.path().join("pid");
    let cmd = format!(
        "echo $$ > '{}'; {} exec {} '{}'",
        pidfile.display(),
        env_prefix(home.path()),
        nd(),
        support::seed_path().display()
    );
    let t = Tmux::start("hup", &cmd, 120, 40);
    let pid = read_pid(&pidfile);
    write_note(&t, "Hang-up survives #fault");
    t.kill_session();
    assert_gone_without_spinning(pid);
    assert!(exported_notes(home.path()).contains("Hang-up survives #fault"));
}

#[test]
fn sighup_sigint_sigterm_restore_the_terminal_and_keep_notes() {
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    for (i, sig) in ["HUP", "INT", "TERM"].into_iter().enumerate() {
        let home = tempfile::tempdir().expect("tempdir");
        let pidfile = home.path().join("pid");
        let cmd = format!(
            "{} {} '{}' & echo $! > '{}'; wait $!; echo NEWSDESK-EXITED:$?; echo \"MODE:$(stty -a | grep -o ' icanon'):END\"; sleep 30",
            env_prefix(home.path()),
            nd(),
            support::seed_path().display(),
            pidfile.display(),
        );
        // Backgrounded from a non-interactive shell the app still owns the pty.
        let t = Tmux::start(&format!("sig{i}"), &cmd, 120, 40);
        let pid = read_pid(&pidfile);
        write_note(&t, &format!("Signal {sig} keeps this #fault"));
        Command::new("kill")
            .args([&format!("-{sig}"), &pid.to_string()])
            .status()
            .expect("kill");
        let screen = t.wait_for(":END", 10);
        assert!(
            !screen.contains("PEOPLE"),
            "{sig}: left the alternate screen: {screen}"
        );
        assert!(
            screen.contains(" icanon"),
            "{sig}: cooked mode is back: {screen}"
        );
        assert!(
            exported_notes(home.path()).contains(&format!("Signal {sig} keeps this #fault")),
            "{sig}"
        );
    }
}

#[test]
fn a_panic_while_rendering_restores_the_terminal_and_keeps_saved_notes() {
    if !tmux::available() || !cfg!(debug_assertions) {
        eprintln!("skipped: needs tmux and a debug build (the fault hook)");
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let trigger = home.path().join("panic-now");
    let cmd = format!(
        "NEWSDESK_FAULT_RENDER_PANIC='{}' {} {} '{}'; echo NEWSDESK-EXITED:$?; echo \"MODE:$(stty -a | grep -o ' icanon'):END\"; sleep 30",
        trigger.display(),
        env_prefix(home.path()),
        nd(),
        support::seed_path().display(),
    );
    let t = Tmux::start("rpanic", &cmd, 120, 40);
    write_note(&t, "Written before the crash #fault");
    std::fs::write(&trigger, "").expect("trigger");
    // Any key makes a frame; the frame panics.
    t.send(&["j"]);
    let screen = t.wait_for(":END", 10);
    assert!(
        screen.contains("NEWSDESK-EXITED:101"),
        "a panic exits: {screen}"
    );
    assert!(
        screen.contains("injected render fault"),
        "the panic message is printed on the restored screen: {screen}"
    );
    assert!(
        !screen.contains("PEOPLE"),
        "left the alternate screen: {screen}"
    );
    assert!(screen.contains(" icanon"), "cooked mode is back: {screen}");
    assert!(exported_notes(home.path()).contains("Written before the crash #fault"));
}

#[test]
fn ctrl_z_suspends_and_fg_resumes_with_a_full_redraw() {
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let a = article(home.path());
    let t = Tmux::start("susp", "bash --norc --noprofile -i", 100, 30);
    std::thread::sleep(Duration::from_millis(300));
    t.type_text(&format!(
        "PS1='shell$ '; {} {} '{}'; echo NEWSDESK-EXITED:$?",
        env_prefix(home.path()),
        nd(),
        a.display()
    ));
    t.send(&["Enter"]);
    t.wait_for("Harbour council", 20);
    t.send(&["C-z"]);
    let screen = t.wait_for("Stopped", 10);
    assert!(
        !screen.contains("Harbour council reopens"),
        "terminal given back: {screen}"
    );
    t.type_text("stty -a | grep -o ' icanon'");
    t.send(&["Enter"]);
    t.wait_for(" icanon", 5);
    t.type_text("clear; fg; echo FG-EXITED:$?");
    t.send(&["Enter"]);
    // The status bar is the last row drawn, so waiting for it waits for the
    // whole redraw.
    let screen = t.wait_for("READ", 10);
    assert!(screen.contains("Harbour council"), "text redrawn: {screen}");
    assert!(
        !screen.contains("shell$"),
        "full redraw after resume: {screen}"
    );
    assert!(screen.contains("READ"), "status bar redrawn: {screen}");
    t.send(&["j", "q"]);
    t.wait_for("FG-EXITED:0", 10);
}

#[test]
fn a_panicking_index_worker_shows_an_error_and_the_ui_lives_on() {
    let home = tempfile::tempdir().expect("tempdir");
    let dir = home.path().join("lib");
    std::fs::create_dir(&dir).expect("mkdir");
    article(&dir);
    std::fs::write(dir.join("b.txt"), "Second report\n\nBody text.\n").expect("write");
    let mut lib = Library::new(load_paths(&[dir]).expect("load"));
    lib.start_indexing_with(|_| panic!("injected index fault"));
    let km = newsdesk::tui::keymap::Keymap::new(&newsdesk::tui::keymap::Overrides::new())
        .expect("keymap");
    let mut app =
        newsdesk::tui::App::new(lib, km, newsdesk::tui::theme::Theme::colored(), (100, 20));
    let start = Instant::now();
    loop {
        app.tick();
        let s = screen_text(&draw(&app));
        if s.contains("search index failed: injected index fault") {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no error shown: {s}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(app.library.index_error(), Some("injected index fault"));
    // The UI keeps working: open an article and move.
    press(&mut app, &["enter", "G"]);
    assert!(app.state.reader.is_some(), "the reader opened");
    draw(&app);
}

/// The text of a terminal stream without its CSI sequences (cursor moves,
/// colours, modes), which ratatui writes itself.
fn strip_csi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            chars.next();
            for d in chars.by_ref() {
                if ('@'..='~').contains(&d) {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

// Rows 1 and 6 end to end.

#[test]
fn pipe_pane_bytes_carry_no_escape_from_content() {
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let a = home.path().join("hostile.txt");
    std::fs::write(
        &a,
        "Hostile sequences\n\nMARKA \u{1b}]52;c;ZWNobw==\u{7} MARKB \u{1b}]8;;http://x.example/\u{1b}\\link \
         MARKC \u{1b}[2J MARKD \u{1b}[6n MARKE \u{1b}c MARKF \u{1b}P1$q\u{1b}\\ MARKG \u{1b}_apc\u{1b}\\ \
         MARKH \u{9b}2J \u{9d}0;t\u{9c} MARKI \u{1b}]0;unterminated",
    )
    .expect("write");
    let raw = home.path().join("raw.bin");
    let cmd = format!(
        "sleep 1; {} {} '{}'; echo NEWSDESK-EXITED:$?; sleep 30",
        env_prefix(home.path()),
        nd(),
        a.display()
    );
    let t = Tmux::start("pipe", &cmd, 160, 30);
    t.pipe_to(&raw);
    t.wait_for("MARKI", 20);
    t.send(&["j", "k", "q"]);
    t.wait_for("NEWSDESK-EXITED:0", 10);
    let bytes = std::fs::read(&raw).expect("raw");
    let s = String::from_utf8_lossy(&bytes);
    let text = strip_csi(&s);
    for shown in [
        "␛[2J",
        "␛]52;c;ZWNobw==␇",
        "␛[6n",
        "␛P1$q",
        "¿2J",
        "␛]0;unterminated",
    ] {
        assert!(
            text.contains(shown),
            "placeholder {shown:?} drawn: {text:?}"
        );
    }
    for (what, needle) in [
        ("OSC", "\u{1b}]"),
        ("DCS", "\u{1b}P"),
        ("APC", "\u{1b}_"),
        ("RIS", "\u{1b}c"),
        ("cursor query", "\u{1b}[6n"),
        ("content clear", "MARKC \u{1b}"),
    ] {
        assert!(!s.contains(needle), "{what} reached the terminal");
    }
    assert!(
        !s.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)),
        "C1 reached the terminal"
    );
}

#[test]
fn directory_mode_reports_skipped_binaries_in_the_tui() {
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let dir = home.path().join("lib");
    std::fs::create_dir(&dir).expect("mkdir");
    article(&dir);
    std::fs::write(dir.join("b.txt"), "Second report\n\nBody.\n").expect("write");
    std::fs::write(dir.join("png.txt"), b"\x89PNG\r\n\x1a\n\0\0").expect("write");
    std::fs::write(dir.join("elf.md"), b"\x7fELF\x02\x01\x01\0").expect("write");
    std::fs::write(dir.join("nul.html"), b"<html>\0\0\0").expect("write");
    let cmd = format!(
        "{} {} '{}'; echo NEWSDESK-EXITED:$?; sleep 30",
        env_prefix(home.path()),
        nd(),
        dir.display()
    );
    let t = Tmux::start("skip", &cmd, 120, 30);
    t.wait_for("3 files skipped", 20);
    t.send(&["Q"]);
    t.wait_for("NEWSDESK-EXITED:0", 10);
}
