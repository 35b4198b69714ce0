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
}

impl Action {
    /// Every action, in help order.
    pub const ALL: &[Action] = &[
        Action::Help,
        Action::Back,
        Action::Quit,
        Action::Cancel,
        Action::Redraw,
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
            Action::Down => "move down a line",
            Action::Up => "move up a line",
            Action::Top => "go to the top",
            Action::Bottom => "go to the end",
            Action::HalfPageDown => "half a page down",
            Action::HalfPageUp => "half a page up",
            Action::PageDown => "a page down",
            Action::PageUp => "a page up",
            Action::Open => "open the selected item",
            Action::NextMatch => "next mention of the selected entity",
            Action::PrevMatch => "previous mention of the selected entity",
            Action::FocusNext => "move focus between text and sidebar",
            Action::FocusPrev => "move focus back",
            Action::NextArticle => "next article",
            Action::PrevArticle => "previous article",
            Action::SelectEntity => "select entity: highlight and jump to its mentions",
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
