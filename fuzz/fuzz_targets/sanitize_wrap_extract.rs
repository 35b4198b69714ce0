//! The display path: sanitiser, textwrap wrapping and entity extraction on
//! arbitrary text. Nothing panics, the display form holds no control
//! characters, and every mention slices the text.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use newsdesk::core::article::{sanitize, text};
use newsdesk::core::entities::Extractor;

fuzz_target!(|data: &[u8]| {
    let Some((&width, rest)) = data.split_first() else {
        return;
    };
    let parsed = text::parse(String::from_utf8_lossy(rest).into_owned());
    let shown = sanitize::for_display(&parsed.text);
    assert!(!shown.chars().any(char::is_control));
    assert_eq!(shown.chars().count(), parsed.text.chars().count());
    for line in textwrap::wrap(&shown, usize::from(width).max(1)) {
        assert!(!line.contains('\n'));
    }
    let _ = sanitize::one_line(&parsed.title);
    // Loading the gazetteers once, not per input (it dominated every run).
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    let extractor = EXTRACTOR.get_or_init(Extractor::new);
    for e in extractor.extract(&parsed.text, &parsed.blocks) {
        for m in &e.mentions {
            assert!(parsed.text.get(m.start..m.end).is_some());
        }
    }
});
