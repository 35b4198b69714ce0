//! The note editor popup: the quote being annotated above a multi-line
//! text area.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::ViewContext;
use super::text::{one_line, truncate};

/// Draws the editor centred over `area`.
pub fn render(frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let Some(ed) = cx.state.editor.as_ref() else {
        return;
    };
    let w = (area.width.saturating_sub(4)).min(90);
    let h = (area.height.saturating_sub(4)).min(16);
    let popup = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    frame.render_widget(Clear, popup);
    let tags = crate::tui::update::parse_tags(&ed.text());
    let title = if tags.is_empty() {
        " note ─ Ctrl-s save · Esc cancel ".to_string()
    } else {
        format!(
            " note ─ tags: {} ",
            tags.iter()
                .map(|t| format!("#{t}"))
                .collect::<Vec<_>>()
                .join(" ")
        )
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(cx.theme.border_focused)
        .title(truncate(&one_line(&title), w.saturating_sub(4) as usize));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    if inner.height < 3 {
        return;
    }
    let quote_h = 2.min(inner.height - 1);
    let quote = Paragraph::new(Line::from(Span::styled(
        format!("“{}”", one_line(&ed.quote)),
        cx.theme.quote,
    )))
    .wrap(Wrap { trim: true });
    frame.render_widget(quote, Rect::new(inner.x, inner.y, inner.width, quote_h));
    let text_area = Rect::new(
        inner.x,
        inner.y + quote_h,
        inner.width,
        inner.height - quote_h,
    );
    frame.render_widget(&ed.textarea, text_area);
}
