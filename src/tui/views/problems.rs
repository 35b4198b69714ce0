//! The load problems (`W`): every file skipped while loading and every
//! warning about what did load (a JSON line left out, bytes replaced, a
//! page shown whole), each with its reason, wrapped to the width.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::core::library::Library;
use crate::tui::regions;
use crate::tui::theme::Theme;

use super::ViewContext;
use super::list::frame as list_frame;
use super::text::one_line;

/// "1 file skipped, 2 warnings", or `None` when loading met no problem.
pub fn summary(library: &Library) -> Option<String> {
    let plural = |n: usize, one: &str, many: &str| match n {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    };
    let mut parts = Vec::new();
    match library.skipped().len() {
        0 => {}
        n => parts.push(plural(n, "file skipped", "files skipped")),
    }
    match library.load_warnings().len() {
        0 => {}
        n => parts.push(plural(n, "warning", "warnings")),
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Draws the load problems screen.
pub fn render(frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let lib = cx.library;
    let title = match summary(lib) {
        Some(s) => format!(" load problems ─ {s} "),
        None => " load problems ".to_string(),
    };
    let r = list_frame(frame, area, cx, &title);
    let lines = lines(lib, cx.theme, r.body.width as usize);
    let height = r.body.height as usize;
    let scroll = cx
        .state
        .problems_scroll
        .min(lines.len().saturating_sub(height));
    let visible: Vec<Line> = lines.into_iter().skip(scroll).take(height).collect();
    frame.render_widget(Paragraph::new(visible), r.body);
}

/// The furthest the list can scroll in `area` (the whole screen).
pub fn max_scroll(library: &Library, area: Rect) -> usize {
    let body = regions::list(area).body;
    lines(library, &Theme::monochrome(), body.width as usize)
        .len()
        .saturating_sub(body.height as usize)
}

/// Every line: the skipped files, then the warnings, wrapped to `width`.
fn lines(lib: &Library, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let width = width.max(8);
    let mut lines: Vec<Line> = Vec::new();
    if lib.skipped().is_empty() && lib.load_warnings().is_empty() {
        lines.push(Line::from(Span::styled(
            " every file loaded without a problem",
            theme.dim,
        )));
    }
    let section = |lines: &mut Vec<Line>, heading: &str, items: Vec<String>| {
        if items.is_empty() {
            return;
        }
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::from(Span::styled(heading.to_string(), theme.section)));
        for item in items {
            // File names and reasons are untrusted: one safe line each,
            // wrapped with the continuation indented.
            let options = textwrap::Options::new(width)
                .initial_indent(" ")
                .subsequent_indent("     ");
            for part in textwrap::wrap(&one_line(&item), options) {
                lines.push(Line::from(Span::styled(part.into_owned(), theme.text)));
            }
        }
    };
    section(
        &mut lines,
        "Skipped files (not loaded)",
        lib.skipped().iter().map(ToString::to_string).collect(),
    );
    section(
        &mut lines,
        "Warnings (loaded, with these problems)",
        lib.load_warnings()
            .iter()
            .map(ToString::to_string)
            .collect(),
    );
    lines
}
