//! Metadata a page states about itself, read before extraction: JSON-LD
//! (`<script type="application/ld+json">`: an object, an array, or a
//! `@graph` as WordPress SEO plugins write it, with `@id` references
//! followed), `<meta>` tags, `<time datetime>`, the canonical link.
//!
//! The extractor finds some of these itself; these are the fallbacks for
//! what it does not find (a `NewsArticle` inside a `@graph`, a
//! `<meta name="date">`).

use std::collections::HashMap;

use dom_query::Document;
use serde_json::{Map, Value};

use super::super::front_matter::json_scalar;

/// Deepest nesting of arrays and `@graph`s searched for the article node.
const MAX_DEPTH: usize = 8;

/// Largest JSON-LD script parsed (a page's real ones are a few KB).
const MAX_JSON_LD_BYTES: usize = 1024 * 1024;

/// Metadata found in the page itself, each `None` when not stated.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageMeta {
    pub date: Option<String>,
    pub author: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
}

impl PageMeta {
    /// Reads the page's JSON-LD article first, then its meta tags, then
    /// `<time datetime>` and the canonical link.
    pub fn of(doc: &Document) -> PageMeta {
        let ld = linked_data(doc);
        let tags = meta_tags(doc);
        let tag = |names: &[&str]| {
            names
                .iter()
                .find_map(|n| tags.get(*n).cloned())
                .filter(|v| !v.is_empty())
        };
        let attr = |sel: &str, name: &str| {
            doc.select(sel)
                .first()
                .attr(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        PageMeta {
            date: ld
                .date
                .or_else(|| {
                    tag(&[
                        "article:published_time",
                        "og:published_time",
                        "datepublished",
                        "date",
                        "pubdate",
                        "publishdate",
                        "publish-date",
                        "publish_date",
                        "dc.date.issued",
                        "dc.date",
                        "dcterms.created",
                        "dcterms.date",
                        "sailthru.date",
                        "parsely-pub-date",
                    ])
                })
                .or_else(|| attr("time[datetime]", "datetime")),
            author: ld
                .author
                .or_else(|| tag(&["author", "dc.creator", "parsely-author", "sailthru.author"])),
            source: ld
                .source
                .or_else(|| tag(&["og:site_name", "application-name", "publisher"])),
            url: attr("link[rel=canonical]", "href")
                .or_else(|| tag(&["og:url"]))
                .or(ld.url),
        }
    }
}

/// Every `<meta>` with content, by its lower-cased `name`, `property` or
/// `itemprop` (the first of each wins).
fn meta_tags(doc: &Document) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for node in doc.select("meta[content]").nodes() {
        let Some(content) = node.attr("content") else {
            continue;
        };
        for key in ["name", "property", "itemprop"] {
            if let Some(k) = node.attr(key) {
                out.entry(k.trim().to_ascii_lowercase())
                    .or_insert_with(|| one_line(&content));
            }
        }
    }
    out
}

/// The metadata of the first article node of the page's JSON-LD.
fn linked_data(doc: &Document) -> PageMeta {
    for script in doc.select("script[type]").nodes() {
        let is_ld = script
            .attr("type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
        if !is_ld {
            continue;
        }
        let text = script.text();
        if text.len() > MAX_JSON_LD_BYTES {
            continue;
        }
        // A page's broken JSON-LD is its own problem: skip it.
        let Ok(value) = serde_json::from_str::<Value>(text.trim()) else {
            continue;
        };
        let mut nodes = Vec::new();
        collect_nodes(&value, 0, &mut nodes);
        let by_id: HashMap<&str, &Map<String, Value>> = nodes
            .iter()
            .filter_map(|n| Some((n.get("@id")?.as_str()?, *n)))
            .collect();
        if let Some(article) = nodes.iter().find(|n| is_article(n)) {
            return article_meta(article, &by_id);
        }
    }
    PageMeta::default()
}

/// The objects of a JSON-LD value: itself, the items of an array, and the
/// nodes of a `@graph`, depth first.
fn collect_nodes<'a>(v: &'a Value, depth: usize, out: &mut Vec<&'a Map<String, Value>>) {
    if depth > MAX_DEPTH {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| collect_nodes(i, depth + 1, out)),
        Value::Object(map) => {
            out.push(map);
            if let Some(graph) = map.get("@graph") {
                collect_nodes(graph, depth + 1, out);
            }
        }
        _ => {}
    }
}

/// True for a node whose `@type` is an article: `Article`, `NewsArticle`,
/// `ReportageNewsArticle`, `BlogPosting` … (also as `schema:X` or a URL).
fn is_article(node: &Map<String, Value>) -> bool {
    let is = |t: &str| {
        let name = t.rsplit(['/', ':', '#']).next().unwrap_or(t);
        name.ends_with("Article") || name.ends_with("BlogPosting")
    };
    match node.get("@type") {
        Some(Value::String(t)) => is(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(is),
        _ => false,
    }
}

/// Date, authors, publisher and URL of an article node, references to
/// other nodes (`{"@id": …}`) followed once.
fn article_meta(node: &Map<String, Value>, by_id: &HashMap<&str, &Map<String, Value>>) -> PageMeta {
    let text = |key: &str| node.get(key).and_then(json_scalar).map(|s| one_line(&s));
    let names = |key: &str| {
        let names = node.get(key).map(|v| names(v, by_id)).unwrap_or_default();
        (!names.is_empty()).then(|| names.join(", "))
    };
    let url = text("url").filter(|u| is_url(u)).or_else(|| {
        match node.get("mainEntityOfPage") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Object(o)) => o
                .get("@id")
                .or_else(|| o.get("url"))
                .and_then(Value::as_str)
                .map(str::to_string),
            _ => None,
        }
        .filter(|u| is_url(u))
    });
    PageMeta {
        date: text("datePublished").or_else(|| text("dateCreated")),
        author: names("author").or_else(|| names("creator")),
        source: names("publisher").or_else(|| names("sourceOrganization")),
        url,
    }
}

