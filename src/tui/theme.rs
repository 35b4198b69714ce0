//! Named styles. Every highlight has a modifier as well as a colour, so it
//! still shows when colour is off (NO_COLOR or `--color never`).

use std::collections::BTreeMap;
use std::str::FromStr;

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
            // The note's background goes; an underline marks its span
            // (the gutter bar marks its lines).
            note: strip(c.note).add_modifier(Modifier::UNDERLINED),
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

/// Removes every colour from a style; modifiers stay.
fn strip(s: Style) -> Style {
    Style {
        fg: None,
        bg: None,
        underline_color: None,
        ..s
    }
}

/// The modifier words of a style description.
const MODIFIERS: [(&str, Modifier); 8] = [
    ("bold", Modifier::BOLD),
    ("dim", Modifier::DIM),
    ("italic", Modifier::ITALIC),
    ("underlined", Modifier::UNDERLINED),
    ("underline", Modifier::UNDERLINED),
    ("reversed", Modifier::REVERSED),
    ("blink", Modifier::SLOW_BLINK),
    ("crossed_out", Modifier::CROSSED_OUT),
];

/// Parses a style description: space-separated words, each a modifier
/// (bold, dim, italic, underlined, reversed, blink, crossed_out), a
/// foreground colour (a name such as `cyan` or `light-blue`, `#rrggbb`, or
/// an index 0–255), or `on COLOUR` for the background. `none` is the plain
/// style. Example: `"black on light-yellow bold"`.
pub fn parse_style(desc: &str) -> Result<Style, String> {
    let mut style = Style::new();
    let mut words = desc.split_whitespace();
    let colour = |w: &str| {
        Color::from_str(w).map_err(|_| format!("unknown colour or modifier {w:?} in {desc:?}"))
    };
    while let Some(w) = words.next() {
        let lower = w.to_ascii_lowercase();
        if lower == "none" {
            continue;
        }
        if lower == "on" {
            let bg = words
                .next()
                .ok_or_else(|| format!("\"on\" needs a colour in {desc:?}"))?;
            style = style.bg(colour(bg)?);
        } else if let Some((_, m)) = MODIFIERS.iter().find(|(name, _)| *name == lower) {
            style = style.add_modifier(*m);
        } else {
            style = style.fg(colour(w)?);
        }
    }
    Ok(style)
}

impl Theme {
    /// The style names usable in the config's `[theme]` section.
    pub const NAMES: [&'static str; 23] = [
        "title",
        "heading",
        "text",
        "person",
        "organisation",
        "place",
        "selected_mention",
        "search_match",
        "current",
        "note",
        "note_gutter",
        "selection",
        "cursor",
        "quote",
        "section",
        "list_selected",
        "list_selected_unfocused",
        "dim",
        "status",
        "status_mode",
        "border",
        "border_focused",
        "error",
    ];

    /// The style called `name` (see [`Theme::NAMES`]).
    fn style_mut(&mut self, name: &str) -> Option<&mut Style> {
        Some(match name {
            "title" => &mut self.title,
            "heading" => &mut self.heading,
            "text" => &mut self.text,
            "person" => &mut self.person,
            "organisation" => &mut self.organisation,
            "place" => &mut self.place,
            "selected_mention" => &mut self.selected_mention,
            "search_match" => &mut self.search_match,
            "current" => &mut self.current,
            "note" => &mut self.note,
            "note_gutter" => &mut self.note_gutter,
            "selection" => &mut self.selection,
            "cursor" => &mut self.cursor,
            "quote" => &mut self.quote,
            "section" => &mut self.section,
            "list_selected" => &mut self.list_selected,
            "list_selected_unfocused" => &mut self.list_selected_unfocused,
            "dim" => &mut self.dim,
            "status" => &mut self.status,
            "status_mode" => &mut self.status_mode,
            "border" => &mut self.border,
            "border_focused" => &mut self.border_focused,
            "error" => &mut self.error,
            _ => return None,
        })
    }

    /// This theme with the config's `[theme]` styles (name → description,
    /// see [`parse_style`]) replacing its own. Without `color` the
    /// overrides lose their colours too. Unknown names and bad descriptions
    /// are errors naming the entry.
    pub fn with_overrides(
        mut self,
        overrides: &BTreeMap<String, String>,
        color: bool,
    ) -> Result<Theme, String> {
        for (name, desc) in overrides {
            let parsed = parse_style(desc).map_err(|e| format!("[theme] {name}: {e}"))?;
            let slot = self.style_mut(name).ok_or_else(|| {
                format!(
                    "[theme]: unknown style {name:?} (known: {})",
                    Theme::NAMES.join(", ")
                )
            })?;
            *slot = if color { parsed } else { strip(parsed) };
        }
        Ok(self)
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

    #[test]
    fn parses_style_descriptions() {
        assert_eq!(
            parse_style("cyan underlined").expect("style"),
            Style::new()
                .fg(Color::Cyan)
                .add_modifier(Modifier::UNDERLINED)
        );
        assert_eq!(
            parse_style("black on light-yellow BOLD").expect("style"),
            Style::new()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(Modifier::BOLD)
        );
        assert_eq!(
            parse_style("#ff8800 on 236").expect("style"),
            Style::new()
                .fg(Color::Rgb(255, 136, 0))
                .bg(Color::Indexed(236))
        );
        assert_eq!(parse_style("none").expect("style"), Style::new());
        assert!(
            parse_style("chartreuse")
                .unwrap_err()
                .contains("chartreuse")
        );
        assert!(
            parse_style("red on")
                .unwrap_err()
                .contains("needs a colour")
        );
    }

    #[test]
    fn overrides_replace_named_styles_and_reject_unknown_names() {
        let mut o = BTreeMap::new();
        o.insert("person".to_string(), "red bold".to_string());
        let t = Theme::colored().with_overrides(&o, true).expect("theme");
        assert_eq!(
            t.person,
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
        );
        assert_eq!(t.place, Theme::colored().place);

        let mono = Theme::monochrome()
            .with_overrides(&o, false)
            .expect("theme");
        assert_eq!(mono.person, Style::new().add_modifier(Modifier::BOLD));

        o.insert("persons".to_string(), "red".to_string());
        let err = Theme::colored().with_overrides(&o, true).unwrap_err();
        assert!(err.contains("unknown style \"persons\""), "{err}");

        let mut bad = BTreeMap::new();
        bad.insert("place".to_string(), "green wobbly".to_string());
        let err = Theme::colored().with_overrides(&bad, true).unwrap_err();
        assert!(
            err.contains("[theme] place") && err.contains("wobbly"),
            "{err}"
        );
    }

    #[test]
    fn every_name_is_a_style() {
        let mut t = Theme::colored();
        for name in Theme::NAMES {
            assert!(t.style_mut(name).is_some(), "{name}");
        }
    }
}
