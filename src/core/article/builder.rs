//! Building a canonical text block by block (used by the Markdown and HTML
//! loaders): blocks are separated by a blank line (or a single newline for
//! consecutive list items and table rows), and each block's byte range is
//! recorded as it is closed.

use super::{Block, BlockKind};

/// Accumulates canonical text and its blocks.
#[derive(Debug, Default)]
pub struct TextBuilder {
    text: String,
    blocks: Vec<Block>,
    open: Option<Open>,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    kind: BlockKind,
    /// Where the separator before this block starts (truncated back to when
    /// the block turns out empty).
    sep_start: usize,
    start: usize,
}

impl TextBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Closes the open block (if any) and opens a new one of `kind`. A
    /// `tight` block follows the previous one after a single newline.
    pub fn open(&mut self, kind: BlockKind, tight: bool) {
        self.close();
        let sep_start = self.text.len();
        if !self.text.is_empty() {
            self.text.push_str(if tight { "\n" } else { "\n\n" });
        }
        self.open = Some(Open {
            kind,
            sep_start,
            start: self.text.len(),
        });
    }

    /// The kind of the open block, if one is open.
    pub fn open_kind(&self) -> Option<BlockKind> {
        self.open.map(|o| o.kind)
    }

    /// The text of the open block so far ("" when none is open).
    pub fn open_text(&self) -> &str {
        self.open.map_or("", |o| &self.text[o.start..])
    }

    /// Writes a list item's marker: indentation for the nesting depth, then
    /// the next number of an ordered list (advancing it) or a bullet.
    /// `lists` holds the open lists, innermost last.
    pub fn list_marker(&mut self, lists: &mut [Option<u64>]) {
        let indent = "  ".repeat(lists.len().saturating_sub(1));
        let bullet = match lists.last_mut() {
            Some(Some(n)) => {
                let b = format!("{n}. ");
                *n = n.saturating_add(1);
                b
            }
            _ => "• ".to_string(),
        };
        self.push(&indent);
        self.push(&bullet);
    }

    /// Appends `s` verbatim to the open block (opening a paragraph if none).
    pub fn push(&mut self, s: &str) {
        if self.open.is_none() {
            self.open(BlockKind::Paragraph, false);
        }
        self.text.push_str(s);
    }

    /// Appends `s` with runs of whitespace collapsed to one space and no
    /// whitespace at the start of a block (HTML text).
    pub fn push_collapsed(&mut self, s: &str) {
        if self.open.is_none() {
            if s.trim().is_empty() {
                return;
            }
            self.open(BlockKind::Paragraph, false);
        }
        let start = self.open.map_or(0, |o| o.start);
        let mut words = s.split(char::is_whitespace).peekable();
        let mut first = true;
        while let Some(word) = words.next() {
            // A separator is due before every word but the first, and before
            // the first when `s` starts with whitespace.
            let space_before = !first || word.is_empty();
            first = false;
            if word.is_empty() {
                if words.peek().is_none() {
                    self.space(start);
                }
                continue;
            }
            if space_before {
                self.space(start);
            }
            self.text.push_str(word);
        }
    }

    /// One space, unless at the start of the block or after whitespace.
    fn space(&mut self, start: usize) {
        if self.text.len() > start && !self.text.ends_with([' ', '\n']) {
            self.text.push(' ');
        }
    }

    /// Closes the open block: trailing whitespace is trimmed, and an empty
    /// block is removed together with its separator.
    pub fn close(&mut self) {
        let Some(open) = self.open.take() else {
            return;
        };
        let trimmed = self.text[open.start..].trim_end().len();
        self.text.truncate(open.start + trimmed);
        if trimmed == 0 {
            self.text.truncate(open.sep_start);
            return;
        }
        self.blocks.push(Block {
            kind: open.kind,
            start: open.start,
            end: self.text.len(),
        });
    }

    /// The blocks closed so far.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The text written so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Removes the last closed block (and its separator) when it is the
    /// final thing in the text.
    pub fn pop_last(&mut self) -> Option<Block> {
        if self.open.is_some() {
            return None;
        }
        let last = self.blocks.pop()?;
        let cut = self.text[..last.start].trim_end_matches('\n').len();
        self.text.truncate(cut);
        Some(last)
    }

    /// Changes the kind of closed block `idx`.
    pub fn set_kind(&mut self, idx: usize, kind: BlockKind) {
        if let Some(b) = self.blocks.get_mut(idx) {
            b.kind = kind;
        }
    }

    /// Closes any open block and returns the text and its blocks.
    pub fn finish(mut self) -> (String, Vec<Block>) {
        self.close();
        (self.text, self.blocks)
    }
}

/// Longest title kept, in characters (longer ones are cut at a word).
pub const MAX_TITLE_CHARS: usize = 300;

/// `s` trimmed, with inner whitespace (newlines too) collapsed to single
/// spaces and cut to [`MAX_TITLE_CHARS`]: what a title looks like.
pub fn one_line_title(s: &str) -> String {
    let mut out = String::new();
    let mut chars = 0;
    for word in s.split_whitespace() {
        let n = word.chars().count();
        if chars + n + 1 > MAX_TITLE_CHARS {
            if out.is_empty() {
                out.extend(word.chars().take(MAX_TITLE_CHARS));
            }
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
        chars += n + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_separated_and_ranged() {
        let mut b = TextBuilder::new();
        b.open(BlockKind::Title, false);
        b.push("Title");
        b.open(BlockKind::ListItem, false);
        b.push("• one");
        b.open(BlockKind::ListItem, true);
        b.push("• two  ");
        b.open(BlockKind::Paragraph, false);
        b.push_collapsed("  lots   of\n space ");
        let (text, blocks) = b.finish();
        assert_eq!(text, "Title\n\n• one\n• two\n\nlots of space");
        let slices: Vec<_> = blocks.iter().map(|b| &text[b.range()]).collect();
        assert_eq!(slices, ["Title", "• one", "• two", "lots of space"]);
    }

    #[test]
    fn collapsing_matches_the_char_rule() {
        for (parts, want) in [
            (vec![" a  b ", "c", " ", "d"], "a b c d"),
            (vec!["a", "b"], "ab"),
            (vec!["a ", " b"], "a b"),
            (vec!["\n\n", "x\t\ty"], "x y"),
        ] {
            let mut b = TextBuilder::new();
            for p in parts {
                b.push_collapsed(p);
            }
            assert_eq!(b.finish().0, want);
        }
    }

    #[test]
    fn long_titles_are_cut() {
        let t = one_line_title(&"word ".repeat(1000));
        assert!(t.chars().count() <= MAX_TITLE_CHARS + 1);
        assert!(t.ends_with('…'));
        assert_eq!(one_line_title(" A\n split\ttitle "), "A split title");
        assert_eq!(
            one_line_title(&"x".repeat(500)).chars().count(),
            MAX_TITLE_CHARS + 1
        );
    }

    #[test]
    fn empty_blocks_vanish_with_their_separator() {
        let mut b = TextBuilder::new();
        b.push("A");
        b.open(BlockKind::Paragraph, false);
        b.push("   ");
        let (text, blocks) = b.finish();
        assert_eq!(text, "A");
        assert_eq!(blocks.len(), 1);
    }

    #[test]
    fn pop_last_removes_the_separator() {
        let mut b = TextBuilder::new();
        b.push("A");
        b.open(BlockKind::Paragraph, false);
        b.push("B");
        b.close();
        assert!(b.pop_last().is_some());
        assert_eq!(b.text(), "A");
    }
}
