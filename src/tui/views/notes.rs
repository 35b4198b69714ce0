//! The notes of the open article: quote, note, tags, date and status;
//! orphaned notes are listed too, never hidden.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::core::annotations::Status;
use crate::core::search::filter_article_notes;
use crate::tui::regions;

use super::ViewContext;
use super::text::{one_line, truncate};

/// Draws the notes list.
pub fn render(frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let r = regions::list(area);
    let Some(article) = cx.state.reader.as_ref().map(|r| r.article) else {
        return;
    };
    let title = cx
        .library
        .article(article)
        .map(|a| one_line(&a.title))
        .unwrap_or_default();
    let all = cx
        .library
        .notes(article)
        .map(|n| n.notes())
        .unwrap_or_default();
    let total = all.len();
    let query = cx.state.notes_query.trim();
    let notes = filter_article_notes(all, query);
    let head = if query.is_empty() {
        format!(" notes ({total}) ─ {title} ")
    } else {
        format!(
            " notes ({} of {total}) ─ filter “{}” ─ {title} ",
            notes.len(),
            one_line(query)
        )
    };
    frame.render_widget(
        Block::new()
            .borders(Borders::ALL)
            .border_style(cx.theme.border_focused)
            .title(truncate(&head, r.frame.width.saturating_sub(4) as usize)),
        r.frame,
    );
    let width = r.body.width as usize;
    let mut lines = Vec::new();
    if let Some(why) = cx.library.notes(article).and_then(|n| n.read_only()) {
        lines.push(Line::from(Span::styled(
            truncate(&one_line(&format!("read-only: {why}")), width),
            cx.theme.error,
        )));
    }
    if total == 0 {
        lines.push(Line::from(Span::styled(
            " no notes yet: press v in the reader to select text, then a to annotate",
            cx.theme.dim,
        )));
    } else if notes.is_empty() {
        lines.push(Line::from(Span::styled(
            " no note matches the filter (/ to change it, Esc in the filter clears it)",
            cx.theme.dim,
        )));
    }
    let rows_per_note = 2;
    let height = (r.body.height as usize).saturating_sub(lines.len()) / rows_per_note;
    let cursor = cx.state.notes;
    let offset = if cursor.selected < height.max(1) {
        0
    } else {
        cursor.selected + 1 - height.max(1)
    };
    for (i, n) in notes.iter().enumerate().skip(offset).take(height.max(1)) {
        let a = n.annotation;
        let status = match n.anchor.status {
            Status::Anchored => "  ",
            Status::Moved => "↻ ",
            Status::Orphaned => "⚠ ",
        };
        let quote = a.target.quote().map(|q| q.exact.as_str()).unwrap_or("");
        let date = a.modified.get(..10).unwrap_or(&a.modified);
        let tags: String = a.tags.iter().map(|t| format!(" #{t}")).collect();
        let head = format!(" {status}“{}”", one_line(quote));
        let right = format!("{tags}  {date}  {} ", n.anchor.status.as_str());
        let head = truncate(&head, width.saturating_sub(right.chars().count()));
        let pad = width.saturating_sub(head.chars().count() + right.chars().count());
        let style = if i == cursor.selected {
            cx.theme.list_selected
        } else {
            cx.theme.text
        };
        lines.push(Line::from(Span::styled(
            format!("{head}{}{right}", " ".repeat(pad)),
            style,
        )));
        let body = if a.note.trim().is_empty() {
            "(highlight)".to_string()
        } else {
            one_line(&a.note)
        };
        lines.push(Line::from(Span::styled(
            truncate(&format!("     {body}"), width),
            cx.theme.dim,
        )));
    }
    frame.render_widget(Paragraph::new(lines), r.body);
}

/// Draws the notes of every article (`N` in the library).
pub fn render_all(frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let st = cx.state;
    let title = format!(" all notes ({}) ", st.all_notes_rows.len());
    let r = super::list::frame(frame, area, cx, &title);
    let width = r.body.width as usize;
    if st.all_notes_rows.is_empty() {
        frame.render_widget(
            Paragraph::new(" no notes: select text in the reader with v, then a to annotate")
                .style(cx.theme.dim),
            r.body,
        );
        return;
    }
    let rows = (r.body.height as usize / 2).max(1);
    let offset = super::list::offset_for(st.all_notes_cursor.selected, rows);
    let mut lines = Vec::new();
    for (i, &n) in st.all_notes_rows.iter().enumerate().skip(offset).take(rows) {
        let Some(note) = st.all_notes.get(n) else {
            continue;
        };
        let article = cx.library.article(note.article_idx);
        let quote = match (&note.span, article) {
            (Some(span), Some(a)) => a.text.get(span.clone()).unwrap_or("").to_string(),
            _ => "(orphaned: its text is no longer in the article)".to_string(),
        };
        let title = article.map(|a| one_line(&a.title)).unwrap_or_default();
        let tags: String = note.tags.iter().map(|t| format!(" #{t}")).collect();
        let style = if i == st.all_notes_cursor.selected {
            cx.theme.list_selected
        } else {
            cx.theme.text
        };
        let head = format!(" “{}”{tags}  — {title}", one_line(&quote));
        lines.push(Line::from(Span::styled(truncate(&head, width), style)));
        let body = if note.note.trim().is_empty() {
            "(highlight)".to_string()
        } else {
            one_line(&note.note)
        };
        lines.push(Line::from(Span::styled(
            truncate(&format!("     {body}"), width),
            cx.theme.dim,
        )));
    }
    frame.render_widget(Paragraph::new(lines), r.body);
}
