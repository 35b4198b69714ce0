//! UI state: which screen is up, focus, scroll positions, selections and the
//! status line. Plain data; `update` changes it, views read it.

use crate::core::entities::{Entity, EntityKind};
use crate::core::library::Library;

use std::ops::Range;

use ratatui_textarea::TextArea;

use super::keymap::{Context, Key};
use super::layout::WrapCache;
use super::selection::Selection;

/// A screen on the stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Library,
    Reader,
    /// The notes of the open article.
    Notes,
    /// Corpus-wide search results.
    Search,
    /// Every person, organisation and place across the corpus.
    Entities,
    /// The articles that mention one entity (from the entities index).
    EntityArticles,
    /// Notes across all articles.
    AllNotes,
    Help,
    /// What loading skipped or warned about, with the reasons.
    Problems,
}

/// How the library is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LibrarySort {
    /// By path (load order).
    #[default]
    Path,
    /// Newest first (articles without a date last).
    Date,
    Title,
    Source,
}

impl LibrarySort {
    /// The next order in the cycle.
    pub fn next(self) -> LibrarySort {
        match self {
            LibrarySort::Path => LibrarySort::Date,
            LibrarySort::Date => LibrarySort::Title,
            LibrarySort::Title => LibrarySort::Source,
            LibrarySort::Source => LibrarySort::Path,
        }
    }

    /// Its name in the status line.
    pub fn label(self) -> &'static str {
        match self {
            LibrarySort::Path => "path",
            LibrarySort::Date => "date (newest first)",
            LibrarySort::Title => "title",
            LibrarySort::Source => "source",
        }
    }
}

/// What the one-line input at the bottom is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputPurpose {
    /// `/` in the reader: find in the article.
    ReaderSearch,
    /// `/` in the library: fuzzy filter.
    LibraryFilter,
    /// `S`: corpus search query.
    CorpusSearch,
    /// `/` in the entities index.
    EntityFilter,
    /// `/` in the all-notes list.
    NotesFilter,
    /// `/` in the notes list of the open article.
    ArticleNotesFilter,
    /// `:` anywhere: a command (`export markdown notes.md`).
    Command,
}

impl InputPurpose {
    /// The prompt shown before the text.
    pub fn prompt(self) -> &'static str {
        match self {
            InputPurpose::ReaderSearch => "/",
            InputPurpose::LibraryFilter => "filter: ",
            InputPurpose::CorpusSearch => "search: ",
            InputPurpose::EntityFilter => "filter names: ",
            InputPurpose::NotesFilter | InputPurpose::ArticleNotesFilter => {
                "filter notes (words, tag:x): "
            }
            InputPurpose::Command => ":",
        }
    }
}

/// The one-line input (search, filter).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputState {
    pub purpose: InputPurpose,
    pub text: String,
}

/// Longest query accepted by any input (characters); longer pastes are cut.
pub const MAX_INPUT_CHARS: usize = 512;

/// Find-in-article state of the reader.
#[derive(Debug, Clone, Default)]
pub struct ArticleSearch {
    pub query: String,
    pub matches: Vec<Range<usize>>,
    /// The match the cursor is on.
    pub current: Option<usize>,
}

/// What `n`/`N` step through in the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Nav {
    #[default]
    Mentions,
    Matches,
}

/// Which pane of the reader has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    Text,
    Sidebar,
}

/// A selectable list's cursor and scroll offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListCursor {
    pub selected: usize,
    pub offset: usize,
}

impl ListCursor {
    /// Moves the cursor by `delta` within `len` items.
    pub fn move_by(&mut self, delta: isize, len: usize) {
        if len == 0 {
            self.selected = 0;
            return;
        }
        let target = self.selected as isize + delta;
        self.selected = target.clamp(0, len as isize - 1) as usize;
    }

    /// Keeps the selection inside a window of `height` rows.
    pub fn scroll_into_view(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
    }
}

/// One row of the who's-who sidebar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SidebarRow {
    /// A section heading with the number of entities in it.
    Header(EntityKind, usize),
    /// An entity, by index into the article's entity list.
    Entity(usize),
}

/// The sidebar rows of an entity list (already sorted by kind).
pub fn sidebar_rows(entities: &[Entity]) -> Vec<SidebarRow> {
    let mut rows = Vec::with_capacity(entities.len() + 3);
    for kind in EntityKind::ALL {
        let count = entities.iter().filter(|e| e.kind == kind).count();
        if count == 0 {
            continue;
        }
        rows.push(SidebarRow::Header(kind, count));
        rows.extend(
            entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == kind)
                .map(|(i, _)| SidebarRow::Entity(i)),
        );
    }
    rows
}

/// A mention in the reader, in text order, with the entity it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Highlight {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    pub entity: usize,
}

