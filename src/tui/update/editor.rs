//! The note editor: open for a new or existing note, type, save, cancel.

use std::ops::Range;

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::{CursorMove, TextArea};

use crate::core::library::Library;

use super::super::action::Action;
use super::super::state::{ConfirmAction, ConfirmState, EditTarget, EditorState, State};
use super::notes::refresh_note_ranges;

/// Longest note accepted from the editor (characters).
pub const MAX_NOTE_CHARS: usize = 100_000;

/// Opens the editor for a new note on `range` of the open article.
pub fn open_new(state: &mut State, library: &mut Library, range: Range<usize>) {
    let Some(article) = state.reader.as_ref().map(|r| r.article) else {
        return;
    };
    let Some(text) = library.article(article).map(|a| a.text.clone()) else {
        return;
    };
    if range.is_empty() {
        state.error("nothing selected");
        return;
    }
    // Refuse before anything is typed, not after: read-only notes (a file
    // that does not parse, or from a newer newsdesk) take no new note.
    match library
        .notes_mut(article)
        .map(|n| n.read_only().map(str::to_string))
    {
        None => {
            state.error("notes are not available (no data directory)");
            return;
        }
        Some(Some(why)) => {
            state.error(format!("notes are read-only: {why}"));
            return;
        }
        Some(None) => {}
    }
    if let Some(r) = state.reader.as_mut() {
        r.selection = None;
    }
    let quote = text[range.clone()].to_string();
    open(state, article, EditTarget::New(range), quote, String::new());
}

/// Opens the editor on an existing note.
pub fn open_existing(state: &mut State, article: usize, id: String, quote: String, note: String) {
    open(state, article, EditTarget::Existing(id), quote, note);
}

fn open(state: &mut State, article: usize, target: EditTarget, quote: String, note: String) {
    // Notes from disk are untrusted: controls become visible placeholders.
    let safe: Vec<String> = note
        .split('\n')
        .map(|l| crate::core::article::sanitize::for_display(l).into_owned())
        .collect();
    let original = safe.join("\n");
    let mut textarea = TextArea::new(safe);
    textarea.move_cursor(CursorMove::Bottom);
    textarea.move_cursor(CursorMove::End);
    textarea.set_placeholder_text(
        "Type a note (Markdown; #tags become tags). Ctrl-s saves, Esc cancels.",
    );
    state.editor = Some(EditorState {
        article,
        target,
        quote,
        textarea,
        original,
    });
}

/// Passes a key the keymap did not claim to the text area.
pub fn editor_input(state: &mut State, key: KeyEvent) {
    if let Some(ed) = state.editor.as_mut() {
        let before = ed.textarea.lines().iter().map(String::len).sum::<usize>();
        if before < MAX_NOTE_CHARS * 4 {
            ed.textarea.input(key);
        }
    }
}

/// Save or cancel in the editor.
pub fn editor_action(state: &mut State, library: &mut Library, action: Action) {
    match action {
        Action::Save => save(state, library),
        Action::Quit => {
            if state.editor.as_ref().is_some_and(EditorState::is_dirty) {
                state.confirm = Some(super::notes::discard_and_quit());
            } else {
                state.editor = None;
                super::quit(state, library);
            }
        }
        Action::Cancel => {
            if state.editor.as_ref().is_some_and(EditorState::is_dirty) {
                state.confirm = Some(ConfirmState {
                    question: "Discard this note? (y/n)".into(),
                    on_yes: ConfirmAction::DiscardEditor,
                });
            } else {
                state.editor = None;
            }
        }
        _ => {}
    }
}

/// `#tags` in a note, lower-cased and without duplicates, in order.
pub fn parse_tags(note: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for word in note.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')')) {
        let Some(tag) = word.strip_prefix('#') else {
            continue;
        };
        let tag: String = tag
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '/'))
            .collect();
        let tag = tag.to_lowercase();
        if !tag.is_empty() && !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    tags
}

fn save(state: &mut State, library: &mut Library) {
    let Some(ed) = state.editor.as_ref() else {
        return;
    };
    let note: String = ed.text().chars().take(MAX_NOTE_CHARS).collect();
    let tags = parse_tags(&note);
    let article = ed.article;
    let target = ed.target.clone();
    let Some(notes) = library.notes_mut(article) else {
        state.error("notes are not available (no data directory)");
        return;
    };
    let result = match &target {
        EditTarget::New(range) => notes.add(range.clone(), &note, &tags).map(|_| ()),
        EditTarget::Existing(id) => notes.edit(id, &note, &tags),
    };
    match result {
        Ok(()) => {
            state.editor = None;
            let what = if note.trim().is_empty() {
                "highlight"
            } else {
                "note"
            };
            state.info(format!("{what} saved"));
        }
        Err(e) => {
            if notes.pending() > 0 {
                // The change is held in memory and retried; the editor's
                // job is done.
                state.editor = None;
                state.error(format!(
                    "NOT saved (kept in memory, retried on the next save and on quit): {e}"
                ));
            } else {
                // Nothing holds the text but the editor: keep it open.
                state.error(format!("not saved (the editor keeps your text): {e}"));
            }
        }
    }
    refresh_note_ranges(state, library);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_found_and_deduplicated() {
        assert_eq!(
            parse_tags("Key quote #Diplomacy and #russia, again #diplomacy. #"),
            vec!["diplomacy", "russia"]
        );
        assert!(parse_tags("no tags here, issue # 4").is_empty());
    }
}
