//! Annotations: W3C-shaped notes anchored to spans of the canonical text.
//!
//! # API for the UI and the CLI
//!
//! ```no_run
//! # use newsdesk::core::annotations::Store;
//! # fn demo(article: &newsdesk::core::article::Article) -> newsdesk::core::Result<()> {
//! let store = Store::new(std::path::Path::new("/data"));   // Paths::data_dir
//! let mut notes = store.open(article);       // never fails; see read_only()
//! if let Some(why) = notes.read_only() {     // unparsable/newer file: show `why`
//!     eprintln!("{why}");
//! }
//! for n in notes.notes() {                   // live notes, text order, orphans last
//!     let _ = (n.annotation.note.as_str(), n.anchor.status, n.anchor.range.clone());
//! }
//! let id = notes.add(10..30, "my *note* #tag", &["tag".into()])?; // on disk when Ok
//! notes.edit(&id, "changed", &[])?;
//! notes.delete(&id)?;                        // tombstone
//! // On Err the change stays in memory: `notes.pending() > 0`; retry with
//! // `notes.flush()` (e.g. after the user freed disk space).
//! # Ok(()) }
//! ```
//!
//! - [`ArticleNotes::reload`] merges in notes other processes saved (a
//!   save does it too); [`ArticleNotes::read_only`] says why a file is
//!   never written (path:line: problem).
//! - Export in the TUI: build [`export::ExportItem::new`] from the article,
//!   its `ArticleNotes` and `Library::entities`, then call
//!   [`export::markdown`], [`export::json`], [`export::w3c`] or
//!   [`export::csv`].
//! - [`ArticleNotes::in_range`] gives the notes overlapping a byte range (for
//!   highlighting visible lines); [`ArticleNotes::reattach`] pins an orphan
//!   to a new selection.
//! - Offsets are UTF-8 byte offsets into the article's canonical text.
//! - Statuses ([`Status`]): `anchored` (same place, same text), `moved`
//!   (found elsewhere or lightly edited), `orphaned` (kept, never placed on
//!   text it was not written for).
//! - Exports: [`export`] (Markdown, JSON, W3C JSON-LD, Readwise CSV).
//! - Files: [`model`] (on-disk shape, unknown fields kept), [`file`] (parse,
//!   version check, merge), [`store`] (locking, atomic save, re-attach),
//!   [`anchor`] (selectors and re-anchoring).

pub mod anchor;
pub mod export;
pub mod file;
mod fuzzy;
pub mod model;
pub mod normalize;
pub mod store;

pub use anchor::{Anchor, Resolver, Status, text_hash};
pub use model::{Annotation, FORMAT_VERSION, NotesFile};
pub use store::{ArticleNotes, Note, Store, StoredFile};
