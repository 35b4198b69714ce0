//! The article text: the visible slice of the wrap cache, with headings
//! styled and decorations layered on top: notes, entity mentions, the
//! selected entity, the current mention, the selection.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::core::article::BlockKind;
use crate::tui::layout::VisualLine;
use crate::tui::regions::ReaderRegions;
use crate::tui::state::{Focus, ReaderState};
use crate::tui::theme::Theme;

use super::ViewContext;
use super::text::{display, one_line, truncate};

/// A styled range of the text; later decorations are drawn over earlier ones.
#[derive(Debug, Clone, Copy)]
struct Decoration {
    start: usize,
    end: usize,
    style: Style,
}

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
    // Source, author, date and URL, when the document had them.
    let m = &article.meta;
    let meta: Vec<&str> = [&m.source, &m.author, &m.date, &m.url]
        .into_iter()
        .filter_map(|v| v.as_deref())
        .collect();
    let mut block = Block::new()
        .borders(Borders::ALL)
        .border_style(border)
        .title(truncate(&title, r.frame.width.saturating_sub(4) as usize));
    if !meta.is_empty() {
        let line = format!(" {} ", one_line(&meta.join(" · ")));
        block = block.title_bottom(truncate(&line, r.frame.width.saturating_sub(4) as usize));
    }
    frame.render_widget(block, r.frame);
    if article.blocks.is_empty() {
        frame.render_widget(
            Paragraph::new("(this article is empty)").style(cx.theme.dim),
            r.text,
        );
        return;
    }
    let height = r.text.height as usize;
    let visible: Vec<&VisualLine> = reader
        .wrap
        .lines()
        .iter()
        .skip(reader.top)
        .take(height)
        .collect();
    let (Some(first), Some(last)) = (visible.first(), visible.last()) else {
        return;
    };
    let decorations = decorations(
        cx,
        reader,
        &article.text,
        first.start..last.end.max(first.start),
    );
    let lines: Vec<Line> = visible
        .iter()
        .map(|l| match l.kind {
            None => Line::default(),
            Some(kind) => styled_line(&article.text, l, kind, &decorations, cx.theme),
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), r.text);
    render_note_gutter(frame, r.text, &visible, reader, cx.theme);
}

/// Every decoration overlapping `window`, lowest priority first.
fn decorations(
    cx: &ViewContext,
    reader: &ReaderState,
    text: &str,
    window: Range<usize>,
) -> Vec<Decoration> {
    let theme = cx.theme;
    let overlaps = |s: usize, e: usize| s < window.end && window.start < e;
    let mut out: Vec<Decoration> = reader
        .note_ranges
        .iter()
        .filter(|r| overlaps(r.start, r.end))
        .map(|r| Decoration {
            start: r.start,
            end: r.end,
            style: theme.note,
        })
        .collect();
    let first = reader.highlights.partition_point(|h| h.end <= window.start);
    let current = reader
        .selected_entity
        .zip(reader.mention)
        .and_then(|(e, m)| cx.library.entities(reader.article).get(e)?.mentions.get(m))
        .map(|m| m.start);
    for h in reader.highlights[first..]
        .iter()
        .take_while(|h| h.start < window.end)
    {
        let style = if reader.selected_entity != Some(h.entity) {
            theme.entity(h.kind)
        } else if current == Some(h.start) {
            theme.current
        } else {
            theme.selected_mention
        };
        out.push(Decoration {
            start: h.start,
            end: h.end,
            style,
        });
    }
    // Search matches, the current one stronger.
    let matches = &reader.search.matches;
    let first_match = matches.partition_point(|m| m.end <= window.start);
    for (i, m) in matches
        .iter()
        .enumerate()
        .skip(first_match)
        .take_while(|(_, m)| m.start < window.end)
    {
        out.push(Decoration {
            start: m.start,
            end: m.end,
            style: if reader.search.current == Some(i) {
                theme.current
            } else {
                theme.search_match
            },
        });
    }
    if let Some(sel) = reader.selection {
        let range = sel.range(text);
        out.push(Decoration {
            start: range.start,
            end: range.end.max(range.start + 1).min(text.len()),
            style: theme.selection,
        });
        // The cursor itself.
        let cursor_end = text
            .get(sel.cursor..)
            .and_then(|s| s.chars().next())
            .map_or(sel.cursor, |c| sel.cursor + c.len_utf8());
        out.push(Decoration {
            start: sel.cursor,
            end: cursor_end,
            style: theme.cursor,
        });
    }
    out
}

/// One visual line split into spans wherever a decoration starts or ends.
fn styled_line<'a>(
    text: &str,
    l: &VisualLine,
    kind: BlockKind,
    decos: &[Decoration],
    theme: &Theme,
) -> Line<'a> {
    let base = match kind {
        BlockKind::Title => theme.title,
        BlockKind::Heading => theme.heading,
        BlockKind::Quote => theme.quote,
        _ => theme.text,
    };
    let (start, end) = (l.start, l.end);
    // A list item's continuation lines start under its text.
    let indent = (l.indent > 0).then(|| Span::raw(" ".repeat(l.indent)));
    let here: Vec<&Decoration> = decos
        .iter()
        .filter(|d| d.start < end && start < d.end)
        .collect();
    if here.is_empty() {
        return Line::from(
            indent
                .into_iter()
                .chain(span(text, start, end, base))
                .collect::<Vec<_>>(),
        );
    }
    let mut cuts: Vec<usize> = vec![start, end];
    for d in &here {
        cuts.push(d.start.clamp(start, end));
        cuts.push(d.end.clamp(start, end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let spans: Vec<Span> = indent
        .into_iter()
        .chain(cuts.windows(2).filter_map(|w| {
            let (a, b) = (w[0], w[1]);
            let style = here
                .iter()
                .filter(|d| d.start <= a && b <= d.end)
                .fold(base, |s, d| s.patch(d.style));
            span(text, a, b, style)
        }))
        .collect();
    Line::from(spans)
}

fn span<'a>(text: &str, start: usize, end: usize, style: Style) -> Option<Span<'a>> {
    let s = text.get(start..end).filter(|s| !s.is_empty())?;
    Some(Span::styled(display(s), style))
}

/// A bar in the margin left of every line that holds a note, so notes show
/// without colour too.
fn render_note_gutter(
    frame: &mut Frame,
    text_area: Rect,
    visible: &[&VisualLine],
    reader: &ReaderState,
    theme: &Theme,
) {
    if reader.note_ranges.is_empty() || text_area.x == 0 {
        return;
    }
    let x = text_area.x - 1;
    let buf = frame.buffer_mut();
    for (row, l) in visible.iter().enumerate() {
        let has_note = l.kind.is_some()
            && reader
                .note_ranges
                .iter()
                .any(|r| r.start < l.end.max(l.start + 1) && l.start < r.end);
        if has_note && row < text_area.height as usize {
            let y = text_area.y + row as u16;
            if let Some(cell) = buf.cell_mut((x, y)) {
                cell.set_symbol("▌").set_style(theme.note_gutter);
            }
        }
    }
}
