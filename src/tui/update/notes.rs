//! The notes list of an article: open, jump, edit, delete (asks first).

use crate::core::library::Library;
use crate::core::search::filter_article_notes;

use super::super::action::Action;
use super::super::state::{ConfirmAction, ConfirmState, InputPurpose, Screen, State};
use super::{editor, list_height, move_list, reader};

/// Re-reads the open article's note ranges (after any change).
pub fn refresh_note_ranges(state: &mut State, library: &mut Library) {
    let Some(r) = state.reader.as_mut() else {
        return;
    };
    let notes = library
        .notes_mut(r.article)
        .map(|n| n.notes())
        .unwrap_or_default();
    let mut ranges: Vec<_> = notes
        .iter()
        .filter_map(|n| n.anchor.range.clone())
        .collect();
    ranges.sort_by_key(|r: &std::ops::Range<usize>| (r.start, r.end));
    r.orphaned_notes = notes.len() - ranges.len();
    r.note_ranges = ranges;
}

/// Shows the notes of the open article.
pub fn open_notes(state: &mut State, library: &mut Library) {
    let Some(r) = state.reader.as_ref() else {
        return;
    };
    if library.notes_mut(r.article).is_none() {
        state.error("notes are not available (no data directory)");
        return;
    }
    state.notes = Default::default();
    state.notes_query.clear();
    state.screens.push(Screen::Notes);
}

/// The open article's notes as the list shows them (filtered by `/`).
fn listed<'a>(
    state: &State,
    notes: &'a crate::core::annotations::ArticleNotes,
) -> Vec<crate::core::annotations::Note<'a>> {
    filter_article_notes(notes.notes(), &state.notes_query)
}

/// Filters the article's notes list as the user types.
pub fn filter(state: &mut State, library: &mut Library, query: &str) {
    state.notes_query = query.to_string();
    state.notes = Default::default();
    clamp_cursor(state, library);
}

/// Keeps the notes cursor on a row after rows went away.
fn clamp_cursor(state: &mut State, library: &mut Library) {
    let Some(article) = state.reader.as_ref().map(|r| r.article) else {
        return;
    };
    let len = library
        .notes_mut(article)
        .map_or(0, |n| listed(state, n).len());
    state.notes.selected = state.notes.selected.min(len.saturating_sub(1));
    state.notes.offset = state.notes.offset.min(state.notes.selected);
}

/// Applies an action in the notes list.
pub fn notes_action(state: &mut State, library: &mut Library, action: Action) {
    let Some(article) = state.reader.as_ref().map(|r| r.article) else {
        return;
    };
    let height = list_height(state);
    let Some(notes) = library.notes_mut(article) else {
        return;
    };
    let list = listed(state, notes);
    if action == Action::Search {
        let query = state.notes_query.clone();
        super::input::open(state, InputPurpose::ArticleNotesFilter, query);
        return;
    }
    if move_list(
        &mut state.notes,
        action,
        list.len(),
        height.saturating_sub(1),
    ) {
        return;
    }
    let Some(note) = list.get(state.notes.selected) else {
        return;
    };
    let id = note.annotation.id.clone();
    let range = note.anchor.range.clone();
    let quote = note
        .annotation
        .target
        .quote()
        .map(|q| q.exact.clone())
        .unwrap_or_default();
    let text = note.annotation.note.clone();
    match action {
        Action::Open => match range {
            Some(range) => {
                state.screens.pop();
                reader::scroll_to_offset(state, range.start);
                state.info("jumped to the note");
            }
            None => state.info("this note is orphaned: its text is no longer in the article"),
        },
        Action::Edit => {
            if let Some(why) = notes.read_only() {
                let why = why.to_string();
                state.error(format!("notes are read-only: {why}"));
            } else {
                editor::open_existing(state, article, id, quote, text);
            }
        }
        Action::Reattach => {
            if let Some(why) = notes.read_only() {
                let why = why.to_string();
                state.error(format!("notes are read-only: {why}"));
                return;
            }
            state.screens.pop();
            if let Some(range) = &range {
                reader::scroll_to_offset(state, range.start);
            }
            reader::start_selection(state, library);
            if let Some(r) = state.reader.as_mut() {
                r.reattach = Some(id);
            }
            let short: String = quote.chars().take(40).collect();
            state.info(format!(
                "select the new text for “{short}”, then Enter re-attaches (Esc cancels)"
            ));
        }
        Action::Delete => {
            let short: String = quote.chars().take(40).collect();
            state.confirm = Some(ConfirmState {
                question: format!("Delete the note on “{short}”? (y/n)"),
                on_yes: ConfirmAction::DeleteNote { article, id },
            });
        }
        _ => {}
    }
}

/// The question Ctrl-c asks when a typed note would be lost.
pub fn discard_and_quit() -> ConfirmState {
    ConfirmState {
        question: "Discard this note and quit? (y/n)".into(),
        on_yes: ConfirmAction::DiscardEditorAndQuit,
    }
}

/// Answers the open yes/no question.
pub fn confirm_action(state: &mut State, library: &mut Library, action: Action) {
    let Some(confirm) = state.confirm.take() else {
        return;
    };
    match (action, confirm.on_yes) {
        (Action::Yes | Action::Quit, ConfirmAction::QuitUnsaved) => state.should_quit = true,
        (Action::Quit, ConfirmAction::DiscardEditor | ConfirmAction::DiscardEditorAndQuit) => {
            state.confirm = Some(discard_and_quit());
        }
        (Action::Yes, ConfirmAction::DiscardEditorAndQuit) => {
            state.editor = None;
            super::quit(state, library);
        }
        (Action::Quit, ConfirmAction::DeleteNote { .. }) => super::quit(state, library),
        (Action::No | Action::Cancel, ConfirmAction::QuitUnsaved) => state.error(format!(
            "{} note change(s) kept in memory: every save retries them",
            library.unsaved_notes()
        )),
        (Action::Yes, ConfirmAction::DiscardEditor) => {
            state.editor = None;
            state.info("note discarded");
        }
        (Action::Yes, ConfirmAction::DeleteNote { article, id }) => {
            let result = library.notes_mut(article).map(|n| n.delete(&id));
            match result {
                Some(Ok(())) => state.info("note deleted"),
                Some(Err(e)) => state.error(format!("not deleted: {e}")),
                None => {}
            }
            refresh_note_ranges(state, library);
            clamp_cursor(state, library);
        }
        (Action::No | Action::Cancel, _) => {}
        (_, on_yes) => {
            // Any other key: keep asking.
            state.confirm = Some(ConfirmState {
                question: confirm.question,
                on_yes,
            });
        }
    }
}
