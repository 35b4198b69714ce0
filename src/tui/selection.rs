//! Selecting text in the reader: a cursor moved by words, sentences,
//! paragraphs and lines; the selection runs from where it started to the
//! cursor, widened to whole words.

use std::ops::Range;

use crate::core::article::Block;

use super::layout::WrapCache;

/// A selection in progress: byte offsets into the canonical text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    /// Where the selection started.
    pub anchor: usize,
    /// Where the cursor is now.
    pub cursor: usize,
}

/// Farthest (bytes) a word motion or the widening of a selection looks:
/// a 10 MB "word" is cut into pieces rather than scanned on every key.
pub const MAX_SCAN: usize = 4096;

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '_')
}

fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..)?.chars().next()
}

fn char_before(text: &str, pos: usize) -> Option<(usize, char)> {
    text.get(..pos)?.char_indices().next_back()
}

/// Start of the word containing `pos` (`pos` itself when not in a word).
pub fn word_start(text: &str, mut pos: usize) -> usize {
    if !char_at(text, pos).is_some_and(is_word_char) {
        return pos;
    }
    let limit = pos.saturating_sub(MAX_SCAN);
    while let Some((i, c)) = char_before(text, pos) {
        if !is_word_char(c) || i < limit {
            break;
        }
        pos = i;
    }
    pos
}

/// End of the word containing `pos` (exclusive).
pub fn word_end(text: &str, mut pos: usize) -> usize {
    let limit = pos + MAX_SCAN;
    while let Some(c) = char_at(text, pos) {
        if !is_word_char(c) || pos >= limit {
            break;
        }
        pos += c.len_utf8();
    }
    pos
}

/// Start of the next word after the one at `pos`.
pub fn next_word(text: &str, pos: usize) -> usize {
    let mut p = word_end(text, pos);
    if p == pos {
        p += char_at(text, p).map_or(0, char::len_utf8);
    }
    let limit = p + MAX_SCAN;
    while let Some(c) = char_at(text, p) {
        if is_word_char(c) || p >= limit {
            return p;
        }
        p += c.len_utf8();
    }
    pos
}

/// Start of the word before `pos` (or of the word `pos` is inside).
pub fn prev_word(text: &str, pos: usize) -> usize {
    let mut p = pos;
    let limit = pos.saturating_sub(MAX_SCAN);
    while let Some((i, c)) = char_before(text, p) {
        if is_word_char(c) || i < limit {
            break;
        }
        p = i;
    }
    let limit = p.saturating_sub(MAX_SCAN);
    while let Some((i, c)) = char_before(text, p) {
        if !is_word_char(c) || i < limit {
            break;
        }
        p = i;
    }
    p
}

/// The last character of the word at or after `pos` (vi's `e`).
pub fn end_of_word(text: &str, pos: usize) -> usize {
    let mut p = pos + char_at(text, pos).map_or(0, char::len_utf8);
    let limit = p + MAX_SCAN;
    while let Some(c) = char_at(text, p) {
        if is_word_char(c) || p >= limit {
            break;
        }
        p += c.len_utf8();
    }
    let end = word_end(text, p);
    char_before(text, end).map_or(pos, |(i, _)| i.max(pos))
}

/// Calls `found` with every sentence start in text[from..to]: every word
/// that follows `.`, `!` or `?` and whitespace (the rule's state begins at
/// `from`), until `found` returns false.
fn scan_starts(text: &str, from: usize, to: usize, mut found: impl FnMut(usize) -> bool) {
    let Some(s) = text.get(from..to) else {
        return;
    };
    let mut after_stop = false;
    let mut saw_space = false;
    for (i, c) in s.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            after_stop = true;
            saw_space = false;
        } else if c.is_whitespace() {
            saw_space = after_stop;
        } else if after_stop && saw_space && is_word_char(c) {
            if !found(from + i) {
                return;
            }
            after_stop = false;
            saw_space = false;
        } else if !matches!(c, '"' | '”' | '’' | ')') {
            after_stop = false;
        }
    }
}

/// Blocks longer than this are searched near the cursor only (a 10 MB
/// paragraph is not scanned whole on every key).
const SENTENCE_WINDOW: usize = 4096;
/// Text read before a window so the rule sees the stop that precedes it.
const SENTENCE_CONTEXT: usize = 64;