/// The reader of one article.
#[derive(Debug, Clone)]
pub struct ReaderState {
    pub article: usize,
    /// First visible visual line.
    pub top: usize,
    /// The byte offset shown at the top, kept across re-wraps.
    pub top_offset: usize,
    pub wrap: WrapCache,
    pub focus: Focus,
    /// Cursor over the entity rows of the sidebar (index into the entities).
    pub sidebar: ListCursor,
    /// Every mention of every entity, sorted by start.
    pub highlights: Vec<Highlight>,
    /// The entity selected with Enter in the sidebar.
    pub selected_entity: Option<usize>,
    /// Which of its mentions the cursor is on.
    pub mention: Option<usize>,
    /// A text selection in progress (after `v`).
    pub selection: Option<Selection>,
    /// The note whose new text the selection picks (`r` in the notes list).
    pub reattach: Option<String>,
    /// Annotated ranges, sorted by start (drawn marked in the text).
    pub note_ranges: Vec<Range<usize>>,
    /// Notes of the article whose text is gone (listed by `A`, not drawn).
    pub orphaned_notes: usize,
    /// Find in the article (`/`), or the terms of a corpus hit.
    pub search: ArticleSearch,
    /// What `n`/`N` move through.
    pub nav: Nav,
    /// Where a mouse drag in the text started.
    pub drag: Option<usize>,
    /// The name picked to be merged into the next one picked (`m`).
    pub merge_from: Option<String>,
    /// The article folded for find-as-you-type, built when it opens
    /// (folding costs ~1 ms per MB: once, not per keystroke).
    pub folded: Option<std::sync::Arc<crate::core::search::InArticleSearch>>,
}

impl ReaderState {
    /// Opens article `idx` of the library.
    pub fn open(library: &Library, idx: usize) -> ReaderState {
        let entities = library.entities(idx);
        let mut highlights: Vec<Highlight> = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| {
                e.mentions.iter().map(move |m| Highlight {
                    start: m.start,
                    end: m.end,
                    kind: e.kind,
                    entity: i,
                })
            })
            .collect();
        highlights.sort_by_key(|h| (h.start, h.end));
        ReaderState {
            article: idx,
            top: 0,
            top_offset: 0,
            wrap: WrapCache::default(),
            focus: Focus::Text,
            sidebar: ListCursor::default(),
            highlights,
            selected_entity: None,
            mention: None,
            selection: None,
            reattach: None,
            note_ranges: Vec::new(),
            orphaned_notes: 0,
            search: ArticleSearch::default(),
            nav: Nav::Mentions,
            drag: None,
            merge_from: None,
            folded: None,
        }
    }
}

/// What the note editor is editing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditTarget {
    /// A new note on this range of the article.
    New(Range<usize>),
    /// An existing note, by id.
    Existing(String),
}

/// The note editor popup.
#[derive(Debug, Clone)]
pub struct EditorState {
    pub article: usize,
    pub target: EditTarget,
    /// The text being annotated (shown above the editor).
    pub quote: String,
    pub textarea: TextArea<'static>,
    /// The text the editor opened with (to tell whether anything would be lost).
    pub original: String,
}

impl EditorState {
    /// The note as typed.
    pub fn text(&self) -> String {
        self.textarea.lines().join("\n")
    }

    /// True when closing would lose typed text.
    pub fn is_dirty(&self) -> bool {
        self.text() != self.original
    }
}

/// What a yes/no question does on yes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfirmAction {
    /// Delete a note of an article.
    DeleteNote { article: usize, id: String },
    /// Close the note editor, dropping what was typed.
    DiscardEditor,
    /// Close the note editor, dropping what was typed, and quit.
    DiscardEditorAndQuit,
    /// Quit although note changes could not be saved (they are printed on
    /// exit).
    QuitUnsaved,
}

/// A yes/no question popup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfirmState {
    pub question: String,
    pub on_yes: ConfirmAction,
}

/// A message for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusMessage {
    pub text: String,
    pub is_error: bool,
}

