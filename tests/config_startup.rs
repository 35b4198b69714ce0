//! Config file conventions at start-up: a bad config (unknown setting, key
//! context, action, key, conflicting binding, an action bound where it does
//! nothing, a typed key taken in the editor or input, a binding shadowed by
//! a context consulted first, style name or colour) stops newsdesk with exit
//! code 1 and one line on stderr naming the file, before the terminal is
//! touched. A good config gets past parsing: with stdout not a terminal the
//! TUI then refuses with its own message.

use std::path::Path;
use std::process::{Command, Output, Stdio};

const ARTICLE: &str = "Ferry Timetable Changes Next Month\n\n\
The island ferry run by Brakke Lines will sail twice a day from March, \
the operator said on Friday.\n";

/// Runs the TUI entry point with `config` as the config file; stdout and
/// stderr are pipes (not a terminal).
fn start(home: &Path, config: &str) -> Output {
    let cfg = home.join("config.toml");
    std::fs::write(&cfg, config).expect("config");
    let article = home.join("ferry.txt");
    std::fs::write(&article, ARTICLE).expect("article");
    Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .arg("--config")
        .arg(&cfg)
        .arg("--data-dir")
        .arg(home.join("data"))
        .arg(&article)
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env_remove("NEWSDESK_DATA_DIR")
        .env_remove("NEWSDESK_CONFIG")
        .stdin(Stdio::null())
        .output()
        .expect("run newsdesk")
}

/// Asserts a start-up failure: exit 1, nothing on stdout, one stderr line
/// naming the config file and containing every `needles`.
fn assert_rejected(config: &str, needles: &[&str]) {
    let home = tempfile::tempdir().expect("tempdir");
    let out = start(home.path(), config);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{config:?}: {stderr}");
    assert!(out.stdout.is_empty(), "nothing drawn: {:?}", out.stdout);
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    let cfg = home.path().join("config.toml");
    assert!(
        stderr.starts_with(&format!("newsdesk: {}", cfg.display())),
        "names the file: {stderr}"
    );
    for n in needles {
        assert!(stderr.contains(n), "{n:?} missing in: {stderr}");
    }
    assert!(
        !stderr.contains("not a terminal"),
        "stopped earlier: {stderr}"
    );
}

#[test]
fn unknown_setting_is_rejected_with_its_line() {
    assert_rejected("color = \"auto\"\ncolour = \"never\"\n", &[":2:", "colour"]);
}

#[test]
fn unknown_action_is_rejected() {
    assert_rejected(
        "[keys.reader]\nfly = [\"x\"]\n",
        &["unknown action", "fly", "[reader]"],
    );
}

#[test]
fn unknown_context_is_rejected() {
    assert_rejected(
        "[keys.sidebarr]\ndown = [\"j\"]\n",
        &["unknown key context", "sidebarr"],
    );
}

#[test]
fn unknown_key_is_rejected() {
    assert_rejected(
        "[keys.reader]\ndown = [\"ctrl-jump\"]\n",
        &["unknown key", "ctrl-jump"],
    );
}

#[test]
fn conflicting_binding_is_rejected() {
    // `n` is next_match in the reader.
    assert_rejected(
        "[keys.reader]\nup = [\"n\"]\n",
        &["conflicting bindings in [reader]", "n"],
    );
}

#[test]
fn action_bound_where_it_does_nothing_is_rejected() {
    // open_url in the note editor would only swallow a key.
    assert_rejected(
        "[keys.editor]\nopen_url = [\"o\"]\n",
        &[
            "\"open_url\" does nothing in [editor]",
            "binds it in [reader]",
        ],
    );
}

#[test]
fn printable_key_in_the_note_editor_is_rejected() {
    // `s` must type an s in a note.
    assert_rejected(
        "[keys.editor]\nsave = [\"s\"]\n",
        &["[editor] save", "s would stop being typed"],
    );
}

#[test]
fn printable_key_in_the_input_is_rejected() {
    assert_rejected(
        "[keys.input]\nsubmit = [\"enter\", \"space\"]\n",
        &["[input] submit", "Space would stop being typed"],
    );
}

#[test]
fn key_sequence_in_the_note_editor_is_rejected() {
    assert_rejected(
        "[keys.editor]\nsave = [\"ctrl-x ctrl-s\"]\n",
        &["[editor] save", "one key at a time"],
    );
}

#[test]
fn global_binding_shadowed_by_a_context_is_rejected() {
    // `j` is down in the lists and the reader, consulted before [global].
    assert_rejected(
        "[keys.global]\nback = [\"j\"]\n",
        &[
            "[global] back cannot be reached in [library]",
            "j is taken by down in [list]",
        ],
    );
}

#[test]
fn context_binding_that_hides_a_global_action_is_rejected() {
    // `q` for top in the reader would leave no key to go back there.
    assert_rejected(
        "[keys.reader]\ntop = [\"q\"]\n",
        &[
            "[global] back cannot be reached in [reader]",
            "q is taken by top in [reader]",
        ],
    );
}

#[test]
fn key_that_never_fires_is_rejected() {
    assert_rejected(
        "[keys.global]\nhelp = [\"?\", \"k\"]\n",
        &["[global] help: k never fires", "taken by up"],
    );
}

#[test]
fn data_dir_with_an_unset_variable_is_rejected() {
    assert_rejected(
        "data_dir = \"$NEWSDESK_TEST_SURELY_UNSET/nd\"\n",
        &["data_dir", "$NEWSDESK_TEST_SURELY_UNSET is not set"],
    );
}

#[test]
fn bad_colour_mode_is_rejected() {
    assert_rejected("color = \"sometimes\"\n", &[":1:", "sometimes"]);
}

#[test]
fn unknown_style_name_is_rejected() {
    assert_rejected("[theme]\npersn = \"cyan\"\n", &["unknown style", "persn"]);
}

#[test]
fn unknown_colour_is_rejected() {
    assert_rejected(
        "[theme]\nperson = \"chartreuse underlined\"\n",
        &["[theme] person", "chartreuse"],
    );
}

#[test]
fn good_overrides_pass_and_the_tui_then_refuses_a_pipe() {
    let home = tempfile::tempdir().expect("tempdir");
    let config = "color = \"never\"\n\
        [keys.reader]\ndown = [\"e\", \"down\"]\n\
        [keys.global]\nquit = [\"Q\", \"ctrl-q\"]\n\
        [theme]\nperson = \"cyan underlined\"\nsearch_match = \"black on #ffd75f bold\"\n";
    let out = start(home.path(), config);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("standard output is not a terminal"),
        "{stderr}"
    );
}

#[test]
fn printed_default_config_with_examples_uncommented_is_accepted() {
    let out = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .arg("--print-default-config")
        .output()
        .expect("run newsdesk");
    assert!(out.status.success());
    let default = String::from_utf8(out.stdout).expect("utf8");
    for section in ["color = ", "data_dir = ", "[keys.reader]", "[theme]"] {
        assert!(default.contains(section), "{section} undocumented");
    }
    let home = tempfile::tempdir().expect("tempdir");
    // Uncomment every example setting except data_dir (keep data in home).
    let config: String = default
        .lines()
        .map(|l| match l.strip_prefix("# ") {
            Some(r) if !r.starts_with("data_dir") && setting(r) => r,
            _ => l,
        })
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(config.contains("\nperson = "), "{config}");
    let out = start(home.path(), &config);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("standard output is not a terminal"),
        "{stderr}"
    );
}

fn setting(line: &str) -> bool {
    line.split_once(" = ").is_some_and(|(k, _)| {
        !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_')
    })
}
