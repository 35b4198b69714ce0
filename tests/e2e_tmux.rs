//! End-to-end journeys: the real binary in tmux, driven by keys, read from
//! the screen.

mod support;

use ratatui::layout::Rect;
use support::tmux::{self, Tmux};

/// The shell command that runs newsdesk with every directory it may write
/// to inside `home` (a temporary directory), then reports its exit status.
fn newsdesk_command(home: &std::path::Path, args: &str) -> String {
    newsdesk_command_with(home, "", args)
}

/// [`newsdesk_command`] with environment assignments (`env`'s syntax,
/// e.g. `NO_COLOR=1` or `-u NO_COLOR`) before the program.
fn newsdesk_command_with(home: &std::path::Path, env: &str, args: &str) -> String {
    let h = home.display();
    format!(
        "XDG_STATE_HOME='{h}/state' XDG_CONFIG_HOME='{h}/config' XDG_CACHE_HOME='{h}/cache' \
         env {env} {} --data-dir '{h}/data' {args}; echo NEWSDESK-EXITED:$?; sleep 30",
        env!("CARGO_BIN_EXE_newsdesk"),
    )
}

#[test]
fn seed_journey_sidebar_mentions_help_quit() {
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    let data = tempfile::tempdir().expect("tempdir");
    let seed = support::seed_path();
    let t = Tmux::start(
        "seed",
        &newsdesk_command(data.path(), &format!("'{}'", seed.display())),
        120,
        40,
    );

    // The title and the sidebar names are on screen.
    let screen = t.wait_for("Trump Reaffirms Support for Witkoff", 10);
    assert!(screen.contains("PEOPLE"), "{screen}");
    assert!(screen.contains("Steve Witkoff"), "{screen}");
    assert!(screen.contains("READ"), "{screen}");

    // The sidebar takes focus; walk it until Steve Witkoff is selected.
    t.send(&["Tab"]);
    let mut found = None;
    for _ in 0..40 {
        t.send(&["Enter"]);
        std::thread::sleep(std::time::Duration::from_millis(60));
        let screen = t.capture();
        let status = screen.lines().last().unwrap_or("").to_string();
        if let Some(rest) = status.split("Steve Witkoff: 1/").nth(1) {
            found = rest.split_whitespace().next().map(str::to_string);
            break;
        }
        t.send(&["j"]);
    }
    let total = found.expect("Steve Witkoff selectable in the sidebar");
    assert!(t.capture().contains("▸ Steve Witkoff"));

    // n moves to his next mention.
    t.send(&["n"]);
    t.wait_for(&format!("Steve Witkoff: 2/{total}"), 5);

    // Help opens and closes.
    t.send(&["?"]);
    t.wait_for("newsdesk ─ help", 5);
    t.send(&["q"]);
    t.wait_for("READ", 5);

    // q quits and the process has exited cleanly.
    t.send(&["q"]);
    t.wait_for("NEWSDESK-EXITED:0", 5);
}

#[test]
fn library_journey_open_and_back() {
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    let data = tempfile::tempdir().expect("tempdir");
    let dir = support::root().join("tests/fixtures/library");
    let t = Tmux::start(
        "lib",
        &newsdesk_command(data.path(), &format!("'{}'", dir.display())),
        100,
        30,
    );
    t.wait_for("library (3 articles)", 10);
    t.send(&["j", "Enter"]);
    t.wait_for("Senator Marcus Oyelaran", 5);
    t.send(&["q"]);
    t.wait_for("library (3 articles)", 5);
    t.send(&["Q"]);
    t.wait_for("NEWSDESK-EXITED:0", 5);
}

#[test]
fn sigterm_restores_the_terminal() {
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    let data = tempfile::tempdir().expect("tempdir");
    let seed = support::seed_path();
    let h = data.path().display();
    let cmd = format!(
        "XDG_STATE_HOME='{h}/state' {} --data-dir '{h}/data' '{}' & pid=$!; sleep 1; kill -TERM $pid; wait $pid; echo NEWSDESK-EXITED:$?; sleep 30",
        env!("CARGO_BIN_EXE_newsdesk"),
        seed.display()
    );
    let t = Tmux::start("term", &cmd, 100, 30);
    let screen = t.wait_for("NEWSDESK-EXITED:", 10);
    // Back on the normal screen: the app's frame is gone.
    assert!(!screen.contains("PEOPLE"), "{screen}");
}

