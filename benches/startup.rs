//! Process start → first frame, as a user sees it (issue #2's budget:
//! ≤ 50 ms on the seed): the release binary is started on `seeds/` (and,
//! to compare, on the seed file itself) in a 120×40 pseudo-terminal, and the time runs from the spawn until the
//! terminal has received the whole first frame of the reader — the
//! article's title, the PEOPLE list of the sidebar and the READ status bar.
//! Exec, dynamic loading, configuration, state, terminal set-up, the
//! background load of the directory and every frame drawn before the
//! reader's are all inside the figure.
//!
//! Each iteration gets fresh temporary data, state, config and cache
//! directories (created before the clock starts), so every start is a first
//! start with nothing saved. The child is then quit with `Q`, killed if it
//! has not exited within [`pty::QUIT_GRACE`], and always reaped; a start that
//! shows no reader frame within [`pty::TIMEOUT`] fails the benchmark with what
//! the screen showed.

#[cfg(unix)]
mod pty {
    use std::fs::File;
    use std::io::{self, Read, Write};
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
    use std::os::unix::process::CommandExt;
    use std::path::Path;
    use std::process::{Child, Command, ExitStatus, Stdio};
    use std::time::{Duration, Instant};

    /// The terminal's size, as in the other TUI benchmarks.
    pub const COLS: u16 = 120;
    pub const ROWS: u16 = 40;
    /// The longest a start may take before the benchmark fails.
    pub const TIMEOUT: Duration = Duration::from_secs(20);
    /// How long the child has to exit after `Q` before it is killed.
    pub const QUIT_GRACE: Duration = Duration::from_secs(5);

    /// A pseudo-terminal: the master end, which the benchmark reads and
    /// writes, and the slave end, the child's terminal.
    pub struct Pty {
        master: File,
        slave: OwnedFd,
    }

