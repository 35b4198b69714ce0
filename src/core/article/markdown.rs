//! Markdown articles (`.md`, `.markdown`).
//!
//! CommonMark (plus tables and strikethrough) through pulldown-cmark,
//! rendered to plain text: headings, paragraphs, quotes, list items
//! ("• item", "1. item"), code as is, link text kept, images dropped. Blocks
//! are separated by blank lines. A YAML (`---`) or TOML (`+++`) front-matter
//! block gives the title and metadata. The title is the front-matter title,
//! else the first level-1 heading, else the first line.
//!
//! Hostile input: a document nested deeper than [`MAX_NESTING`] containers
//! (quotes, list items) is shown as plain text with a warning instead of
//! being parsed, which bounds time and memory.

use pulldown_cmark::{Event, HeadingLevel, MetadataBlockKind, Options, Parser, Tag, TagEnd};

use super::builder::{TextBuilder, one_line_title};
use super::front_matter::{self, Syntax};
use super::{BlockKind, Parsed, text};

/// Deepest container nesting (block quotes and list items on one line,
/// indentation counted as half a level per space pair) parsed as Markdown.
pub const MAX_NESTING: usize = 64;

/// Parses a Markdown document into its canonical plain text.
pub fn parse(src: &str) -> Parsed {
    let depth = nesting_depth(src);
    if depth > MAX_NESTING {
        let mut parsed = text::parse(src.to_string());
        parsed.warnings.push(format!(
            "Markdown nested {depth} levels deep (limit {MAX_NESTING}): shown as plain text"
        ));
        return parsed;
    }
    Renderer::default().run(src)
}

/// An upper estimate of container nesting: per line, the block-quote and
/// list markers at its start plus half its indentation.
pub fn nesting_depth(src: &str) -> usize {
    src.lines().map(line_depth).max().unwrap_or(0)
}

fn line_depth(line: &str) -> usize {
    let bytes = line.as_bytes();
    let mut depth = 0;
    let mut spaces = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b' ' => spaces += 1,
            b'\t' => spaces += 4,
            b'>' => depth += 1,
            b'-' | b'*' | b'+' if bytes.get(i + 1).is_some_and(|b| *b == b' ' || *b == b'\t') => {
                depth += 1
            }
            b'0'..=b'9' => {
                let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
                let after = bytes.get(i + digits).copied();
                if matches!(after, Some(b'.' | b')')) && digits <= 9 {
                    depth += 1;
                    i += digits;
                } else {
                    break;
                }
            }
            _ => break,
        }
        i += 1;
    }
    depth + spaces / 2
}

#[derive(Default)]
struct Renderer {
    out: TextBuilder,
    warnings: Vec<String>,
    front: Option<front_matter::FrontMatter>,
    /// Front-matter source being collected.
    meta_src: Option<(Syntax, String)>,
    quote_depth: usize,
    /// One entry per open list: the next number (ordered) or `None`.
    lists: Vec<Option<u64>>,
    /// The list item whose block holds only its bullet so far.
    item_fresh: bool,
    /// A list item was already written in the innermost list.
    item_seen: Vec<bool>,
    /// Inside an image: its alt text is dropped.
    image_depth: usize,
    /// Source of the raw HTML block being read (rendered at its end).
    html_block: Option<String>,
    /// Table state: the next cell is not the first of its row.
    cell_seen: bool,
    row_seen: bool,
    /// Index and text of the first level-1 heading, and the level of the
    /// heading being written.
    first_h1: Option<(usize, String)>,
    heading: Option<HeadingLevel>,
    /// The block index of a title taken from front matter.
    fm_title_block: Option<usize>,
}

impl Renderer {
    fn run(mut self, src: &str) -> Parsed {
        let mut opts = Options::empty();
        opts.insert(Options::ENABLE_YAML_STYLE_METADATA_BLOCKS);
        opts.insert(Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS);
        opts.insert(Options::ENABLE_TABLES);
        opts.insert(Options::ENABLE_STRIKETHROUGH);
        for event in Parser::new_ext(src, opts) {
            self.event(event);
        }
        self.finish()
    }

