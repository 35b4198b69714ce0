//! Key → frame on one 10 MB line without a newline: at its top, middle and
//! end, plain and then with search matches, a selected entity and a text
//! selection drawn over it.
//!
//! `cargo run --release --example hostile_line [KEYS_PER_STAGE] [solid]`

use std::time::{Duration, Instant};

use newsdesk::core::article::{Article, LoadReport, text};
use newsdesk::core::library::Library;
use newsdesk::tui::App;
use newsdesk::tui::keymap::{Keymap, Overrides};
use newsdesk::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const SENTENCE: &str =
    "Mara Quell told the Tessaly Harbour Board on Monday that the ferries would run again. ";

fn key(c: char) -> KeyEvent {
    let m = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    KeyEvent::new(KeyCode::Char(c), m)
}

fn timed(app: &mut App, term: &mut Terminal<TestBackend>, k: KeyEvent) -> anyhow::Result<Duration> {
    let t = Instant::now();
    app.handle_key(k);
    term.draw(|f| app.draw(f))?;
    Ok(t.elapsed())
}

fn stage(
    app: &mut App,
    term: &mut Terminal<TestBackend>,
    label: &str,
    n: usize,
) -> anyhow::Result<()> {
    let mut times = Vec::with_capacity(n);
    for i in 0..n {
        times.push(timed(app, term, key(if i % 2 == 0 { 'j' } else { 'k' }))?);
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{label:<28} j/k key→frame median {:.2} ms, worst {:.2} ms",
        ms(times[times.len() / 2]),
        ms(times.last().copied().unwrap_or_default())
    );
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(50);
    // `solid`: one 10 MB word instead of sentences.
    let solid = std::env::args().nth(2).as_deref() == Some("solid");
    let line = if solid {
        "x".repeat(10 * 1024 * 1024)
    } else {
        SENTENCE.repeat(10 * 1024 * 1024 / SENTENCE.len() + 1)
    };
    let t0 = Instant::now();
    let article = Article::from_parsed(text::parse(line), None, "line.txt".into());
    let library = Library::new(LoadReport {
        articles: vec![article],
        ..LoadReport::default()
    });
    let keymap = Keymap::new(&Overrides::new()).map_err(anyhow::Error::msg)?;
    let mut app = App::new(library, keymap, Theme::colored(), (120, 40));
    let mut term = Terminal::new(TestBackend::new(120, 40))?;
    term.draw(|f| app.draw(f))?;
    println!(
        "open + first frame {:.0} ms",
        t0.elapsed().as_secs_f64() * 1e3
    );
    let mentions = app.state.reader.as_ref().map_or(0, |r| r.highlights.len());
    println!("entity mentions highlighted: {mentions}");
    stage(&mut app, &mut term, "top", n)?;
    if let Some(r) = app.state.reader.as_mut() {
        r.top = r.wrap.len() / 2;
    }
    stage(&mut app, &mut term, "middle", n)?;
    let d = timed(&mut app, &mut term, key('G'))?;
    println!(
        "G (to the end)               {:.2} ms",
        d.as_secs_f64() * 1e3
    );
    stage(&mut app, &mut term, "end", n)?;
    // Search matches everywhere, an entity selected, then a selection.
    let mut worst = Duration::ZERO;
    for c in "/Quell".chars() {
        worst = worst.max(timed(&mut app, &mut term, key(c))?);
    }
    println!(
        "typing '/Quell', worst key    {:.2} ms",
        worst.as_secs_f64() * 1e3
    );
    let d = timed(&mut app, &mut term, KeyEvent::from(KeyCode::Enter))?;
    println!(
        "search 'Quell' (all matches) {:.2} ms",
        d.as_secs_f64() * 1e3
    );
    app.handle_key(key('G'));
    if let Some(r) = app.state.reader.as_mut() {
        r.selected_entity = Some(0);
        r.mention = Some(0);
    }
    stage(&mut app, &mut term, "end + matches + entity", n)?;
    app.handle_key(key('v'));
    stage(&mut app, &mut term, "end + selection", n)?;
    // Selection motions by word and by sentence, back and forth.
    let mut worst = Duration::ZERO;
    for c in "wbe()(()".chars() {
        worst = worst.max(timed(&mut app, &mut term, key(c))?);
    }
    println!(
        "selection motions w b e ( ), worst {:.2} ms",
        worst.as_secs_f64() * 1e3
    );
    let shown: String = term
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    println!("last words shown: {}", shown.contains("run again."));
    Ok(())
}
