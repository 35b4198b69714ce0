//! Mouse: the wheel scrolls the pane under the pointer, a click selects in
//! lists and the sidebar (a click on the selected row opens it), a drag in
//! the text selects it for annotation.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use crate::core::library::Library;

use super::super::action::Action;
use super::super::regions::{self, list_offset};
use super::super::selection::Selection;
use super::super::state::{Focus, ListCursor, Screen, SidebarRow, State, sidebar_rows};
use super::{screen_rect, update};

/// Lines the wheel scrolls per notch.
const WHEEL_LINES: usize = 3;

/// Applies a mouse event.
pub fn mouse(state: &mut State, library: &mut Library, ev: MouseEvent) {
    if state.editor.is_some() || state.confirm.is_some() || state.input.is_some() {
        return;
    }
    let pos = Position::new(ev.column, ev.row);
    let wheel = match ev.kind {
        MouseEventKind::ScrollDown => Some(Action::Down),
        MouseEventKind::ScrollUp => Some(Action::Up),
        _ => None,
    };
    match state.screen() {
        Screen::Reader => reader_mouse(state, library, ev, pos, wheel),
        Screen::Help | Screen::Problems => {
            if let Some(a) = wheel {
                for _ in 0..WHEEL_LINES {
                    update(state, library, a);
                }
            }
        }
        screen => list_mouse(state, library, screen, ev, pos, wheel),
    }
}

fn reader_mouse(
    state: &mut State,
    library: &mut Library,
    ev: MouseEvent,
    pos: Position,
    wheel: Option<Action>,
) {
    let r = regions::reader(screen_rect(state));
    let in_sidebar = r.sidebar.contains(pos);
    let Some(reader) = state.reader.as_mut() else {
        return;
    };
    if let Some(action) = wheel {
        // Scroll the pane under the pointer, whichever has the focus.
        let focus = reader.focus;
        let selecting = reader.selection.take();
        reader.focus = if in_sidebar {
            Focus::Sidebar
        } else {
            Focus::Text
        };
        for _ in 0..WHEEL_LINES {
            update(state, library, action);
        }
        if let Some(reader) = state.reader.as_mut() {
            reader.focus = focus;
            reader.selection = selecting;
        }
        return;
    }
    match ev.kind {
        MouseEventKind::Down(MouseButton::Left) if in_sidebar => {
            let entities = library.entities(reader.article);
            let rows = sidebar_rows(entities);
            let height = r.sidebar.height as usize;
            let cursor_row = rows
                .iter()
                .position(|row| *row == SidebarRow::Entity(reader.sidebar.selected))
                .unwrap_or(0);
            let offset = list_offset(cursor_row, height);
            let clicked = offset + (pos.y - r.sidebar.y) as usize;
            if let Some(SidebarRow::Entity(i)) = rows.get(clicked) {
                reader.sidebar.selected = *i;
                reader.focus = Focus::Sidebar;
                update(state, library, Action::SelectEntity);
            }
        }
        MouseEventKind::Down(MouseButton::Left) if r.text.contains(pos) => {
            let offset = text_offset(state, library, r.text, pos);
            if let Some(reader) = state.reader.as_mut() {
                reader.focus = Focus::Text;
                reader.selection = None;
                reader.drag = offset;
            }
        }
        MouseEventKind::Drag(MouseButton::Left) => {
            let clamped = Position::new(
                pos.x.clamp(r.text.x, r.text.right().saturating_sub(1)),
                pos.y.clamp(r.text.y, r.text.bottom().saturating_sub(1)),
            );
            let offset = text_offset(state, library, r.text, clamped);
            if let (Some(reader), Some(cursor)) = (state.reader.as_mut(), offset)
                && let Some(anchor) = reader.drag
            {
                reader.selection = Some(Selection { anchor, cursor });
            }
            if state.reader.as_ref().is_some_and(|r| r.selection.is_some()) {
                state.info(
                    "selected: a annotates · P/O/L mark as person/organisation/place · Esc cancels",
                );
            }
        }
        MouseEventKind::Up(MouseButton::Left) => {
            if let Some(reader) = state.reader.as_mut() {
                reader.drag = None;
            }
        }
        _ => {}
    }
}

/// The text offset under a cell of the text pane.
fn text_offset(state: &State, library: &Library, text_area: Rect, pos: Position) -> Option<usize> {
    let reader = state.reader.as_ref()?;
    let article = library.article(reader.article)?;
    let line = reader.top + (pos.y.checked_sub(text_area.y)?) as usize;
    reader.wrap.lines().get(line)?.kind?;
    let col = pos.x.checked_sub(text_area.x)? as usize;
    Some(reader.wrap.offset_of_cell(&article.text, line, col))
}

/// Lists: where rows start, how tall each item is, and its cursor.
fn list_mouse(
    state: &mut State,
    library: &mut Library,
    screen: Screen,
    ev: MouseEvent,
    pos: Position,
    wheel: Option<Action>,
) {
    if let Some(action) = wheel {
        for _ in 0..WHEEL_LINES {
            update(state, library, action);
        }
        return;
    }
    if ev.kind != MouseEventKind::Down(MouseButton::Left) {
        return;
    }
    let body = regions::list(screen_rect(state)).body;
    if !body.contains(pos) {
        return;
    }
    // (header rows, rows per item, item count)
    let (header, per_item, len) = match screen {
        Screen::Library => (
            1,
            1,
            state.library_hits.as_ref().map_or(library.len(), Vec::len),
        ),
        Screen::Search => (0, 2, state.search_hits.len()),
        Screen::Entities => (1, 1, state.entity_rows.len()),
        Screen::EntityArticles => (
            0,
            1,
            state
                .entity_chosen
                .and_then(|e| state.entity_index.get(e))
                .map_or(0, |e| e.articles.len()),
        ),
        Screen::AllNotes => (0, 2, state.all_notes_rows.len()),
        Screen::Notes => (
            0,
            2,
            state
                .reader
                .as_ref()
                .and_then(|r| library.notes(r.article))
                .map_or(0, |n| n.notes().len()),
        ),
        Screen::Reader | Screen::Help | Screen::Problems => return,
    };
    let Some(row) = (pos.y - body.y).checked_sub(header) else {
        return;
    };
    let visible = ((body.height as usize).saturating_sub(header as usize) / per_item).max(1);
    let cursor: &mut ListCursor = match screen {
        Screen::Library => &mut state.library,
        Screen::Search => &mut state.search_cursor,
        Screen::Entities => &mut state.entity_cursor,
        Screen::EntityArticles => &mut state.entity_articles,
        Screen::AllNotes => &mut state.all_notes_cursor,
        _ => &mut state.notes,
    };
    let item = list_offset(cursor.selected, visible) + row as usize / per_item;
    if item >= len {
        return;
    }
    if cursor.selected == item {
        update(state, library, Action::Open);
    } else {
        cursor.selected = item;
    }
}
