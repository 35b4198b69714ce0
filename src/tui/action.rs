//! Everything the user can ask for, as data. Keymaps bind keys to these;
//! `update` gives them meaning in the current context.

use serde::{Deserialize, Serialize};

/// A user-level action. Its snake_case name is what the keymap uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Help,
    Back,
    Quit,
    Cancel,
    Redraw,
    Suspend,
    Down,
    Up,
    Top,
    Bottom,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    Open,
    NextMatch,
    PrevMatch,
    FocusNext,
    FocusPrev,
    NextArticle,
    PrevArticle,
    SelectEntity,
    Select,
    Notes,
    WordNext,
    WordPrev,
    WordEnd,
    SentenceNext,
    SentencePrev,
    ParagraphNext,
    ParagraphPrev,
    LineStart,
    LineEnd,
    Annotate,
    MarkPerson,
    MarkOrganisation,
    MarkPlace,
    Reject,
    ChangeKind,
    MergeEntity,
    UndoCorrection,
    Edit,
    Delete,
    Save,
    Yes,
    No,
    Search,
    CorpusSearch,
    EntityIndex,
    AllNotes,
    OpenUrl,
    Submit,
    Sort,
    CommandLine,
    Reattach,
    LoadProblems,
}

impl Action {
    /// Every action, in help order.
    pub const ALL: &[Action] = &[
        Action::Help,
        Action::Back,
        Action::Quit,
        Action::Cancel,
        Action::Redraw,
        Action::Suspend,
        Action::Down,
        Action::Up,
        Action::Top,
        Action::Bottom,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::PageDown,
        Action::PageUp,
        Action::Open,
        Action::NextMatch,
        Action::PrevMatch,
        Action::FocusNext,
        Action::FocusPrev,
        Action::NextArticle,
        Action::PrevArticle,
        Action::SelectEntity,
        Action::Select,
        Action::Notes,
        Action::WordNext,
        Action::WordPrev,
        Action::WordEnd,
        Action::SentenceNext,
        Action::SentencePrev,
        Action::ParagraphNext,
        Action::ParagraphPrev,
        Action::LineStart,
        Action::LineEnd,
        Action::Annotate,
        Action::MarkPerson,
        Action::MarkOrganisation,
        Action::MarkPlace,
        Action::Reject,
        Action::ChangeKind,
        Action::MergeEntity,
        Action::UndoCorrection,
        Action::Edit,
        Action::Delete,
        Action::Save,
        Action::Yes,
        Action::No,
        Action::Search,
        Action::CorpusSearch,
        Action::EntityIndex,
        Action::AllNotes,
        Action::OpenUrl,
        Action::Submit,
        Action::Sort,
        Action::CommandLine,
        Action::Reattach,
        Action::LoadProblems,
    ];

    /// The name used in keymap files (`half_page_down`).
    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    /// Parses a keymap action name.
    pub fn from_name(name: &str) -> Option<Action> {
        serde_json::from_value(serde_json::Value::String(name.to_string())).ok()
    }

    /// One line for the help screen.
    pub fn description(self) -> &'static str {
        match self {
            Action::Help => "show this help",
            Action::Back => "go back (quit from the top screen)",
            Action::Quit => "quit newsdesk",
            Action::Cancel => "cancel / close",
            Action::Redraw => "redraw the screen",
            Action::Suspend => "suspend to the shell (fg to resume)",
            Action::Down => "move down a line",
            Action::Up => "move up a line",
            Action::Top => "go to the top",
            Action::Bottom => "go to the end",
            Action::HalfPageDown => "half a page down",
            Action::HalfPageUp => "half a page up",
            Action::PageDown => "a page down",
            Action::PageUp => "a page up",
            Action::Open => "open the selected item",
            Action::NextMatch => "next search match, or next mention of the selected entity",
            Action::PrevMatch => "previous search match, or mention of the selected entity",
            Action::FocusNext => "move focus between text and sidebar",
            Action::FocusPrev => "move focus back",
            Action::NextArticle => "next article",
            Action::PrevArticle => "previous article",
            Action::SelectEntity => "select entity: highlight and jump to its mentions",
            Action::Select => "start selecting text (to annotate or mark a name)",
            Action::Notes => "list the notes of this article",
            Action::WordNext => "selection: next word",
            Action::WordPrev => "selection: previous word",
            Action::WordEnd => "selection: end of word",
            Action::SentenceNext => "selection: next sentence",
            Action::SentencePrev => "selection: previous sentence",
            Action::ParagraphNext => "selection: next paragraph",
            Action::ParagraphPrev => "selection: previous paragraph",
            Action::LineStart => "selection: start of line",
            Action::LineEnd => "selection: end of line",
            Action::Annotate => "annotate the selection (note and #tags)",
            Action::MarkPerson => "mark the selection as a person",
            Action::MarkOrganisation => "mark the selection as an organisation",
            Action::MarkPlace => "mark the selection as a place",
            Action::Reject => "not a name: remove it from the who's who",
            Action::ChangeKind => "change its kind (person → organisation → place)",
            Action::MergeEntity => {
                "merge: press on a name, then on the one it is a form of (Esc cancels)"
            }
            Action::UndoCorrection => "undo the last who's-who correction",
            Action::Edit => "edit the note",
            Action::Delete => "delete the note (asks first)",
            Action::Save => "save the note",
            Action::Yes => "confirm",
            Action::No => "decline",
            Action::Search => "search in the article / filter the list",
            Action::CorpusSearch => {
                "search all articles (words, \"phrases\", prefix*, person:, org:, place:, tag:, note:)"
            }
            Action::EntityIndex => "people & organisations across all articles",
            Action::AllNotes => "notes across all articles",
            Action::OpenUrl => "open the article's URL in the browser",
            Action::Submit => "accept the input",
            Action::Sort => "sort the library: path, date, title, source",
            Action::CommandLine => "command line (:export md|json|w3c|csv FILE, :quit, :help)",
            Action::Reattach => "re-attach the note: select its new text, then Enter",
            Action::LoadProblems => {
                "load problems: files skipped and lines left out, with the reasons"
            }
        }
    }

    /// A short label for status-bar hints.
    pub fn hint(self) -> &'static str {
        match self {
            Action::Help => "help",
            Action::Back => "back",
            Action::Quit => "quit",
            Action::Open => "open",
            Action::FocusNext => "sidebar",
            Action::SelectEntity => "select",
            Action::NextMatch => "next",
            Action::PrevMatch => "prev",
            Action::Select => "select",
            Action::Notes => "notes",
            Action::Annotate => "annotate",
            Action::Save => "save",
            Action::Edit => "edit",
            Action::Delete => "delete",
            Action::Cancel => "cancel",
            Action::Yes => "yes",
            Action::No => "no",
            Action::Search => "search",
            Action::CorpusSearch => "search all",
            Action::EntityIndex => "names",
            Action::AllNotes => "all notes",
            Action::Submit => "ok",
            Action::Sort => "sort",
            Action::Reject => "reject",
            Action::ChangeKind => "kind",
            Action::MergeEntity => "merge",
            Action::MarkPerson => "mark as person",
            Action::Reattach => "re-attach",
            Action::LoadProblems => "problems",

            _ => "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for &a in Action::ALL {
            assert_eq!(Action::from_name(&a.name()), Some(a), "{a:?}");
            assert!(!a.description().is_empty());
        }
        assert_eq!(Action::HalfPageDown.name(), "half_page_down");
        assert_eq!(Action::from_name("no_such_action"), None);
    }
}
