//! HTML pages (`.html`, `.htm`): main-content extraction.
//!
//! The page is decoded from its bytes (BOM, else `<meta charset>`, else
//! UTF-8), parsed with html5ever and reduced to its article by
//! [`dom_smoothie`] (a port of Mozilla Readability), which also finds the
//! title, byline, site name and publication date (meta tags, JSON-LD).
//! What it does not find is taken from the page's own statements
//! ([`meta`]: JSON-LD `@graph`s, more meta tags). The article is then
//! rendered to canonical text ([`render`]): the title, then headings,
//! paragraphs, quotes and list items separated by blank lines; boilerplate
//! the extractor left (cookie banners, ads, related links, comments) is
//! dropped, as is a leading block repeating the title, the byline or the
//! date ("By | 10 January 2025" when the name was taken out as the byline).
//!
//! Hostile input: a page nested deeper than [`MAX_NESTING`] elements, or with
//! more than [`MAX_ELEMENTS`], is not given to the extractor; its tags are
//! stripped instead (with a warning). Character references are decoded once,
//! by the parser; the text may then hold control characters, which display
//! code neutralises (see [`super::sanitize`]).

mod charset;
mod meta;
mod render;
mod strip;

use dom_query::Document;
use dom_smoothie::{Config, Readability};

pub use charset::declared as declared_charset;
pub use strip::{decode_entities, nesting_depth, strip_tags};

use super::builder::{TextBuilder, one_line_title};
use super::{Block, BlockKind, Metadata, Parsed};

/// Deepest element nesting handed to the HTML parser and extractor.
pub const MAX_NESTING: usize = 256;

/// Most elements handed to the extractor; larger pages are rendered whole.
pub const MAX_ELEMENTS: usize = 60_000;

/// Parses an HTML page from its bytes, detecting the character set.
pub fn parse_bytes(bytes: &[u8]) -> Parsed {
    let (src, warnings) = charset::decode(bytes);
    let mut parsed = parse(&src);
    parsed.warnings.splice(0..0, warnings);
    parsed
}

/// Parses an already-decoded HTML page into its canonical plain text.
pub fn parse(src: &str) -> Parsed {
    let depth = strip::nesting_depth(src);
    if depth > MAX_NESTING {
        let mut parsed = stripped(src);
        parsed.warnings.push(format!(
            "HTML nested {depth} levels deep (limit {MAX_NESTING}): tags stripped"
        ));
        return parsed;
    }
    let doc = Document::from(src);
    let title = one_line_title(&doc.select("title").first().text());
    let page = meta::PageMeta::of(&doc);
    remove_boilerplate(&doc);
    let cfg = Config {
        max_elements_to_parse: MAX_ELEMENTS,
        keep_classes: true,
        ..Config::default()
    };
    let extracted = Readability::with_document(doc, None, Some(cfg)).and_then(|mut r| r.parse());
    match extracted {
        Ok(article) => {
            let content = Document::fragment(article.content);
            let (text, blocks) = render::render(content.root(), true);
            let meta = Metadata {
                source: nonempty(article.site_name).or(page.source),
                url: nonempty(article.url).or(page.url),
                date: nonempty(article.published_time).or(page.date),
                author: author(
                    nonempty(article.byline).and_then(|b| clean_byline(&b)),
                    page.author,
                ),
            };
            assemble(
                &one_line_title(&article.title),
                text,
                blocks,
                meta,
                Vec::new(),
            )
        }
        Err(e) => {
            // Render the whole body, boilerplate filtered.
            let doc = Document::from(src);
            let (text, blocks) = render::render(doc.root(), true);
            let meta = Metadata {
                source: page.source,
                url: page.url,
                date: page.date,
                author: page.author,
            };
            let warning = format!("main content not found ({e}): whole page shown");
            assemble(&title, text, blocks, meta, vec![warning])
        }
    }
}

/// Removes elements marked as boilerplate (cookie banners, ads, related
/// links, comments …) before extraction, unless one holds a large share of
/// the page's text (a marker word in an article wrapper's class).
fn remove_boilerplate(doc: &Document) {
    let body = doc.select("body");
    let total = body.text().len();
    let marked: Vec<_> = body
        .select("[class], [id], [role], [hidden], [aria-hidden]")
        .nodes()
        .iter()
        .filter(|n| render::is_boilerplate(n))
        .cloned()
        .collect();
    for node in marked {
        if node.text().len() * 3 <= total {
            node.remove_from_parent();
        }
    }
}

fn nonempty(s: Option<String>) -> Option<String> {
    s.map(|s| one_line_title(&s)).filter(|s| !s.is_empty())
}

/// The byline's author, or the page's (JSON-LD, meta) when there is no
/// byline or the page names the byline's author among others.
fn author(byline: Option<String>, page: Option<String>) -> Option<String> {
    match (byline, page) {
        (Some(b), Some(p)) if format!(" {} ", norm(&p)).contains(&format!(" {} ", norm(&b))) => {
            Some(p)
        }
        (b, p) => b.or(p),
    }
}

