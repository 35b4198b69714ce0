//! Turning untrusted text into what may be drawn: every control character
//! and escape sequence becomes a visible placeholder, tabs become spaces and
//! runs of combining marks are capped so one cell cannot grow without bound.

use unicode_width::UnicodeWidthChar;

use crate::core::article::sanitize::display_char;
use crate::tui::layout::{TAB_WIDTH, char_width};

/// Combining marks kept on one base character.
pub const MAX_COMBINING: usize = 4;

/// The display form of `s`: same width as [`crate::tui::layout::str_width`].
pub fn display(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut zero_run = 0;
    for c in s.chars() {
        if c == '\t' {
            out.extend(std::iter::repeat_n(' ', TAB_WIDTH));
            zero_run = 0;
        } else if let Some(p) = display_char(c) {
            out.push(p);
            zero_run = 0;
        } else if c.width().unwrap_or(0) == 0 {
            zero_run += 1;
            if zero_run <= MAX_COMBINING {
                out.push(c);
            }
        } else {
            out.push(c);
            zero_run = 0;
        }
    }
    out
}

/// Cuts `s` (already in display form) to at most `width` cells, with an
/// ellipsis when it was cut.
pub fn truncate(s: &str, width: usize) -> String {
    let total: usize = s.chars().map(char_width).sum();
    if total <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = char_width(c);
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Cuts `s` (already in display form) to at most `width` cells keeping its
/// end ("…library/001_harbour.txt"): for paths, whose tail says the most.
pub fn truncate_left(s: &str, width: usize) -> String {
    let total: usize = s.chars().map(char_width).sum();
    if total <= width {
        return s.to_string();
    }
    let mut kept = Vec::new();
    let mut w = 0;
    for c in s.chars().rev() {
        let cw = char_width(c);
        if w + cw + 1 > width {
            break;
        }
        kept.push(c);
        w += cw;
    }
    let mut out = String::new();
    if width > 0 {
        out.push('…');
    }
    out.extend(kept.into_iter().rev());
    out
}

/// Characters of one-line text ever turned into display form: no terminal
/// line is wider, and a frame must not cost the length of a 10 MB title.
pub const MAX_ONE_LINE_CHARS: usize = 2048;

/// The display form of text meant for one line (titles, names, paths); text
/// longer than [`MAX_ONE_LINE_CHARS`] is cut, with an ellipsis.
pub fn one_line(s: &str) -> String {
    let (head, cut) = match s.char_indices().nth(MAX_ONE_LINE_CHARS) {
        Some((i, _)) => (&s[..i], true),
        None => (s, false),
    };
    let mut out = display(&crate::core::article::sanitize::one_line(head));
    if cut {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::layout::str_width;

    #[test]
    fn display_has_no_controls_and_keeps_width() {
        for s in ["a\u{1b}[2Jb", "tab\there", "x\u{9b}y", "\u{202e}rtl"] {
            let d = display(s);
            assert!(!d.chars().any(char::is_control), "{d:?}");
            assert_eq!(str_width(&d), str_width(s), "{s:?}");
        }
    }

    #[test]
    fn combining_marks_are_capped() {
        let s: String = std::iter::once('e')
            .chain(std::iter::repeat_n('\u{301}', 10_000))
            .collect();
        assert_eq!(display(&s).chars().count(), 1 + MAX_COMBINING);
    }

    #[test]
    fn truncate_adds_an_ellipsis() {
        assert_eq!(truncate("Council on Foreign Relations", 10), "Council o…");
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("日本語", 4), "日…");
        assert_eq!(truncate_left("dir/sub/file.txt", 9), "…file.txt");
    }

    #[test]
    fn one_line_cuts_huge_text() {
        let s = "word ".repeat(100_000);
        let out = one_line(&s);
        assert_eq!(out.chars().count(), MAX_ONE_LINE_CHARS + 1);
        assert!(out.ends_with('…'));
        assert_eq!(one_line("a\nb"), "a b");
    }
}
