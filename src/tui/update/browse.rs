//! The corpus-wide screens: library filter, corpus search, the people &
//! organisations index and all notes.

use crate::core::library::{IndexStatus, Library, TitleFilterAnswer};
use crate::core::search::{Query, filter_notes as matching_notes};

use super::super::action::Action;
use super::super::state::{ArticleSearch, InputPurpose, ListCursor, Nav, Screen, State};
use super::{input, list_height, move_list, open_article, reader};

/// Most corpus hits shown.
const MAX_HITS: usize = 500;

/// Re-filters the library as the query changes. A big library is matched
/// on a worker: the rows then change on a later tick ([`tick`]).
pub fn filter_library(state: &mut State, library: &mut Library, query: &str) {
    state.library_query = query.to_string();
    if query.is_empty() {
        state.library_filter_pending = false;
        show_library_hits(state, None);
        return;
    }
    state.library_filter_keeps_cursor = false;
    match library.request_title_filter(query) {
        TitleFilterAnswer::Ready(hits) => {
            state.library_filter_pending = false;
            show_library_hits(state, Some(hits.into_iter().map(|h| h.idx).collect()));
        }
        TitleFilterAnswer::Pending => state.library_filter_pending = true,
    }
}

/// Runs the current filter again over a library that grew (still loading).
/// The rows come now or on a later tick; either way the cursor stays on
/// its article.
pub fn refresh_library_filter(state: &mut State, library: &mut Library) {
    if state.library_hits.is_none() && !state.library_filter_pending {
        return;
    }
    let query = state.library_query.clone();
    match library.request_title_filter(&query) {
        TitleFilterAnswer::Ready(hits) => {
            state.library_filter_pending = false;
            state.library_hits = Some(hits.into_iter().map(|h| h.idx).collect());
        }
        TitleFilterAnswer::Pending => {
            state.library_filter_pending = true;
            // A query the user typed meanwhile still moves the cursor up.
            state.library_filter_keeps_cursor |= state.library_hits.is_some();
        }
    }
}

/// Puts `rows` in place of the library rows, the cursor on the same article
/// when it is among them.
fn replace_library_hits_keeping_cursor(state: &mut State, rows: Vec<usize>) {
    let selected = library_selection(state);
    let row = selected.and_then(|idx| rows.iter().position(|&i| i == idx));
    state.library_hits = Some(rows);
    state.library.selected = row.unwrap_or(0);
}

fn show_library_hits(state: &mut State, hits: Option<Vec<usize>>) {
    state.library = ListCursor::default();
    state.library_hits = hits;
}

/// The article under the library cursor (through filter and order).
pub fn library_selection(state: &State) -> Option<usize> {
    state.library_row(state.library.selected)
}

/// Cycles the library order: path → date → title → source.
fn sort_library(state: &mut State, library: &Library) {
    let sort = state.library_sort.next();
    state.library_sort = sort;
    state.library_order = super::order::full_order(library.articles(), sort);
    state.library = ListCursor::default();
    state.info(format!("sorted by {}", sort.label()));
}

/// Library keys: move, open, filter, and the corpus screens.
pub fn library_action(state: &mut State, library: &mut Library, action: Action) {
    let height = list_height(state).saturating_sub(1);
    let len = state.library_hits.as_ref().map_or(library.len(), Vec::len);
    if move_list(&mut state.library, action, len, height) {
        return;
    }
    match action {
        Action::Open => {
            if let Some(idx) = library_selection(state).filter(|&i| i < library.len()) {
                let cursor = state.library;
                open_article(state, library, idx);
                state.library = cursor;
            }
        }
        Action::Search => input::open(
            state,
            InputPurpose::LibraryFilter,
            state.library_query.clone(),
        ),
        Action::CorpusSearch => {
            library.start_indexing();
            state.screens.push(Screen::Search);
            input::open(
                state,
                InputPurpose::CorpusSearch,
                state.search_query.clone(),
            );
        }
        Action::EntityIndex => open_entity_index(state, library),
        Action::Sort => sort_library(state, library),
        Action::AllNotes => open_all_notes(state, library),
        _ => {}
    }
}

/// Runs a corpus query (now if the index is ready, else when it is).
pub fn corpus_search(state: &mut State, library: &mut Library, query: &str) {
    state.search_query = query.to_string();
    state.search_cursor = ListCursor::default();
    if query.trim().is_empty() {
        state.search_hits.clear();
        return;
    }
    library.start_indexing();
    if library.poll_indexing() != IndexStatus::Ready {
        state.search_hits.clear();
        state.info("indexing… the results appear when the index is ready");
        return;
    }
    if let Ok(notes) = library.all_notes()
        && let Some(index) = library.index_mut()
    {
        index.set_notes(notes);
    }
    let Some(index) = library.index() else {
        return;
    };
    let results = index.search(&Query::parse(query), library.articles(), MAX_HITS);
    let n = results.hits.len();
    state.search_hits = results.hits;
    state.info(match n {
        0 => "no article matches".to_string(),
        1 => "1 article".to_string(),
        n if n >= MAX_HITS => format!("the best {n} articles"),
        n => format!("{n} articles"),
    });
}

/// Called on every tick: picks up the finished index and runs a query that
/// was waiting for it.
pub fn tick(state: &mut State, library: &mut Library) {
    if state.library_filter_pending
        && let Some(reply) = library.poll_title_filter()
        && reply.query == state.library_query
    {
        state.library_filter_pending = false;
        let rows = reply.hits.into_iter().map(|h| h.idx).collect();
        if std::mem::take(&mut state.library_filter_keeps_cursor) {
            replace_library_hits_keeping_cursor(state, rows);
        } else {
            show_library_hits(state, Some(rows));
        }
    }
    let before = state.index_status;
    state.index_status = library.poll_indexing();
    if matches!(before, IndexStatus::Building { .. })
        && state.index_status == IndexStatus::Idle
        && let Some(why) = library.index_error()
    {
        state.error(format!("search index failed: {why}"));
    }
    let became_ready = before != IndexStatus::Ready && state.index_status == IndexStatus::Ready;
    if became_ready && state.screen() == Screen::Search && state.search_hits.is_empty() {
        let q = state.search_query.clone();
        corpus_search(state, library, &q);
    }
}