#[test]
fn annotate_quit_reopen_and_export() {
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let seed = support::seed_path();
    let args = format!("'{}'", seed.display());
    {
        let t = Tmux::start("note1", &newsdesk_command(home.path(), &args), 120, 40);
        t.wait_for("Trump Reaffirms Support", 10);
        // Select the first two words of the title and write a tagged note.
        t.send(&["v", "w", "a"]);
        t.wait_for("Ctrl-s save", 5);
        t.type_text("Support is firm #diplomacy");
        t.send(&["C-s"]);
        t.wait_for("note saved", 5);
        t.send(&["q"]);
        t.wait_for("NEWSDESK-EXITED:0", 5);
    }
    {
        let t = Tmux::start("note2", &newsdesk_command(home.path(), &args), 120, 40);
        let screen = t.wait_for("1 note", 10);
        assert!(
            screen.contains('▌'),
            "the note is marked in the text:\n{screen}"
        );
        t.send(&["A"]);
        let screen = t.wait_for("Support is firm #diplomacy", 5);
        assert!(screen.contains("“Trump Reaffirms”"), "{screen}");
        t.send(&["Q"]);
        t.wait_for("NEWSDESK-EXITED:0", 5);
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args([
            "annotations",
            "export",
            "--format",
            "markdown",
            "--data-dir",
        ])
        .arg(home.path().join("data"))
        .env("XDG_STATE_HOME", home.path().join("state"))
        .output()
        .expect("export");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.contains("> Trump Reaffirms"), "{md}");
    assert!(md.contains("Support is firm #diplomacy"), "{md}");
    assert!(
        md.contains("Steve Witkoff"),
        "front matter lists the people: {md}"
    );
}

#[test]
fn corpus_search_journey_highlights_the_terms() {
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let dir = support::root().join("tests/fixtures/library");
    let t = Tmux::start(
        "search",
        &newsdesk_command(home.path(), &format!("'{}'", dir.display())),
        100,
        30,
    );
    t.wait_for("library (3 articles)", 10);
    t.send(&["S"]);
    t.wait_for("search:", 5);
    t.type_text("wildlife");
    t.send(&["Enter"]);
    t.wait_for("Port Authority Approves Harbour", 10);
    t.send(&["Enter"]);
    t.wait_for("match 1/1", 5);
    // The term is drawn with a style of its own: an escape sequence starts
    // right before it on its line.
    let styled = t.capture_styled();
    let line = styled
        .lines()
        .find(|l| l.contains("Wildlife") && l.contains("Critics"))
        .expect("the hit's line is on screen");
    let before = &line[..line.find("Wildlife").expect("term")];
    assert!(
        before.ends_with('m') && before.contains("\u{1b}["),
        "term not highlighted: {line:?}"
    );
    t.send(&["Q"]);
    t.wait_for("NEWSDESK-EXITED:0", 5);
}

/// The cell where `needle` first appears on `screen` inside `area`
/// (0-based, in characters as tmux draws them).
fn cell_of(screen: &str, needle: &str, area: Rect) -> Option<(u16, u16)> {
    screen
        .lines()
        .enumerate()
        .skip(area.y as usize)
        .take(area.height as usize)
        .find_map(|(row, line)| {
            let inside: String = line
                .chars()
                .skip(area.x as usize)
                .take(area.width as usize)
                .collect();
            let byte = inside.find(needle)?;
            let col = area.x as usize + inside[..byte].chars().count();
            Some((col as u16, row as u16))
        })
}

/// The reader's scroll percentage from its status line ("…  42%").
fn percent(screen: &str) -> u32 {
    let status = screen.lines().last().unwrap_or("");
    status
        .split_whitespace()
        .find_map(|w| w.strip_suffix('%')?.parse().ok())
        .unwrap_or_else(|| panic!("no percentage in {status:?}"))
}