/// The names in an author or publisher value: a string, a node with a
/// `name`, a reference to one, or a list of those.
fn names(v: &Value, by_id: &HashMap<&str, &Map<String, Value>>) -> Vec<String> {
    let name_of = |o: &Map<String, Value>| o.get("name").and_then(json_scalar);
    match v {
        Value::String(s) => vec![one_line(s)],
        Value::Array(items) => items
            .iter()
            .take(64)
            .flat_map(|i| match i {
                Value::Array(_) => Vec::new(),
                other => names(other, by_id),
            })
            .collect(),
        Value::Object(o) => name_of(o)
            .or_else(|| {
                let id = o.get("@id")?.as_str()?;
                name_of(by_id.get(id)?)
            })
            .map(|n| one_line(&n))
            .into_iter()
            .collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|n| !n.is_empty())
    .collect()
}

fn is_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://")
}

/// Whitespace runs as one space, trimmed.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(head: &str) -> PageMeta {
        PageMeta::of(&Document::from(format!(
            "<html><head>{head}</head><body><p>Text.</p></body></html>"
        )))
    }

    #[test]
    fn a_news_article_in_a_graph_with_references() {
        let m = meta(
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                {"@type":"WebPage","@id":"https://tide.example/a/","url":"https://tide.example/a/","datePublished":"2020-01-01"},
                {"@type":["NewsArticle"],"@id":"https://tide.example/a/#article",
                 "author":[{"@id":"https://tide.example/#/person/1"},{"@type":"Person","name":"Tomas  Veld"}],
                 "datePublished":"2025-01-10T07:45:00+00:00",
                 "mainEntityOfPage":{"@id":"https://tide.example/a/"},
                 "publisher":{"@id":"https://tide.example/#org"}},
                {"@type":"Organization","@id":"https://tide.example/#org","name":"Tide Courier"},
                {"@type":"Person","@id":"https://tide.example/#/person/1","name":"Ilse Brandt"}]}</script>"#,
        );
        assert_eq!(
            m,
            PageMeta {
                date: Some("2025-01-10T07:45:00+00:00".into()),
                author: Some("Ilse Brandt, Tomas Veld".into()),
                source: Some("Tide Courier".into()),
                url: Some("https://tide.example/a/".into()),
            }
        );
    }

    #[test]
    fn a_plain_object_or_array_of_json_ld() {
        let m = meta(
            r#"<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"http://schema.org/ReportageNewsArticle","author":"Mara Quill","datePublished":"2024-05-14","publisher":{"@type":"Organization","name":"Bay Times"},"url":"https://bay.example/r"}]</script>"#,
        );
        assert_eq!(m.author.as_deref(), Some("Mara Quill"));
        assert_eq!(m.date.as_deref(), Some("2024-05-14"));
        assert_eq!(m.source.as_deref(), Some("Bay Times"));
        assert_eq!(m.url.as_deref(), Some("https://bay.example/r"));
        let m = meta(
            r#"<script type="application/ld+json">{"@type":"BlogPosting","author":{"name":"Ann Vo"}}</script>"#,
        );
        assert_eq!(m.author.as_deref(), Some("Ann Vo"));
    }

    #[test]
    fn meta_tags_when_json_ld_says_nothing() {
        let m = meta(
            r#"<script type="application/ld+json">{ broken</script>
               <meta name="Date" content="14 May 2024"><meta name="author" content="Ilse Brandt">
               <meta property="og:site_name" content="Harbour Herald">
               <meta property="og:url" content="https://herald.example/x">"#,
        );
        assert_eq!(m.date.as_deref(), Some("14 May 2024"));
        assert_eq!(m.author.as_deref(), Some("Ilse Brandt"));
        assert_eq!(m.source.as_deref(), Some("Harbour Herald"));
        assert_eq!(m.url.as_deref(), Some("https://herald.example/x"));
        let m = meta(r#"<meta property="article:published_time" content="2025-03-14T08:30:00Z">"#);
        assert_eq!(m.date.as_deref(), Some("2025-03-14T08:30:00Z"));
        assert_eq!(meta(""), PageMeta::default());
    }

    #[test]
    fn hostile_json_ld_is_bounded() {
        let deep = "[".repeat(100) + &"]".repeat(100);
        let m = meta(&format!(
            r#"<script type="application/ld+json">{deep}</script>"#
        ));
        assert_eq!(m, PageMeta::default());
        let cycle = r#"<script type="application/ld+json">{"@graph":[{"@type":"Article","@id":"a","author":{"@id":"a"}}]}</script>"#;
        assert_eq!(meta(cycle).author, None);
    }
}
