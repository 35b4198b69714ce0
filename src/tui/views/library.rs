//! The library: every loaded article with its people and organisation
//! counts; with a filter, only the matches, matched characters marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::core::entities::EntityKind;
use crate::core::search::title_and_source;
use crate::tui::layout::str_width;

use super::ViewContext;
use super::list::{char_ranges, frame as list_frame, marked_spans, offset_for};
use super::text::{one_line, truncate, truncate_left};
use crate::tui::update::thousands;

/// Draws the library list.
pub fn render(frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let lib = cx.library;
    let st = cx.state;
    let title = match &st.library_hits {
        Some(h) => format!(
            " newsdesk ─ library ({} of {} articles) ",
            h.len(),
            lib.len()
        ),
        None => format!(" newsdesk ─ library ({} articles) ", lib.len()),
    };
    let r = list_frame(frame, area, cx, &title);
    if r.body.height < 2 {
        return;
    }
    // Until the first articles arrive; then the list grows as they do.
    if let Some((done, total)) = st.loading.filter(|_| lib.is_empty()) {
        let msg = if total == 0 {
            " loading… (finding articles)".to_string()
        } else {
            format!(
                " loading… {} of {} files",
                thousands(done),
                thousands(total)
            )
        };
        frame.render_widget(Paragraph::new(msg).style(cx.theme.dim), r.body);
        return;
    }
    if lib.is_empty() {
        frame.render_widget(Paragraph::new(" no articles").style(cx.theme.dim), r.body);
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
    let offset = offset_for(st.library.selected, height);
    for row in offset..offset + height {
        let Some(i) = st.library_row(row) else {
            break;
        };
        let Some(article) = lib.article(i) else {
            continue;
        };
        let entities = lib.entities(i);
        let count = |k: EntityKind| entities.iter().filter(|e| e.kind == k).count();
        // The same source the filter matched (its highlights index into it).
        let (_, source) = title_and_source(article);
        let shown_title = truncate(&one_line(&article.title), title_w);
        let pad = title_w.saturating_sub(str_width(&shown_title));
        let rest = format!(
            "{} {:>6} {:>6}  {}",
            " ".repeat(pad),
            count(EntityKind::Person),
            count(EntityKind::Organisation),
            truncate_left(&one_line(source), path_w)
        );
        let base = if row == st.library.selected {
            cx.theme.list_selected
        } else {
            cx.theme.text
        };
        // Mark the characters the filter matched (titles are shown from their start).
        let marks = if st.library_query.is_empty() {
            Vec::new()
        } else {
            lib.title_highlight(i, &st.library_query)
                .map(|h| char_ranges(&shown_title, &h.title))
                .unwrap_or_default()
        };
        let mut spans = vec![Span::styled(" ", base)];
        spans.extend(marked_spans(&shown_title, &marks, base, cx.theme.current));
        spans.push(Span::styled(rest, base));
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), r.body);
}