#[test]
fn mouse_reports_from_the_terminal_scroll_select_drag_and_open() {
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let dir = support::root().join("tests/fixtures/library");
    let t = Tmux::start(
        "mouse",
        &newsdesk_command(home.path(), &format!("'{}'", dir.display())),
        100,
        20,
    );
    let screen = t.wait_for("library (3 articles)", 10);
    assert!(screen.contains("1/3"), "{screen}");

    // The wheel over the list moves its cursor (three rows a notch).
    t.wheel(10, 6, true);
    t.wait_for("LIBRARY  3/3", 5);
    t.wheel(10, 6, false);
    t.wait_for("LIBRARY  1/3", 5);

    // A click selects a row; a second click on it opens the article.
    let list = newsdesk::tui::regions::list(Rect::new(0, 0, 100, 20)).body;
    let (col, row) = cell_of(&screen, "Regional Election", list).expect("row on screen");
    t.click(col, row);
    t.wait_for("LIBRARY  2/3", 5);
    t.click(col, row);
    let screen = t.wait_for("READ", 5);
    assert!(
        screen.contains("newsdesk ─ Regional Election Tightens"),
        "{screen}"
    );

    // A click on a name in the sidebar selects it and jumps to it.
    let panes = newsdesk::tui::regions::reader(Rect::new(0, 0, 100, 20));
    let (col, row) =
        cell_of(&screen, "Marcus Oyelaran", panes.sidebar).expect("name in the sidebar");
    t.click(col, row);
    t.wait_for("Marcus Oyelaran: 1/", 5);
    t.send(&["Q"]);
    t.wait_for("NEWSDESK-EXITED:0", 5);

    // A long article: drag to select, wheel to scroll.
    let seed = support::seed_path();
    let t = Tmux::start(
        "mouse2",
        &newsdesk_command(home.path(), &format!("'{}'", seed.display())),
        100,
        20,
    );
    let screen = t.wait_for("Trump Reaffirms Support", 10);

    // A drag over the first words of the title selects them for a note.
    let start = cell_of(&screen, "Trump Reaffirms", panes.text).expect("title in the text");
    t.drag(start, start.0 + 14);
    t.wait_for("selected: a annotates", 5);
    t.send(&["a"]);
    // The note editor shows the quote it annotates: the dragged words.
    t.wait_for("“Trump Reaffirms”", 5);
    t.send(&["Escape"]);
    let screen = t.wait_for("READ", 5);

    // The wheel over the text scrolls it.
    let before = percent(&screen);
    t.wheel(10, 8, true);
    t.wheel(10, 8, true);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let mut after = before;
    while after == before && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
        after = percent(&t.capture());
    }
    assert!(after > before, "{before}% → {after}%:\n{}", t.capture());
    t.send(&["Q"]);
    t.wait_for("NEWSDESK-EXITED:0", 5);
}

/// What the styled screen of a capture uses: any colour (foreground or
/// background, other than the default), and the modifiers bold, italic,
/// underlined and reversed, read from its SGR escape sequences.
#[derive(Debug, Default, PartialEq, Eq)]
struct Sgr {
    colour: bool,
    bold: bool,
    italic: bool,
    underlined: bool,
    reversed: bool,
}

fn sgr_used(styled: &str) -> Sgr {
    let mut used = Sgr::default();
    for seq in styled.split('\u{1b}').skip(1) {
        let Some(body) = seq.strip_prefix('[') else {
            continue;
        };
        let Some(end) = body.find(|c: char| ('\u{40}'..='\u{7e}').contains(&c)) else {
            continue;
        };
        if !body[end..].starts_with('m') {
            continue;
        }
        let params: Vec<u16> = body[..end]
            .split([';', ':'])
            .map(|p| p.parse().unwrap_or(0))
            .collect();
        let mut i = 0;
        while let Some(&p) = params.get(i) {
            match p {
                1 => used.bold = true,
                3 => used.italic = true,
                4 => used.underlined = true,
                7 => used.reversed = true,
                30..=37 | 40..=47 | 90..=97 | 100..=107 => used.colour = true,
                // Extended colours: 5;N or 2;R;G;B follow (58: underline colour).
                38 | 48 | 58 => {
                    used.colour = true;
                    i += if params.get(i + 1) == Some(&2) { 4 } else { 2 };
                }
                _ => {}
            }
            i += 1;
        }
    }
    used
}

