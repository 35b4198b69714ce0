//! Plain-text articles (`.txt`): the canonical text is the file's content
//! byte for byte. The first non-empty line is the title; a short line without
//! closing punctuation between paragraphs is a section heading.

use super::{Block, BlockKind, Parsed};

/// Longest line (in characters) that can still be a section heading.
const MAX_HEADING_CHARS: usize = 120;

/// Parses plain text. Never fails; the text is kept exactly as given.
pub fn parse(text: String) -> Parsed {
    let blocks = blocks_of(&text);
    let title = blocks
        .first()
        .filter(|b| b.kind == BlockKind::Title)
        .map(|b| text[b.range()].trim().to_string())
        .unwrap_or_default();
    Parsed {
        title,
        text,
        blocks,
        ..Parsed::default()
    }
}

/// Splits text into blocks: each non-empty line is a block (news text
/// usually has one paragraph a line); consecutive lines not separated by a
/// blank line are joined into one paragraph when they look hard-wrapped.
pub fn blocks_of(text: &str) -> Vec<Block> {
    let lines = lines_with_offsets(text);
    let hard_wrapped = is_hard_wrapped(text, &lines);
    let mut blocks: Vec<Block> = Vec::new();
    let mut prev_blank = true;
    for (idx, &(start, end)) in lines.iter().enumerate() {
        let line = &text[start..end];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            prev_blank = true;
            continue;
        }
        let content_start = start + (line.len() - line.trim_start().len());
        let content_end = start + line.trim_end().len();
        let next_nonblank = lines[idx + 1..]
            .iter()
            .map(|&(s, e)| &text[s..e])
            .find(|l| !l.trim().is_empty());
        let kind = if blocks.is_empty() {
            BlockKind::Title
        } else if looks_like_heading(trimmed)
            && next_nonblank.is_some()
            && (!hard_wrapped || next_line_blank(text, &lines, idx))
        {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        // Hard-wrapped paragraphs: a non-blank line directly after a paragraph
        // line continues it.
        if hard_wrapped
            && !prev_blank
            && kind == BlockKind::Paragraph
            && let Some(last) = blocks.last_mut()
            && last.kind == BlockKind::Paragraph
        {
            last.end = content_end;
            continue;
        }
        blocks.push(Block {
            kind,
            start: content_start,
            end: content_end,
        });
        prev_blank = false;
    }
    blocks
}

/// A heading is short, has no closing sentence punctuation and starts with
/// an upper-case letter or digit.
pub fn looks_like_heading(line: &str) -> bool {
    let chars = line.chars().count();
    if chars == 0 || chars > MAX_HEADING_CHARS {
        return false;
    }
    let first_ok = line
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let last = line.chars().last().unwrap_or(' ');
    let closes = matches!(
        last,
        '.' | ',' | ';' | ':' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | '…'
    );
    first_ok && !closes && line.split_whitespace().count() <= 20
}

/// Hard-wrapped text has blank lines between paragraphs and no long lines;
/// its consecutive lines belong to one paragraph.
fn is_hard_wrapped(text: &str, lines: &[(usize, usize)]) -> bool {
    let mut blank_between = false;
    let mut seen_text = false;
    let mut pending_blank = false;
    for &(s, e) in lines {
        let line = &text[s..e];
        if line.trim().is_empty() {
            pending_blank = seen_text;
        } else {
            blank_between |= pending_blank;
            seen_text = true;
            if line.chars().count() > 100 {
                return false;
            }
        }
    }
    blank_between && lines.len() > 3
}

fn next_line_blank(text: &str, lines: &[(usize, usize)], idx: usize) -> bool {
    lines
        .get(idx + 1)
        .is_none_or(|&(s, e)| text[s..e].trim().is_empty())
}

/// Byte ranges of each line, without the line terminator (`\n` or `\r\n`).
fn lines_with_offsets(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && text.as_bytes()[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            out.push((start, end));
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "Big News Today\nFirst paragraph of the story.\nA Section Heading\nSecond paragraph here.\n\n";

    #[test]
    fn title_is_first_nonempty_line() {
        let p = parse(format!("\n\n{SAMPLE}"));
        assert_eq!(p.title, "Big News Today");
        assert_eq!(p.blocks[0].kind, BlockKind::Title);
    }

    #[test]
    fn detects_headings_between_paragraphs() {
        let p = parse(SAMPLE.to_string());
        let kinds: Vec<_> = p.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Title,
                BlockKind::Paragraph,
                BlockKind::Heading,
                BlockKind::Paragraph
            ]
        );
        assert_eq!(&p.text[p.blocks[2].range()], "A Section Heading");
    }

    #[test]
    fn text_is_kept_byte_for_byte() {
        let src = "T\r\nbody line.\r\n\u{1b}[2J weird\n";
        assert_eq!(parse(src.to_string()).text, src);
    }

    #[test]
    fn sentence_lines_are_not_headings() {
        assert!(!looks_like_heading("This ends with a period."));
        assert!(!looks_like_heading("lower case start"));
        assert!(looks_like_heading(
            "Witkoff’s Negotiation Philosophy Faces Global Realities"
        ));
    }

    #[test]
    fn trailing_line_is_not_a_heading() {
        let p = parse("Title\nBody text here.\nShort Last Line".to_string());
        assert_eq!(p.blocks.last().map(|b| b.kind), Some(BlockKind::Paragraph));
    }

    #[test]
    fn hard_wrapped_lines_join_into_paragraphs() {
        let p = parse(
            "Title\n\nFirst line of a paragraph that\ncontinues here.\n\nNext one.\n".to_string(),
        );
        assert_eq!(p.blocks.len(), 3);
        assert_eq!(
            &p.text[p.blocks[1].range()],
            "First line of a paragraph that\ncontinues here."
        );
    }

    #[test]
    fn one_paragraph_per_line_stays_separate() {
        let p = parse("Title\nOne.\nTwo.\nThree.\n".to_string());
        assert_eq!(p.blocks.len(), 4);
    }

    #[test]
    fn empty_text_has_no_blocks() {
        let p = parse(String::new());
        assert!(p.blocks.is_empty());
        assert_eq!(p.title, "");
    }
}