fn floor_boundary(text: &str, mut pos: usize) -> usize {
    pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

/// Where a scan for starts at or after `at` begins inside `block`.
fn scan_from(text: &str, block: &Block, at: usize) -> usize {
    if block.end - block.start <= SENTENCE_WINDOW {
        block.start
    } else {
        floor_boundary(text, at.saturating_sub(SENTENCE_CONTEXT).max(block.start))
    }
}

/// Farthest a sentence motion looks (bytes): in a "sentence" longer than
/// that the motion stops there.
const SENTENCE_MAX_SCAN: usize = 256 * 1024;

/// The first sentence start after `pos` inside `block`.
fn start_after(text: &str, block: &Block, pos: usize) -> Option<usize> {
    if block.start > pos {
        return Some(block.start);
    }
    let limit = floor_boundary(text, block.end.min(pos.saturating_add(SENTENCE_MAX_SCAN)));
    let mut hit = None;
    scan_starts(text, scan_from(text, block, pos), limit, |s| {
        if s > pos {
            hit = Some(s);
        }
        hit.is_none()
    });
    hit.or((limit < block.end).then_some(limit))
}

/// The last sentence start before `pos` inside `block` (its start counts).
fn start_before(text: &str, block: &Block, pos: usize) -> Option<usize> {
    if block.start >= pos {
        return None;
    }
    let end = pos.min(block.end);
    // Windows going back from `end`; each scan stops where the last began.
    let mut scan_end = end;
    let mut window_start = end;
    while window_start > block.start {
        if end - window_start >= SENTENCE_MAX_SCAN {
            return Some(window_start);
        }
        window_start = floor_boundary(
            text,
            window_start
                .saturating_sub(SENTENCE_WINDOW)
                .max(block.start),
        );
        let mut last = None;
        scan_starts(text, scan_from(text, block, window_start), scan_end, |s| {
            if s >= window_start && s < pos {
                last = Some(s);
            }
            true
        });
        if last.is_some() {
            return last;
        }
        scan_end = window_start;
    }
    Some(block.start)
}

/// The next (`forward`) or previous sentence start from `pos`.
pub fn sentence(text: &str, blocks: &[Block], pos: usize, forward: bool) -> usize {
    // The block holding `pos`: the last one starting at or before it.
    let here = blocks.partition_point(|b| b.start <= pos).saturating_sub(1);
    if forward {
        blocks
            .iter()
            .skip(here)
            .find_map(|b| start_after(text, b, pos))
            .unwrap_or(pos)
    } else {
        blocks
            .iter()
            .take(here + 1)
            .rev()
            .find_map(|b| start_before(text, b, pos))
            .unwrap_or(pos)
    }
}

/// The next or previous paragraph (block) start from `pos`.
pub fn paragraph(blocks: &[Block], pos: usize, forward: bool) -> usize {
    let starts: Vec<usize> = blocks.iter().map(|b| b.start).collect();
    step(&starts, pos, forward)
}

fn step(starts: &[usize], pos: usize, forward: bool) -> usize {
    if forward {
        starts.iter().copied().find(|&s| s > pos).unwrap_or(pos)
    } else {
        starts
            .iter()
            .copied()
            .rev()
            .find(|&s| s < pos)
            .unwrap_or(pos)
    }
}

/// The same column on the line below (`down`) or above.
pub fn vertical(text: &str, wrap: &WrapCache, pos: usize, down: bool) -> usize {
    let (line, col) = wrap.cell_of_offset(text, pos);
    let mut target = line;
    loop {
        target = if down {
            target + 1
        } else {
            target.wrapping_sub(1)
        };
        match wrap.lines().get(target) {
            None => return pos,
            Some(l) if l.kind.is_none() => continue,
            Some(_) => return wrap.offset_of_cell(text, target, col),
        }
    }
}

/// The start or the last character of the visual line showing `pos`.
pub fn line_edge(text: &str, wrap: &WrapCache, pos: usize, end: bool) -> usize {
    let Some(l) = wrap.lines().get(wrap.line_of_offset(pos)) else {
        return pos;
    };
    if end {
        char_before(text, l.end).map_or(l.start, |(i, _)| i.max(l.start))
    } else {
        l.start
    }
}

impl Selection {
    /// The selected byte range: from the anchor to the cursor, widened to
    /// whole words at both ends, trimmed of surrounding spaces and
    /// punctuation that is not part of a word.
    pub fn range(&self, text: &str) -> Range<usize> {
        let lo = self.anchor.min(self.cursor).min(text.len());
        let hi = self.anchor.max(self.cursor).min(text.len());
        let start = word_start(text, lo);
        let last = char_at(text, hi).map_or(hi, |c| hi + c.len_utf8());
        let mut end = word_end(text, hi).max(last).min(text.len());
        while let Some((i, c)) = char_before(text, end) {
            if i < start || !c.is_whitespace() {
                break;
            }
            end = i;
        }
        start..end.max(start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::article::text;

    const T: &str = "Title\nFirst sentence here. Second one, with Steve Witkoff’s words! Third.\nNext paragraph.";

    #[test]
    fn word_motions() {
        let first = T.find("First").expect("First");
        let sentence = T.find("sentence").expect("sentence");
        assert_eq!(next_word(T, first), sentence);
        assert_eq!(prev_word(T, sentence), first);
        assert_eq!(end_of_word(T, first), first + 4);
        let w = T.find("Witkoff’s").expect("w");
        assert_eq!(word_end(T, w), w + "Witkoff’s".len());
        assert_eq!(word_start(T, w + 3), w);
    }

    /// The whole-text rule, for comparison: every block's start and every
    /// start found scanning the block from its beginning.
    fn all_starts(text: &str, blocks: &[Block]) -> Vec<usize> {
        let mut out = Vec::new();
        for b in blocks {
            out.push(b.start);
            scan_starts(text, b.start, b.end, |s| {
                out.push(s);
                true
            });
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn windowed_sentence_motions_match_the_whole_scan(
            words in proptest::collection::vec(0usize..9, 200..3000),
            probes in proptest::collection::vec(0.0f64..1.0, 12),
        ) {
            const W: [&str; 9] = ["harbour ", "board. ", "ferry! ", "“Quay.” ", "fees? ", "rose ", "Tessaly ", "(port.) ", "day "];
            let body: String = words.iter().map(|&i| W[i]).collect();
            // A title, one huge paragraph, and a short one after it.
            let t = format!("Title\n{body}\nLast one. Here it ends.");
            let p = text::parse(t.clone());
            let starts = all_starts(&t, &p.blocks);
            for f in probes {
                let mut pos = ((t.len() as f64) * f) as usize;
                while !t.is_char_boundary(pos) { pos -= 1; }
                proptest::prop_assert_eq!(sentence(&t, &p.blocks, pos, true), step(&starts, pos, true));
                proptest::prop_assert_eq!(sentence(&t, &p.blocks, pos, false), step(&starts, pos, false));
            }
        }
    }

    #[test]
    fn sentence_and_paragraph_motions() {
        let p = text::parse(T.to_string());
        let first = T.find("First").expect("First");
        let second = T.find("Second").expect("Second");
        let third = T.find("Third").expect("Third");
        assert_eq!(sentence(T, &p.blocks, first, true), second);
        assert_eq!(sentence(T, &p.blocks, second, true), third);
        assert_eq!(sentence(T, &p.blocks, third, false), second);
        let next = T.find("Next").expect("Next");
        assert_eq!(paragraph(&p.blocks, first, true), next);
        assert_eq!(paragraph(&p.blocks, next, false), first);
    }

    #[test]
    fn selection_widens_to_words() {
        let s = T.find("Steve").expect("Steve");
        let sel = Selection {
            anchor: s + 2,
            cursor: s + 8,
        };
        assert_eq!(&T[sel.range(T)], "Steve Witkoff’s");
        let one = Selection {
            anchor: s,
            cursor: s,
        };
        assert_eq!(&T[one.range(T)], "Steve");
    }

    #[test]
    fn vertical_and_line_motions() {
        let p = text::parse(T.to_string());
        let wrap = WrapCache::build(&p.text, &p.blocks, 20);
        let first = T.find("First").expect("First");
        let down = vertical(T, &wrap, first, true);
        assert_eq!(wrap.line_of_offset(down), wrap.line_of_offset(first) + 1);
        assert_eq!(vertical(T, &wrap, down, false), first);
        assert_eq!(line_edge(T, &wrap, first + 3, false), first);
    }
}