/// The author's name in a byline: "By Mara Quill | 10 January 2025" →
/// "Mara Quill" (the "By" and whatever follows a separator dropped);
/// `None` when nothing is left.
fn clean_byline(byline: &str) -> Option<String> {
    let t = byline.trim();
    let t = match t.get(..3) {
        Some(p) if p.eq_ignore_ascii_case("by ") => &t[3..],
        _ => t,
    };
    let name = t
        .split(['|', '·', '•', '—', '–'])
        .next()
        .unwrap_or("")
        .trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// Normalised for comparisons: lower case, words only.
fn norm(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when a leading block only repeats the title or the byline (and
/// perhaps a date): "By Mara Quill · 3 March 2025", or what is left of a
/// byline whose name the extractor took out ("By | 10 January 2025").
fn is_repeat(block: &str, title: &str, meta: &Metadata) -> bool {
    let author = meta.author.as_deref();
    let longest = title.len().max(author.map_or(0, str::len)) + 64;
    if block.len() > longest {
        return false;
    }
    let b = norm(block);
    if b.is_empty() || b == norm(title) {
        return true;
    }
    if is_byline_leftover(&b, meta) {
        return true;
    }
    let Some(author) = author.map(norm).filter(|a| !a.is_empty()) else {
        return false;
    };
    b.contains(&author) && b.len() <= author.len() + 48
}

/// True when a short normalised block is only byline words: "by", the
/// known author's names, dates and times, and small linking words — and
/// the page's metadata holds an author or a date for it to repeat.
fn is_byline_leftover(normalised: &str, meta: &Metadata) -> bool {
    const LINKS: &[&str] = &[
        "by",
        "and",
        "on",
        "at",
        "updated",
        "published",
        "posted",
        "last",
        "modified",
        "am",
        "pm",
        "gmt",
        "utc",
    ];
    if meta.author.is_none() && meta.date.is_none() {
        return false;
    }
    let author = meta.author.as_deref().map(norm).unwrap_or_default();
    let author: Vec<&str> = author.split(' ').filter(|w| !w.is_empty()).collect();
    let mut words = normalised.split(' ').filter(|w| !w.is_empty()).peekable();
    words.peek().is_some()
        && words.all(|w| LINKS.contains(&w) || author.contains(&w) || is_date_word(w))
}

/// A number ("10", "2025", "10th"), or an English month or weekday name
/// or abbreviation.
fn is_date_word(w: &str) -> bool {
    const WEEKDAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let ordinal = matches!(&w[digits.len()..], "" | "st" | "nd" | "rd" | "th");
    (!digits.is_empty() && ordinal && digits.bytes().all(|b| b.is_ascii_digit()))
        || super::date::month_number(w).is_some()
        || (w.len() >= 3 && WEEKDAYS.iter().any(|d| d.starts_with(w)))
}

/// Puts the page title first and drops leading blocks that repeat it or
/// the byline. Without a page title, the first heading (or line) is the
/// title and nothing is prepended.
fn assemble(
    title: &str,
    content: String,
    mut blocks: Vec<Block>,
    meta: Metadata,
    warnings: Vec<String>,
) -> Parsed {
    if title.is_empty() {
        let title = blocks
            .iter()
            .find(|b| b.is_heading())
            .or(blocks.first())
            .map(|b| one_line_title(content[b.range()].lines().next().unwrap_or("")))
            .unwrap_or_default();
        let skip = blocks
            .iter()
            .take(2)
            .take_while(|b| is_repeat(&content[b.range()], "", &meta))
            .count();
        let (text, mut blocks) = tail(String::new(), content, &blocks[skip..]);
        if let Some(first) = blocks.first_mut()
            && first.kind == BlockKind::Heading
        {
            first.kind = BlockKind::Title;
        }
        return Parsed {
            title,
            text,
            blocks,
            meta,
            warnings,
        };
    }
    let skip = blocks
        .iter()
        .take(3)
        .take_while(|b| is_repeat(&content[b.range()], title, &meta))
        .count();
    blocks.drain(..skip);
    let (text, blocks) = tail(title.to_string(), content, &blocks);
    let mut all = vec![Block {
        kind: BlockKind::Title,
        start: 0,
        end: title.len(),
    }];
    all.extend(blocks);
    Parsed {
        title: title.to_string(),
        text,
        blocks: all,
        meta,
        warnings,
    }
}

/// `head`, a blank line, then `content` from the first of `blocks` on, with
/// the blocks shifted to match.
fn tail(mut head: String, content: String, blocks: &[Block]) -> (String, Vec<Block>) {
    let Some(first) = blocks.first() else {
        return (head, Vec::new());
    };
    if !head.is_empty() {
        head.push_str("\n\n");
    }
    let base = head.len();
    head.push_str(&content[first.start..]);
    let shifted = blocks
        .iter()
        .map(|b| Block {
            kind: b.kind,
            start: b.start - first.start + base,
            end: b.end - first.start + base,
        })
        .collect();
    (head, shifted)
}

/// The plain-text rendering of a page that is not parsed: tags stripped,
/// one block per non-empty line, the first one the title.
fn stripped(src: &str) -> Parsed {
    let plain = strip::strip_tags(src);
    let mut out = TextBuilder::new();
    for line in plain.lines().filter(|l| !l.trim().is_empty()) {
        let kind = if out.text().is_empty() {
            BlockKind::Title
        } else {
            BlockKind::Paragraph
        };
        out.open(kind, false);
        out.push_collapsed(line);
    }
    let (text, blocks) = out.finish();
    let title = blocks
        .first()
        .map(|b| one_line_title(&text[b.range()]))
        .unwrap_or_default();
    Parsed {
        title,
        text,
        blocks,
        ..Parsed::default()
    }
}

#[cfg(test)]
mod tests;
