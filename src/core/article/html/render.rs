//! Rendering a parsed HTML tree to canonical text and blocks, without
//! recursion: headings, paragraphs, quotes, list items and preformatted
//! text; boilerplate (navigation, scripts, forms, cookie banners, ads,
//! related links, comments, footers) is skipped.

use dom_query::NodeRef;

use crate::core::article::BlockKind;
use crate::core::article::builder::TextBuilder;

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "button", "form", "input", "select", "textarea", "nav", "footer", "aside", "img",
    "picture", "video", "audio", "head", "title", "dialog", "menu",
];

/// Elements that start and end a block.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "address",
    "dl",
    "dt",
    "dd",
    "table",
    "caption",
    "figcaption",
    "figure",
    "center",
    "details",
    "summary",
    "hgroup",
    "body",
    "ul",
    "ol",
    "hr",
    "fieldset",
    "legend",
];

/// class/id words that mark boilerplate inside the extracted content.
const BOILERPLATE_WORDS: &[&str] = &[
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "sponsor",
    "sponsored",
    "promo",
    "related",
    "comments",
    "comment",
    "newsletter",
    "share",
    "sharing",
    "social",
    "subscribe",
    "paywall",
    "breadcrumb",
    "breadcrumbs",
    "outbrain",
    "taboola",
    "recirculation",
    "more-stories",
];

/// Roles that mark boilerplate.
const BOILERPLATE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "dialog",
    "alertdialog",
    "search",
];

/// True when class, id, role or hidden attributes mark `node` as boilerplate.
pub fn is_boilerplate(node: &NodeRef<'_>) -> bool {
    if node.has_attr("hidden")
        || node
            .attr("aria-hidden")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if node
        .attr("role")
        .is_some_and(|r| BOILERPLATE_ROLES.iter().any(|b| r.eq_ignore_ascii_case(b)))
    {
        return true;
    }
    let marks = |v: &str| {
        v.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .any(|w| BOILERPLATE_WORDS.iter().any(|b| w.eq_ignore_ascii_case(b)))
    };
    node.attr("class").is_some_and(|c| marks(&c)) || node.attr("id").is_some_and(|i| marks(&i))
}

/// Walk state.
#[derive(Default)]
struct Walk {
    out: TextBuilder,
    quote_depth: usize,
    pre_depth: usize,
    /// Open lists: the next number of an ordered list, `None` for bullets.
    lists: Vec<Option<u64>>,
    /// The previous block closed was a list item or table row (the next one
    /// follows on the next line).
    tight: bool,
}

enum Step<'a> {
    Enter(NodeRef<'a>),
    Leave(String),
}

impl Walk {
    fn context_kind(&self) -> BlockKind {
        if self.pre_depth > 0 {
            BlockKind::Other
        } else if self.quote_depth > 0 {
            BlockKind::Quote
        } else if !self.lists.is_empty() {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        }
    }

    fn text(&mut self, s: &str) {
        if self.out.open_kind().is_none() {
            if s.trim().is_empty() {
                return;
            }
            let kind = self.context_kind();
            self.out.open(kind, false);
            self.tight = false;
        }
        if self.pre_depth > 0 {
            self.out.push(s);
        } else {
            self.out.push_collapsed(s);
        }
    }

    fn enter(&mut self, name: &str, node: &NodeRef<'_>) {
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.out.open(BlockKind::Heading, false);
                self.tight = false;
            }
            "blockquote" => {
                self.out.close();
                self.quote_depth += 1;
            }
            "pre" => {
                self.out.open(BlockKind::Other, false);
                self.pre_depth += 1;
            }
            "ul" | "ol" => {
                self.out.close();
                let start = node
                    .attr("start")
                    .and_then(|s| s.trim().parse::<u64>().ok())
                    .unwrap_or(1);
                self.lists.push((name == "ol").then_some(start));
                self.tight = false;
            }
            "li" => {
                self.out.open(BlockKind::ListItem, self.tight);
                self.out.list_marker(&mut self.lists);
            }
            "tr" => {
                self.out.open(BlockKind::Other, self.tight);
            }
            "td" | "th" if self.out.open_kind().is_some() && !self.out.open_text().is_empty() => {
                self.out.push(" | ");
            }
            "br" if self.out.open_kind().is_some() => {
                self.out.push("\n");
            }
            n if BLOCKS.contains(&n) => {
                self.out.close();
            }
            _ => {}
        }
    }

    fn leave(&mut self, name: &str) {
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.out.close();
                self.tight = false;
            }
            "blockquote" => {
                self.out.close();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            "pre" => {
                self.out.close();
                self.pre_depth = self.pre_depth.saturating_sub(1);
            }
            "ul" | "ol" => {
                self.out.close();
                self.lists.pop();
                self.tight = false;
            }
            "li" | "tr" => {
                self.out.close();
                self.tight = true;
            }
            n if BLOCKS.contains(&n) => {
                self.out.close();
                if n != "li" {
                    self.tight = false;
                }
            }
            _ => {}
        }
    }
}

/// Renders the subtree at `root` (boilerplate skipped when `filter`).
pub fn render(root: NodeRef<'_>, filter: bool) -> (String, Vec<crate::core::article::Block>) {
    let mut walk = Walk::default();
    let mut stack = vec![Step::Enter(root)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Leave(name) => walk.leave(&name),
            Step::Enter(node) => {
                if node.is_text() {
                    walk.text(&node.text());
                    continue;
                }
                let name = if node.is_element() {
                    let Some(name) = node.node_name() else {
                        continue;
                    };
                    let name = name.to_ascii_lowercase();
                    if SKIPPED.contains(&name.as_str()) || (filter && is_boilerplate(&node)) {
                        continue;
                    }
                    walk.enter(&name, &node);
                    Some(name)
                } else if node.is_document() || node.is_fragment() {
                    None
                } else {
                    continue; // comments, doctypes, processing instructions
                };
                if let Some(name) = name {
                    stack.push(Step::Leave(name));
                }
                let children: Vec<_> = node.children_it(false).collect();
                stack.extend(children.into_iter().rev().map(Step::Enter));
            }
        }
    }
    walk.out.finish()
}