/// Keys on the corpus search results.
pub fn search_action(state: &mut State, library: &mut Library, action: Action) {
    let height = list_height(state) / 2;
    if move_list(
        &mut state.search_cursor,
        action,
        state.search_hits.len(),
        height,
    ) {
        return;
    }
    match action {
        Action::Search | Action::CorpusSearch => input::open(
            state,
            InputPurpose::CorpusSearch,
            state.search_query.clone(),
        ),
        Action::Open => {
            let Some(hit) = state.search_hits.get(state.search_cursor.selected).cloned() else {
                return;
            };
            open_article(state, library, hit.doc);
            if let Some(r) = state.reader.as_mut() {
                r.search = ArticleSearch {
                    query: state.search_query.clone(),
                    matches: hit.ranges.clone(),
                    current: (!hit.ranges.is_empty()).then_some(0),
                };
                r.nav = Nav::Matches;
            }
            if let Some(first) = hit.ranges.first() {
                reader::scroll_to_offset(state, first.start);
                state.info(format!("match 1/{} · n/N next/previous", hit.ranges.len()));
            }
        }
        _ => {}
    }
}

fn open_entity_index(state: &mut State, library: &mut Library) {
    let Some(entries) = library.entity_index() else {
        state.info(
            "people & organisations are still being gathered: try again when the index is ready",
        );
        return;
    };
    state.entity_index = entries.as_ref().clone();
    state.entity_cursor = ListCursor::default();
    filter_entities(state, "");
    state.screens.push(Screen::Entities);
}

/// Filters the entities index by name or alias (case-insensitive).
pub fn filter_entities(state: &mut State, query: &str) {
    state.entity_query = query.to_string();
    state.entity_cursor = ListCursor::default();
    let q = query.to_lowercase();
    state.entity_rows = state
        .entity_index
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            q.is_empty()
                || e.name.to_lowercase().contains(&q)
                || e.aliases.iter().any(|a| a.to_lowercase().contains(&q))
                || e.kind.as_str().starts_with(&q)
        })
        .map(|(i, _)| i)
        .collect();
}

/// Keys on the entities index and on an entity's articles.
pub fn entities_action(state: &mut State, library: &mut Library, action: Action) {
    let height = list_height(state).saturating_sub(1);
    if state.screen() == Screen::Entities {
        if move_list(
            &mut state.entity_cursor,
            action,
            state.entity_rows.len(),
            height,
        ) {
            return;
        }
        match action {
            Action::Search => input::open(
                state,
                InputPurpose::EntityFilter,
                state.entity_query.clone(),
            ),
            Action::Open => {
                if let Some(&e) = state.entity_rows.get(state.entity_cursor.selected) {
                    state.entity_chosen = Some(e);
                    state.entity_articles = ListCursor::default();
                    state.screens.push(Screen::EntityArticles);
                }
            }
            _ => {}
        }
        return;
    }
    let Some(entry) = state
        .entity_chosen
        .and_then(|e| state.entity_index.get(e))
        .cloned()
    else {
        return;
    };
    if move_list(
        &mut state.entity_articles,
        action,
        entry.articles.len(),
        height,
    ) {
        return;
    }
    if action == Action::Open
        && let Some(doc) = entry
            .articles
            .get(state.entity_articles.selected)
            .map(|a| a.doc)
    {
        open_article(state, library, doc);
        reader::select_entity_named(state, library, &entry.name, &entry.aliases);
    }
}

fn open_all_notes(state: &mut State, library: &mut Library) {
    match library.all_notes() {
        Ok(notes) => state.all_notes = notes,
        Err(e) => {
            state.error(format!("notes not read: {e}"));
            return;
        }
    }
    filter_notes(state, library, "");
    state.screens.push(Screen::AllNotes);
}

/// Filters all notes by words and `tag:`.
pub fn filter_notes(state: &mut State, _library: &mut Library, query: &str) {
    state.all_notes_query = query.to_string();
    state.all_notes_cursor = ListCursor::default();
    state.all_notes_rows = filter_notes_rows(&state.all_notes, query);
}

fn filter_notes_rows(notes: &[crate::core::search::NoteDoc], query: &str) -> Vec<usize> {
    if query.trim().is_empty() {
        (0..notes.len()).collect()
    } else {
        matching_notes(notes, query)
    }
}

/// Keys on the all-notes list.
pub fn all_notes_action(state: &mut State, library: &mut Library, action: Action) {
    let height = list_height(state) / 2;
    if move_list(
        &mut state.all_notes_cursor,
        action,
        state.all_notes_rows.len(),
        height,
    ) {
        return;
    }
    match action {
        Action::Search => input::open(
            state,
            InputPurpose::NotesFilter,
            state.all_notes_query.clone(),
        ),
        Action::Open => {
            let Some(note) = state
                .all_notes_rows
                .get(state.all_notes_cursor.selected)
                .and_then(|&i| state.all_notes.get(i))
                .cloned()
            else {
                return;
            };
            open_article(state, library, note.article_idx);
            match note.span {
                Some(span) => reader::scroll_to_offset(state, span.start),
                None => state.info("this note is orphaned: its text is no longer in the article"),
            }
        }
        _ => {}
    }
}
