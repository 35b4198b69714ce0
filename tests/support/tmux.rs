//! Driving the real binary inside tmux: a private server per session, keys
//! in, screen text out.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// A tmux session on a private socket, killed on drop.
pub struct Tmux {
    socket: String,
    pub session: String,
}

/// True when tmux is installed. In CI its absence is a failure.
pub fn available() -> bool {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok && std::env::var_os("CI").is_some() {
        panic!("tmux is required for the end-to-end tests in CI");
    }
    ok
}

impl Tmux {
    /// Starts `command` (a shell command line) in a new session of the given size.
    pub fn start(name: &str, command: &str, width: u16, height: u16) -> Tmux {
        let socket = format!("newsdesk-test-{}-{name}", std::process::id());
        let t = Tmux {
            socket,
            session: name.to_string(),
        };
        let status = Command::new("tmux")
            .args([
                "-L",
                &t.socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-s",
                name,
            ])
            .args(["-x", &width.to_string(), "-y", &height.to_string()])
            .arg(command)
            .env("TERM", "xterm-256color")
            .status()
            .expect("start tmux");
        assert!(status.success(), "tmux new-session failed");
        t
    }

    /// Sends keys (tmux key names: "Tab", "Enter", "q", "C-c").
    pub fn send(&self, keys: &[&str]) {
        let status = Command::new("tmux")
            .args(["-L", &self.socket, "send-keys", "-t", &self.session])
            .args(keys)
            .status()
            .expect("send-keys");
        assert!(status.success());
    }

    /// Sends literal text.
    pub fn type_text(&self, text: &str) {
        let status = Command::new("tmux")
            .args([
                "-L",
                &self.socket,
                "send-keys",
                "-l",
                "-t",
                &self.session,
                text,
            ])
            .status()
            .expect("send-keys");
        assert!(status.success());
    }

    /// Sends a mouse event as the terminal would report it to an app that
    /// asked for SGR mouse reports (crossterm does): `ESC [ < b ; x ; y M`
    /// for a press, `m` for a release. `column` and `row` count from 0 as
    /// in a capture; the report counts from 1.
    pub fn mouse(&self, button: u8, column: u16, row: u16, press: bool) {
        let end = if press { 'M' } else { 'm' };
        self.type_text(&format!("\u{1b}[<{button};{};{}{end}", column + 1, row + 1));
    }

    /// A left click (press and release) on a cell.
    pub fn click(&self, column: u16, row: u16) {
        self.mouse(0, column, row, true);
        self.mouse(0, column, row, false);
    }

    /// A left-button drag from one cell to another on the same row, one
    /// motion report per cell, then the release.
    pub fn drag(&self, from: (u16, u16), to_column: u16) {
        let (column, row) = from;
        self.mouse(0, column, row, true);
        for c in column + 1..=to_column {
            self.mouse(32, c, row, true);
        }
        self.mouse(0, to_column, row, false);
    }

    /// One notch of the wheel over a cell, down or up.
    pub fn wheel(&self, column: u16, row: u16, down: bool) {
        self.mouse(if down { 65 } else { 64 }, column, row, true);
    }

    /// The visible screen as text.
    pub fn capture(&self) -> String {
        let out = Command::new("tmux")
            .args([
                "-L",
                &self.socket,
                "capture-pane",
                "-p",
                "-t",
                &self.session,
            ])
            .output()
            .expect("capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The visible screen with its colours and attributes as escape sequences.
    pub fn capture_styled(&self) -> String {
        let out = Command::new("tmux")
            .args([
                "-L",
                &self.socket,
                "capture-pane",
                "-e",
                "-p",
                "-t",
                &self.session,
            ])
            .output()
            .expect("capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen contains `needle` and has settled (two captures
    /// in a row agree, so a frame half written by the app is never returned);
    /// panics with the screen after `secs`.
    pub fn wait_for(&self, needle: &str, secs: u64) -> String {
        let deadline = Instant::now() + Duration::from_secs(secs);
        let mut previous: Option<String> = None;
        loop {
            let screen = self.capture();
            if screen.contains(needle) {
                // A screen that keeps changing (a progress counter) is
                // returned once the deadline nears rather than failing.
                if previous.as_deref() == Some(screen.as_str()) || Instant::now() > deadline {
                    return screen;
                }
                previous = Some(screen);
                std::thread::sleep(Duration::from_millis(40));
                continue;
            }
            previous = None;
            if Instant::now() > deadline {
                panic!("timed out waiting for {needle:?}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Pipes everything the pane outputs into `file` (raw bytes).
    pub fn pipe_to(&self, file: &Path) {
        let status = Command::new("tmux")
            .args(["-L", &self.socket, "pipe-pane", "-o", "-t", &self.session])
            .arg(format!("cat >> '{}'", file.display()))
            .status()
            .expect("pipe-pane");
        assert!(status.success());
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .status();
    }
}

impl Tmux {
    /// Resizes the session's window (tmux switches it to a manual size).
    pub fn resize(&self, width: u16, height: u16) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "resize-window", "-t", &self.session])
            .args(["-x", &width.to_string(), "-y", &height.to_string()])
            .status();
    }

    /// Kills the session: the pane's pty closes under the running program.
    pub fn kill_session(&self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-session", "-t", &self.session])
            .status();
    }
}