#[test]
fn sgr_reading_tells_colours_from_modifiers() {
    let s = sgr_used("a\u{1b}[1mb\u{1b}[4;7mc\u{1b}[39;49md\u{1b}[m\u{1b}[2J");
    assert_eq!(
        s,
        Sgr {
            bold: true,
            underlined: true,
            reversed: true,
            ..Sgr::default()
        }
    );
    // The 1 of 38;5;1 is a colour index, not bold.
    let s = sgr_used("\u{1b}[38;5;1mx\u{1b}[48;2;1;3;4my");
    assert_eq!(
        s,
        Sgr {
            colour: true,
            ..Sgr::default()
        }
    );
    assert!(sgr_used("\u{1b}[96mx").colour);
}

/// Opens the seed with `env` and `args`, waits for its first screen and
/// returns what styles it used; quits.
fn seed_styles(name: &str, env: &str, args: &str) -> (Sgr, String) {
    let home = tempfile::tempdir().expect("tempdir");
    let seed = support::seed_path();
    let args = format!("{args} '{}'", seed.display());
    let t = Tmux::start(
        name,
        &newsdesk_command_with(home.path(), env, &args),
        120,
        40,
    );
    t.wait_for("Trump Reaffirms Support", 10);
    // The status bar's hint is drawn last: the frame is complete.
    let styled = t.capture_styled();
    t.send(&["q"]);
    t.wait_for("NEWSDESK-EXITED:0", 5);
    (sgr_used(&styled), styled)
}

#[test]
fn no_color_keeps_modifiers_and_drops_colours() {
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    // Mentions are underlined (people), bold (organisations) and italic
    // (places); the status bar is reversed.
    let (mono, styled) = seed_styles("nocolor", "NO_COLOR=1", "");
    let expected = Sgr {
        colour: false,
        bold: true,
        italic: true,
        underlined: true,
        reversed: true,
    };
    assert_eq!(mono, expected, "{styled:?}");
    // The same with colour: colours and the same modifiers.
    let (colour, styled) = seed_styles("colour", "-u NO_COLOR", "");
    assert!(
        colour.colour && colour.bold && colour.underlined,
        "{styled:?}"
    );
}

#[test]
fn color_forced_on_wins_over_no_color() {
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    // By flag…
    let (s, styled) = seed_styles("always-flag", "NO_COLOR=1", "--color always");
    assert!(
        s.colour && s.bold && s.underlined && s.italic,
        "{s:?}: {styled:?}"
    );
    // … and by config.
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "color = \"always\"\n").expect("write config");
    let (s, styled) = seed_styles(
        "always-config",
        "NO_COLOR=1",
        &format!("--config '{}'", config.display()),
    );
    assert!(
        s.colour && s.bold && s.underlined && s.italic,
        "{s:?}: {styled:?}"
    );
    // And `--color never` without NO_COLOR keeps the modifiers too.
    let (s, styled) = seed_styles("never-flag", "-u NO_COLOR", "--color never");
    assert!(
        !s.colour && s.bold && s.underlined && s.reversed,
        "{s:?}: {styled:?}"
    );
}

#[cfg(unix)]
#[test]
fn o_hands_the_url_to_browser_with_its_arguments() {
    use std::os::unix::fs::PermissionsExt;
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    // A browser that records its arguments, one a line.
    let script = home.path().join("browser.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.tmp\" && mv \"$0.tmp\" \"$0.args\"\n",
    )
    .expect("write script");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let md = support::root().join("tests/fixtures/formats/yaml_front.md");
    let env = format!(
        "BROWSER=\"/nonexistent/newsdesk-browser:'{}' --new-tab\"",
        script.display()
    );
    let t = Tmux::start(
        "browser",
        &newsdesk_command_with(home.path(), &env, &format!("'{}'", md.display())),
        100,
        30,
    );
    t.wait_for("Valley Rail Link", 10);
    t.send(&["o"]);
    t.wait_for("opening https://courier.example/rail-link", 5);
    let args = home.path().join("browser.sh.args");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let recorded = loop {
        if let Ok(s) = std::fs::read_to_string(&args) {
            break s;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the browser never ran"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert_eq!(recorded, "--new-tab\nhttps://courier.example/rail-link\n");
    t.send(&["q"]);
    t.wait_for("NEWSDESK-EXITED:0", 5);
}
