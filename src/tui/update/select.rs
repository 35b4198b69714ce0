//! Selection behaviour: moving the cursor, annotating the selection,
//! marking it as a name.

use crate::core::entities::EntityKind;
use crate::core::entities::corrections::Correction;
use crate::core::library::Library;

use super::super::action::Action;
use super::super::selection::{self, Selection};
use super::super::state::State;
use super::{editor, reader, sidebar};

/// Applies an action while a selection is in progress.
pub fn select_action(state: &mut State, library: &mut Library, action: Action) {
    let Some(r) = state.reader.as_mut() else {
        return;
    };
    let Some(sel) = r.selection else {
        return;
    };
    let Some(article) = library.article(r.article) else {
        return;
    };
    let text = article.text.as_str();
    let blocks = &article.blocks;
    let pos = sel.cursor;
    let cursor = match action {
        Action::WordNext => selection::next_word(text, pos),
        Action::WordPrev => selection::prev_word(text, pos),
        Action::WordEnd => selection::end_of_word(text, pos),
        Action::SentenceNext => selection::sentence(text, blocks, pos, true),
        Action::SentencePrev => selection::sentence(text, blocks, pos, false),
        Action::ParagraphNext => selection::paragraph(blocks, pos, true),
        Action::ParagraphPrev => selection::paragraph(blocks, pos, false),
        Action::Down => selection::vertical(text, &r.wrap, pos, true),
        Action::Up => selection::vertical(text, &r.wrap, pos, false),
        Action::LineStart => selection::line_edge(text, &r.wrap, pos, false),
        Action::LineEnd => selection::line_edge(text, &r.wrap, pos, true),
        Action::Annotate | Action::Open => {
            let range = sel.range(text);
            if let Some(id) = r.reattach.take() {
                return reattach(state, library, &id, range);
            }
            return editor::open_new(state, library, range);
        }
        Action::MarkPerson => return mark(state, library, EntityKind::Person),
        Action::MarkOrganisation => return mark(state, library, EntityKind::Organisation),
        Action::MarkPlace => return mark(state, library, EntityKind::Place),
        _ => return,
    };
    r.selection = Some(Selection {
        anchor: sel.anchor,
        cursor,
    });
    reader::scroll_to_offset(state, cursor);
}

/// Puts note `id` on `range` of the open article (`r` in the notes list).
fn reattach(state: &mut State, library: &mut Library, id: &str, range: std::ops::Range<usize>) {
    let Some(article) = state.reader.as_mut().map(|r| {
        r.selection = None;
        r.article
    }) else {
        return;
    };
    if range.is_empty() {
        state.error("nothing selected: the note stays where it was");
        return;
    }
    match library.notes_mut(article).map(|n| n.reattach(id, range)) {
        Some(Ok(())) => state.info("note re-attached"),
        Some(Err(e)) => state.error(format!("not re-attached: {e}")),
        None => state.error("notes are not available (no data directory)"),
    }
    super::notes::refresh_note_ranges(state, library);
}

/// Marks the selected text as a name of `kind` in every article.
fn mark(state: &mut State, library: &mut Library, kind: EntityKind) {
    let Some(r) = state.reader.as_mut() else {
        return;
    };
    let Some(sel) = r.selection.take() else {
        return;
    };
    let Some(article) = library.article(r.article) else {
        return;
    };
    let range = sel.range(&article.text);
    let name = article.text[range]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if name.is_empty() || name.len() > 200 {
        state.error("select a name (up to 200 characters) to mark it");
        return;
    }
    sidebar::apply_correction(
        state,
        library,
        Correction::Add {
            name: name.clone(),
            kind,
        },
        format!("marked “{name}” as {} in every article", kind.as_str()),
    );
}