    impl Pty {
        /// Opens a pseudo-terminal of `cols`×`rows` cells. Both ends are
        /// close-on-exec: the child gets the slave only as its stdio.
        pub fn open(cols: u16, rows: u16) -> io::Result<Pty> {
            let (mut master, mut slave) = (-1, -1);
            // SAFETY: openpty writes two descriptors into the two ints; the
            // name, termios and winsize arguments may be null.
            let rc = unsafe {
                libc::openpty(
                    &mut master,
                    &mut slave,
                    std::ptr::null_mut(),
                    std::ptr::null_mut(),
                    std::ptr::null_mut(),
                )
            };
            if rc != 0 {
                return Err(io::Error::last_os_error());
            }
            // SAFETY: both descriptors were just opened and are owned here.
            let (master, slave) =
                unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
            for fd in [&master, &slave] {
                // SAFETY: fcntl on a descriptor we own.
                if unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_SETFD, libc::FD_CLOEXEC) } == -1 {
                    return Err(io::Error::last_os_error());
                }
            }
            let size = libc::winsize {
                ws_row: rows,
                ws_col: cols,
                ws_xpixel: 0,
                ws_ypixel: 0,
            };
            // SAFETY: TIOCSWINSZ reads one winsize from the pointer.
            if unsafe { libc::ioctl(master.as_raw_fd(), libc::TIOCSWINSZ, &size) } == -1 {
                return Err(io::Error::last_os_error());
            }
            Ok(Pty {
                master: File::from(master),
                slave,
            })
        }
    }

    /// `newsdesk --data-dir HOME/data INPUT`, run from the repository,
    /// with only `PATH` kept from the environment: `HOME` and the XDG
    /// directories point into `home` (so no config file, no saved state),
    /// `TERM` is xterm-256color, and neither `NEWSDESK_*` nor `NO_COLOR` is
    /// set. The pseudo-terminal's slave end is its stdin, stdout, stderr
    /// and controlling terminal (a new session, as a terminal emulator
    /// starts a shell), so that crossterm's `/dev/tty` is the benchmark's
    /// terminal and not the one `cargo bench` runs in.
    pub fn command(bin: &Path, input: &str, pty: &Pty, home: &Path) -> io::Result<Command> {
        let mut cmd = Command::new(bin);
        cmd.arg("--data-dir")
            .arg(home.join("data"))
            .arg(input)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_clear()
            .env("HOME", home)
            .env("TERM", "xterm-256color")
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_DATA_HOME", home.join("share"))
            .env("XDG_STATE_HOME", home.join("state"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .stdin(Stdio::from(pty.slave.try_clone()?))
            .stdout(Stdio::from(pty.slave.try_clone()?))
            .stderr(Stdio::from(pty.slave.try_clone()?));
        if let Some(path) = std::env::var_os("PATH") {
            cmd.env("PATH", path);
        }
        // SAFETY: runs in the child between fork and exec, where only
        // async-signal-safe calls are allowed: setsid and ioctl are, and
        // `last_os_error` does not allocate. Stdin is the slave by then.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() == -1 || libc::ioctl(0, libc::TIOCSCTTY, 0) == -1 {
                    return Err(io::Error::last_os_error());
                }
                Ok(())
            });
        }
        Ok(cmd)
    }

    /// A started newsdesk and the master end of its terminal. Dropping it
    /// quits the child ([`Running::quit`]) if that has not been done, so a
    /// failing benchmark leaves no process behind.
    pub struct Running {
        child: Option<Child>,
        master: File,
    }

    impl Running {
        /// Spawns `cmd` on `pty` (whose slave end the parent then closes,
        /// so that reads see the child's exit).
        pub fn spawn(mut cmd: Command, pty: Pty) -> io::Result<Running> {
            let child = cmd.spawn()?;
            drop(cmd);
            drop(pty.slave);
            Ok(Running {
                child: Some(child),
                master: pty.master,
            })
        }

        /// Reads the terminal into `screen` until a frame ends with the
        /// screen passing `done`, or `deadline`. Answers cursor-position
        /// queries as a terminal would. Errors say why and show the screen.
        pub fn wait_for(
            &mut self,
            screen: &mut Screen,
            deadline: Instant,
            done: impl Fn(&Screen) -> bool,
        ) -> Result<(), String> {
            let mut buf = vec![0u8; 1 << 16];
            loop {
                let left = deadline.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return Err(format!("no reader frame within {TIMEOUT:?}"));
                }
                let mut fds = libc::pollfd {
                    fd: self.master.as_raw_fd(),
                    events: libc::POLLIN,
                    revents: 0,
                };
                let ms = left.as_millis().clamp(1, 1000) as libc::c_int;
                // SAFETY: one pollfd, valid for the call.
                let rc = unsafe { libc::poll(&mut fds, 1, ms) };
                if rc == -1 {
                    let e = io::Error::last_os_error();
                    if e.kind() == io::ErrorKind::Interrupted {
                        continue;
                    }
                    return Err(format!("poll: {e}"));
                }
                if rc == 0 {
                    continue;
                }
                let n = match self.master.read(&mut buf) {
                    Ok(0) => 0,
                    Ok(n) => n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    // EIO: the slave is closed, the child has gone.
                    Err(e) if e.raw_os_error() == Some(libc::EIO) => 0,
                    Err(e) => return Err(format!("reading the terminal: {e}")),
                };
                if n == 0 {
                    return Err("newsdesk exited before showing the reader".into());
                }
                let frames = screen.frames;
                screen.feed(&buf[..n]);
                if !screen.replies.is_empty() {
                    let replies = std::mem::take(&mut screen.replies);
                    self.master
                        .write_all(&replies)
                        .map_err(|e| format!("answering the terminal: {e}"))?;
                }
                if screen.frames > frames && done(screen) {
                    return Ok(());
                }
            }
        }

        /// Sends `Q`, waits up to [`QUIT_GRACE`] for the exit (reading
        /// what the child writes meanwhile, so it never blocks on a full
        /// terminal), then kills; always reaps. `None` once already done or
        /// when the exit status could not be had.
        pub fn quit(&mut self) -> Option<ExitStatus> {
            let mut child = self.child.take()?;
            let _ = self.master.write_all(b"Q");
            let deadline = Instant::now() + QUIT_GRACE;
            let mut buf = [0u8; 4096];
            loop {
                match child.try_wait() {
                    Ok(Some(status)) => return Some(status),
                    Ok(None) if Instant::now() < deadline => {
                        let mut fds = libc::pollfd {
                            fd: self.master.as_raw_fd(),
                            events: libc::POLLIN,
                            revents: 0,
                        };
                        // SAFETY: one pollfd, valid for the call.
                        if unsafe { libc::poll(&mut fds, 1, 5) } > 0 {
                            // EIO once the child is gone: try_wait sees it.
                            let _ = self.master.read(&mut buf);
                        }
                    }
                    _ => {
                        let _ = child.kill();
                        return child.wait().ok();
                    }
                }
            }
        }
    }

    impl Drop for Running {
        fn drop(&mut self) {
            self.quit();
        }
    }

    /// Just enough of a terminal to follow what ratatui's crossterm backend
    /// writes: text at the cursor, cursor positioning (`CSI row;col H`),
    /// erasing the screen, the alternate screen. Other control sequences
    /// are skipped. A frame ends where ratatui hides or shows the cursor,
    /// which it does after every draw.
    pub struct Screen {
        cells: Vec<Vec<char>>,
        x: usize,
        y: usize,
        state: Parse,
        /// The bytes of a UTF-8 character read so far, and how many it has.
        utf8: (Vec<u8>, usize),
        /// How many frames have ended.
        pub frames: usize,
        /// What the terminal answers (cursor-position reports), to be
        /// written back to the child.
        pub replies: Vec<u8>,
    }

    enum Parse {
        Ground,
        Escape,
        /// `ESC (` and the like: one more byte (a character set) follows.
        EscapeArg,
        Csi(Vec<u8>),
        /// An operating-system command, up to BEL or `ESC \`.
        Osc {
            escape: bool,
        },
    }

    impl Screen {
        /// A blank screen of `cols`×`rows` cells.
        pub fn new(cols: u16, rows: u16) -> Screen {
            Screen {
                cells: vec![vec![' '; cols as usize]; rows as usize],
                x: 0,
                y: 0,
                state: Parse::Ground,
                utf8: (Vec::new(), 0),
                frames: 0,
                replies: Vec::new(),
            }
        }

        /// Row `y` as text (one char per cell; a wide character is
        /// followed by nothing for its second cell).
        pub fn row(&self, y: usize) -> String {
            self.cells
                .get(y)
                .map(|r| r.iter().filter(|&&c| c != '\0').collect())
                .unwrap_or_default()
        }

        /// The whole screen, one line per row.
        pub fn text(&self) -> String {
            (0..self.cells.len())
                .map(|y| self.row(y))
                .collect::<Vec<_>>()
                .join("\n")
        }

        /// Whether any row contains `needle`.
        pub fn contains(&self, needle: &str) -> bool {
            (0..self.cells.len()).any(|y| self.row(y).contains(needle))
        }

        /// Takes in bytes the child wrote.
        pub fn feed(&mut self, bytes: &[u8]) {
            for &b in bytes {
                self.byte(b);
            }
        }

        fn byte(&mut self, b: u8) {
            match &mut self.state {
                Parse::Ground => self.ground(b),
                Parse::Escape => {
                    self.state = match b {
                        b'[' => Parse::Csi(Vec::new()),
                        b']' => Parse::Osc { escape: false },
                        b'(' | b')' | b'*' | b'+' | b'#' => Parse::EscapeArg,
                        _ => Parse::Ground,
                    }
                }
                Parse::EscapeArg => self.state = Parse::Ground,
                Parse::Csi(params) => {
                    if (0x40..=0x7e).contains(&b) {
                        let params = std::mem::take(params);
                        self.state = Parse::Ground;
                        self.csi(&params, b);
                    } else {
                        params.push(b);
                    }
                }
                Parse::Osc { escape } => {
                    if b == 0x07 || (*escape && b == b'\\') {
                        self.state = Parse::Ground;
                    } else {
                        *escape = b == 0x1b;
                    }
                }
            }
        }

        fn ground(&mut self, b: u8) {
            if !self.utf8.0.is_empty() || b >= 0x80 {
                return self.utf8_byte(b);
            }
            match b {
                0x1b => self.state = Parse::Escape,
                b'\r' => self.x = 0,
                b'\n' => self.y = (self.y + 1).min(self.cells.len().saturating_sub(1)),
                0x08 => self.x = self.x.saturating_sub(1),
                0x20..=0x7e => self.put(b as char),
                _ => {}
            }
        }

        fn utf8_byte(&mut self, b: u8) {
            if self.utf8.0.is_empty() {
                self.utf8.1 = match b {
                    0xc0..=0xdf => 2,
                    0xe0..=0xef => 3,
                    0xf0..=0xf7 => 4,
                    // A stray continuation byte or an invalid lead.
                    _ => return self.put('\u{fffd}'),
                };
            }
            self.utf8.0.push(b);
            if self.utf8.0.len() == self.utf8.1 {
                let c = std::str::from_utf8(&self.utf8.0)
                    .ok()
                    .and_then(|s| s.chars().next())
                    .unwrap_or('\u{fffd}');
                self.utf8.0.clear();
                self.put(c);
            }
        }

        fn put(&mut self, c: char) {
            use unicode_width::UnicodeWidthChar;
            let width = c.width().unwrap_or(0);
            let cols = self.cells.first().map_or(0, Vec::len);
            if width == 0 || self.x + width > cols {
                return;
            }
            if let Some(row) = self.cells.get_mut(self.y) {
                row[self.x] = c;
                if width == 2 {
                    row[self.x + 1] = '\0';
                }
            }
            self.x += width;
        }

        fn csi(&mut self, params: &[u8], fin: u8) {
            let text = String::from_utf8_lossy(params);
            let private = text.starts_with('?');
            let nums: Vec<usize> = text
                .trim_start_matches(['?', '>', '<', '='])
                .split(';')
                .map(|n| n.parse().unwrap_or(0))
                .collect();
            let arg = |i: usize| nums.get(i).copied().filter(|&n| n > 0).unwrap_or(1);
            let (cols, rows) = (self.cells.first().map_or(0, Vec::len), self.cells.len());
            match (private, fin) {
                (false, b'H' | b'f') => {
                    self.y = (arg(0) - 1).min(rows.saturating_sub(1));
                    self.x = (arg(1) - 1).min(cols.saturating_sub(1));
                }
                (false, b'G') => self.x = (arg(0) - 1).min(cols.saturating_sub(1)),
                (false, b'C') => self.x = (self.x + arg(0)).min(cols.saturating_sub(1)),
                (false, b'D') => self.x = self.x.saturating_sub(arg(0)),
                (false, b'J') if nums.first() == Some(&2) => self.clear(),
                (false, b'n') if nums.first() == Some(&6) => {
                    let report = format!("\x1b[{};{}R", self.y + 1, self.x + 1);
                    self.replies.extend_from_slice(report.as_bytes());
                }
                (true, b'h' | b'l') if nums.first() == Some(&1049) => self.clear(),
                (true, b'h' | b'l') if nums.first() == Some(&25) => self.frames += 1,
                _ => {}
            }
        }

        fn clear(&mut self) {
            for row in &mut self.cells {
                row.fill(' ');
            }
        }
    }
}

