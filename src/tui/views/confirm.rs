//! A yes/no question popup.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::ViewContext;
use super::text::one_line;

/// Draws the question centred over `area`.
pub fn render(frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let Some(c) = cx.state.confirm.as_ref() else {
        return;
    };
    let w = area.width.saturating_sub(4).min(60);
    let h = 5.min(area.height);
    let popup = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(one_line(&c.question))
            .wrap(Wrap { trim: true })
            .block(
                Block::new()
                    .borders(Borders::ALL)
                    .border_style(cx.theme.error)
                    .title(" confirm "),
            ),
        popup,
    );
}
