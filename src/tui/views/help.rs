//! Help, generated from the live keymap (so it is always true).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::tui::keymap::Context;
use crate::tui::layout::str_width;
use crate::tui::regions;

use super::ViewContext;

fn section_title(ctx: Context) -> &'static str {
    match ctx {
        Context::Global => "Everywhere",
        Context::Library => "Library",
        Context::List => "Lists (library, help)",
        Context::Reader => "Reader",
        Context::Sidebar => "Sidebar (Tab to focus)",
        Context::Help => "Help",
        Context::Select => "Selecting text (v in the reader)",
        Context::Notes => "Notes list (A in the reader)",
        Context::Editor => "Note editor (type; #tags become tags)",
        Context::Confirm => "Questions",
        Context::Input => "Search and filter input (type; Backspace, Ctrl-u clear)",
    }
}

/// Draws the help screen.
pub fn render(frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let r = regions::list(area);
    frame.render_widget(
        Block::new()
            .borders(Borders::ALL)
            .border_style(cx.theme.border_focused)
            .title(" newsdesk ─ help "),
        r.frame,
    );
    let sections: Vec<_> = Context::ALL
        .into_iter()
        .map(|ctx| (ctx, cx.keymap.describe(ctx)))
        .collect();
    let key_w = sections
        .iter()
        .flat_map(|(_, b)| b.iter().map(|(_, keys)| str_width(&keys.join(", "))))
        .max()
        .unwrap_or(0)
        + 2;
    let mut lines = Vec::new();
    for (ctx, bindings) in sections {
        if bindings.is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::from(Span::styled(
            section_title(ctx),
            cx.theme.section,
        )));
        for (action, keys) in bindings {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<key_w$}", keys.join(", ")), cx.theme.heading),
                Span::raw(action.description()),
            ]));
        }
    }
    let max_scroll = lines.len().saturating_sub(r.body.height as usize);
    let scroll = cx.state.help_scroll.min(max_scroll);
    let visible: Vec<Line> = lines
        .into_iter()
        .skip(scroll)
        .take(r.body.height as usize)
        .collect();
    frame.render_widget(Paragraph::new(visible), r.body);
}
