//! Shared pieces of the list screens: the frame and highlighted text.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders};

use crate::tui::regions::{self, ListRegions};

use super::ViewContext;
use super::text::{display, truncate};

/// Draws a list screen's frame with `title`; returns its regions.
pub fn frame(frame: &mut Frame, area: Rect, cx: &ViewContext, title: &str) -> ListRegions {
    frame_with_footer(frame, area, cx, title, None)
}

/// [`frame`] with a `footer` (display form) on its bottom border, as the
/// reader shows an article's metadata.
pub fn frame_with_footer(
    frame: &mut Frame,
    area: Rect,
    cx: &ViewContext,
    title: &str,
    footer: Option<&str>,
) -> ListRegions {
    let r = regions::list(area);
    let room = r.frame.width.saturating_sub(4) as usize;
    let mut block = Block::new()
        .borders(Borders::ALL)
        .border_style(cx.theme.border_focused)
        .title(truncate(title, room));
    if let Some(footer) = footer {
        block = block.title_bottom(truncate(footer, room));
    }
    frame.render_widget(block, r.frame);
    r
}

/// The first visible row for a cursor in a window of `height` rows.
pub fn offset_for(selected: usize, height: usize) -> usize {
    let height = height.max(1);
    if selected < height {
        0
    } else {
        selected + 1 - height
    }
}

/// `text` as spans, the byte ranges in `marks` drawn with `mark` over `base`.
pub fn marked_spans<'a>(
    text: &str,
    marks: &[std::ops::Range<usize>],
    base: Style,
    mark: Style,
) -> Vec<Span<'a>> {
    let mut spans = Vec::new();
    let mut pos = 0;
    for m in marks {
        let (s, e) = (m.start.max(pos).min(text.len()), m.end.min(text.len()));
        if s >= e || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        if pos < s {
            spans.push(Span::styled(display(&text[pos..s]), base));
        }
        spans.push(Span::styled(display(&text[s..e]), base.patch(mark)));
        pos = e;
    }
    if pos < text.len() {
        spans.push(Span::styled(display(&text[pos..]), base));
    }
    spans
}

/// Byte offsets of single characters as one-character ranges.
pub fn char_ranges(text: &str, offsets: &[usize]) -> Vec<std::ops::Range<usize>> {
    offsets
        .iter()
        .filter(|&&o| text.is_char_boundary(o) && o < text.len())
        .map(|&o| o..o + text[o..].chars().next().map_or(1, char::len_utf8))
        .collect()
}