#[cfg(unix)]
mod bench {
    use std::path::Path;
    use std::time::{Duration, Instant};

    use criterion::{Criterion, SamplingMode};

    use super::pty::{COLS, QUIT_GRACE, ROWS, Running, Screen, TIMEOUT, command};
    use crate::pty::Pty;

    /// The release binary (`cargo bench` builds it for the benchmark).
    const BIN: &str = env!("CARGO_BIN_EXE_newsdesk");

    /// Whether the screen shows the seed in the reader: its title, the
    /// who's-who sidebar and the reader's status bar on the last row.
    fn reader_shown(screen: &Screen) -> bool {
        screen.contains("Trump Reaffirms")
            && screen.contains("PEOPLE")
            && screen
                .row(ROWS as usize - 1)
                .trim_start()
                .starts_with("READ")
    }

    /// One start on `input`: spawn → first reader frame (the time
    /// returned), then quit.
    fn start_once(bin: &Path, input: &str) -> Duration {
        let home = tempfile::tempdir().expect("temporary directory");
        let pty = Pty::open(COLS, ROWS).expect("opening a pseudo-terminal");
        let cmd = command(bin, input, &pty, home.path()).expect("setting up the command");
        let mut screen = Screen::new(COLS, ROWS);
        let start = Instant::now();
        let mut child = Running::spawn(cmd, pty).expect("starting newsdesk");
        let shown = child.wait_for(&mut screen, start + TIMEOUT, reader_shown);
        let elapsed = start.elapsed();
        if let Err(why) = shown {
            drop(child);
            panic!("{why}; the screen:\n{}", screen.text());
        }
        let status = child.quit();
        assert!(
            status.is_some_and(|s| s.success()),
            "newsdesk did not quit cleanly on Q within {QUIT_GRACE:?}: {status:?}"
        );
        elapsed
    }

    /// `process_start/first_frame_seed_dir` is the budget's figure:
    /// `newsdesk seeds/`, as the README runs it (a directory loads on a
    /// worker thread behind a progress frame). `first_frame_seed_file` is
    /// the same article named as a file, loaded before the first frame;
    /// the difference is the cost of the background load.
    pub fn bench_startup(c: &mut Criterion) {
        let bin = Path::new(BIN);
        let mut g = c.benchmark_group("process_start");
        g.sampling_mode(SamplingMode::Flat);
        g.sample_size(20);
        for (name, input) in [
            ("first_frame_seed_dir", "seeds/"),
            ("first_frame_seed_file", "seeds/000_32cdb249023d6e56.txt"),
        ] {
            g.bench_function(name, |b| {
                b.iter_custom(|iters| (0..iters).map(|_| start_once(bin, input)).sum())
            });
        }
        g.finish();
    }
}

#[cfg(unix)]
criterion::criterion_group!(benches, bench::bench_startup);
#[cfg(unix)]
criterion::criterion_main!(benches);

#[cfg(not(unix))]
fn main() {
    eprintln!("startup: needs a Unix pseudo-terminal; skipped");
}
