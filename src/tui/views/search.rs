//! Corpus search results: title, score and a snippet with the terms marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::ViewContext;
use super::list::{frame as list_frame, marked_spans, offset_for};
use super::text::{one_line, truncate};

/// Draws the results.
pub fn render(frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let st = cx.state;
    let title = format!(" search ─ {} ", one_line(&st.search_query));
    let r = list_frame(frame, area, cx, &title);
    let width = r.body.width as usize;
    if st.search_hits.is_empty() {
        let msg = if st.search_query.is_empty() {
            " type a query: words, \"a phrase\", prefix*, person:name, org:name, place:name, tag:x, note:word"
        } else {
            " no results (yet)"
        };
        frame.render_widget(Paragraph::new(msg).style(cx.theme.dim), r.body);
        return;
    }
    let rows = (r.body.height as usize / 2).max(1);
    let offset = offset_for(st.search_cursor.selected, rows);
    let mut lines = Vec::new();
    for (i, hit) in st.search_hits.iter().enumerate().skip(offset).take(rows) {
        let Some(article) = cx.library.article(hit.doc) else {
            continue;
        };
        let selected = i == st.search_cursor.selected;
        let style = if selected {
            cx.theme.list_selected
        } else {
            cx.theme.title
        };
        let head = format!(" {}  ({:.1})", one_line(&article.title), hit.score);
        lines.push(Line::from(Span::styled(truncate(&head, width), style)));
        let snippet = one_line(&hit.snippet.text);
        let snippet = truncate(&snippet, width.saturating_sub(4));
        let mut spans = vec![Span::raw("    ")];
        spans.extend(marked_spans(
            &snippet,
            &hit.snippet.highlights,
            cx.theme.text,
            cx.theme.current,
        ));
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), r.body);
}
