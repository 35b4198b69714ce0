//! The wrapped-line cache: the article laid out once per width (textwrap's
//! first-fit algorithm over our own fragments), so a frame only renders the
//! visible lines. Maps text offsets to screen cells and back.

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::UnicodeWidthChar;

use crate::core::article::sanitize::display_char;
use crate::core::article::{Block, BlockKind};

/// Cells a tab takes on screen.
pub const TAB_WIDTH: usize = 4;

/// The display width of one character as newsdesk draws it: control
/// characters become one-cell placeholders, tabs are expanded.
pub fn char_width(c: char) -> usize {
    if c == '\t' {
        TAB_WIDTH
    } else if display_char(c).is_some() {
        1
    } else {
        c.width().unwrap_or(0)
    }
}

/// The display width of a string.
pub fn str_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// One screen line: a byte range of the canonical text, or a blank line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VisualLine {
    pub start: usize,
    pub end: usize,
    /// The block kind the line belongs to; `None` for the blank separator.
    pub kind: Option<BlockKind>,
}

/// The article laid out at one width.
#[derive(Debug, Clone, Default)]
pub struct WrapCache {
    width: usize,
    lines: Vec<VisualLine>,
}

#[derive(Debug)]
struct Word {
    start: usize,
    end: usize,
    ws_end: usize,
    width: usize,
    ws_width: usize,
}

impl Fragment for Word {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.ws_width as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

impl WrapCache {
    /// Lays out `blocks` of `text` at `width` cells (at least 1).
    pub fn build(text: &str, blocks: &[Block], width: usize) -> WrapCache {
        let width = width.max(1);
        let mut lines = Vec::new();
        for (i, b) in blocks.iter().enumerate() {
            if i > 0 {
                lines.push(VisualLine {
                    start: b.start,
                    end: b.start,
                    kind: None,
                });
            }
            let Some(block_text) = text.get(b.range()) else {
                continue;
            };
            if b.kind == BlockKind::Other {
                let mut pos = b.start;
                for piece in block_text.split('\n') {
                    wrap_into(text, pos, pos + piece.len(), width, b.kind, &mut lines);
                    pos += piece.len() + 1;
                }
            } else {
                wrap_into(text, b.start, b.end, width, b.kind, &mut lines);
            }
        }
        WrapCache { width, lines }
    }

    /// The width this layout was made for.
    pub fn width(&self) -> usize {
        self.width
    }

    /// All visual lines.
    pub fn lines(&self) -> &[VisualLine] {
        &self.lines
    }

    /// Number of visual lines.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// True when there is nothing to show.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The visual line that shows byte `offset` (the last line starting at
    /// or before it).
    pub fn line_of_offset(&self, offset: usize) -> usize {
        let idx = self.lines.partition_point(|l| l.start <= offset);
        let mut line = idx.saturating_sub(1);
        // Prefer a text line over the blank separator that starts at the same place.
        while line > 0 && self.lines[line].kind.is_none() && self.lines[line - 1].end >= offset {
            line -= 1;
        }
        line
    }

    /// The (line, column) cell where byte `offset` is drawn.
    pub fn cell_of_offset(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line_of_offset(offset);
        let Some(l) = self.lines.get(line) else {
            return (0, 0);
        };
        let upto = offset.clamp(l.start, l.end);
        let col = text.get(l.start..upto).map(str_width).unwrap_or(0);
        (line, col)
    }

