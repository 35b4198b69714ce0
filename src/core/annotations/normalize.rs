//! A normalised view of a text for matching quotes after light edits:
//! whitespace runs collapse to one space (a run holding a blank line to
//! one `\n`: a paragraph break), typographic quotes and dashes fold
//! to ASCII, invisible characters vanish, letters are lower-cased. Every byte
//! of the view maps back to a character start of the original.

/// The normalised text and its map back to original byte offsets.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The normalised text.
    pub text: String,
    /// `starts[i]`: original byte offset of the character that produced the
    /// normalised byte `i`; one extra entry holds the original length.
    starts: Vec<u32>,
}

impl Normalized {
    /// Builds the view of `s`.
    pub fn new(s: &str) -> Self {
        let bytes = s.as_bytes();
        let mut text: Vec<u8> = Vec::with_capacity(s.len());
        let mut starts: Vec<u32> = Vec::with_capacity(s.len() + 1);
        let mut in_space = false;
        let mut newlines = 0;
        let mut i = 0;
        let mut buf = [0u8; 16];
        while i < bytes.len() {
            let b = bytes[i];
            // ASCII fast path.
            let (c, len) = if b < 0x80 {
                (b as char, 1)
            } else {
                match s[i..].chars().next() {
                    Some(c) => (c, c.len_utf8()),
                    None => break,
                }
            };
            if c.is_whitespace() {
                if !in_space {
                    text.push(b' ');
                    starts.push(i as u32);
                    in_space = true;
                    newlines = 0;
                }
                if c == '\n' {
                    newlines += 1;
                    if newlines == 2 {
                        // A blank line: a paragraph break, kept as '\n'.
                        if let Some(last) = text.last_mut() {
                            *last = b'\n';
                        }
                    }
                }
            } else if b < 0x80 {
                text.push(b.to_ascii_lowercase());
                starts.push(i as u32);
                in_space = false;
            } else {
                let mut folded = String::new();
                fold(c, &mut folded);
                if !folded.is_empty() {
                    for ch in folded.chars() {
                        let enc = ch.encode_utf8(&mut buf);
                        text.extend_from_slice(enc.as_bytes());
                        starts.extend(std::iter::repeat_n(i as u32, enc.len()));
                    }
                    in_space = false;
                }
            }
            i += len;
        }
        starts.push(s.len() as u32);
        let text = String::from_utf8(text)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Normalized { text, starts }
    }

    /// The original byte offset of normalised byte `i` (`i` may equal the
    /// length: the original length).
    pub fn orig(&self, i: usize) -> usize {
        self.starts
            .get(i)
            .or(self.starts.last())
            .map_or(0, |&v| v as usize)
    }

    /// The first normalised byte whose original offset is at least `orig`.
    pub fn to_norm(&self, orig: usize) -> usize {
        self.starts
            .partition_point(|&s| (s as usize) < orig)
            .min(self.text.len())
    }
}

/// The normalised form of `s`.
pub fn normalize(s: &str) -> String {
    Normalized::new(s).text
}

/// Appends the folded form of one non-whitespace character.
fn fold(c: char, out: &mut String) {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{B4}' => {
            out.push('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{AB}' | '\u{BB}' => {
            out.push('"')
        }
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
        '\u{2026}' => out.push_str("..."),
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(c.to_lowercase()),
    }
}

/// The last `n` bytes of `s` (fewer to stay on a character boundary).
pub fn tail(s: &str, n: usize) -> &str {
    let mut i = s.len().saturating_sub(n);
    while !s.is_char_boundary(i) {
        i += 1;
    }
    &s[i..]
}

/// The first `n` bytes of `s` (fewer to stay on a character boundary).
pub fn head(s: &str, n: usize) -> &str {
    let mut i = n.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_maps_back() {
        let s = "He said \u{201C}no\u{201D}\n\n  \u{2014} Done\u{2026}";
        let n = Normalized::new(s);
        assert_eq!(n.text, "he said \"no\"\n- done...");
        let i = n.text.find("done").expect("found");
        assert_eq!(&s[n.orig(i)..n.orig(i + 4)], "Done");
        assert_eq!(n.orig(n.text.len()), s.len());
        assert_eq!(n.to_norm(n.orig(i)), i);
        assert_eq!(tail("aé", 1), "");
        assert_eq!(head("éa", 1), "");
    }
}
