//! `o` hands the URL to `$BROWSER`: a script stands in for the browser and
//! records the arguments it was given, and the process it ran is reaped.
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use newsdesk::tui::external::open_url_with;

/// A fake browser in `dir`: writes its arguments, one a line, to `args`
/// and its process id to `pid` (each file complete once it exists).
fn fake_browser(dir: &Path) -> PathBuf {
    let script = dir.join("fake browser.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\n\
         d=$(dirname \"$0\")\n\
         printf '%s\\n' \"$@\" > \"$d/args.tmp\" && mv \"$d/args.tmp\" \"$d/args\"\n\
         echo $$ > \"$d/pid.tmp\" && mv \"$d/pid.tmp\" \"$d/pid\"\n",
    )
    .expect("write script");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    script
}

/// Waits for `path` to exist and returns its content.
fn wait_for_file(path: &Path) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(s) = std::fs::read_to_string(path) {
            return s;
        }
        assert!(
            Instant::now() < deadline,
            "{} never written",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Quotes `path` for `$BROWSER` (shell rules).
fn quoted(path: &Path) -> String {
    format!("'{}'", path.display())
}

#[test]
fn browser_with_arguments_gets_the_url_as_one_argument() {
    let dir = tempfile::tempdir().expect("tempdir");
    let script = fake_browser(dir.path());
    // Shell-looking characters stay in the one argument (no shell runs).
    let url = "https://news.example/a?x=1&y=$(touch pwned);z";
    open_url_with(Some(&format!("{} --new-tab", quoted(&script))), url).expect("open");
    let args = wait_for_file(&dir.path().join("args"));
    assert_eq!(args, format!("--new-tab\n{url}\n"));
    assert!(!dir.path().join("pwned").exists());
}

#[test]
fn percent_s_is_replaced_and_the_list_is_tried_in_turn() {
    let dir = tempfile::tempdir().expect("tempdir");
    let script = fake_browser(dir.path());
    let browser = format!(
        "/nonexistent/newsdesk-no-browser %s:{} --url=%s --x",
        quoted(&script)
    );
    open_url_with(Some(&browser), "https://news.example/b").expect("open");
    let args = wait_for_file(&dir.path().join("args"));
    assert_eq!(args, "--url=https://news.example/b\n--x\n");
}

#[cfg(target_os = "linux")]
#[test]
fn the_browser_process_is_reaped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let script = fake_browser(dir.path());
    open_url_with(Some(&quoted(&script)), "https://news.example/c").expect("open");
    let pid = wait_for_file(&dir.path().join("pid"));
    let stat = PathBuf::from(format!("/proc/{}/stat", pid.trim()));
    // Once the script has exited it must vanish, not stay a zombie (state Z)
    // waiting for newsdesk to collect it.
    let deadline = Instant::now() + Duration::from_secs(10);
    while let Ok(s) = std::fs::read_to_string(&stat) {
        assert!(
            Instant::now() < deadline,
            "browser process never reaped: {s}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}
