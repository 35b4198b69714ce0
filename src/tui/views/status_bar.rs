//! The status bar: mode, where you are, messages, and key hints taken from
//! the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::action::Action;
use crate::tui::keymap::Context;
use crate::tui::layout::str_width;
use crate::tui::state::{InputPurpose, Screen};

use super::ViewContext;
use super::text::{one_line, truncate, truncate_left};
use crate::tui::update::thousands;

/// Draws the status bar on the last row of `area`.
pub fn render(frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let row = Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
    let state = cx.state;
    let (mode, info) = match state.screen() {
        Screen::Library if cx.library.is_empty() && state.loading.is_some() => {
            ("LIBRARY", String::new())
        }
        Screen::Library => (
            "LIBRARY",
            format!(
                "{}/{}{}",
                state.library.selected + 1,
                cx.library.len(),
                load_problems(cx)
            ),
        ),
        Screen::Help => ("HELP", String::new()),
        Screen::Problems => ("PROBLEMS", String::new()),
        Screen::Notes => ("NOTES", String::new()),
        Screen::Search => ("SEARCH", format!("{} hits", state.search_hits.len())),
        Screen::Entities => ("NAMES", format!("{} names", state.entity_rows.len())),
        Screen::EntityArticles => ("NAMES", String::new()),
        Screen::AllNotes => ("NOTES", format!("{} notes", state.all_notes_rows.len())),
        Screen::Reader if state.reader.as_ref().is_some_and(|r| r.selection.is_some()) => {
            ("SELECT", reader_info(cx))
        }
        Screen::Reader => ("READ", reader_info(cx)),
    };
    let mode = if state.editor.is_some() { "NOTE" } else { mode };
    let info = match state.loading {
        Some(_) if state.screen() == Screen::Reader => info,
        Some((_, 0)) => format!("{info}  loading…"),
        Some((done, total)) => format!("{info}  loading {}/{}", thousands(done), thousands(total)),
        None => info,
    };
    let info = match state.index_status {
        crate::core::library::IndexStatus::Building { done, total }
            if state.screen() != Screen::Reader =>
        {
            format!("{info}  indexing {done}/{total}…")
        }
        _ => info,
    };
    let hint_actions: &[Action] = match state.context() {
        Context::Editor => &[Action::Save, Action::Cancel],
        Context::Confirm => &[Action::Yes, Action::No],
        Context::Input => &[Action::Submit, Action::Cancel],
        Context::Select => &[Action::Annotate, Action::MarkPerson, Action::Cancel],
        Context::Notes => &[Action::Open, Action::Edit, Action::Delete, Action::Back],
        Context::Sidebar => &[
            Action::SelectEntity,
            Action::Reject,
            Action::ChangeKind,
            Action::MergeEntity,
            Action::Back,
        ],
        Context::Library => &[
            Action::Open,
            Action::Search,
            Action::CorpusSearch,
            Action::EntityIndex,
            Action::AllNotes,
            Action::Help,
            Action::Back,
        ],
        Context::List => &[Action::Open, Action::Search, Action::Back],
        Context::Help => &[Action::Back],
        Context::Reader | Context::Global => &[
            Action::Help,
            Action::Search,
            Action::Select,
            Action::FocusNext,
            Action::Notes,
            Action::Back,
        ],
    };
    let hints = cx.keymap.hints(state.context(), hint_actions);
    // In a list, `/` narrows the list: say so.
    let in_list = matches!(state.context(), Context::Library | Context::List);
    let label = |action: Action| match action {
        Action::Search if in_list => "filter",
        _ => action.hint(),
    };
    let hints: Vec<(Action, String)> = hints
        .into_iter()
        .map(|(action, key)| (action, format!("{key} {}  ", label(action))))
        .collect();
    let mode = format!(" {mode} ");
    // Where the reader is stays in sight while a message (a mention's
    // "2/12") takes the bar.
    let position = match state.screen() {
        Screen::Reader => reader_percent(cx).map_or_else(String::new, |p| format!("  {p}%")),
        _ => String::new(),
    };
    let (middle, middle_style) = match &state.status {
        // An error while typing (input capped) goes before the input line.
        Some(msg) if state.input.is_some() && msg.is_error => (
            format!("{}  {}", one_line(&msg.text), input_line(cx)),
            cx.theme.error,
        ),
        _ if state.input.is_some() => (input_line(cx), cx.theme.status),
        Some(msg) => (
            format!("{}{position}", one_line(&msg.text)),
            if msg.is_error {
                cx.theme.error
            } else {
                cx.theme.status
            },
        ),
        None => (info, cx.theme.status),
    };
    let width = area.width as usize;
    let room = width.saturating_sub(str_width(&mode) + 1);
    let hints = fit_hints(hints, room, str_width(&middle));
    // What is left of the room: a message is cut at its end; where you are
    // (a path, then its %) at its start, so the file name and % stay.
    let middle_room = room.saturating_sub(str_width(&hints));
    let middle = if state.status.is_none() && state.input.is_none() {
        truncate_left(&middle, middle_room)
    } else {
        truncate(&middle, middle_room)
    };
    let pad = room.saturating_sub(str_width(&middle) + str_width(&hints));
    let line = Line::from(vec![
        Span::styled(mode, cx.theme.status_mode),
        Span::styled(format!(" {middle}{}", " ".repeat(pad)), middle_style),
        Span::styled(hints, cx.theme.status),
    ]);
    frame.render_widget(Paragraph::new(line).style(cx.theme.status), row);
}

