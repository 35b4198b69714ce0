//! A flat, non-recursive pass over HTML: tag stripping with one round of
//! character-reference decoding (for raw HTML inside Markdown and for pages
//! too deeply nested to parse), and a nesting-depth estimate.

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];

/// Elements whose end tag may be omitted (they do not nest in practice).
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "rb",
    "rt", "rp", "rtc", "colgroup", "caption", "head", "body", "html",
];

/// Elements that begin a new line of text when stripped.
const BLOCKISH: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "pre",
    "table",
    "ul",
    "ol",
    "hr",
    "main",
    "aside",
    "nav",
];

/// A tag found by the scanner.
struct Tag<'a> {
    name: &'a str,
    closing: bool,
    self_closing: bool,
    /// Byte index just past the tag.
    end: usize,
}

/// Scans the tag starting at `src[i] == '<'`; `None` when it is not a tag.
fn scan_tag(src: &str, i: usize) -> Option<Tag<'_>> {
    let bytes = src.as_bytes();
    let mut j = i + 1;
    let closing = bytes.get(j) == Some(&b'/');
    if closing {
        j += 1;
    }
    let name_start = j;
    while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'-') {
        j += 1;
    }
    if j == name_start || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = &src[name_start..j];
    // Find the closing '>' outside quotes.
    let mut quote = None;
    while j < bytes.len() {
        let b = bytes[j];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => break,
            None => {}
        }
        j += 1;
    }
    let self_closing = j > 0 && bytes.get(j - 1) == Some(&b'/');
    Some(Tag {
        name,
        closing,
        self_closing,
        end: (j + 1).min(src.len()),
    })
}

/// Where a comment, doctype or processing instruction starting at `i` ends.
fn skip_markup_decl(src: &str, i: usize) -> Option<usize> {
    let rest = &src[i..];
    if let Some(body) = rest.strip_prefix("<!--") {
        Some(body.find("-->").map_or(src.len(), |e| i + 4 + e + 3))
    } else if rest.starts_with("<!") || rest.starts_with("<?") {
        Some(rest.find('>').map_or(src.len(), |e| i + e + 1))
    } else {
        None
    }
}

/// Index of the end of a raw-text element's content (`</script` …).
fn raw_text_end(src: &str, from: usize, name: &str) -> usize {
    let lower_close = format!("</{name}");
    let hay = &src[from..];
    // ASCII case-insensitive search without allocating the whole rest.
    hay.char_indices()
        .filter(|&(_, c)| c == '<')
        .map(|(k, _)| k)
        .find(|&k| {
            hay.get(k..k + lower_close.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(&lower_close))
        })
        .map_or(src.len(), |k| from + k)
}

fn is_raw_text(name: &str) -> bool {
    [
        "script", "style", "textarea", "title", "noscript", "template", "xmp",
    ]
    .iter()
    .any(|n| n.eq_ignore_ascii_case(name))
}

fn in_list(list: &[&str], name: &str) -> bool {
    list.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// The deepest element nesting in `src`, estimated without building a tree
/// (void elements, self-closed tags and elements with optional end tags do
/// not count). Linear time.
pub fn nesting_depth(src: &str) -> usize {
    let mut depth: usize = 0;
    let mut max = 0;
    let mut i = 0;
    while let Some(off) = src[i..].find('<') {
        let at = i + off;
        if let Some(end) = skip_markup_decl(src, at) {
            i = end;
            continue;
        }
        let Some(tag) = scan_tag(src, at) else {
            i = at + 1;
            continue;
        };
        i = tag.end;
        if in_list(VOID, tag.name) || in_list(OPTIONAL_END, tag.name) {
            continue;
        }
        if tag.closing {
            depth = depth.saturating_sub(1);
        } else if !tag.self_closing {
            if is_raw_text(tag.name) {
                i = raw_text_end(src, i, tag.name);
                continue;
            }
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

/// The text of an HTML fragment: tags removed (script and style content
/// too), block elements on their own lines, character references decoded
/// once.
pub fn strip_tags(src: &str) -> String {
    let mut out = String::with_capacity(src.len() / 2);
    let mut i = 0;
    while let Some(off) = src[i..].find('<') {
        let at = i + off;
        decode_entities_into(&src[i..at], &mut out);
        if let Some(end) = skip_markup_decl(src, at) {
            i = end;
            continue;
        }
        match scan_tag(src, at) {
            Some(tag) => {
                i = tag.end;
                if in_list(BLOCKISH, tag.name) && !out.ends_with('\n') && !out.is_empty() {
                    out.push('\n');
                }
                if !tag.closing && !tag.self_closing && is_raw_text(tag.name) {
                    i = raw_text_end(src, i, tag.name);
                }
            }
            None => {
                out.push('<');
                i = at + 1;
            }
        }
    }
    decode_entities_into(&src[i..], &mut out);
    out
}

/// Decodes character references (`&amp;`, `&#27;`, `&#x9b;` …) once.
/// Unknown or malformed references are kept as written; NUL and
/// out-of-range numbers become U+FFFD, as HTML does.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    decode_entities_into(s, &mut out);
    out
}

fn decode_entities_into(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        match reference(rest) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// The character a reference at the start of `s` stands for, and its length.
fn reference(s: &str) -> Option<(char, usize)> {
    let body_end = s[1..].find(';').map(|e| e + 1).filter(|&e| e <= 12)?;
    let body = &s[1..body_end];
    let c = if let Some(num) = body.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        match n {
            0 => '\u{FFFD}',
            n => char::from_u32(n).unwrap_or('\u{FFFD}'),
        }
    } else {
        match body {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u{a0}',
            "mdash" => '—',
            "ndash" => '–',
            "hellip" => '…',
            "lsquo" => '‘',
            "rsquo" => '’',
            "ldquo" => '“',
            "rdquo" => '”',
            "laquo" => '«',
            "raquo" => '»',
            "copy" => '©',
            "reg" => '®',
            "euro" => '€',
            "pound" => '£',
            "eacute" => 'é',
            "middot" => '·',
            "bull" => '•',
            _ => return None,
        }
    };
    Some((c, body_end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_scripts_and_comments() {
        let s = strip_tags(
            "<div>Hello <b>world</b><script>var x = '<p>';</script><!-- <p>hidden</p> --></div><p>Two &amp; three</p>",
        );
        assert_eq!(s, "Hello world\nTwo & three\n");
    }

    #[test]
    fn references_are_decoded_once() {
        assert_eq!(
            decode_entities("&amp;#27; &#27; &#x9b; &#0; &bogus; & x"),
            "&#27; \u{1b} \u{9b} \u{FFFD} &bogus; & x"
        );
        assert_eq!(decode_entities("&#99999999999;"), "&#99999999999;");
        assert_eq!(decode_entities("&#x110000;"), "\u{FFFD}");
    }

    #[test]
    fn depth_counts_real_nesting_only() {
        assert_eq!(
            nesting_depth("<div><div><p>a<p>b<br><img src=x></div></div>"),
            2
        );
        assert_eq!(nesting_depth(&"<div>".repeat(100_000)), 100_000);
        assert_eq!(nesting_depth("<script>if (a<b) {}</script><div></div>"), 1);
        assert_eq!(nesting_depth("<!-- <div><div> --><span/>"), 0);
    }

    #[test]
    fn unterminated_input_does_not_panic() {
        for s in [
            "<",
            "<div",
            "<a href=\"x",
            "&#",
            "&#x",
            "<!--",
            "</",
            "<é>",
            "<scRipt>alert(1)",
        ] {
            let _ = strip_tags(s);
            let _ = nesting_depth(s);
        }
    }
}
