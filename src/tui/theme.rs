//! Named styles. Every highlight has a modifier as well as a colour, so it
//! still shows when colour is off (NO_COLOR or `--color never`).

use ratatui::style::{Color, Modifier, Style};

use crate::core::entities::EntityKind;

/// The styles the views use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub title: Style,
    pub heading: Style,
    pub text: Style,
    pub person: Style,
    pub organisation: Style,
    pub place: Style,
    /// Mentions of the entity selected in the sidebar.
    pub selected_mention: Style,
    /// Find-in-article matches and corpus-hit terms.
    pub search_match: Style,
    /// The mention or match the cursor is on.
    pub current: Style,
    /// Annotated text and the margin bar beside it.
    pub note: Style,
    pub note_gutter: Style,
    /// The selection (after `v`) and its cursor.
    pub selection: Style,
    pub cursor: Style,
    pub quote: Style,
    pub section: Style,
    pub list_selected: Style,
    pub list_selected_unfocused: Style,
    pub dim: Style,
    pub status: Style,
    pub status_mode: Style,
    pub border: Style,
    pub border_focused: Style,
    pub error: Style,
}

impl Theme {
    /// The default colour theme.
    pub fn colored() -> Theme {
        Theme {
            title: Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            heading: Style::new()
                .fg(Color::LightBlue)
                .add_modifier(Modifier::BOLD),
            text: Style::new(),
            person: Style::new()
                .fg(Color::LightCyan)
                .add_modifier(Modifier::UNDERLINED),
            organisation: Style::new()
                .fg(Color::LightMagenta)
                .add_modifier(Modifier::BOLD),
            place: Style::new()
                .fg(Color::LightGreen)
                .add_modifier(Modifier::ITALIC),
            selected_mention: Style::new()
                .fg(Color::Black)
                .bg(Color::LightCyan)
                .add_modifier(Modifier::BOLD),
            search_match: Style::new()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(Modifier::UNDERLINED),
            current: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            note: Style::new().bg(Color::Rgb(70, 60, 20)),
            note_gutter: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            selection: Style::new().fg(Color::Black).bg(Color::LightBlue),
            cursor: Style::new()
                .fg(Color::Black)
                .bg(Color::White)
                .add_modifier(Modifier::UNDERLINED),
            quote: Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC),
            section: Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            list_selected: Style::new().add_modifier(Modifier::REVERSED),
            list_selected_unfocused: Style::new().add_modifier(Modifier::BOLD),
            dim: Style::new().fg(Color::DarkGray),
            status: Style::new().fg(Color::White).bg(Color::DarkGray),
            status_mode: Style::new()
                .fg(Color::Black)
                .bg(Color::LightBlue)
                .add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(Color::LightBlue),
            error: Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
        }
    }

    /// The same theme with every colour removed; modifiers stay.
    pub fn monochrome() -> Theme {
        let strip = |s: Style| Style {
            fg: None,
            bg: None,
            underline_color: None,
            ..s
        };
        let c = Theme::colored();
        Theme {
            title: strip(c.title),
            heading: strip(c.heading),
            text: strip(c.text),
            person: strip(c.person),
            organisation: strip(c.organisation),
            place: strip(c.place),
            // Colour-free highlights of the cursor kind use reverse video.
            selected_mention: strip(c.selected_mention).add_modifier(Modifier::REVERSED),
            current: strip(c.current).add_modifier(Modifier::REVERSED),
            search_match: strip(c.search_match).add_modifier(Modifier::REVERSED),
            note: strip(c.note),
            note_gutter: strip(c.note_gutter),
            selection: strip(c.selection).add_modifier(Modifier::REVERSED),
            cursor: strip(c.cursor).add_modifier(Modifier::REVERSED),
            quote: strip(c.quote),
            section: strip(c.section),
            list_selected: strip(c.list_selected),
            list_selected_unfocused: strip(c.list_selected_unfocused),
            dim: strip(c.dim),
            status: strip(c.status).add_modifier(Modifier::REVERSED),
            status_mode: strip(c.status_mode),
            border: strip(c.border),
            border_focused: strip(c.border_focused).add_modifier(Modifier::BOLD),
            error: strip(c.error),
        }
    }

    /// The highlight of an entity kind.
    pub fn entity(&self, kind: EntityKind) -> Style {
        match kind {
            EntityKind::Person => self.person,
            EntityKind::Organisation => self.organisation,
            EntityKind::Place => self.place,
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::colored()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monochrome_keeps_a_modifier_on_every_highlight() {
        let m = Theme::monochrome();
        for s in [
            m.person,
            m.organisation,
            m.place,
            m.selected_mention,
            m.current,
            m.list_selected,
        ] {
            assert!(s.fg.is_none() && s.bg.is_none());
            assert!(!s.add_modifier.is_empty());
        }
        assert_ne!(m.person, m.organisation);
        assert_ne!(m.organisation, m.place);
    }
}