    /// The byte offset drawn at (line, column); past the end of a line it is
    /// the line's end.
    pub fn offset_of_cell(&self, text: &str, line: usize, col: usize) -> usize {
        let Some(l) = self.lines.get(line) else {
            return text.len();
        };
        let mut w = 0;
        for (i, c) in text.get(l.start..l.end).unwrap_or("").char_indices() {
            let cw = char_width(c);
            if w + cw > col {
                return l.start + i;
            }
            w += cw;
        }
        l.end
    }
}

/// Wraps text[start..end] (one block or one line of a preformatted block).
fn wrap_into(
    text: &str,
    start: usize,
    end: usize,
    width: usize,
    kind: BlockKind,
    out: &mut Vec<VisualLine>,
) {
    let words = words_of(text, start, end, width);
    if words.is_empty() {
        out.push(VisualLine {
            start,
            end: start,
            kind: Some(kind),
        });
        return;
    }
    let line_widths = [width as f64];
    for line in wrap_first_fit(&words, &line_widths) {
        if let (Some(first), Some(last)) = (line.first(), line.last()) {
            out.push(VisualLine {
                start: first.start,
                end: last.end,
                kind: Some(kind),
            });
        }
    }
}

fn is_break_space(c: char) -> bool {
    matches!(c, ' ' | '\n' | '\r' | '\t')
}

/// Splits text[start..end] into words with their trailing whitespace; words
/// wider than the line are cut into line-sized pieces on char boundaries.
fn words_of(text: &str, start: usize, end: usize, width: usize) -> Vec<Word> {
    let mut words = Vec::new();
    let Some(slice) = text.get(start..end) else {
        return words;
    };
    let mut cur: Option<Word> = None;
    for (i, c) in slice.char_indices() {
        let pos = start + i;
        let cw = char_width(c);
        if is_break_space(c) {
            if let Some(w) = cur.as_mut() {
                w.ws_end = pos + c.len_utf8();
                w.ws_width += if c == '\t' { cw } else { 1 };
            }
            continue;
        }
        let start_new = match &cur {
            None => true,
            Some(w) => w.ws_end > w.end || (w.width + cw > width && w.width > 0),
        };
        if start_new {
            if let Some(w) = cur.take() {
                words.push(w);
            }
            cur = Some(Word {
                start: pos,
                end: pos,
                ws_end: pos,
                width: 0,
                ws_width: 0,
            });
        }
        if let Some(w) = cur.as_mut() {
            w.end = pos + c.len_utf8();
            w.ws_end = w.end;
            w.width += cw;
        }
    }
    if let Some(w) = cur {
        words.push(w);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::article::text;
    use proptest::prelude::*;

    fn layout(s: &str, width: usize) -> (String, WrapCache) {
        let p = text::parse(s.to_string());
        let c = WrapCache::build(&p.text, &p.blocks, width);
        (p.text, c)
    }

    fn rendered(t: &str, c: &WrapCache) -> Vec<String> {
        c.lines()
            .iter()
            .map(|l| t[l.start..l.end].to_string())
            .collect()
    }

    #[test]
    fn wraps_paragraphs_with_blank_lines_between_blocks() {
        let (t, c) = layout("Title\nThe quick brown fox jumps over the lazy dog.\n", 16);
        assert_eq!(
            rendered(&t, &c),
            vec![
                "Title",
                "",
                "The quick brown",
                "fox jumps over",
                "the lazy dog."
            ]
        );
        assert_eq!(c.lines()[1].kind, None);
    }

    #[test]
    fn long_words_are_cut() {
        let (t, c) = layout("T\nabcdefghijklmnop", 5);
        assert_eq!(rendered(&t, &c)[2..], ["abcde", "fghij", "klmno", "p"]);
    }

    #[test]
    fn offset_and_cell_round_trip() {
        let (t, c) = layout("Title\nThe quick brown fox jumps over the lazy dog.\n", 16);
        let fox = t.find("fox").expect("fox");
        assert_eq!(c.cell_of_offset(&t, fox), (3, 0));
        assert_eq!(c.offset_of_cell(&t, 3, 0), fox);
        let lazy = t.find("lazy").expect("lazy");
        assert_eq!(c.cell_of_offset(&t, lazy), (4, 4));
        assert_eq!(c.offset_of_cell(&t, 4, 4), lazy);
        assert_eq!(c.offset_of_cell(&t, 4, 99), c.lines()[4].end);
    }

    #[test]
    fn wide_and_control_characters_have_display_widths() {
        assert_eq!(str_width("日本"), 4);
        assert_eq!(str_width("a\u{1b}b"), 3);
        assert_eq!(str_width("\t"), TAB_WIDTH);
        let (t, c) = layout("T\n日本語の文章です", 4);
        assert!(
            c.lines()[2..]
                .iter()
                .all(|l| str_width(&t[l.start..l.end]) <= 4)
        );
    }

    #[test]
    fn empty_text_has_no_lines() {
        let (_, c) = layout("", 10);
        assert!(c.is_empty());
        let (_, c) = layout("   \n\n  ", 10);
        assert!(c.is_empty());
    }

    proptest! {
        #[test]
        fn lines_fit_and_cover_every_word(s in "[a-zA-Zé日 \\n.\u{1b}]{0,300}", width in 1usize..40) {
            let (t, c) = layout(&s, width);
            let mut last_end = 0;
            for l in c.lines() {
                prop_assert!(t.is_char_boundary(l.start) && t.is_char_boundary(l.end));
                prop_assert!(l.start >= last_end || l.kind.is_none());
                prop_assert!(str_width(&t[l.start..l.end]) <= width.max(2));
                if l.kind.is_some() { last_end = l.end; }
                // Every offset in the line maps to a cell on that line and back.
                for (i, _) in t[l.start..l.end].char_indices() {
                    let off = l.start + i;
                    let (line, col) = c.cell_of_offset(&t, off);
                    prop_assert_eq!(c.offset_of_cell(&t, line, col), off);
                }
            }
            let shown: String = c.lines().iter().map(|l| &t[l.start..l.end]).collect::<Vec<_>>().join(" ");
            let words_in: Vec<&str> = t.lines().skip_while(|l| l.trim().is_empty()).flat_map(|l| l.split([' ', '\n'])).filter(|w| !w.is_empty()).collect();
            let shown_compact: String = shown.split_whitespace().collect();
            let in_compact: String = words_in.concat();
            prop_assert_eq!(shown_compact, in_compact);
        }
    }
}
