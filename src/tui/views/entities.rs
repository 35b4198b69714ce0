//! The people & organisations index, and the articles that mention one.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::layout::str_width;

use super::ViewContext;
use super::list::{frame as list_frame, offset_for};
use super::text::{one_line, truncate};

/// Draws every entity across the corpus with kind and counts.
pub fn render(frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let st = cx.state;
    let title = format!(" people & organisations ({}) ", st.entity_rows.len());
    let r = list_frame(frame, area, cx, &title);
    let width = r.body.width as usize;
    let name_w = width.saturating_sub(36);
    let header = format!(
        " {:<name_w$} {:<13} {:>8} {:>9}",
        "NAME", "KIND", "ARTICLES", "MENTIONS"
    );
    let mut lines = vec![Line::from(Span::styled(
        truncate(&header, width),
        cx.theme.section,
    ))];
    let rows = (r.body.height as usize).saturating_sub(1);
    let offset = offset_for(st.entity_cursor.selected, rows);
    for (i, &e) in st.entity_rows.iter().enumerate().skip(offset).take(rows) {
        let Some(entry) = st.entity_index.get(e) else {
            continue;
        };
        let name = truncate(&one_line(&entry.name), name_w);
        let pad = name_w.saturating_sub(str_width(&name));
        let row = format!(
            " {name}{} {:<13} {:>8} {:>9}",
            " ".repeat(pad),
            entry.kind.as_str(),
            entry.article_count,
            entry.mention_count
        );
        let style = if i == st.entity_cursor.selected {
            cx.theme.list_selected
        } else {
            cx.theme.entity(entry.kind)
        };
        lines.push(Line::from(Span::styled(row, style)));
    }
    frame.render_widget(Paragraph::new(lines), r.body);
}

/// Draws the articles mentioning the chosen entity.
pub fn render_articles(frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let st = cx.state;
    let Some(entry) = st.entity_chosen.and_then(|e| st.entity_index.get(e)) else {
        return;
    };
    let title = format!(
        " {} ─ {} articles ",
        one_line(&entry.name),
        entry.articles.len()
    );
    let r = list_frame(frame, area, cx, &title);
    let width = r.body.width as usize;
    let rows = r.body.height as usize;
    let offset = offset_for(st.entity_articles.selected, rows);
    let lines: Vec<Line> = entry
        .articles
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows)
        .filter_map(|(i, a)| {
            let article = cx.library.article(a.doc)?;
            let row = format!(" {:>4}×  {}", a.mentions, one_line(&article.title));
            let style = if i == st.entity_articles.selected {
                cx.theme.list_selected
            } else {
                cx.theme.text
            };
            Some(Line::from(Span::styled(truncate(&row, width), style)))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), r.body);
}
