//! The real terminal: set-up, the event loop, and restoring the terminal on
//! quit, on panic (ratatui's hook) and on SIGTERM/SIGHUP/SIGINT.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

use anyhow::{Context as _, Result, bail};
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use ratatui::crossterm::execute;

use super::app::App;

/// How often the loop wakes to check for signals when no key comes.
const TICK: Duration = Duration::from_millis(200);
/// … and while background work runs (progress, results as soon as ready).
const BUSY_TICK: Duration = Duration::from_millis(40);
/// … and while the library filter matches on its worker (rows come soon).
const FILTER_TICK: Duration = Duration::from_millis(4);

/// Lets crossterm write colours, or not, as newsdesk decided (flag, config
/// and NO_COLOR, see [`super::use_color`]). crossterm otherwise reads
/// NO_COLOR itself and writes every colour change as a bare `ESC[m`, which
/// also resets bold, underline and reverse: with NO_COLOR set and colour
/// forced on, no styling at all would show.
pub fn allow_color(color: bool) {
    ratatui::crossterm::style::Colored::set_ansi_color_disabled(!color);
}

/// What wakes the event loop: terminal input, or background work that has
/// something to show.
enum Wake {
    Input(Result<Event>),
    Work,
}

/// Runs the app in the terminal until the user quits or a signal arrives.
pub fn run_app(mut app: App) -> Result<()> {
    if !std::io::stdout().is_terminal() {
        bail!(
            "standard output is not a terminal; use `newsdesk text PATH` or `newsdesk entities PATH` for plain output"
        );
    }
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ] {
        signal_hook::flag::register(sig, Arc::clone(&stop))
            .context("installing signal handlers")?;
    }
    let mut terminal = ratatui::try_init().context("setting up the terminal")?;
    quiet_worker_panics();
    // Pastes arrive as one event (never as keys to act on).
    let _ = execute!(std::io::stdout(), EnableBracketedPaste, EnableMouseCapture);
    // ratatui's hook restores raw mode and the screen; mouse reporting and
    // bracketed paste must be turned off too, or the shell receives them.
    let ratatui_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(
            std::io::stdout(),
            DisableBracketedPaste,
            DisableMouseCapture
        );
        ratatui_hook(info);
    }));
    let (wakes, events) = channel();
    let work = wakes.clone();
    app.set_waker(move || {
        let _ = work.send(Wake::Work);
    });
    let result =
        spawn_reader(wakes).and_then(|()| event_loop(&mut app, &mut terminal, &stop, &events));
    let _ = execute!(
        std::io::stdout(),
        DisableBracketedPaste,
        DisableMouseCapture
    );
    ratatui::restore();
    // Reading positions, and notes whose save failed earlier, go to disk now.
    // Notes that still cannot be saved are printed, so they are not lost.
    let saved = app.library.save_state().context("saving on exit");
    if saved.is_err() && app.library.unsaved_notes() > 0 {
        eprintln!(
            "newsdesk: {} note change(s) could not be saved; here they are (JSON Lines), \
             to keep or add again once the data directory is writable:",
            app.library.unsaved_notes()
        );
        eprint!("{}", app.library.unsaved_notes_json());
    }
    result.and(saved)
}

