//! The notes list of an article: open, jump, edit, delete (asks first).

use crate::core::library::Library;

use super::super::action::Action;
use super::super::state::{ConfirmAction, ConfirmState, Screen, State};
use super::{editor, list_height, move_list, reader};

/// Re-reads the open article's note ranges (after any change).
pub fn refresh_note_ranges(state: &mut State, library: &mut Library) {
    let Some(r) = state.reader.as_mut() else {
        return;
    };
    let mut ranges: Vec<_> = library
        .notes_mut(r.article)
        .map(|n| {
            n.notes()
                .into_iter()
                .filter_map(|n| n.anchor.range.clone())
                .collect()
        })
        .unwrap_or_default();
    ranges.sort_by_key(|r: &std::ops::Range<usize>| (r.start, r.end));
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
    state.screens.push(Screen::Notes);
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
    let list = notes.notes();
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

/// Answers the open yes/no question.
pub fn confirm_action(state: &mut State, library: &mut Library, action: Action) {
    let Some(confirm) = state.confirm.take() else {
        return;
    };
    match (action, confirm.on_yes) {
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
