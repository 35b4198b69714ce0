//! The wrapped-line cache: the article laid out once per width (textwrap's
//! first-fit algorithm over our own fragments), so a frame only renders the
//! visible lines. Maps text offsets to screen cells and back.
//!
//! Blocks are separated by a blank line, except list items and table rows
//! that the canonical text puts on consecutive lines (as `newsdesk text`
//! shows them). A list item keeps its indentation and marker on its first
//! line and wraps under its text (a hanging indent).

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

/// Narrowest text column a list item's hanging indent leaves; a narrower
/// line wraps the item flush left instead.
const MIN_HANGING_TEXT: usize = 10;

/// One screen line: a byte range of the canonical text, or a blank line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VisualLine {
    pub start: usize,
    pub end: usize,
    /// Blank cells drawn before the text (a list item's continuation
    /// lines, under the item's text).
    pub indent: usize,
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
        let mut prev: Option<&Block> = None;
        for b in blocks {
            let Some(block_text) = text.get(b.range()) else {
                continue;
            };
            if prev.is_some_and(|p| blank_between(text, p, b)) {
                lines.push(VisualLine {
                    start: b.start,
                    end: b.start,
                    indent: 0,
                    kind: None,
                });
            }
            prev = Some(b);
            match b.kind {
                BlockKind::Other => {
                    let mut pos = b.start;
                    for piece in block_text.split('\n') {
                        wrap_into(text, pos, pos + piece.len(), width, 0, b.kind, &mut lines);
                        pos += piece.len() + 1;
                    }
                }
                BlockKind::ListItem => wrap_item(text, b, width, &mut lines),
                _ => wrap_into(text, b.start, b.end, width, 0, b.kind, &mut lines),
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
        (line, l.indent + col)
    }

    /// The byte offset drawn at (line, column); in a line's indent it is the
    /// line's start, past its end the line's end.
    pub fn offset_of_cell(&self, text: &str, line: usize, col: usize) -> usize {
        let Some(l) = self.lines.get(line) else {
            return text.len();
        };
        let Some(col) = col.checked_sub(l.indent) else {
            return l.start;
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

/// The start of a list item's text: its indentation (nesting) and, on an
/// item's first paragraph, its marker (`• `, `1. `, `1) `).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ListPrefix {
    /// Bytes of leading spaces.
    indent: usize,
    /// Bytes of the whole prefix: the spaces and the marker with its space.
    len: usize,
    /// True when there is a marker (not a continuation paragraph).
    marker: bool,
}

fn list_prefix(item: &str) -> ListPrefix {
    let indent = item.len() - item.trim_start_matches(' ').len();
    let rest = &item[indent..];
    let marker = if let Some(after) = rest.strip_prefix('•') {
        after.starts_with(' ').then_some('•'.len_utf8() + 1)
    } else {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let after = &rest.as_bytes()[digits..];
        (digits > 0 && matches!(after, [b'.' | b')', b' ', ..])).then_some(digits + 2)
    };
    ListPrefix {
        indent,
        len: indent + marker.unwrap_or(0),
        marker: marker.is_some(),
    }
}

/// Whether a blank line goes between consecutive blocks `a` and `b`: not
/// between list items, nor table rows, that the canonical text puts on
/// consecutive lines, nor before a nested list's first item (deeper than
/// the item before it).
fn blank_between(text: &str, a: &Block, b: &Block) -> bool {
    if a.kind != b.kind || !matches!(a.kind, BlockKind::ListItem | BlockKind::Other) {
        return true;
    }
    let gap = text.get(a.end..b.start).unwrap_or("\n\n");
    if gap.matches('\n').count() <= 1 {
        return false;
    }
    if a.kind != BlockKind::ListItem {
        return true;
    }
    let prefix = |blk: &Block| list_prefix(text.get(blk.range()).unwrap_or(""));
    let (pa, pb) = (prefix(a), prefix(b));
    !(pb.marker && pb.indent > pa.indent)
}

/// Wraps a list item: its first line starts with the item's indentation and
/// marker, the next ones are indented to line up with its text.
fn wrap_item(text: &str, b: &Block, width: usize, out: &mut Vec<VisualLine>) {
    let item = text.get(b.range()).unwrap_or("");
    let prefix = list_prefix(item);
    let hang = str_width(&item[..prefix.len]);
    if prefix.len == 0 || prefix.len == item.len() || hang + MIN_HANGING_TEXT > width {
        wrap_into(text, b.start, b.end, width, 0, b.kind, out);
        return;
    }
    let first = out.len();
    wrap_into(
        text,
        b.start + prefix.len,
        b.end,
        width - hang,
        hang,
        b.kind,
        out,
    );
    // The first line draws the prefix itself where the others have blanks.
    if let Some(l) = out.get_mut(first) {
        l.start = b.start;
        l.indent = 0;
    }
}

/// Wraps text[start..end] (one block or one line of a preformatted block)
/// at `width` cells, each line drawn after `indent` blank cells.
fn wrap_into(
    text: &str,
    start: usize,
    end: usize,
    width: usize,
    indent: usize,
    kind: BlockKind,
    out: &mut Vec<VisualLine>,
) {
    let words = words_of(text, start, end, width);
    if words.is_empty() {
        out.push(VisualLine {
            start,
            end: start,
            indent,
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
                indent,
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
    use crate::core::article::{markdown, text};
    use proptest::prelude::*;

    fn layout(s: &str, width: usize) -> (String, WrapCache) {
        let p = text::parse(s.to_string());
        let c = WrapCache::build(&p.text, &p.blocks, width);
        (p.text, c)
    }

    fn rendered(t: &str, c: &WrapCache) -> Vec<String> {
        c.lines()
            .iter()
            .map(|l| format!("{}{}", " ".repeat(l.indent), &t[l.start..l.end]))
            .collect()
    }

    fn md_layout(s: &str, width: usize) -> (String, WrapCache) {
        let p = markdown::parse(s);
        let c = WrapCache::build(&p.text, &p.blocks, width);
        (p.text, c)
    }

    /// Every offset of every line maps to its cell and back, and the lines
    /// (with their indent) fit `width`.
    fn check_mapping(t: &str, c: &WrapCache, width: usize) {
        for (n, l) in c.lines().iter().enumerate() {
            assert!(
                l.indent + str_width(&t[l.start..l.end]) <= width,
                "line {n} too wide: {l:?}"
            );
            let mut col = l.indent;
            for (i, ch) in t[l.start..l.end].char_indices() {
                let off = l.start + i;
                assert_eq!(c.cell_of_offset(t, off), (n, col), "offset {off}");
                assert_eq!(c.offset_of_cell(t, n, col), off, "cell ({n}, {col})");
                col += char_width(ch);
            }
            // The indent's cells stand for the line's start.
            for col in 0..l.indent {
                assert_eq!(c.offset_of_cell(t, n, col), l.start);
            }
        }
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

    const LISTS: &str = "# Packing\n\nBring these:\n\n\
        - Tent with a long description that wraps\n\
        - Sleeping bag\n  \
          - Liner for the cold nights ahead\n  \
          - Pillow\n\
        - Stove\n\n\
        1. First step of the plan\n\
        2. Second\n\n\
        After the list.\n";

    #[test]
    fn list_items_follow_each_other_and_wrap_under_their_text() {
        let (t, c) = md_layout(LISTS, 24);
        assert_eq!(
            rendered(&t, &c),
            vec![
                "Packing",
                "",
                "Bring these:",
                "",
                "• Tent with a long",
                "  description that wraps",
                "• Sleeping bag",
                "  • Liner for the cold",
                "    nights ahead",
                "  • Pillow",
                "• Stove",
                // Another list: a blank line, as in the text.
                "",
                "1. First step of the",
                "   plan",
                "2. Second",
                "",
                "After the list.",
            ]
        );
        check_mapping(&t, &c, 24);
        // Continuation lines carry the hanging indent, first lines none.
        let liner = c.line_of_offset(t.find("Liner").expect("liner"));
        assert_eq!(c.lines()[liner].indent, 0);
        assert_eq!(c.lines()[liner + 1].indent, 4);
        // Down from "nights" to the next item keeps the column.
        let nights = t.find("nights").expect("nights");
        assert_eq!(c.cell_of_offset(&t, nights), (liner + 1, 4));
    }

    #[test]
    fn a_list_items_second_paragraph_keeps_its_blank_line_and_indent() {
        let (t, c) = md_layout(
            "- first item\n\n  second paragraph of the first item\n- next\n",
            20,
        );
        assert_eq!(
            rendered(&t, &c),
            vec![
                "• first item",
                "",
                "  second paragraph",
                "  of the first item",
                "• next",
            ]
        );
        check_mapping(&t, &c, 20);
    }

    #[test]
    fn table_rows_follow_each_other() {
        let (t, c) = md_layout("| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n", 20);
        assert_eq!(rendered(&t, &c), vec!["a | b", "1 | 2", "3 | 4"]);
    }

    #[test]
    fn narrow_lines_drop_the_hanging_indent() {
        let deep = "- a\n  - b\n    - c\n      - deep item text here\n";
        let (t, c) = md_layout(deep, 12);
        check_mapping(&t, &c, 12);
        let last = &rendered(&t, &c)[3..];
        assert_eq!(last, ["• deep item", "text here"]);
        // With room, the same item is indented and hangs.
        let (t, c) = md_layout(deep, 30);
        assert_eq!(rendered(&t, &c)[3], "      • deep item text here");
        check_mapping(&t, &c, 30);
    }

    #[test]
    fn list_prefixes_are_read() {
        let p = |s: &str| {
            let p = list_prefix(s);
            (p.indent, p.len, p.marker)
        };
        assert_eq!(p("• a"), (0, 4, true));
        assert_eq!(p("    • a"), (4, 8, true));
        assert_eq!(p("12. a"), (0, 4, true));
        assert_eq!(p("  3) a"), (2, 5, true));
        assert_eq!(p("  continued"), (2, 2, false));
        assert_eq!(p("•"), (0, 0, false));
        assert_eq!(p("2024 was"), (0, 0, false));
    }

    proptest! {
        #[test]
        fn lists_lay_out_tight_indented_and_mapped(
            items in proptest::collection::vec(
                (0usize..4, proptest::collection::vec("[a-zé日]{1,9}", 1..12)),
                1..12,
            ),
            width in 1usize..50,
        ) {
            // One Markdown list, each item nested at most one level deeper
            // than the one before it; bullets and numbers by turns of depth
            // (a different marker at the same depth would start a new list).
            let mut src = String::from("Title\n\n");
            let mut deepest = 0;
            for (d, words) in &items {
                let depth = (*d).min(deepest);
                deepest = depth + 1;
                let marker = if depth % 2 == 1 { "1." } else { "-" };
                src.push_str(&format!("{}{marker} {}\n", "   ".repeat(depth), words.join(" ")));
            }
            let (t, c) = md_layout(&src, width);
            let mut last_end = 0;
            for (n, l) in c.lines().iter().enumerate() {
                prop_assert!(t.is_char_boundary(l.start) && t.is_char_boundary(l.end));
                prop_assert!(l.start >= last_end || l.kind.is_none());
                prop_assert!(l.indent + str_width(&t[l.start..l.end]) <= width.max(2));
                if l.kind.is_some() { last_end = l.end; }
                for (i, _) in t[l.start..l.end].char_indices() {
                    let off = l.start + i;
                    let (line, col) = c.cell_of_offset(&t, off);
                    prop_assert_eq!(line, n);
                    prop_assert_eq!(c.offset_of_cell(&t, line, col), off);
                }
                // A blank line only before the list: its items are tight.
                if l.kind.is_none() {
                    prop_assert!(
                        c.lines()[..n].iter().all(|p| p.kind != Some(BlockKind::ListItem)),
                        "{:?}", rendered(&t, &c)
                    );
                }
                // Item lines: first lines start at an item's marker (or its
                // indentation), continuation lines under the item's text.
                if l.kind == Some(BlockKind::ListItem) && l.indent > 0 {
                    let first = c.lines()[..n].iter().rev().find(|f| f.indent == 0).expect("first line");
                    let prefix = list_prefix(&t[first.start..]);
                    prop_assert_eq!(l.indent, str_width(&t[first.start..first.start + prefix.len]));
                }
            }
            // Every character but whitespace is shown, in order: markers,
            // words (cut where wider than the line).
            let compact = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            let shown: String = c.lines().iter().map(|l| compact(&t[l.start..l.end])).collect();
            prop_assert_eq!(shown, compact(&t));
        }


        #[test]
        fn lines_fit_and_cover_every_word(s in "[a-zA-Zé日 \\n.\u{1b}]{0,300}", width in 1usize..40) {
            let (t, c) = layout(&s, width);
            let mut last_end = 0;
            for l in c.lines() {
                prop_assert!(t.is_char_boundary(l.start) && t.is_char_boundary(l.end));
                prop_assert!(l.start >= last_end || l.kind.is_none());
                prop_assert!(l.indent + str_width(&t[l.start..l.end]) <= width.max(2));
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
