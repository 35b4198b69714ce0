//! Reader behaviour: scrolling, focus, entity mentions, article switching.

use crate::core::library::Library;

use super::super::action::Action;
use super::super::layout::WrapCache;
use super::super::regions;
use super::super::selection::Selection;
use super::super::state::{ArticleSearch, Focus, InputPurpose, Nav, ReaderState, Screen, State};
use super::{input, move_list, notes, screen_rect, select, sidebar};

/// Opens article `idx` in the reader (replacing any open one), at the
/// remembered reading position, with its notes.
pub fn open_article(state: &mut State, library: &mut Library, idx: usize) {
    if idx >= library.len() {
        return;
    }
    remember_position(state, library);
    let mut reader = ReaderState::open(library, idx);
    reader.top_offset = library.reading_position(idx).unwrap_or(0);
    // Folded with the layout, so the `/` key costs nothing on a huge article.
    folded_text(&mut reader, library);
    state.reader = Some(reader);
    state.library.selected = idx;
    if state.screen() != Screen::Reader {
        state
            .screens
            .retain(|s| *s != Screen::Reader && *s != Screen::Notes);
        state.screens.push(Screen::Reader);
    }
    state.status = None;
    sync_layout(state, library);
    notes::refresh_note_ranges(state, library);
    if let Some(why) = library
        .notes_mut(idx)
        .and_then(|n| n.read_only().map(str::to_string))
    {
        state.error(format!("notes are read-only: {why}"));
    } else if let Some(article) = library.articles().get(idx)
        && !article.warnings.is_empty()
    {
        // Replaced bytes, skipped JSON lines, parser fallbacks: say so once.
        state.info(format!("⚠ {}", article.warnings.join("; ")));
    }
}

/// Stores the open article's reading position in the library.
pub fn remember_position(state: &State, library: &mut Library) {
    if let Some(r) = state.reader.as_ref() {
        library.set_reading_position(r.article, r.top_offset);
    }
}

/// Esc in the reader: drop a pending merge, the selection, then sidebar
/// focus, then the selected entity.
/// Starts a selection on the first word on screen (`v`).
pub fn start_selection(state: &mut State, library: &Library) {
    let Some(reader) = state.reader.as_mut() else {
        return;
    };
    let Some(article) = library.article(reader.article) else {
        return;
    };
    let first_word = first_word_on_screen(&article.text, reader);
    reader.selection = Some(Selection {
        anchor: first_word,
        cursor: first_word,
    });
    reader.focus = Focus::Text;
}

pub fn cancel(state: &mut State) {
    if state
        .reader
        .as_mut()
        .and_then(|r| r.merge_from.take())
        .is_some()
    {
        state.info("merge cancelled");
        return;
    }
    if let Some(r) = state.reader.as_mut() {
        if r.selection.is_some() {
            r.selection = None;
            if r.reattach.take().is_some() {
                state.info("re-attach cancelled");
            }
        } else if r.focus == Focus::Sidebar {
            r.focus = Focus::Text;
        } else {
            r.selected_entity = None;
            r.mention = None;
        }
    }
}

