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
        let mut text = String::with_capacity(s.len());
        let mut starts = Vec::with_capacity(s.len() + 1);
        let mut last_space = false;
        let mut newlines = 0;
        for (i, c) in s.char_indices() {
            if c.is_whitespace() {
                if !last_space {
                    text.push(' ');
                    starts.push(i as u32);
                    last_space = true;
                    newlines = 0;
                }
                if c == '\n' {
                    newlines += 1;
                    if newlines == 2 {
                        // A blank line: a paragraph break, kept as '\n'.
                        text.pop();
                        text.push('\n');
                    }
                }
                continue;
            }
            let before = text.len();
            fold(c, &mut text);
            starts.resize(text.len(), i as u32);
            if text.len() > before {
                last_space = false;
            }
        }
        starts.push(s.len() as u32);
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
