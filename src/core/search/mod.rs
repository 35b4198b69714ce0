//! Search: in-article matches, the fuzzy library filter, the corpus index,
//! the people & organisations index and the notes filter. Pure: no
//! terminal, no printing. Every range is a UTF-8 byte range of the
//! article's canonical text (or of the string given).
//!
//! # API for the screens
//!
//! **Reader `/` (in-article, smart case)** — build once per article, then
//! query per keystroke (≈0.1 ms on 1 MB):
//! ```
//! use newsdesk::core::search::InArticleSearch;
//! let text = "The envoy met the Envoy.";
//! let s = InArticleSearch::new(text);
//! let all = s.find(text, "envoy");            // 2 hits (case-insensitive)
//! let exact = s.refine(text, "envoy", &all, "envoy m"); // narrowing as the query grows
//! assert_eq!((all.len(), exact.len()), (2, 1));
//! assert_eq!(s.find(text, "Envoy").len(), 1); // an upper-case letter: case-sensitive
//! ```
//! [`find_matches`] is the one-call form (folds the text every time).
//!
//! **Library filter (fuzzy, skim V2)** — one [`LibraryFilter`] per library;
//! [`LibraryFilter::filter`] on every keystroke returns hits best first
//! (indices into the items given); [`LibraryFilter::highlight`] gives the
//! matched byte offsets in title and source for the visible rows only.
//! ```
//! use newsdesk::core::search::LibraryFilter;
//! let mut f = LibraryFilter::new([("Envoy Defends Talks", "Velmora Herald")]);
//! let hits = f.filter("envtal");
//! assert_eq!(hits[0].idx, 0);
//! assert_eq!(f.highlight(0, "envtal").title, vec![0, 1, 2, 14, 15, 16]);
//! ```
//!
//! **Corpus search** — [`Index::build`] on a worker thread (it uses every
//! core and reports `progress(done, total)`), then [`Index::search`] with a
//! [`Query`] parsed by [`Query::parse`]. Hits carry the score, hit ranges
//! and a one-line [`Snippet`] with its own highlight ranges. Notes for
//! `tag:`/`note:` are given as [`NoteDoc`]s with [`Index::set_notes`]
//! (cheap; call it when notes change).
//! ```
//! use newsdesk::core::article::{Article, text};
//! use newsdesk::core::search::{Index, Query};
//! let a = Article::from_parsed(text::parse("Envoy Talks\n\nThe envoy spoke.".into()), None, "a".into());
//! let articles = vec![a];
//! let index = Index::build(&articles, |_| Vec::new(), &|_done, _total| {});
//! let res = index.search(&Query::parse("envoy"), &articles, 20);
//! assert_eq!(res.hits[0].doc, 0);
//! ```
//! Query language: `word` (all must match), `"quoted phrase"` (across line
//! breaks), `prefix*`, `person:`, `org:`, `place:` (entity names/aliases of
//! that kind, case-insensitive, partial), `tag:`, `note:`.
//!
//! **People & organisations index** — [`build_entity_index`] aggregates
//! every entity across the corpus (kind, article and mention counts, the
//! articles), aliases folded into the full name.
//!
//! **All notes** — [`NoteFilter`] / [`filter_notes`]: words and `tag:`.
//!
//! **CLI** — [`scan_search`] answers one query without building an index.
//!
//! **Synthetic corpus** — [`corpus_gen::CorpusGen`] for tests and benches.

pub mod corpus_gen;
mod entity_index;
mod filter_worker;
mod fold;
mod fuzzy;
pub(crate) mod fxhash;
mod index;
mod matcher;
mod notes;
mod query;
mod scan;
mod snippet;
mod tokenize;

pub use entity_index::{EntityArticle, EntityEntry, EntityIndexBuilder, build_entity_index};
pub use filter_worker::{FilterReply, FilterWorker, title_and_source};
pub use fold::{InArticleSearch, find_matches, fold_str, is_case_sensitive};
pub use fuzzy::{
    ELEMENT_LIMIT, FuzzyHit, Highlight, LibraryFilter, MAX_QUERY_CHARS, TitleHighlighter,
};
pub use index::{Index, IndexBuilder, SearchHit, SearchResults};
pub use matcher::{DocFields, NoteDoc, RawFields, match_doc};
pub use notes::{NoteFilter, filter_article_notes, filter_notes};
pub use query::{Clause, Field, Query};
pub use scan::{ScanHit, ScanResults, scan_search};
pub use snippet::{SNIPPET_CHARS, Snippet, snippet};
pub use tokenize::{Token, for_each_token, tokenize};
