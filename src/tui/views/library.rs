//! The library: every loaded article with its date, people and
//! organisation counts and source; with a filter, only the matches,
//! matched characters marked. The selected article's author, date and URL
//! show on the frame's bottom border.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::core::article::Article;
use crate::core::article::short_date;
use crate::core::entities::EntityKind;
use crate::core::search::title_and_source;
use crate::tui::layout::str_width;

use super::ViewContext;
use super::list::{char_ranges, frame_with_footer, marked_spans, offset_for};
use super::text::{one_line, truncate, truncate_left};
use crate::tui::update::thousands;

/// Cells of the DATE column (`YYYY-MM-DD`).
const DATE_W: usize = 10;
/// The narrowest title column kept beside the DATE column: a narrower
/// window leaves the dates out.
const MIN_TITLE_W_WITH_DATE: usize = 24;

/// The columns' widths at a body `width`: (title, date or 0, source).
fn columns(width: usize) -> (usize, usize, usize) {
    let path_w = (width / 4).min(40);
    // One space before the title, then " PEOPLE ORGS  " around the counts.
    let rest = width.saturating_sub(path_w + 18);
    if rest >= MIN_TITLE_W_WITH_DATE + DATE_W + 2 {
        (rest - DATE_W - 2, DATE_W, path_w)
    } else {
        (rest, 0, path_w)
    }
}

/// The DATE cell of an article: its date as `YYYY-MM-DD`, a date in a form
/// not understood as written (cut), or blank; padded to [`DATE_W`].
fn date_cell(article: &Article) -> String {
    let date = article.meta.date.as_deref().map_or(String::new(), |raw| {
        short_date(raw).unwrap_or_else(|| truncate(&one_line(raw), DATE_W))
    });
    let pad = DATE_W.saturating_sub(str_width(&date));
    format!("{date}{}", " ".repeat(pad))
}

/// The selected article's author, date and URL (those it has), for the
/// bottom border.
fn details(article: &Article) -> Option<String> {
    let m = &article.meta;
    let parts: Vec<&str> = [&m.author, &m.date, &m.url]
        .into_iter()
        .filter_map(|v| v.as_deref().map(str::trim).filter(|v| !v.is_empty()))
        .collect();
    (!parts.is_empty()).then(|| format!(" {} ", one_line(&parts.join(" · "))))
}

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
    let footer = st
        .library_row(st.library.selected)
        .and_then(|i| lib.article(i))
        .and_then(details);
    let r = frame_with_footer(frame, area, cx, &title, footer.as_deref());
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
    let (title_w, date_w, path_w) = columns(width);
    let date_header = if date_w > 0 {
        format!("  {:<date_w$}", "DATE")
    } else {
        String::new()
    };
    let header = format!(
        " {:<title_w$}{date_header} {:>6} {:>6}  {}",
        "TITLE", "PEOPLE", "ORGS", "SOURCE",
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
        let date = if date_w > 0 {
            format!("  {}", date_cell(article))
        } else {
            String::new()
        };
        let rest = format!(
            "{}{date} {:>6} {:>6}  {}",
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::article::text;

    fn article(date: Option<&str>) -> Article {
        let mut a = Article::from_parsed(
            text::parse("Title\n\nBody.\n".to_string()),
            None,
            "a.txt".to_string(),
        );
        a.meta.date = date.map(str::to_string);
        a
    }

    #[test]
    fn the_date_column_goes_before_the_title_gets_too_narrow() {
        // 80 columns: a body of 78 has room for dates.
        let (title, date, path) = columns(78);
        assert_eq!(date, DATE_W);
        assert!(title >= MIN_TITLE_W_WITH_DATE);
        assert_eq!(1 + title + 2 + date + 1 + 6 + 1 + 6 + 2 + path, 78 - 1);
        // 40 columns: not.
        let (title, date, _) = columns(38);
        assert_eq!(date, 0);
        assert!(title > 0);
        // Every width the app draws at: the row fits the body.
        for w in 38..300 {
            let (t, d, p) = columns(w);
            let used = 1 + t + if d > 0 { 2 + d } else { 0 } + 15 + 2 + p;
            assert!(used <= w, "{w}: {used}");
        }
    }

    #[test]
    fn date_cells_are_short_sanitised_and_padded() {
        assert_eq!(
            date_cell(&article(Some("2025-03-14T08:30:00Z"))),
            "2025-03-14"
        );
        assert_eq!(date_cell(&article(Some("3 March 2025"))), "2025-03-03");
        assert_eq!(date_cell(&article(None)), " ".repeat(DATE_W));
        let odd = date_cell(&article(Some("\u{1b}[31mlast spring")));
        assert_eq!(str_width(&odd), DATE_W);
        assert!(!odd.contains('\u{1b}'), "{odd:?}");
        assert!(odd.ends_with('…'), "{odd:?}");
    }

    #[test]
    fn details_show_author_date_and_url() {
        let mut a = article(Some("2025-02-01"));
        assert_eq!(details(&a).as_deref(), Some(" 2025-02-01 "));
        a.meta.author = Some("Ilse\nBrandt".to_string());
        a.meta.url = Some("https://courier.example/x".to_string());
        assert_eq!(
            details(&a).as_deref(),
            Some(" Ilse Brandt · 2025-02-01 · https://courier.example/x ")
        );
        assert_eq!(details(&article(None)), None);
    }
}
