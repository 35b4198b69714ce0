//! The who's-who sidebar: people, organisations and places with mention
//! counts; the cursor row and the selected entity are marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::tui::state::{Focus, SidebarRow, sidebar_rows};

use super::ViewContext;
use super::text::{one_line, truncate};

/// Draws the sidebar into `area`.
pub fn render(frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let Some(reader) = cx.state.reader.as_ref() else {
        return;
    };
    let focused = reader.focus == Focus::Sidebar;
    let block = Block::new()
        .borders(Borders::LEFT)
        .border_style(if focused {
            cx.theme.border_focused
        } else {
            cx.theme.border
        });
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let entities = cx.library.entities(reader.article);
    if entities.is_empty() {
        frame.render_widget(Paragraph::new(" no names found").style(cx.theme.dim), inner);
        return;
    }
    let rows = sidebar_rows(entities);
    let height = inner.height as usize;
    let width = inner.width as usize;
    let cursor_row = rows
        .iter()
        .position(|r| *r == SidebarRow::Entity(reader.sidebar.selected))
        .unwrap_or(0);
    let offset = crate::tui::regions::list_offset(cursor_row, height);
    let lines: Vec<Line> = rows
        .iter()
        .skip(offset)
        .take(height)
        .map(|row| match *row {
            SidebarRow::Header(kind, n) => Line::from(Span::styled(
                format!(" {} ({n})", kind.heading()),
                cx.theme.section,
            )),
            SidebarRow::Entity(i) => {
                let e = &entities[i];
                let marker = if reader.selected_entity == Some(i) {
                    "▸"
                } else {
                    " "
                };
                let count = e.mentions.len().to_string();
                let name_w = width.saturating_sub(count.len() + 5);
                let name = truncate(&one_line(&e.name), name_w);
                let pad = name_w.saturating_sub(crate::tui::layout::str_width(&name));
                let text = format!(" {marker} {name}{} {count}", " ".repeat(pad));
                let style = if i == reader.sidebar.selected {
                    if focused {
                        cx.theme.list_selected
                    } else {
                        cx.theme.list_selected_unfocused
                    }
                } else {
                    cx.theme
                        .entity(e.kind)
                        .remove_modifier(ratatui::style::Modifier::all())
                };
                Line::from(Span::styled(text, style))
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
