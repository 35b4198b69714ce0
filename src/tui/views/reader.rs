//! The article text: the visible slice of the wrap cache, with headings
//! styled and entity mentions highlighted.

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::core::article::BlockKind;
use crate::tui::regions::ReaderRegions;
use crate::tui::state::{Focus, Highlight, ReaderState};
use crate::tui::theme::Theme;

use super::ViewContext;
use super::text::{display, one_line, truncate};

/// Draws the frame with the article's title and the visible text lines.
pub fn render(frame: &mut Frame, r: ReaderRegions, cx: &ViewContext) {
    let Some(reader) = cx.state.reader.as_ref() else {
        return;
    };
    let Some(article) = cx.library.article(reader.article) else {
        return;
    };
    let title = format!(" newsdesk ─ {} ", one_line(&article.title));
    let border = if reader.focus == Focus::Text {
        cx.theme.border_focused
    } else {
        cx.theme.border
    };
    frame.render_widget(
        Block::new()
            .borders(Borders::ALL)
            .border_style(border)
            .title(truncate(&title, r.frame.width.saturating_sub(4) as usize)),
        r.frame,
    );
    if article.blocks.is_empty() {
        frame.render_widget(
            Paragraph::new("(this article is empty)").style(cx.theme.dim),
            r.text,
        );
        return;
    }
    let height = r.text.height as usize;
    // Where the mention under the cursor starts (drawn in the `current` style).
    let current = reader
        .selected_entity
        .zip(reader.mention)
        .and_then(|(e, m)| cx.library.entities(reader.article).get(e)?.mentions.get(m))
        .map(|m| m.start);
    let lines: Vec<Line> = reader
        .wrap
        .lines()
        .iter()
        .skip(reader.top)
        .take(height)
        .map(|l| match l.kind {
            None => Line::default(),
            Some(kind) => styled_line(
                &article.text,
                l.start,
                l.end,
                kind,
                reader,
                current,
                cx.theme,
            ),
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), r.text);
}

/// One visual line split into spans at highlight boundaries.
fn styled_line<'a>(
    text: &str,
    start: usize,
    end: usize,
    kind: BlockKind,
    reader: &ReaderState,
    current: Option<usize>,
    theme: &Theme,
) -> Line<'a> {
    let base = match kind {
        BlockKind::Title => theme.title,
        BlockKind::Heading => theme.heading,
        _ => theme.text,
    };
    let highlights = &reader.highlights;
    let first = highlights.partition_point(|h| h.end <= start);
    let mut spans = Vec::new();
    let mut pos = start;
    for h in highlights[first..].iter().take_while(|h| h.start < end) {
        let (hs, he) = (h.start.max(start), h.end.min(end));
        if hs < pos {
            continue;
        }
        push(&mut spans, text, pos, hs, base);
        push(
            &mut spans,
            text,
            hs,
            he,
            base.patch(highlight_style(h, reader, current, theme)),
        );
        pos = he;
    }
    push(&mut spans, text, pos, end, base);
    Line::from(spans)
}

fn highlight_style(
    h: &Highlight,
    reader: &ReaderState,
    current: Option<usize>,
    theme: &Theme,
) -> Style {
    if reader.selected_entity != Some(h.entity) {
        theme.entity(h.kind)
    } else if current == Some(h.start) {
        theme.current
    } else {
        theme.selected_mention
    }
}

fn push(spans: &mut Vec<Span<'_>>, text: &str, start: usize, end: usize, style: Style) {
    if start < end
        && let Some(s) = text.get(start..end)
    {
        spans.push(Span::styled(display(s), style));
    }
}
