//! Search: in-article matches, the fuzzy library filter, the corpus index.
