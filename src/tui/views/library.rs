//! The library: every loaded article with its people, organisation counts.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::core::entities::EntityKind;
use crate::tui::layout::str_width;
use crate::tui::regions;

use super::ViewContext;
use super::text::{one_line, truncate, truncate_left};

/// Draws the library list.
pub fn render(frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let r = regions::list(area);
    let lib = cx.library;
    let title = format!(" newsdesk ─ library ({} articles) ", lib.len());
    frame.render_widget(
        Block::new()
            .borders(Borders::ALL)
            .border_style(cx.theme.border_focused)
            .title(truncate(&title, r.frame.width.saturating_sub(4) as usize)),
        r.frame,
    );
    if r.body.height < 2 {
        return;
    }
    let width = r.body.width as usize;
    let path_w = (width / 4).min(40);
    let title_w = width.saturating_sub(path_w + 18);
    let header = format!(
        " {:<title_w$} {:>6} {:>6}  {}",
        "TITLE",
        "PEOPLE",
        "ORGS",
        "SOURCE",
        title_w = title_w
    );
    let mut lines = vec![Line::from(Span::styled(
        truncate(&header, width),
        cx.theme.section,
    ))];
    let height = r.body.height as usize - 1;
    let cursor = cx.state.library;
    let offset = if cursor.selected < height {
        0
    } else {
        cursor.selected + 1 - height
    };
    for (i, article) in lib.articles().iter().enumerate().skip(offset).take(height) {
        let entities = lib.entities(i);
        let count = |k: EntityKind| entities.iter().filter(|e| e.kind == k).count();
        let t = truncate(&one_line(&article.title), title_w);
        let source = article
            .meta
            .source
            .as_deref()
            .unwrap_or(&article.display_path);
        let pad = title_w.saturating_sub(str_width(&t));
        let row = format!(
            " {t}{} {:>6} {:>6}  {}",
            " ".repeat(pad),
            count(EntityKind::Person),
            count(EntityKind::Organisation),
            truncate_left(&one_line(source), path_w)
        );
        let style = if i == cursor.selected {
            cx.theme.list_selected
        } else {
            cx.theme.text
        };
        lines.push(Line::from(Span::styled(row, style)));
    }
    frame.render_widget(Paragraph::new(lines), r.body);
}
