//! The one-line input: typing, and what each purpose does with the text as
//! it changes (incremental) and when it is accepted or cancelled.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::core::library::Library;

use super::super::action::Action;
use super::super::state::{InputPurpose, InputState, MAX_INPUT_CHARS, State};
use super::{browse, command, notes, reader};

/// Opens the input for `purpose`, starting from `text`.
pub fn open(state: &mut State, purpose: InputPurpose, text: String) {
    state.input = Some(InputState { purpose, text });
}

/// A key the keymap did not claim: edit the text.
pub fn input_key(state: &mut State, library: &mut Library, key: KeyEvent) {
    let Some(input) = state.input.as_mut() else {
        return;
    };
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Backspace if ctrl => delete_word(&mut input.text),
        KeyCode::Backspace => {
            input.text.pop();
        }
        KeyCode::Char('u') if ctrl => input.text.clear(),
        KeyCode::Char('w') if ctrl => delete_word(&mut input.text),
        KeyCode::Char(c) if !ctrl => insert(state, &c.to_string()),
        _ => return,
    }
    changed(state, library);
}

/// Pasted text (bracketed paste): inserted as one line, capped.
pub fn paste(state: &mut State, library: &mut Library, text: &str) {
    insert(state, text);
    changed(state, library);
}

fn insert(state: &mut State, text: &str) {
    let Some(input) = state.input.as_mut() else {
        return;
    };
    let room = MAX_INPUT_CHARS.saturating_sub(input.text.chars().count());
    let clean: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(room)
        .collect();
    let cut = text.chars().count() > room;
    input.text.push_str(&clean);
    if cut {
        state.error(format!("input capped at {MAX_INPUT_CHARS} characters"));
    }
}

fn delete_word(text: &mut String) {
    let trimmed = text.trim_end().len();
    text.truncate(trimmed);
    let cut = text.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    text.truncate(cut);
}

/// The text changed: update what depends on it, as you type.
fn changed(state: &mut State, library: &mut Library) {
    let Some(input) = state.input.as_ref() else {
        return;
    };
    let text = input.text.clone();
    match input.purpose {
        InputPurpose::ReaderSearch => reader::find_in_article(state, library, &text),
        InputPurpose::LibraryFilter => browse::filter_library(state, library, &text),
        InputPurpose::CorpusSearch => {}
        InputPurpose::EntityFilter => browse::filter_entities(state, &text),
        InputPurpose::NotesFilter => browse::filter_notes(state, library, &text),
        InputPurpose::ArticleNotesFilter => notes::filter(state, library, &text),
        InputPurpose::Command => {}
    }
}

/// Submit or cancel.
pub fn input_action(state: &mut State, library: &mut Library, action: Action) {
    let Some(input) = state.input.take() else {
        return;
    };
    match action {
        Action::Quit => {
            state.input = Some(input);
            input_action(state, library, Action::Cancel);
            super::quit(state, library);
        }
        Action::Submit => match input.purpose {
            InputPurpose::ReaderSearch => reader::accept_search(state),
            InputPurpose::CorpusSearch => browse::corpus_search(state, library, &input.text),
            InputPurpose::Command => command::run(state, library, &input.text),
            _ => {}
        },
        Action::Cancel => match input.purpose {
            InputPurpose::ReaderSearch => reader::find_in_article(state, library, ""),
            InputPurpose::LibraryFilter => browse::filter_library(state, library, ""),
            InputPurpose::EntityFilter => browse::filter_entities(state, ""),
            InputPurpose::NotesFilter => browse::filter_notes(state, library, ""),
            InputPurpose::ArticleNotesFilter => notes::filter(state, library, ""),
            InputPurpose::CorpusSearch | InputPurpose::Command => {}
        },
        _ => state.input = Some(input),
    }
}
