//! Decoding HTML bytes: a byte-order mark wins, then a `<meta charset>` (or
//! `http-equiv` content type) in the first KiB, else UTF-8 (lossy).

use encoding_rs::{Encoding, UTF_8};

/// How many leading bytes are searched for a `<meta>` charset.
const PRESCAN_BYTES: usize = 1024;

/// Decodes an HTML page. Returns the text and a warning when bytes were
/// replaced or the declared charset is unknown.
pub fn decode(bytes: &[u8]) -> (String, Vec<String>) {
    let mut warnings = Vec::new();
    let encoding = match Encoding::for_bom(bytes) {
        Some((enc, _)) => enc,
        None => match declared(bytes) {
            Some(label) => Encoding::for_label(label.as_bytes())
                .map(|e| e.output_encoding())
                .unwrap_or_else(|| {
                    warnings.push(format!("unknown charset {label:?}: read as UTF-8"));
                    UTF_8
                }),
            None => UTF_8,
        },
    };
    // `decode` strips a BOM and sniffs it again (BOM beats the label).
    let (text, used, had_errors) = encoding.decode(bytes);
    if had_errors {
        let n = text.matches('\u{FFFD}').count();
        warnings.push(format!(
            "{n} invalid {} byte sequences were replaced",
            used.name()
        ));
    }
    (text.into_owned(), warnings)
}

/// The charset label a `<meta>` element declares near the top of the page.
pub fn declared(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + b"charset".len()..];
            let rest = trim_ascii_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_ascii_start(rest);
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let label: String = rest
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric() || b"-_:.".contains(b))
                    .map(|&b| b as char)
                    .collect();
                if !label.is_empty() {
                    return Some(label);
                }
            }
        }
        from = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn trim_ascii_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_meta_charset_is_honoured() {
        let mut page = b"<html><head><meta charset=\"iso-8859-1\"></head><body>".to_vec();
        page.extend(b"Caf\xe9 na\xefve</body></html>");
        let (text, warnings) = decode(&page);
        assert!(text.contains("Café naïve"), "{text}");
        assert!(warnings.is_empty());
    }

    #[test]
    fn http_equiv_content_type_is_honoured() {
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>\x93quoted\x94</p>";
        assert!(decode(page).0.contains("\u{201c}quoted\u{201d}"));
    }

    #[test]
    fn bom_beats_meta_and_utf16_works() {
        let mut page = vec![0xFF, 0xFE];
        for u in "<meta charset=latin1><p>Zoë</p>".encode_utf16() {
            page.extend(u.to_le_bytes());
        }
        assert!(decode(&page).0.contains("<p>Zoë</p>"));
        let (t, _) = decode(b"\xEF\xBB\xBF<p>x</p>");
        assert_eq!(t, "<p>x</p>");
    }

    #[test]
    fn invalid_utf8_is_counted() {
        let (t, w) = decode(b"<p>a\xffb</p>");
        assert_eq!(t, "<p>a\u{FFFD}b</p>");
        assert_eq!(w.len(), 1);
    }
}
