//! Handing a URL to the user's browser without blocking the UI.
//!
//! `$BROWSER` is a `:`-separated list of commands, tried in turn until one
//! starts; each is split into words by shell rules (quotes, backslashes),
//! and `%s` in a word stands for the URL (`%%` for a `%`); without any
//! `%s` the URL is added as the last argument. Without `$BROWSER` the
//! platform opener (`xdg-open`, `open` on macOS) is used. The URL is always
//! one argument of its own: no shell ever sees it. A thread waits for the
//! browser, so it never lingers as a zombie.

use std::io;
use std::process::{Child, Command, Stdio};

/// Opens `url` with `$BROWSER` or the platform opener. Only http(s) URLs
/// are passed on.
pub fn open_url(url: &str) -> io::Result<()> {
    open_url_with(std::env::var("BROWSER").ok().as_deref(), url)
}

/// [`open_url`] with the value of `$BROWSER` given (`None`: unset).
pub fn open_url_with(browser: Option<&str>, url: &str) -> io::Result<()> {
    if !(url.starts_with("http://") || url.starts_with("https://"))
        || url.chars().any(char::is_control)
    {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not an http(s) URL",
        ));
    }
    let commands = browser_commands(browser, url);
    let mut failures = Vec::new();
    for argv in &commands {
        let Some((program, args)) = argv.split_first() else {
            continue;
        };
        match spawn(program, args) {
            Ok(child) => {
                reap(child);
                return Ok(());
            }
            Err(e) => failures.push(format!("{program}: {e}")),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::NotFound,
        if failures.is_empty() {
            "$BROWSER names no command".to_string()
        } else {
            failures.join("; ")
        },
    ))
}

/// The commands (program and arguments) to try, in order, to open `url`:
/// one per entry of `browser` (the value of `$BROWSER`) that splits into
/// words (an entry with unbalanced quotes is left out), or the platform
/// opener when `browser` is unset or blank.
pub fn browser_commands(browser: Option<&str>, url: &str) -> Vec<Vec<String>> {
    match browser.filter(|b| !b.trim().is_empty()) {
        Some(list) => list
            .split(':')
            .filter_map(|entry| command_for(entry, url))
            .collect(),
        None => vec![vec![platform_opener().to_string(), url.to_string()]],
    }
}

/// The platform's URL opener.
fn platform_opener() -> &'static str {
    if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    }
}

/// One `$BROWSER` entry made into a command for `url`; `None` when it
/// holds no word or does not split (unbalanced quotes).
fn command_for(entry: &str, url: &str) -> Option<Vec<String>> {
    let words = shlex::split(entry)?;
    if words.is_empty() {
        return None;
    }
    let mut substituted = false;
    let mut argv: Vec<String> = words
        .iter()
        .map(|w| {
            let (arg, had) = substitute(w, url);
            substituted |= had;
            arg
        })
        .collect();
    if !substituted {
        argv.push(url.to_string());
    }
    Some(argv)
}

/// `word` with each `%s` replaced by `url` and each `%%` by `%`; true when
/// a `%s` was met. The URL is inserted, never read again.
fn substitute(word: &str, url: &str) -> (String, bool) {
    let mut out = String::with_capacity(word.len());
    let mut had = false;
    let mut chars = word.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.clone().next() {
            Some('s') => {
                chars.next();
                out.push_str(url);
                had = true;
            }
            Some('%') => {
                chars.next();
                out.push('%');
            }
            _ => out.push('%'),
        }
    }
    (out, had)
}

/// Starts `program` detached from the terminal (no input, output dropped).
fn spawn(program: &str, args: &[String]) -> io::Result<Child> {
    Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
}

/// Waits for `child` on a thread of its own, so that it is reaped when it
/// exits instead of staying a zombie until newsdesk ends. Should no thread
/// start, the child is left running (the system reaps it when we exit).
fn reap(mut child: Child) {
    let _ = std::thread::Builder::new()
        .name("browser-reaper".to_string())
        .spawn(move || {
            let _ = child.wait();
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://example.org/a?b=1&c=2";

    fn cmds(browser: Option<&str>) -> Vec<Vec<String>> {
        browser_commands(browser, URL)
    }

    fn argv(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn unset_or_blank_uses_the_platform_opener() {
        let opener = vec![argv(&[platform_opener(), URL])];
        assert_eq!(cmds(None), opener);
        assert_eq!(cmds(Some("")), opener);
        assert_eq!(cmds(Some("  ")), opener);
    }

    #[test]
    fn words_split_by_shell_rules_and_the_url_goes_last() {
        assert_eq!(cmds(Some("firefox")), vec![argv(&["firefox", URL])]);
        assert_eq!(
            cmds(Some("firefox --new-tab")),
            vec![argv(&["firefox", "--new-tab", URL])]
        );
        assert_eq!(
            cmds(Some("'/opt/My Browser/run' --profile \"work stuff\" a\\ b")),
            vec![argv(&[
                "/opt/My Browser/run",
                "--profile",
                "work stuff",
                "a b",
                URL
            ])]
        );
    }

    #[test]
    fn percent_s_is_the_url_and_percent_percent_a_percent() {
        assert_eq!(
            cmds(Some("chromium --app=%s --x")),
            vec![argv(&["chromium", &format!("--app={URL}"), "--x"])]
        );
        assert_eq!(
            cmds(Some("b %s %s")),
            vec![argv(&["b", URL, URL])],
            "every %s"
        );
        // %% is a literal %, so %%s is not the URL: the URL is appended.
        assert_eq!(
            cmds(Some("b 100%% %%s %q")),
            vec![argv(&["b", "100%", "%s", "%q", URL])]
        );
        // A %s inside the URL is not substituted again.
        assert_eq!(
            browser_commands(Some("b %s"), "https://x.org/%s"),
            vec![argv(&["b", "https://x.org/%s"])]
        );
    }

    #[test]
    fn a_colon_list_gives_each_command_in_turn() {
        assert_eq!(
            cmds(Some("w3m:firefox --new-tab %s::  :chromium")),
            vec![
                argv(&["w3m", URL]),
                argv(&["firefox", "--new-tab", URL]),
                argv(&["chromium", URL]),
            ]
        );
        // An entry with unbalanced quotes is left out, not guessed at.
        assert_eq!(
            cmds(Some("firefox 'oops:chromium")),
            vec![argv(&["chromium", URL])]
        );
        assert!(cmds(Some("'oops")).is_empty());
    }

    #[test]
    fn the_url_stays_one_argument() {
        let url = "https://x.org/$(touch pwned); rm -rf ~ 'q' \"d\" `b`";
        let c = browser_commands(Some("b --flag"), url);
        assert_eq!(c, vec![argv(&["b", "--flag", url])]);
    }

    #[test]
    fn only_http_urls_are_opened() {
        for bad in ["file:///etc/passwd", "javascript:alert(1)", "https://a\nb"] {
            let e = open_url_with(Some("true"), bad).expect_err(bad);
            assert_eq!(e.kind(), io::ErrorKind::InvalidInput);
        }
    }

    #[test]
    fn missing_commands_are_reported() {
        let e = open_url_with(Some("/nonexistent/newsdesk-browser-a:'unbalanced"), URL)
            .expect_err("nothing to run");
        assert!(e.to_string().contains("newsdesk-browser-a"), "{e}");
        let e = open_url_with(Some("'unbalanced"), URL).expect_err("nothing to run");
        assert!(e.to_string().contains("no command"), "{e}");
    }
}
