//! Behaviour: `update` applies an action to the state. No I/O of its own.

use ratatui::layout::Rect;

use crate::core::library::Library;

use super::action::Action;
use super::layout::WrapCache;
use super::regions;
use super::state::{Focus, ListCursor, ReaderState, Screen, State};

/// Applies `action` in the current context.
pub fn update(state: &mut State, library: &Library, action: Action) {
    match action {
        Action::Quit => state.should_quit = true,
        Action::Help => {
            if state.screen() != Screen::Help {
                state.screens.push(Screen::Help);
                state.help_scroll = 0;
            }
        }
        Action::Redraw => state.redraw = true,
        Action::Back => back(state),
        Action::Cancel => cancel(state),
        _ => match state.screen() {
            Screen::Library => library_action(state, library, action),
            Screen::Reader => reader_action(state, library, action),
            Screen::Help => help_action(state, action),
        },
    }
}

fn back(state: &mut State) {
    match state.screen() {
        Screen::Reader
            if state
                .reader
                .as_ref()
                .is_some_and(|r| r.focus == Focus::Sidebar) =>
        {
            pop_or_quit(state)
        }
        _ => pop_or_quit(state),
    }
}

fn pop_or_quit(state: &mut State) {
    if state.screens.len() > 1 {
        if state.screens.pop() == Some(Screen::Reader) {
            state.reader = None;
        }
        state.status = None;
    } else {
        state.should_quit = true;
    }
}

fn cancel(state: &mut State) {
    state.status = None;
    match state.screen() {
        Screen::Help => {
            state.screens.pop();
        }
        Screen::Reader => {
            if let Some(r) = state.reader.as_mut() {
                if r.focus == Focus::Sidebar {
                    r.focus = Focus::Text;
                } else {
                    r.selected_entity = None;
                    r.mention = None;
                }
            }
        }
        Screen::Library => {}
    }
}

/// Rows of a list body for the current terminal size.
fn list_height(state: &State) -> usize {
    regions::list(screen_rect(state)).body.height.max(1) as usize
}

fn screen_rect(state: &State) -> Rect {
    Rect::new(0, 0, state.size.0, state.size.1)
}

/// Moves a list cursor for a navigation action; false if not a move.
fn move_list(cursor: &mut ListCursor, action: Action, len: usize, height: usize) -> bool {
    let page = height.max(1) as isize;
    let delta = match action {
        Action::Down => 1,
        Action::Up => -1,
        Action::HalfPageDown => page / 2,
        Action::HalfPageUp => -page / 2,
        Action::PageDown => page,
        Action::PageUp => -page,
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        _ => return false,
    };
    cursor.move_by(delta, len);
    cursor.scroll_into_view(height);
    true
}

fn library_action(state: &mut State, library: &Library, action: Action) {
    let height = list_height(state);
    if move_list(&mut state.library, action, library.len(), height) {
        return;
    }
    if action == Action::Open && !library.is_empty() {
        open_article(state, library, state.library.selected);
    }
}

/// Opens article `idx` in the reader (replacing any open one).
pub fn open_article(state: &mut State, library: &Library, idx: usize) {
    if idx >= library.len() {
        return;
    }
    state.reader = Some(ReaderState::open(library, idx));
    state.library.selected = idx;
    if state.screen() != Screen::Reader {
        state.screens.push(Screen::Reader);
    }
    state.status = None;
    sync_layout(state, library);
}

fn help_action(state: &mut State, action: Action) {
    let mut cursor = ListCursor {
        selected: state.help_scroll,
        offset: state.help_scroll,
    };
    // The help view clamps the scroll to its content.
    if move_list(&mut cursor, action, usize::MAX / 4, 1) {
        state.help_scroll = cursor.selected;
    }
}