fn event_loop(
    app: &mut App,
    terminal: &mut ratatui::DefaultTerminal,
    stop: &AtomicBool,
    events: &Receiver<Wake>,
) -> Result<()> {
    // Whether anything may have changed since the last frame: input, work
    // handed over, a resize. An idle tick draws nothing (a frame without a
    // change still writes its style resets to the terminal).
    let mut dirty = true;
    loop {
        let was_busy = app.is_busy();
        app.tick();
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        let size = terminal.size().context("reading the terminal size")?;
        if (size.width, size.height) != app.state.size {
            app.resize(size.width, size.height);
            dirty = true;
        }
        if std::mem::take(&mut app.state.suspend) {
            suspend(terminal)?;
            dirty = true;
        }
        if std::mem::take(&mut app.state.redraw) {
            full_redraw(terminal)?;
            dirty = true;
        }
        if dirty || was_busy || app.is_busy() {
            terminal
                .draw(|f| {
                    inject_render_fault();
                    app.draw(f);
                })
                .context("drawing")?;
            dirty = false;
        }
        if app.state.should_quit || stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        // Keys come from a reader thread, so a signal (hang-up) is noticed
        // within a tick even while the terminal read is stuck: crossterm
        // retries a read that returns EOF forever once the pty is gone.
        let tick = if app.state.library_filter_pending {
            FILTER_TICK
        } else if app.is_busy() {
            BUSY_TICK
        } else {
            TICK
        };
        match events.recv_timeout(tick) {
            Ok(wake) => {
                dirty = true;
                // Drain what is already queued before drawing again; work
                // that woke the loop is taken by the next tick.
                let mut next = Some(wake);
                while let Some(wake) = next.take() {
                    if let Wake::Input(ev) = wake {
                        app.handle_event(ev?);
                    }
                    if !app.state.should_quit {
                        next = events.try_recv().ok();
                    }
                }
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => bail!("the terminal went away"),
        }
    }
}

/// Reads terminal events on a thread of its own into `tx`. A read error
/// (the terminal went away) is passed on and ends the thread.
fn spawn_reader(tx: Sender<Wake>) -> Result<()> {
    std::thread::Builder::new()
        .name("newsdesk-input".into())
        .spawn(move || {
            loop {
                let ev = event::read().context("reading the terminal");
                let failed = ev.is_err();
                if tx.send(Wake::Input(ev)).is_err() || failed {
                    return;
                }
            }
        })
        .context("starting the input thread")?;
    Ok(())
}

/// Ctrl-Z: gives the terminal back, stops the process (SIGTSTP, as the
/// shell expects), and on `fg` takes the terminal again with a full redraw.
fn suspend(terminal: &mut ratatui::DefaultTerminal) -> Result<()> {
    let _ = execute!(std::io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    // Returns once the process is continued (SIGCONT).
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP).context("suspending")?;
    ratatui::crossterm::terminal::enable_raw_mode().context("resuming")?;
    execute!(
        std::io::stdout(),
        ratatui::crossterm::terminal::EnterAlternateScreen,
        EnableBracketedPaste
    )
    .context("resuming")?;
    full_redraw(terminal)
}

/// Clears the screen and starts from empty buffers, so the next frame is
/// drawn in full. (`Terminal::clear` asks the terminal for the cursor
/// position, which the input thread would swallow.)
fn full_redraw(terminal: &mut ratatui::DefaultTerminal) -> Result<()> {
    use ratatui::crossterm::terminal::{Clear, ClearType};
    execute!(std::io::stdout(), Clear(ClearType::All)).context("redrawing")?;
    *terminal = ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(std::io::stdout()))
        .context("redrawing")?;
    Ok(())
}

/// Fault injection for the end-to-end tests, compiled into debug builds
/// only: once the file named by `NEWSDESK_FAULT_RENDER_PANIC` exists, the
/// next frame panics inside `draw`, as a rendering bug would.
#[cfg(debug_assertions)]
fn inject_render_fault() {
    if let Some(trigger) = std::env::var_os("NEWSDESK_FAULT_RENDER_PANIC")
        && std::path::Path::new(&trigger).exists()
    {
        panic!("injected render fault");
    }
}

#[cfg(not(debug_assertions))]
fn inject_render_fault() {}

/// ratatui's panic hook restores the terminal on *any* panic; a panic in a
/// worker thread (caught there and shown as an error) must neither leave
/// the alternate screen nor print over the frame.
fn quiet_worker_panics() {
    let main = std::thread::current().id();
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() == main {
            hook(info);
        }
    }));
}
