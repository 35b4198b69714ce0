//! Who's-who corrections from the sidebar: reject, change kind, merge,
//! undo.

use crate::core::entities::EntityKind;
use crate::core::entities::corrections::Correction;
use crate::core::library::Library;

use super::super::action::Action;
use super::super::state::{ReaderState, State};

/// Applies a correction action on the sidebar's entity.
pub fn correction_action(state: &mut State, library: &mut Library, action: Action) {
    let Some(r) = state.reader.as_ref() else {
        return;
    };
    if action == Action::UndoCorrection {
        return match library.undo_correction() {
            Ok(Some(c)) => {
                refresh_entities(state, library);
                state.info(format!("undone: {}", describe(&c)));
            }
            Ok(None) => state.info("no correction to undo"),
            Err(e) => state.error(format!("not undone: {e}")),
        };
    }
    let Some(entity) = library.entities(r.article).get(r.sidebar.selected) else {
        return;
    };
    let name = entity.name.clone();
    let (correction, message) = if action == Action::Reject {
        (
            Correction::Reject { name: name.clone() },
            format!("“{name}” removed from the who's who (u undoes)"),
        )
    } else {
        let kind = next_kind(entity.kind);
        (
            Correction::SetKind {
                name: name.clone(),
                kind,
            },
            format!("“{name}” is now a {} (u undoes)", kind.as_str()),
        )
    };
    apply_correction(state, library, correction, message);
}

/// `m` on the sidebar: the first press picks the name to merge, the
/// second the entity it is a form of ("Chelsea" into "Chelsea FC").
pub fn merge_action(state: &mut State, library: &mut Library) {
    let Some(r) = state.reader.as_mut() else {
        return;
    };
    let Some(entity) = library.entities(r.article).get(r.sidebar.selected) else {
        return;
    };
    let name = entity.name.clone();
    match r.merge_from.take() {
        None => {
            state.info(format!(
                "merge “{name}” into…: move to the name it belongs to and press m again (Esc cancels)"
            ));
            if let Some(r) = state.reader.as_mut() {
                r.merge_from = Some(name);
            }
        }
        Some(from) if from == name => {
            state.info(format!(
                "“{name}” cannot be merged into itself: pick another name (Esc cancels)"
            ));
            if let Some(r) = state.reader.as_mut() {
                r.merge_from = Some(from);
            }
        }
        Some(from) => {
            let message = format!("“{from}” merged into “{name}” (u undoes)");
            apply_correction(
                state,
                library,
                Correction::Merge { from, into: name },
                message,
            );
        }
    }
}

/// Saves a correction and redraws the who's who with it.
pub fn apply_correction(
    state: &mut State,
    library: &mut Library,
    correction: Correction,
    message: String,
) {
    match library.correct(correction) {
        Ok(()) => {
            refresh_entities(state, library);
            state.info(message);
        }
        Err(e) => state.error(format!("correction not saved: {e}")),
    }
}

fn next_kind(kind: EntityKind) -> EntityKind {
    match kind {
        EntityKind::Person => EntityKind::Organisation,
        EntityKind::Organisation => EntityKind::Place,
        EntityKind::Place => EntityKind::Person,
    }
}

fn describe(c: &Correction) -> String {
    match c {
        Correction::Reject { name } => format!("reject “{name}”"),
        Correction::SetKind { name, kind } => format!("“{name}” as {}", kind.as_str()),
        Correction::Add { name, kind } => format!("add “{name}” as {}", kind.as_str()),
        Correction::Merge { from, into } => format!("merge “{from}” into “{into}”"),
    }
}

/// Rebuilds the reader's highlights after the entities changed, keeping
/// the scroll position and the sidebar cursor in range.
fn refresh_entities(state: &mut State, library: &Library) {
    let Some(old) = state.reader.as_ref() else {
        return;
    };
    let mut fresh = ReaderState::open(library, old.article);
    let len = library.entities(old.article).len();
    fresh.top = old.top;
    fresh.top_offset = old.top_offset;
    fresh.wrap = old.wrap.clone();
    fresh.focus = old.focus;
    fresh.note_ranges = old.note_ranges.clone();
    fresh.orphaned_notes = old.orphaned_notes;
    fresh.sidebar = old.sidebar;
    fresh.sidebar.selected = fresh.sidebar.selected.min(len.saturating_sub(1));
    fresh.merge_from = old.merge_from.clone();
    state.reader = Some(fresh);
}