fn reader_action(state: &mut State, library: &Library, action: Action) {
    let panes = regions::reader(screen_rect(state));
    let text_height = panes.text.height.max(1) as usize;
    let sidebar_height = panes.sidebar.height as usize;
    let Some(reader) = state.reader.as_mut() else {
        return;
    };
    match action {
        Action::FocusNext | Action::FocusPrev => {
            reader.focus = match reader.focus {
                Focus::Text => Focus::Sidebar,
                Focus::Sidebar => Focus::Text,
            };
        }
        Action::NextArticle | Action::PrevArticle => {
            let next = if action == Action::NextArticle {
                reader.article.checked_add(1).filter(|&i| i < library.len())
            } else {
                reader.article.checked_sub(1)
            };
            match next {
                Some(i) => open_article(state, library, i),
                None => state.info("no more articles"),
            }
        }
        Action::NextMatch | Action::PrevMatch => {
            step_mention(state, library, action == Action::NextMatch)
        }
        Action::SelectEntity | Action::Open if reader.focus == Focus::Sidebar => {
            select_entity(state, library);
        }
        _ if reader.focus == Focus::Sidebar => {
            let len = library.entities(reader.article).len();
            move_list(
                &mut reader.sidebar,
                action,
                len,
                sidebar_height.saturating_sub(3).max(1),
            );
        }
        _ => {
            let line_count = reader.wrap.len();
            let max_top = line_count.saturating_sub(text_height);
            let page = text_height as isize;
            let delta: isize = match action {
                Action::Down => 1,
                Action::Up => -1,
                Action::PageDown => (page - 2).max(1),
                Action::PageUp => -(page - 2).max(1),
                Action::HalfPageDown => (page / 2).max(1),
                Action::HalfPageUp => -(page / 2).max(1),
                Action::Top => isize::MIN / 2,
                Action::Bottom => isize::MAX / 2,
                _ => return,
            };
            let top = (reader.top as isize)
                .saturating_add(delta)
                .clamp(0, max_top as isize) as usize;
            set_top(reader, top);
        }
    }
}

fn set_top(reader: &mut ReaderState, top: usize) {
    reader.top = top;
    reader.top_offset = reader.wrap.lines().get(top).map_or(0, |l| l.start);
}

/// Selects the sidebar's entity: highlights its mentions and jumps to the first.
fn select_entity(state: &mut State, library: &Library) {
    let Some(reader) = state.reader.as_mut() else {
        return;
    };
    let entities = library.entities(reader.article);
    let idx = reader.sidebar.selected;
    let Some(entity) = entities.get(idx) else {
        return;
    };
    reader.selected_entity = Some(idx);
    reader.mention = Some(0);
    let name = entity.name.clone();
    let total = entity.mentions.len();
    if let Some(m) = entity.mentions.first() {
        scroll_to_offset(state, m.start);
    }
    state.info(format!("{name}: 1/{total}"));
}

/// Moves to the next or previous mention of the selected entity, wrapping.
fn step_mention(state: &mut State, library: &Library, forward: bool) {
    let Some(reader) = state.reader.as_mut() else {
        return;
    };
    let (Some(idx), Some(cur)) = (reader.selected_entity, reader.mention) else {
        state.info("select a person or organisation in the sidebar first (Tab, then Enter)");
        return;
    };
    let Some(entity) = library.entities(reader.article).get(idx) else {
        return;
    };
    let total = entity.mentions.len();
    if total == 0 {
        return;
    }
    let next = if forward {
        (cur + 1) % total
    } else {
        (cur + total - 1) % total
    };
    reader.mention = Some(next);
    let start = entity.mentions[next].start;
    let name = entity.name.clone();
    scroll_to_offset(state, start);
    let wrapped = if forward && next == 0 || !forward && next + 1 == total {
        " (wrapped)"
    } else {
        ""
    };
    state.info(format!("{name}: {}/{total}{wrapped}", next + 1));
}

/// Scrolls so that `offset` is visible, a third of the way down when it
/// was off screen.
fn scroll_to_offset(state: &mut State, offset: usize) {
    let height = regions::reader(screen_rect(state)).text.height.max(1) as usize;
    let Some(reader) = state.reader.as_mut() else {
        return;
    };
    let line = reader.wrap.line_of_offset(offset);
    if line < reader.top || line >= reader.top + height {
        let max_top = reader.wrap.len().saturating_sub(height);
        set_top(reader, line.saturating_sub(height / 3).min(max_top));
    }
}

/// Re-wraps the open article when the text pane's width changed, keeping
/// the same text at the top.
pub fn sync_layout(state: &mut State, library: &Library) {
    let r = regions::reader(screen_rect(state));
    let width = r.text.width.max(1) as usize;
    let height = r.text.height.max(1) as usize;
    let Some(reader) = state.reader.as_mut() else {
        return;
    };
    let Some(article) = library.article(reader.article) else {
        return;
    };
    if reader.wrap.width() != width || (reader.wrap.is_empty() && !article.blocks.is_empty()) {
        reader.wrap = WrapCache::build(&article.text, &article.blocks, width);
        let top = reader.wrap.line_of_offset(reader.top_offset);
        reader.top = top.min(reader.wrap.len().saturating_sub(height));
    }
}
