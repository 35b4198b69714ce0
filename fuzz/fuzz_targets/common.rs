//! Shared by the fuzz targets: load bytes as a file of one format would be
//! loaded (decode + parse) and check the invariants every loader keeps.

use newsdesk::core::article::Article;
use newsdesk::core::article::load::{Format, load_bytes};

/// Blocks and the title are well formed.
pub fn check(a: &Article) {
    for b in &a.blocks {
        assert!(b.start <= b.end);
        assert!(a.text.get(b.range()).is_some(), "block off a char boundary");
    }
    assert!(!a.title.contains('\n'));
}

/// Loads `data` as `format` and checks every article.
pub fn load(data: &[u8], format: Format, name: &str) {
    if let Ok(loaded) = load_bytes(data, Some(format), None, name) {
        for a in &loaded.articles {
            check(a);
        }
    }
}
