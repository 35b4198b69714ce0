//! Views: one widget per screen region. They read the state and draw; they
//! never change state and never do I/O.

mod confirm;
mod entities;
pub mod help;
mod library;
mod list;
mod note_editor;
mod notes;
pub mod problems;
mod reader;
mod search;
mod sidebar;
mod status_bar;
pub mod text;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::widgets::{Paragraph, Wrap};

use crate::core::library::Library;

use super::keymap::Keymap;
use super::regions;
use super::state::{Screen, State};
use super::theme::Theme;

/// Everything a view needs to draw.
pub struct ViewContext<'a> {
    pub state: &'a State,
    pub library: &'a Library,
    pub keymap: &'a Keymap,
    pub theme: &'a Theme,
}

/// Draws the whole screen.
pub fn render(frame: &mut Frame, cx: &ViewContext) {
    let area = frame.area();
    if !regions::fits(area) {
        render_too_small(frame, area, cx.theme);
        return;
    }
    match cx.state.screen() {
        Screen::Library => library::render(frame, area, cx),
        Screen::Reader => {
            let r = regions::reader(area);
            reader::render(frame, r, cx);
            sidebar::render(frame, r.sidebar, cx);
        }
        Screen::Notes => notes::render(frame, area, cx),
        Screen::AllNotes => notes::render_all(frame, area, cx),
        Screen::Search => search::render(frame, area, cx),
        Screen::Entities => entities::render(frame, area, cx),
        Screen::EntityArticles => entities::render_articles(frame, area, cx),
        Screen::Help => help::render(frame, area, cx),
        Screen::Problems => problems::render(frame, area, cx),
    }
    status_bar::render(frame, area, cx);
    note_editor::render(frame, area, cx);
    confirm::render(frame, area, cx);
}

fn render_too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let msg = format!(
        "terminal too small ({}×{}); newsdesk needs {}×{}",
        area.width,
        area.height,
        regions::MIN_WIDTH,
        regions::MIN_HEIGHT
    );
    let y = area.y + area.height.saturating_sub(1) / 2;
    let line = Rect::new(area.x, y, area.width, area.height - (y - area.y));
    frame.render_widget(
        Paragraph::new(msg)
            .style(theme.error)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        line,
    );
}