/// The whole UI state.
#[derive(Debug, Clone)]
pub struct State {
    /// Screen stack; the last one is shown.
    pub screens: Vec<Screen>,
    pub library: ListCursor,
    pub reader: Option<ReaderState>,
    /// Cursor of the notes list.
    pub notes: ListCursor,
    /// The filter of the article's notes list (`/` there).
    pub notes_query: String,
    pub editor: Option<EditorState>,
    pub confirm: Option<ConfirmState>,
    pub input: Option<InputState>,
    /// The library's fuzzy filter: the query and the matching articles.
    pub library_query: String,
    pub library_hits: Option<Vec<usize>>,
    /// True while the filter worker matches `library_query`.
    pub library_filter_pending: bool,
    /// The pending rows refresh a filter over a grown library: the cursor
    /// keeps its article when they come.
    pub library_filter_keeps_cursor: bool,
    /// The library's order, and the articles in that order (None: by path).
    pub library_sort: LibrarySort,
    pub library_order: Option<Vec<usize>>,
    /// Corpus search: the query, its hits, the cursor.
    pub search_query: String,
    pub search_hits: Vec<crate::core::search::SearchHit>,
    pub search_cursor: ListCursor,
    /// The entities index (`E`): entries, filter, cursor, chosen entry.
    pub entity_index: Vec<crate::core::search::EntityEntry>,
    pub entity_query: String,
    pub entity_rows: Vec<usize>,
    pub entity_cursor: ListCursor,
    pub entity_chosen: Option<usize>,
    pub entity_articles: ListCursor,
    /// All notes (`N`): every note, the filter, the matching rows, cursor.
    pub all_notes: Vec<crate::core::search::NoteDoc>,
    pub all_notes_query: String,
    pub all_notes_rows: Vec<usize>,
    pub all_notes_cursor: ListCursor,
    /// A library loading in the background: files done, of the total.
    pub loading: Option<(usize, usize)>,
    /// The background index's progress, for the status bar.
    pub index_status: crate::core::library::IndexStatus,
    pub help_scroll: usize,
    /// First line shown of the load problems.
    pub problems_scroll: usize,
    pub status: Option<StatusMessage>,
    /// Keys of an unfinished multi-key binding ("g" of "g g").
    pub pending: Vec<Key>,
    /// The terminal size (columns, rows) at the last draw.
    pub size: (u16, u16),
    pub should_quit: bool,
    /// Ask the terminal for a full redraw.
    pub redraw: bool,
    /// Ask the terminal loop to suspend the process (Ctrl-Z).
    pub suspend: bool,
}

impl State {
    /// The initial state: the reader screen for a single article (opened by
    /// the app), else the library.
    pub fn new(library: &Library, size: (u16, u16)) -> State {
        let mut state = State {
            screens: vec![Screen::Library],
            library: ListCursor::default(),
            reader: None,
            notes: ListCursor::default(),
            notes_query: String::new(),
            editor: None,
            confirm: None,
            input: None,
            library_query: String::new(),
            library_hits: None,
            library_filter_pending: false,
            library_filter_keeps_cursor: false,
            library_sort: LibrarySort::Path,
            library_order: None,
            search_query: String::new(),
            search_hits: Vec::new(),
            search_cursor: ListCursor::default(),
            entity_index: Vec::new(),
            entity_query: String::new(),
            entity_rows: Vec::new(),
            entity_cursor: ListCursor::default(),
            entity_chosen: None,
            entity_articles: ListCursor::default(),
            all_notes: Vec::new(),
            all_notes_query: String::new(),
            all_notes_rows: Vec::new(),
            all_notes_cursor: ListCursor::default(),
            index_status: crate::core::library::IndexStatus::Idle,
            loading: None,
            help_scroll: 0,
            problems_scroll: 0,
            status: None,
            pending: Vec::new(),
            size,
            should_quit: false,
            redraw: false,
            suspend: false,
        };
        if library.len() == 1 {
            state.screens = vec![Screen::Reader];
        }
        state
    }

    /// The screen on top of the stack.
    pub fn screen(&self) -> Screen {
        self.screens.last().copied().unwrap_or(Screen::Library)
    }

    /// The keymap context for the current screen and focus.
    pub fn context(&self) -> Context {
        if self.confirm.is_some() {
            return Context::Confirm;
        }
        if self.editor.is_some() {
            return Context::Editor;
        }
        if self.input.is_some() {
            return Context::Input;
        }
        match self.screen() {
            Screen::Library => Context::Library,
            Screen::Help | Screen::Problems => Context::Help,
            Screen::Notes | Screen::AllNotes => Context::Notes,
            Screen::Search | Screen::Entities | Screen::EntityArticles => Context::List,
            Screen::Reader => match self.reader.as_ref() {
                Some(r) if r.selection.is_some() => Context::Select,
                Some(r) if r.focus == Focus::Sidebar => Context::Sidebar,
                _ => Context::Reader,
            },
        }
    }

    /// The article shown on library row `row` (through filter and order).
    pub fn library_row(&self, row: usize) -> Option<usize> {
        match (&self.library_hits, &self.library_order) {
            (Some(hits), _) => hits.get(row).copied(),
            (None, Some(order)) => order.get(row).copied(),
            (None, None) => Some(row),
        }
    }

    /// Shows an informational message in the status line.
    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(StatusMessage {
            text: text.into(),
            is_error: false,
        });
    }

    /// Shows an error in the status line.
    pub fn error(&mut self, text: impl Into<String>) {
        self.status = Some(StatusMessage {
            text: text.into(),
            is_error: true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_cursor_clamps_and_scrolls() {
        let mut c = ListCursor::default();
        c.move_by(5, 3);
        assert_eq!(c.selected, 2);
        c.move_by(-10, 3);
        assert_eq!(c.selected, 0);
        c.move_by(7, 20);
        c.scroll_into_view(4);
        assert_eq!(c.offset, 4);
        c.move_by(0, 0);
        assert_eq!(c.selected, 0);
    }
}