/// Applies a reader action (text, sidebar or selection focus).
pub fn reader_action(state: &mut State, library: &mut Library, action: Action) {
    let panes = regions::reader(screen_rect(state));
    let text_height = panes.text.height.max(1) as usize;
    let sidebar_height = panes.sidebar.height as usize;
    let Some(reader) = state.reader.as_mut() else {
        return;
    };
    if reader.selection.is_some() {
        return select::select_action(state, library, action);
    }
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
        Action::NextMatch | Action::PrevMatch => match reader.nav {
            Nav::Matches if !reader.search.matches.is_empty() => {
                step_match(state, action == Action::NextMatch)
            }
            _ => step_mention(state, library, action == Action::NextMatch),
        },
        Action::Search => {
            let query = reader.search.query.clone();
            input::open(state, InputPurpose::ReaderSearch, query);
        }
        Action::OpenUrl => {
            let url = library
                .article(reader.article)
                .and_then(|a| a.meta.url.clone());
            match url {
                Some(url) => match super::super::external::open_url(&url) {
                    Ok(()) => state.info(format!("opening {url}")),
                    Err(e) => state.error(format!("could not open the URL: {e}")),
                },
                None => state.info("this article has no URL"),
            }
        }
        Action::Select => {
            start_selection(state, library);
            state.info("select: w/b/e ( ) { } j/k 0/$ move · a annotate · P/O/L mark as person/org/place · Esc cancel");
        }
        Action::Notes => notes::open_notes(state, library),
        Action::SelectEntity | Action::Open if reader.focus == Focus::Sidebar => {
            select_entity(state, library);
        }
        Action::Reject | Action::ChangeKind | Action::UndoCorrection
            if reader.focus == Focus::Sidebar =>
        {
            sidebar::correction_action(state, library, action)
        }
        Action::MergeEntity if reader.focus == Focus::Sidebar => {
            sidebar::merge_action(state, library)
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

/// Finds `query` in the open article as it is typed (smart case), and
/// scrolls to the first match at or after the top of the screen.
pub fn find_in_article(state: &mut State, library: &Library, query: &str) {
    let Some(r) = state.reader.as_mut() else {
        return;
    };
    let Some(article) = library.article(r.article) else {
        return;
    };
    let folded = folded_text(r, library);
    let prev = std::mem::take(&mut r.search);
    let matches = match folded {
        None => Vec::new(),
        Some(_) if query.is_empty() => Vec::new(),
        Some(f) if !prev.query.is_empty() && query.starts_with(&prev.query) => {
            f.refine(&article.text, &prev.query, &prev.matches, query)
        }
        Some(f) => f.find(&article.text, query),
    };
    let top = r.top_offset;
    let current = if matches.is_empty() {
        None
    } else {
        Some(matches.iter().position(|m| m.start >= top).unwrap_or(0))
    };
    let first = current.and_then(|c| matches.get(c)).map(|m| m.start);
    r.search = ArticleSearch {
        query: query.to_string(),
        matches,
        current,
    };
    r.nav = Nav::Matches;
    if let Some(start) = first {
        scroll_to_offset(state, start);
    }
}

/// The open article folded for searching, built on first use and kept.
fn folded_text(
    reader: &mut ReaderState,
    library: &Library,
) -> Option<std::sync::Arc<crate::core::search::InArticleSearch>> {
    if reader.folded.is_none() {
        let article = library.article(reader.article)?;
        reader.folded = Some(std::sync::Arc::new(
            crate::core::search::InArticleSearch::new(&article.text),
        ));
    }
    reader.folded.clone()
}

/// Enter in the search input: keep the matches for `n`/`N`.
pub fn accept_search(state: &mut State) {
    let Some(r) = state.reader.as_ref() else {
        return;
    };
    let n = r.search.matches.len();
    let q = r.search.query.clone();
    match (n, r.search.current) {
        (0, _) if q.is_empty() => {}
        (0, _) => state.info(format!("no match for “{q}”")),
        (n, Some(c)) => state.info(format!("match {}/{n} · n/N next/previous", c + 1)),
        (n, None) => state.info(format!("{n} matches")),
    }
}

/// Moves to the next or previous search match, wrapping.
fn step_match(state: &mut State, forward: bool) {
    let Some(r) = state.reader.as_mut() else {
        return;
    };
    let total = r.search.matches.len();
    if total == 0 {
        return;
    }
    let cur = r.search.current.unwrap_or(0);
    let next = if forward {
        (cur + 1) % total
    } else {
        (cur + total - 1) % total
    };
    r.search.current = Some(next);
    let start = r.search.matches[next].start;
    scroll_to_offset(state, start);
    let wrapped = if forward && next == 0 || !forward && next + 1 == total {
        " (wrapped)"
    } else {
        ""
    };
    state.info(format!("match {}/{total}{wrapped}", next + 1));
}

/// Selects the entity called `name` (or one of `aliases`) in the sidebar
/// of the open article and jumps to its first mention.
pub fn select_entity_named(state: &mut State, library: &Library, name: &str, aliases: &[String]) {
    let Some(r) = state.reader.as_mut() else {
        return;
    };
    let entities = library.entities(r.article);
    let same =
        |n: &str| n.eq_ignore_ascii_case(name) || aliases.iter().any(|a| a.eq_ignore_ascii_case(n));
    if let Some(idx) = entities
        .iter()
        .position(|e| same(&e.name) || e.aliases.iter().any(|a| same(a)))
    {
        r.sidebar.selected = idx;
        select_entity(state, library);
    }
}

/// The first word on screen (where a selection starts).
fn first_word_on_screen(text: &str, reader: &ReaderState) -> usize {
    let start = reader
        .wrap
        .lines()
        .iter()
        .skip(reader.top)
        .find(|l| l.kind.is_some())
        .map_or(0, |l| l.start);
    text.get(start..)
        .and_then(|rest| rest.char_indices().find(|(_, c)| c.is_alphanumeric()))
        .map_or(start, |(i, _)| start + i)
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
    reader.nav = Nav::Mentions;
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
pub fn scroll_to_offset(state: &mut State, offset: usize) {
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
