//! Help, generated from the live keymap (so it is always true).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::tui::keymap::{Context, Keymap};
use crate::tui::layout::str_width;
use crate::tui::regions;
use crate::tui::theme::Theme;

use super::ViewContext;
use super::text::truncate;

fn section_title(ctx: Context) -> &'static str {
    match ctx {
        Context::Global => "Everywhere",
        Context::Library => "Library",
        Context::List => "Lists",
        Context::Reader => "Reader",
        Context::Sidebar => "Sidebar (the who's who beside the text)",
        Context::Help => "Help",
        Context::Select => "Selecting text (in the reader)",
        Context::Notes => "Notes list (of the open article)",
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
    let lines = lines(cx.keymap, cx.theme, r.body.width as usize);
    let scroll = cx
        .state
        .help_scroll
        .min(lines.len().saturating_sub(r.body.height as usize));
    let visible: Vec<Line> = lines
        .into_iter()
        .skip(scroll)
        .take(r.body.height as usize)
        .collect();
    frame.render_widget(Paragraph::new(visible), r.body);
}

/// The furthest the help can scroll in `area` (the whole screen).
pub fn max_scroll(keymap: &Keymap, area: Rect) -> usize {
    let body = regions::list(area).body;
    lines(keymap, &Theme::monochrome(), body.width as usize)
        .len()
        .saturating_sub(body.height as usize)
}

/// Every line of the help, a section per context; a description cut to
/// `width` ends in "…".
fn lines(keymap: &Keymap, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let sections: Vec<_> = Context::ALL
        .into_iter()
        .map(|ctx| (ctx, keymap.describe(ctx)))
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
        lines.push(Line::from(Span::styled(section_title(ctx), theme.section)));
        for (action, keys) in bindings {
            let room = width.saturating_sub(key_w + 2);
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<key_w$}", keys.join(", ")), theme.heading),
                Span::raw(truncate(action.description(), room)),
            ]));
        }
    }
    lines
}
