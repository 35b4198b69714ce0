//! `newsdesk completions SHELL` and `newsdesk man`, generated from the clap
//! definitions, through the real binary.

use std::process::Command;

fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(args)
        .output()
        .expect("run newsdesk");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf8")
}

const SUBCOMMANDS: [&str; 6] = [
    "entities",
    "search",
    "text",
    "annotations",
    "completions",
    "man",
];

#[test]
fn completions_for_each_shell_mention_the_subcommands() {
    for shell in ["bash", "zsh", "fish"] {
        let script = run(&["completions", shell]);
        assert!(script.len() > 200, "{shell}: {script}");
        for sub in SUBCOMMANDS {
            assert!(script.contains(sub), "{shell} script lacks {sub}");
        }
        assert!(script.contains("data-dir"), "{shell} lacks options");
    }
    assert!(run(&["completions", "bash"]).contains("complete -F _newsdesk"));
    assert!(run(&["completions", "zsh"]).starts_with("#compdef newsdesk"));
}

#[test]
fn unknown_shell_is_a_usage_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(["completions", "tcsh"])
        .output()
        .expect("run newsdesk");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bash"));
}

#[test]
fn man_page_is_roff_with_the_subcommands() {
    let page = run(&["man"]);
    assert!(page.contains(".TH newsdesk 1"), "{page}");
    assert!(page.contains(".SH SYNOPSIS"));
    for sub in SUBCOMMANDS {
        assert!(page.contains(sub), "man page lacks {sub}");
    }
    assert!(page.contains("data\\-dir"), "options documented");
}

#[test]
fn man_page_documents_subcommand_options_environment_and_files() {
    let page = run(&["man"]);
    // Each subcommand in this page, with its synopsis and its own options,
    // rather than pointers to newsdesk-entities(1) pages that do not exist.
    assert!(page.contains(".SH SUBCOMMANDS"), "{page}");
    assert!(!page.contains("newsdesk\\-entities(1)") && !page.contains("newsdesk-entities(1)"));
    for sub in [
        "entities",
        "search",
        "annotations add",
        "annotations export",
    ] {
        assert!(
            page.contains(&format!(".SS \"newsdesk {sub}\"")),
            "{sub}: {page}"
        );
    }
    assert!(
        page.contains("\\fBnewsdesk search\\fR [\\fB\\-\\-json\\fR] [\\fB\\-\\-limit\\fR]"),
        "search synopsis: {page}"
    );
    assert!(
        page.contains("\\fB\\-\\-limit\\fR \\fI<LIMIT>\\fR [default: 20]"),
        "search option: {page}"
    );
    assert!(
        page.contains("\\fB\\-\\-quote\\fR \\fI<QUOTE>\\fR"),
        "{page}"
    );
    // Environment and files.
    let env = section(&page, "ENVIRONMENT");
    for var in [
        "NEWSDESK_DATA_DIR",
        "NEWSDESK_CONFIG",
        "NO_COLOR",
        "BROWSER",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
        "XDG_CACHE_HOME",
    ] {
        assert!(env.contains(&format!("\\fB{var}\\fR")), "{var}: {env}");
    }
    let files = section(&page, "FILES");
    for path in [
        "$XDG_CONFIG_HOME/newsdesk/config.toml",
        "$XDG_DATA_HOME/newsdesk/",
        "$XDG_STATE_HOME/newsdesk/",
    ] {
        assert!(files.contains(path), "{path}: {files}");
    }
}

#[test]
fn man_page_renders_without_groff_warnings() {
    let page = run(&["man"]);
    let groff = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let Ok(mut groff) = groff else {
        eprintln!("skipped: groff not installed");
        return;
    };
    use std::io::Write as _;
    groff
        .stdin
        .take()
        .expect("stdin")
        .write_all(page.as_bytes())
        .expect("feed groff");
    let out = groff.wait_with_output().expect("groff");
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "groff warns: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The text of a `.SH` section, up to the next one.
fn section<'a>(page: &'a str, name: &str) -> &'a str {
    let start = page
        .find(&format!(".SH {name}\n"))
        .unwrap_or_else(|| panic!("no {name} section: {page}"));
    let rest = &page[start + 4..];
    &rest[..rest.find(".SH ").unwrap_or(rest.len())]
}
