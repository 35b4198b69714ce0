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
        for c in s.chars() {
            if c.is_whitespace() {
                let at_start = self.text.len() == start;
                let after_space = self.text.ends_with([' ', '\n']);
                if !at_start && !after_space {
                    self.text.push(' ');
                }
            } else {
                self.text.push(c);
            }
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

/// The first line of `s`, trimmed, with inner whitespace collapsed: what a
/// title looks like.
pub fn one_line_title(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
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
