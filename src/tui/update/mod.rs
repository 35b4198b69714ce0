//! Behaviour: `update` applies an action to the state, through the library
//! façade for anything that touches data. No terminal and no file I/O of
//! its own.

mod browse;
mod command;
mod editor;
mod input;
mod loading;
mod mouse;
mod notes;
mod order;
mod reader;
mod select;
mod sidebar;

use ratatui::layout::Rect;

use crate::core::library::Library;

use super::action::Action;
use super::state::{ListCursor, Screen, State};

pub use browse::tick;
pub use editor::{editor_input, parse_tags};
pub use input::{input_key, paste};
pub use loading::{add_articles, finish_loading, thousands};
pub use mouse::mouse;
pub use reader::{open_article, sync_layout};

/// Applies `action` in the current context.
pub fn update(state: &mut State, library: &mut Library, action: Action) {
    if state.confirm.is_some() {
        return notes::confirm_action(state, library, action);
    }
    if state.editor.is_some() {
        return editor::editor_action(state, library, action);
    }
    if state.input.is_some() {
        return input::input_action(state, library, action);
    }
    match action {
        Action::Quit => quit(state, library),
        Action::Help => {
            if state.screen() != Screen::Help {
                state.screens.push(Screen::Help);
                state.help_scroll = 0;
            }
        }
        Action::LoadProblems => {
            if state.screen() != Screen::Problems {
                state.screens.push(Screen::Problems);
                state.problems_scroll = 0;
            }
        }
        Action::Redraw => state.redraw = true,
        Action::CommandLine => {
            input::open(state, super::state::InputPurpose::Command, String::new())
        }
        Action::Suspend => state.suspend = true,
        Action::Back => back(state, library),
        Action::Cancel => cancel(state),
        _ => match state.screen() {
            Screen::Library => browse::library_action(state, library, action),
            Screen::Reader => reader::reader_action(state, library, action),
            Screen::Notes => notes::notes_action(state, library, action),
            Screen::Search => browse::search_action(state, library, action),
            Screen::Entities | Screen::EntityArticles => {
                browse::entities_action(state, library, action)
            }
            Screen::AllNotes => browse::all_notes_action(state, library, action),
            Screen::Help => {
                let page = list_height(state);
                scroll_action(&mut state.help_scroll, action, page)
            }
            Screen::Problems => {
                let page = list_height(state);
                scroll_action(&mut state.problems_scroll, action, page)
            }
        },
    }
}

/// Leaves the app, remembering where the reader was. Note changes whose
/// save failed are retried first; if they still fail, the user is asked.
fn quit(state: &mut State, library: &mut Library) {
    reader::remember_position(state, library);
    if library.unsaved_notes() > 0 {
        let why = library.flush_notes().err();
        let left = library.unsaved_notes();
        if left > 0 {
            let why = why.map_or_else(String::new, |e| format!(" ({e})"));
            state.confirm = Some(super::state::ConfirmState {
                question: format!(
                    "{left} note change(s) NOT saved{why}. Quit anyway? \
                     They are printed on exit. (y/n)"
                ),
                on_yes: super::state::ConfirmAction::QuitUnsaved,
            });
            return;
        }
        state.info("notes saved");
    }
    state.should_quit = true;
}

fn back(state: &mut State, library: &mut Library) {
    if state.screens.len() > 1 {
        if state.screens.pop() == Some(Screen::Reader) {
            reader::remember_position(state, library);
            state.reader = None;
        }
        state.status = None;
    } else {
        quit(state, library);
    }
}

fn cancel(state: &mut State) {
    state.status = None;
    match state.screen() {
        Screen::Reader => reader::cancel(state),
        Screen::Library => {
            state.library_query.clear();
            state.library_hits = None;
        }
        _ => {
            state.screens.pop();
        }
    }
}

/// Rows of a list body for the current terminal size.
fn list_height(state: &State) -> usize {
    super::regions::list(screen_rect(state)).body.height.max(1) as usize
}

fn screen_rect(state: &State) -> Rect {
    Rect::new(0, 0, state.size.0, state.size.1)
}

/// Moves a list cursor for a navigation action; false if not a move.
fn move_list(cursor: &mut ListCursor, action: Action, len: usize, height: usize) -> bool {
    let Some(delta) = nav_delta(action, height) else {
        return false;
    };
    cursor.move_by(delta, len);
    cursor.scroll_into_view(height);
    true
}

/// How far a navigation action moves with pages of `height` rows (Top and
/// Bottom: further than any list); `None` for other actions.
fn nav_delta(action: Action, height: usize) -> Option<isize> {
    let page = height.max(1) as isize;
    Some(match action {
        Action::Down => 1,
        Action::Up => -1,
        Action::HalfPageDown => page / 2,
        Action::HalfPageUp => -page / 2,
        Action::PageDown => page,
        Action::PageUp => -page,
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        _ => return None,
    })
}

/// Scrolls a text screen (help, load problems) by a navigation action, a
/// page being the screen's height. The app then clamps it to the content
/// (`App::clamp_scrolls`), so that after `G` a `k` moves at once.
fn scroll_action(scroll: &mut usize, action: Action, page: usize) {
    // Half a page scrolls at least one line, even on a one-row screen.
    let delta = match action {
        Action::HalfPageDown => Some((page / 2).max(1) as isize),
        Action::HalfPageUp => Some(-((page / 2).max(1) as isize)),
        _ => nav_delta(action, page),
    };
    if let Some(delta) = delta {
        *scroll = scroll.saturating_add_signed(delta);
    }
}