/// The key hints that fit in `room` beside `text` cells of text, which
/// come first: the last hints go first. The `help` hint stays whenever the
/// text keeps 20 cells beside it (the text is then cut, see the caller).
fn fit_hints(mut hints: Vec<(Action, String)>, room: usize, text: usize) -> String {
    let render = |hints: &[(Action, String)]| -> String {
        hints.iter().map(|(_, shown)| shown.as_str()).collect()
    };
    while text + str_width(&render(&hints)) + 2 > room {
        match hints.iter().rposition(|(a, _)| *a != Action::Help) {
            Some(i) => {
                hints.remove(i);
            }
            None => {
                if str_width(&render(&hints)) + 20 > room {
                    hints.clear();
                }
                break;
            }
        }
    }
    render(&hints)
}

/// The input being typed, with a cursor, and what it found so far.
fn input_line(cx: &ViewContext) -> String {
    let Some(input) = cx.state.input.as_ref() else {
        return String::new();
    };
    let found = match input.purpose {
        InputPurpose::ReaderSearch => cx.state.reader.as_ref().map(|r| {
            let n = r.search.matches.len();
            match r.search.current {
                Some(c) if n > 0 => format!("   {}/{n}", c + 1),
                _ if input.text.is_empty() => String::new(),
                _ => "   no match".to_string(),
            }
        }),
        InputPurpose::LibraryFilter if cx.state.library_filter_pending => {
            Some("   matching…".to_string())
        }
        InputPurpose::LibraryFilter => cx
            .state
            .library_hits
            .as_ref()
            .map(|h| format!("   {} articles", h.len())),
        _ => None,
    }
    .unwrap_or_default();
    format!(
        "{}{}█{found}",
        input.purpose.prompt(),
        one_line(&input.text)
    )
}

/// How far down the open article the view is, 0–100.
fn reader_percent(cx: &ViewContext) -> Option<usize> {
    let reader = cx.state.reader.as_ref()?;
    let height = crate::tui::regions::reader(Rect::new(0, 0, cx.state.size.0, cx.state.size.1))
        .text
        .height as usize;
    let max_top = reader.wrap.len().saturating_sub(height);
    Some((reader.top * 100).checked_div(max_top).unwrap_or(100))
}

fn reader_info(cx: &ViewContext) -> String {
    let Some(reader) = cx.state.reader.as_ref() else {
        return String::new();
    };
    let Some(article) = cx.library.article(reader.article) else {
        return String::new();
    };
    let pct = reader_percent(cx).unwrap_or(100);
    let orphans = reader.orphaned_notes;
    let notes = match reader.note_ranges.len() + orphans {
        0 => String::new(),
        1 => "  1 note".to_string(),
        n => format!("  {n} notes"),
    };
    let notes = if orphans > 0 {
        format!("{notes} ({orphans} orphaned)")
    } else {
        notes
    };
    let warning = match cx.library.notes(reader.article) {
        Some(n) if n.read_only().is_some() => "  ⚠ notes read-only (A for details)".to_string(),
        Some(n) if n.pending() > 0 => format!("  ⚠ {} unsaved", n.pending()),
        _ => String::new(),
    };
    // Without a library screen below (one article opened at once), the
    // reader is where the load problems are told.
    let problems = if cx.state.screens.first() == Some(&Screen::Reader) {
        load_problems(cx)
    } else {
        String::new()
    };
    format!(
        "{}  {pct}%{notes}{warning}{problems}",
        where_from(&article.display_path)
    )
}

/// The article's path for the status bar; stdin (`-`, `-#3`) says so.
fn where_from(display_path: &str) -> String {
    match display_path.strip_prefix('-') {
        Some("") => "stdin".to_string(),
        Some(rest) if rest.starts_with('#') => format!("stdin{rest}"),
        _ => one_line(display_path),
    }
}

/// "  ⚠ 1 file skipped, 2 warnings: W to view" (the key from the keymap),
/// or nothing when loading met no problem.
fn load_problems(cx: &ViewContext) -> String {
    let Some(summary) = super::problems::summary(cx.library) else {
        return String::new();
    };
    let key = cx
        .keymap
        .keys_for(cx.state.context(), Action::LoadProblems)
        .into_iter()
        .next();
    match key {
        Some(key) => format!("  ⚠ {summary}: {key} to view"),
        None => format!("  ⚠ {summary}"),
    }
}

#[cfg(test)]
mod tests {
    use super::where_from;

    #[test]
    fn stdin_is_named_and_files_are_not_touched() {
        assert_eq!(where_from("-"), "stdin");
        assert_eq!(where_from("-#3"), "stdin#3");
        assert_eq!(where_from("-notes.txt"), "-notes.txt");
        assert_eq!(where_from("seeds/a.txt"), "seeds/a.txt");
    }
}