    /// The kind a new text block gets in the current context.
    fn context_kind(&self) -> BlockKind {
        if self.quote_depth > 0 {
            BlockKind::Quote
        } else if !self.lists.is_empty() {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        }
    }

    fn ensure_open(&mut self) {
        if self.out.open_kind().is_none() {
            let kind = self.context_kind();
            self.out.open(kind, false);
            if kind == BlockKind::ListItem {
                // A continuation paragraph of a list item: indented.
                let indent = "  ".repeat(self.lists.len());
                self.out.push(&indent);
            }
        }
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => {
                if let Some((_, buf)) = &mut self.meta_src {
                    buf.push_str(&t);
                } else if self.image_depth == 0 {
                    self.ensure_open();
                    self.out.push(&t);
                    self.item_fresh = false;
                }
            }
            Event::Code(t) => {
                self.ensure_open();
                self.out.push(&t);
                self.item_fresh = false;
            }
            Event::SoftBreak => {
                if self.image_depth == 0 && self.out.open_kind().is_some() {
                    self.out.push(" ");
                }
            }
            Event::HardBreak => {
                if self.out.open_kind().is_some() {
                    self.out.push("\n");
                }
            }
            Event::Html(t) => {
                if let Some(buf) = &mut self.html_block {
                    buf.push_str(&t);
                }
            }
            Event::InlineHtml(_) | Event::Rule => {}
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
            Event::InlineMath(t) | Event::DisplayMath(t) => {
                self.ensure_open();
                self.out.push(&t);
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::MetadataBlock(kind) => {
                let syntax = match kind {
                    MetadataBlockKind::YamlStyle => Syntax::Yaml,
                    MetadataBlockKind::PlusesStyle => Syntax::Toml,
                };
                self.meta_src = Some((syntax, String::new()));
            }
            Tag::Paragraph => {
                let continue_item =
                    self.item_fresh && self.out.open_kind() == Some(BlockKind::ListItem);
                if !continue_item {
                    self.out.close();
                }
            }
            Tag::Heading { level, .. } => {
                self.out.open(BlockKind::Heading, false);
                self.heading = Some(level);
            }
            Tag::BlockQuote(_) => {
                self.out.close();
                self.quote_depth += 1;
            }
            Tag::CodeBlock(_) => self.out.open(BlockKind::Other, false),
            Tag::HtmlBlock => {
                self.out.close();
                self.html_block = Some(String::new());
            }
            Tag::List(first) => {
                self.out.close();
                self.lists.push(first);
                self.item_seen.push(false);
            }
            Tag::Item => {
                let tight = self.item_seen.last().copied().unwrap_or(false);
                self.out.open(BlockKind::ListItem, tight);
                self.out.list_marker(&mut self.lists);
                self.item_fresh = true;
                if let Some(seen) = self.item_seen.last_mut() {
                    *seen = true;
                }
            }
            Tag::Table(_) => {
                self.out.close();
                self.row_seen = false;
            }
            Tag::TableHead | Tag::TableRow => {
                self.out.open(BlockKind::Other, self.row_seen);
                self.row_seen = true;
                self.cell_seen = false;
            }
            Tag::TableCell => {
                if self.cell_seen {
                    self.out.push(" | ");
                }
                self.cell_seen = true;
            }
            Tag::Image { .. } => self.image_depth += 1,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::MetadataBlock(_) => {
                if let Some((syntax, src)) = self.meta_src.take() {
                    self.front_matter(&src, syntax);
                }
            }
            TagEnd::Paragraph
                if !(self.item_fresh && self.out.open_kind() == Some(BlockKind::ListItem)) =>
            {
                self.out.close();
            }
            TagEnd::Heading(_) => self.end_heading(),
            TagEnd::BlockQuote(_) => {
                self.out.close();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            TagEnd::CodeBlock => self.out.close(),
            TagEnd::HtmlBlock => {
                // Raw HTML: its text, tags (and scripts) stripped, a block
                // per line of text.
                let src = self.html_block.take().unwrap_or_default();
                let kind = self.context_kind();
                for line in super::html::strip_tags(&src).lines() {
                    self.out.open(kind, false);
                    self.out.push_collapsed(line);
                }
                self.out.close();
            }
            TagEnd::List(_) => {
                self.out.close();
                self.lists.pop();
                self.item_seen.pop();
            }
            TagEnd::Item => {
                self.out.close();
                self.item_fresh = false;
            }
            TagEnd::TableHead | TagEnd::TableRow => self.out.close(),
            TagEnd::Table => self.out.close(),
            TagEnd::Image => self.image_depth = self.image_depth.saturating_sub(1),
            _ => {}
        }
    }

    fn front_matter(&mut self, src: &str, syntax: Syntax) {
        match front_matter::parse(src, syntax) {
            Ok(fm) => {
                if let Some(title) = fm.title.as_deref().map(one_line_title)
                    && !title.is_empty()
                {
                    self.out.open(BlockKind::Title, false);
                    self.out.push(&title);
                    self.out.close();
                    self.fm_title_block = Some(self.out.blocks().len() - 1);
                }
                self.front = Some(fm);
            }
            Err(e) => self.warnings.push(e),
        }
    }

    fn end_heading(&mut self) {
        let level = self.heading.take();
        let text = one_line_title(self.out.open_text());
        self.out.close();
        if level != Some(HeadingLevel::H1) || text.is_empty() {
            return;
        }
        let idx = self.out.blocks().len().saturating_sub(1);
        // An H1 right after a front-matter title that repeats it is dropped.
        if let Some(t) = self.fm_title_block
            && idx == t + 1
            && self
                .front
                .as_ref()
                .and_then(|f| f.title.as_deref())
                .map(one_line_title)
                == Some(text.clone())
        {
            self.out.pop_last();
            return;
        }
        if self.first_h1.is_none() {
            if idx == 0 {
                self.out.set_kind(0, BlockKind::Title);
            }
            self.first_h1 = Some((idx, text));
        }
    }

    fn finish(self) -> Parsed {
        let fm = self.front.unwrap_or_default();
        let (text, mut blocks) = self.out.finish();
        let title = fm
            .title
            .as_deref()
            .map(one_line_title)
            .filter(|t| !t.is_empty())
            .or(self.first_h1.map(|(_, t)| t))
            .unwrap_or_else(|| {
                if let Some(first) = blocks.first_mut()
                    && first.kind == BlockKind::Heading
                {
                    first.kind = BlockKind::Title;
                }
                one_line_title(text.lines().next().unwrap_or(""))
            });
        Parsed {
            title,
            text,
            blocks,
            meta: fm.meta,
            warnings: self.warnings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slices(p: &Parsed) -> Vec<(BlockKind, &str)> {
        p.blocks
            .iter()
            .map(|b| (b.kind, &p.text[b.range()]))
            .collect()
    }

    #[test]
    fn renders_blocks_as_plain_text() {
        let p = parse(
            "# Harbour Bridge Reopens\n\nThe *old* bridge at [Port Ellis](https://x.example) reopened.\nIt took `two` years.\n\n## Costs\n\n> Worth it, said Mayor Ines Harrow.\n\n- first item\n- second **item**\n\n1. one\n2. two\n\n```\nlet x = 1;\n```\n",
        );
        assert_eq!(p.title, "Harbour Bridge Reopens");
        assert_eq!(
            slices(&p),
            vec![
                (BlockKind::Title, "Harbour Bridge Reopens"),
                (
                    BlockKind::Paragraph,
                    "The old bridge at Port Ellis reopened. It took two years."
                ),
                (BlockKind::Heading, "Costs"),
                (BlockKind::Quote, "Worth it, said Mayor Ines Harrow."),
                (BlockKind::ListItem, "• first item"),
                (BlockKind::ListItem, "• second item"),
                (BlockKind::ListItem, "1. one"),
                (BlockKind::ListItem, "2. two"),
                (BlockKind::Other, "let x = 1;"),
            ]
        );
        assert!(p.text.contains("• first item\n• second item\n\n1. one"));
    }

    #[test]
    fn yaml_front_matter_gives_title_and_meta() {
        let p = parse(
            "---\ntitle: Valley Vote Delayed\nsource: Hill Courier\ndate: 2025-02-01\nauthor: Ilse Brandt\n---\n\n# Valley Vote Delayed\n\nBody text.\n",
        );
        assert_eq!(p.title, "Valley Vote Delayed");
        assert_eq!(p.meta.source.as_deref(), Some("Hill Courier"));
        assert_eq!(p.meta.date.as_deref(), Some("2025-02-01"));
        assert_eq!(p.meta.author.as_deref(), Some("Ilse Brandt"));
        // The repeated H1 is not shown twice.
        assert_eq!(p.text, "Valley Vote Delayed\n\nBody text.");
        assert_eq!(p.blocks[0].kind, BlockKind::Title);
    }

    #[test]
    fn toml_front_matter_is_read() {
        let p = parse(
            "+++\ntitle = \"Dam Report\"\nurl = \"https://example.org/dam\"\n+++\n\nText here.\n",
        );
        assert_eq!(p.title, "Dam Report");
        assert_eq!(p.meta.url.as_deref(), Some("https://example.org/dam"));
        assert_eq!(p.text, "Dam Report\n\nText here.");
    }

    #[test]
    fn bad_front_matter_is_a_warning() {
        let p = parse("---\ntitle: [oops\n---\n\nFirst line here\n");
        assert_eq!(p.warnings.len(), 1);
        assert_eq!(p.title, "First line here");
    }

    #[test]
    fn title_falls_back_to_first_line() {
        let p = parse("Just a paragraph\nwith two lines.\n\n## Later\n\n# An H1 later\n");
        assert_eq!(p.title, "An H1 later");
        let p = parse("Just a paragraph.\n");
        assert_eq!(p.title, "Just a paragraph.");
    }

    #[test]
    fn nested_lists_and_loose_items() {
        let p = parse("- a\n  - b\n- c\n\n  more c\n");
        let s = slices(&p);
        assert_eq!(s[0], (BlockKind::ListItem, "• a"));
        assert_eq!(s[1], (BlockKind::ListItem, "  • b"));
        assert!(s.iter().any(|(_, t)| t.contains("more c")));
    }

    #[test]
    fn tables_and_html_blocks() {
        let p =
            parse("| a | b |\n|---|---|\n| 1 | 2 |\n\n<div class=\"x\">Inside &amp; out</div>\n");
        let s = slices(&p);
        assert_eq!(s[0], (BlockKind::Other, "a | b"));
        assert_eq!(s[1], (BlockKind::Other, "1 | 2"));
        assert_eq!(s[2], (BlockKind::Paragraph, "Inside & out"));
        assert_eq!(s.len(), 3, "{s:?}");
    }

    #[test]
    fn empty_and_whitespace_documents() {
        for src in ["", "   \n\n  \t\n", "---\n---\n"] {
            let p = parse(src);
            assert!(p.text.trim().is_empty(), "{src:?}");
        }
    }

    #[test]
    fn deep_nesting_falls_back_to_plain_text() {
        let src = ">".repeat(100_000) + " deep";
        let start = std::time::Instant::now();
        let p = parse(&src);
        assert!(start.elapsed().as_secs() < 2);
        assert_eq!(p.warnings.len(), 1);
        assert_eq!(p.text, src);
        let lists: String = (0..2000)
            .map(|i| format!("{}- x\n", "  ".repeat(i)))
            .collect();
        assert_eq!(parse(&lists).warnings.len(), 1);
    }

    #[test]
    fn pathological_inline_input_is_fast() {
        for src in [
            "[".repeat(50_000),
            "*a ".repeat(30_000),
            "<".repeat(50_000),
            "`".repeat(50_000),
            "[a](".repeat(20_000),
            "**_".repeat(20_000),
            "a\n".repeat(50_000) + &"-".repeat(10),
            "- a\n".repeat(20_000),
            "![".repeat(20_000),
            "&#27;".repeat(20_000),
        ] {
            let start = std::time::Instant::now();
            let p = parse(&src);
            assert!(start.elapsed().as_secs() < 3, "slow on {:?}", &src[..20]);
            for b in &p.blocks {
                assert!(p.text.get(b.range()).is_some());
            }
        }
    }

    #[test]
    fn escaped_controls_are_decoded_once() {
        let p = parse("Text &#27;[2J and &amp;#27; end\n");
        assert_eq!(p.text, "Text \u{1b}[2J and &#27; end");
    }
}
