//! Neutralising untrusted text for display.
//!
//! Article text, file names and notes may contain control characters and
//! escape sequences that a terminal would interpret. The canonical text keeps
//! them (offsets must not move); everything that is *displayed* goes through
//! [`display_char`] or [`for_display`], which map each dangerous character to
//! a visible placeholder of the same display width (1 cell), so the layout
//! computed on the display form maps 1:1 onto the canonical text.

use std::borrow::Cow;

/// The visible stand-in for a character that must not reach the terminal, or
/// `None` when the character is safe to print as it is.
///
/// - C0 controls (except tab and newline, which the layout handles) become
///   the Unicode "control pictures" (`␛` for ESC, `␀` for NUL …);
/// - DEL becomes `␡`; C1 controls (U+0080–U+009F) become `¿`;
/// - bidirectional overrides/isolates and zero-width characters become `¦`
///   so they can neither reorder nor hide text.
pub fn display_char(c: char) -> Option<char> {
    match c {
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32),
        '\u{7f}' => Some('␡'),
        '\u{80}'..='\u{9f}' => Some('¿'),
        '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2069}'
        | '\u{feff}' => Some('¦'),
        // Line/paragraph separators would break lines on some terminals.
        '\u{2028}' | '\u{2029}' => Some('¶'),
        _ => None,
    }
}

/// True when `c` would be changed by [`display_char`].
pub fn is_unsafe(c: char) -> bool {
    display_char(c).is_some()
}

/// Makes a whole string safe to display on one line: every unsafe
/// character, newlines and tabs included, becomes its placeholder.
pub fn for_display(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(|c| display_char(c).unwrap_or(c)).collect())
}

/// Makes a string safe for one line of display, with newlines and tabs shown
/// as spaces instead of placeholders (for titles and snippets).
pub fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' => ' ',
            c => display_char(c).unwrap_or(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escape_sequences_become_visible() {
        let s = "a\u{1b}]52;c;ZXZpbA==\u{7}b\u{1b}[2J";
        let out = for_display(s);
        assert!(!out.contains('\u{1b}'));
        assert!(!out.contains('\u{7}'));
        assert!(out.contains('␛'));
        assert_eq!(out.chars().count(), s.chars().count());
    }

    #[test]
    fn c1_and_bidi_are_neutralised() {
        assert_eq!(for_display("x\u{9b}y"), "x¿y");
        assert_eq!(for_display("\u{202e}abc"), "¦abc");
        assert_eq!(for_display("plain"), Cow::Borrowed("plain"));
    }

    #[test]
    fn one_line_turns_newlines_into_spaces() {
        assert_eq!(one_line("a\nb\tc\u{1b}"), "a b c␛");
    }

    proptest! {
        #[test]
        fn output_never_contains_controls(s in any::<String>()) {
            let out = for_display(&s);
            prop_assert!(!out.chars().any(|c| c.is_control()));
            prop_assert_eq!(out.chars().count(), s.chars().count());
        }
    }
}
