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
