//! The corpus inverted index: BM25-ranked keyword, prefix and phrase search
//! plus entity (`person:`/`org:`/`place:`) and annotation (`tag:`/`note:`)
//! fields.
//!
//! Postings hold term frequencies only (no positions, to keep memory well
//! under the corpus size); phrases are found from the postings of their
//! words and then verified on the candidate's text, best-ranked first, only
//! until `limit` hits are confirmed.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::fold::fold_str;
use super::fxhash::FxHashMap;
use super::matcher::{DocFields, NoteDoc, TITLE_BOOST, bm25, entity_kind, match_doc, note_hits};
use super::query::{Clause, Field, Query};
use super::snippet::{Snippet, snippet};
use super::tokenize::for_each_token;
use crate::core::article::Article;
use crate::core::entities::{Entity, EntityKind};

/// Most terms a prefix expands to.
pub const MAX_PREFIX_TERMS: usize = 4096;

#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: u32,
    tf: u16,
    title_tf: u16,
}

#[derive(Debug, Clone)]
struct DocEntity {
    kind: EntityKind,
    /// Name ids of the name and aliases.
    names: Box<[u32]>,
    mentions: Box<[(u32, u32)]>,
}

/// Builds an index from documents added in increasing id order. Use
/// [`Index::build`] to build on every core with progress.
#[derive(Debug, Default)]
pub struct IndexBuilder {
    term_ids: FxHashMap<String, u32>,
    terms: Vec<String>,
    postings: Vec<Vec<Posting>>,
    doc_len: Vec<(u32, u32)>,
    name_ids: FxHashMap<(EntityKind, String), u32>,
    names: Vec<(EntityKind, String)>,
    name_docs: Vec<Vec<u32>>,
    doc_entities: Vec<(u32, Vec<DocEntity>)>,
    text_bytes: usize,
}

impl IndexBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds document `doc` (ids must increase from call to call).
    pub fn add(&mut self, doc: usize, article: &Article, entities: &[Entity]) {
        let doc = doc as u32;
        let mut len = 0u32;
        for_each_token(&article.text, |term, _| {
            len += 1;
            let p = self.posting(term, doc);
            p.tf = p.tf.saturating_add(1);
        });
        for_each_token(&article.title, |term, _| {
            let p = self.posting(term, doc);
            p.title_tf = p.title_tf.saturating_add(1);
        });
        self.doc_len.push((doc, len));
        self.text_bytes += article.text.len();
        let mut des = Vec::with_capacity(entities.len());
        for e in entities {
            let mut names: Vec<u32> = std::iter::once(&e.name)
                .chain(&e.aliases)
                .map(|n| self.name_id(e.kind, n, doc))
                .collect();
            names.sort_unstable();
            names.dedup();
            des.push(DocEntity {
                kind: e.kind,
                names: names.into(),
                mentions: e
                    .mentions
                    .iter()
                    .map(|m| (m.start as u32, m.end as u32))
                    .collect(),
            });
        }
        if !des.is_empty() {
            self.doc_entities.push((doc, des));
        }
    }

    fn posting(&mut self, term: &str, doc: u32) -> &mut Posting {
        let id = match self.term_ids.get(term) {
            Some(&id) => id,
            None => {
                let id = self.terms.len() as u32;
                self.term_ids.insert(term.to_string(), id);
                self.terms.push(term.to_string());
                self.postings.push(Vec::new());
                id
            }
        };
        let list = &mut self.postings[id as usize];
        if list.last().is_none_or(|p| p.doc != doc) {
            list.push(Posting {
                doc,
                tf: 0,
                title_tf: 0,
            });
        }
        let last = list.len() - 1;
        &mut list[last]
    }

    fn name_id(&mut self, kind: EntityKind, name: &str, doc: u32) -> u32 {
        let key = (kind, fold_str(name));
        let id = match self.name_ids.get(&key) {
            Some(&id) => id,
            None => {
                let id = self.names.len() as u32;
                self.names.push(key.clone());
                self.name_ids.insert(key, id);
                self.name_docs.push(Vec::new());
                id
            }
        };
        let docs = &mut self.name_docs[id as usize];
        if docs.last() != Some(&doc) {
            docs.push(doc);
        }
        id
    }

    /// Appends a builder whose documents all come after this one's.
    pub fn merge(&mut self, other: IndexBuilder) {
        for (term, list) in other.terms.into_iter().zip(other.postings) {
            match self.term_ids.get(&term) {
                Some(&id) => self.postings[id as usize].extend(list),
                None => {
                    self.term_ids.insert(term.clone(), self.terms.len() as u32);
                    self.terms.push(term);
                    self.postings.push(list);
                }
            }
        }
        let mut remap = Vec::with_capacity(other.names.len());
        for (key, docs) in other.names.into_iter().zip(other.name_docs) {
            let id = match self.name_ids.get(&key) {
                Some(&id) => {
                    self.name_docs[id as usize].extend(docs);
                    id
                }
                None => {
                    let id = self.names.len() as u32;
                    self.name_ids.insert(key.clone(), id);
                    self.names.push(key);
                    self.name_docs.push(docs);
                    id
                }
            };
            remap.push(id);
        }
        for (doc, mut des) in other.doc_entities {
            for de in &mut des {
                for n in de.names.iter_mut() {
                    *n = remap[*n as usize];
                }
            }
            self.doc_entities.push((doc, des));
        }
        self.doc_len.extend(other.doc_len);
        self.text_bytes += other.text_bytes;
    }

    /// Finishes the index for `n_docs` documents (ids `0..n_docs`).
    pub fn finish(self, n_docs: usize) -> Index {
        let mut dict: Vec<(Box<str>, u32)> = self
            .terms
            .into_iter()
            .enumerate()
            .map(|(i, t)| (t.into_boxed_str(), i as u32))
            .collect();
        dict.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let postings = self
            .postings
            .into_iter()
            .map(Vec::into_boxed_slice)
            .collect();
        let mut doc_len = vec![0u32; n_docs];
        for (d, l) in self.doc_len {
            if let Some(slot) = doc_len.get_mut(d as usize) {
                *slot = l;
            }
        }
        let total: u64 = doc_len.iter().map(|&l| u64::from(l)).sum();
        let avg_len = if n_docs == 0 {
            1.0
        } else {
            (total as f32 / n_docs as f32).max(1.0)
        };
        let mut doc_entities: Vec<Box<[DocEntity]>> = vec![Box::default(); n_docs];
        for (d, des) in self.doc_entities {
            if let Some(slot) = doc_entities.get_mut(d as usize) {
                *slot = des.into_boxed_slice();
            }
        }
        Index {
            dict,
            postings,
            doc_len,
            avg_len,
            names: self
                .names
                .into_iter()
                .map(|(k, n)| (k, n.into_boxed_str()))
                .collect(),
            name_docs: self
                .name_docs
                .into_iter()
                .map(Vec::into_boxed_slice)
                .collect(),
            doc_entities,
            notes: Vec::new(),
            notes_by_doc: HashMap::new(),
            text_bytes: self.text_bytes,
        }
    }
}

/// The corpus index (Send + Sync: build it on a worker thread, share it).
#[derive(Debug, Default)]
pub struct Index {
    /// Terms sorted, with their posting-list id.
    dict: Vec<(Box<str>, u32)>,
    postings: Vec<Box<[Posting]>>,
    doc_len: Vec<u32>,
    avg_len: f32,
    /// Folded entity names and aliases, by kind.
    names: Vec<(EntityKind, Box<str>)>,
    name_docs: Vec<Box<[u32]>>,
    doc_entities: Vec<Box<[DocEntity]>>,
    notes: Vec<NoteDoc>,
    notes_by_doc: HashMap<usize, Vec<usize>>,
    text_bytes: usize,
}

/// One ranked hit.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    /// Index of the article (as given to [`Index::build`]).
    pub doc: usize,
    pub score: f32,
    /// Hit byte ranges in the article's canonical text (sorted, merged).
    pub ranges: Vec<Range<usize>>,
    pub snippet: Snippet,
}

/// Hits of one query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchResults {
    /// Best first, at most `limit`.
    pub hits: Vec<SearchHit>,
    /// Documents matching every clause by the index (phrases not yet
    /// verified; so an upper bound when the query has a phrase).
    pub candidates: usize,
}

impl Index {
    /// Builds the index of `articles` on every core. `entities(i)` gives the
    /// entities of article `i`; `progress(done, total)` is called from the
    /// worker threads now and then and once at the end.
    pub fn build<E, R>(
        articles: &[Article],
        entities: E,
        progress: &(dyn Fn(usize, usize) + Sync),
    ) -> Index
    where
        E: Fn(usize) -> R + Sync,
        R: AsRef<[Entity]>,
    {
        let n = articles.len();
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, 8)
            .min(n.max(1));
        let chunk = n.div_ceil(threads).max(1);
        let done = AtomicUsize::new(0);
        let parts: Vec<IndexBuilder> = std::thread::scope(|s| {
            let handles: Vec<_> = articles
                .chunks(chunk)
                .enumerate()
                .map(|(c, arts)| {
                    let (entities, done) = (&entities, &done);
                    s.spawn(move || {
                        let mut b = IndexBuilder::new();
                        for (i, a) in arts.iter().enumerate() {
                            let doc = c * chunk + i;
                            b.add(doc, a, entities(doc).as_ref());
                            if i % 256 == 255 {
                                let d = done.fetch_add(256, Ordering::Relaxed) + 256;
                                progress(d.min(n), n);
                            }
                        }
                        b
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        let mut parts = parts.into_iter();
        let mut builder = parts.next().unwrap_or_default();
        for p in parts {
            builder.merge(p);
        }
        let index = builder.finish(n);
        progress(n, n);
        index
    }

    /// Replaces the annotations searched by `tag:` and `note:` (cheap; call
    /// it whenever notes change).
    pub fn set_notes(&mut self, notes: Vec<NoteDoc>) {
        self.notes_by_doc.clear();
        for (i, n) in notes.iter().enumerate() {
            self.notes_by_doc.entry(n.article_idx).or_default().push(i);
        }
        self.notes = notes;
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.doc_len.len()
    }

    /// True when the index holds no document.
    pub fn is_empty(&self) -> bool {
        self.doc_len.is_empty()
    }

    /// Bytes of canonical text indexed.
    pub fn text_bytes(&self) -> usize {
        self.text_bytes
    }

    /// Estimated heap bytes held by the index.
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        let dict: usize = self
            .dict
            .iter()
            .map(|(t, _)| t.len() + size_of::<(Box<str>, u32)>())
            .sum();
        let postings: usize = self
            .postings
            .iter()
            .map(|p| p.len() * size_of::<Posting>() + size_of::<Box<[Posting]>>())
            .sum();
        let names: usize = self
            .names
            .iter()
            .map(|(_, n)| n.len() + size_of::<(EntityKind, Box<str>)>())
            .sum::<usize>()
            + self
                .name_docs
                .iter()
                .map(|d| d.len() * 4 + 16)
                .sum::<usize>();
        let ents: usize = self
            .doc_entities
            .iter()
            .map(|d| {
                16 + d
                    .iter()
                    .map(|e| size_of::<DocEntity>() + e.names.len() * 4 + e.mentions.len() * 8)
                    .sum::<usize>()
            })
            .sum();
        dict + postings + names + ents + self.doc_len.len() * 4
    }

    /// Runs `query` against the index; `articles` must be the ones it was
    /// built from (same order). At most `limit` hits, best first.
    pub fn search(&self, query: &Query, articles: &[Article], limit: usize) -> SearchResults {
        let mut candidates = self.candidates(query);
        let total = candidates.len();
        let by_rank = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        // Rank only the best few unless verification (phrases) rejects them.
        let head = limit.saturating_mul(4).max(64);
        if candidates.len() > head {
            candidates.select_nth_unstable_by(head, by_rank);
            candidates[..head].sort_unstable_by(by_rank);
        } else {
            candidates.sort_unstable_by(by_rank);
        }
        let mut hits = Vec::new();
        let mut tail_sorted = candidates.len() <= head;
        let mut i = 0;
        while i < candidates.len() && hits.len() < limit {
            if i == head && !tail_sorted {
                candidates[head..].sort_unstable_by(by_rank);
                tail_sorted = true;
            }
            let (doc, score) = candidates[i];
            i += 1;
            let Some(article) = articles.get(doc as usize) else {
                continue;
            };
            let fields = IndexFields {
                index: self,
                doc: doc as usize,
            };
            if let Some(ranges) = match_doc(query, &article.title, &article.text, &fields) {
                let snippet = snippet(&article.text, &ranges);
                hits.push(SearchHit {
                    doc: doc as usize,
                    score,
                    ranges,
                    snippet,
                });
            }
        }
        SearchResults {
            hits,
            candidates: total,
        }
    }

    /// Documents matching every clause by the index, with their score.
    fn candidates(&self, query: &Query) -> Vec<(u32, f32)> {
        let mut lists: Vec<Vec<(u32, f32)>> =
            query.clauses.iter().map(|c| self.clause_docs(c)).collect();
        lists.sort_by_key(Vec::len);
        let mut lists = lists.into_iter();
        let Some(mut acc) = lists.next() else {
            return Vec::new();
        };
        for l in lists {
            acc = intersect(&acc, &l);
            if acc.is_empty() {
                break;
            }
        }
        acc
    }

    fn term_id(&self, term: &str) -> Option<u32> {
        self.dict
            .binary_search_by(|(t, _)| (**t).cmp(term))
            .ok()
            .map(|i| self.dict[i].1)
    }

    fn term_scores(&self, id: u32, out: &mut Vec<(u32, f32)>) {
        let Some(list) = self.postings.get(id as usize) else {
            return;
        };
        let n = self.len() as f32;
        let df = list.len() as f32;
        out.extend(list.iter().map(|p| {
            let tf = f32::from(p.tf) + TITLE_BOOST * f32::from(p.title_tf);
            let dl = self.doc_len.get(p.doc as usize).copied().unwrap_or(0) as f32;
            (p.doc, bm25(tf, df, n, dl, self.avg_len))
        }));
    }

    fn word_docs(&self, term: &str) -> Vec<(u32, f32)> {
        let mut out = Vec::new();
        if let Some(id) = self.term_id(term) {
            self.term_scores(id, &mut out);
        }
        out
    }

    fn clause_docs(&self, clause: &Clause) -> Vec<(u32, f32)> {
        match clause {
            Clause::Word(w) => self.word_docs(w),
            Clause::Phrase(ws) => {
                let mut acc: Option<Vec<(u32, f32)>> = None;
                for w in ws {
                    let l = self.word_docs(w);
                    acc = Some(match acc {
                        None => l,
                        Some(a) => intersect(&a, &l),
                    });
                }
                acc.unwrap_or_default()
            }
            Clause::Prefix(p) => {
                let start = self.dict.partition_point(|(t, _)| **t < **p);
                // Dense accumulation: O(postings + docs), no sort.
                let mut acc = vec![0f32; self.len()];
                let mut buf = Vec::new();
                for (t, id) in self.dict[start..].iter().take(MAX_PREFIX_TERMS) {
                    if !t.starts_with(p.as_str()) {
                        break;
                    }
                    buf.clear();
                    self.term_scores(*id, &mut buf);
                    for &(d, sc) in &buf {
                        if let Some(slot) = acc.get_mut(d as usize) {
                            *slot += sc;
                        }
                    }
                }
                acc.into_iter()
                    .enumerate()
                    .filter(|&(_, sc)| sc > 0.0)
                    .map(|(d, sc)| (d as u32, sc))
                    .collect()
            }
            Clause::Field(f, v) => match entity_kind(*f) {
                Some(kind) => {
                    let mut docs: Vec<u32> = self
                        .names
                        .iter()
                        .zip(&self.name_docs)
                        .filter(|((k, n), _)| *k == kind && n.contains(v.as_str()))
                        .flat_map(|(_, d)| d.iter().copied())
                        .collect();
                    docs.sort_unstable();
                    docs.dedup();
                    self.constant_scores(docs)
                }
                None => {
                    let mut docs: Vec<u32> = self
                        .notes_by_doc
                        .iter()
                        .filter(|(_, ids)| {
                            note_hits(ids.iter().filter_map(|&i| self.notes.get(i)), *f, v)
                                .is_some()
                        })
                        .map(|(&d, _)| d as u32)
                        .collect();
                    docs.sort_unstable();
                    self.constant_scores(docs)
                }
            },
        }
    }

    /// Scores a field match like one occurrence of a term with that df.
    fn constant_scores(&self, docs: Vec<u32>) -> Vec<(u32, f32)> {
        let w = bm25(
            1.0 + TITLE_BOOST,
            docs.len() as f32,
            self.len() as f32,
            self.avg_len,
            self.avg_len,
        );
        docs.into_iter().map(|d| (d, w)).collect()
    }
}

/// Field data of one indexed document.
struct IndexFields<'a> {
    index: &'a Index,
    doc: usize,
}

impl DocFields for IndexFields<'_> {
    fn entity_hits(&self, kind: EntityKind, value: &str) -> Option<Vec<Range<usize>>> {
        let des = self.index.doc_entities.get(self.doc)?;
        let mut found = false;
        let mut out = Vec::new();
        for de in des.iter().filter(|d| d.kind == kind) {
            let hit = de.names.iter().any(|&n| {
                self.index
                    .names
                    .get(n as usize)
                    .is_some_and(|(_, name)| name.contains(value))
            });
            if hit {
                found = true;
                out.extend(de.mentions.iter().map(|&(s, e)| s as usize..e as usize));
            }
        }
        found.then_some(out)
    }

    fn note_hits(&self, field: Field, value: &str) -> Option<Vec<Range<usize>>> {
        let ids = self.index.notes_by_doc.get(&self.doc)?;
        note_hits(
            ids.iter().filter_map(|&i| self.index.notes.get(i)),
            field,
            value,
        )
    }
}

/// Intersects two doc-sorted lists, adding scores.
fn intersect(a: &[(u32, f32)], b: &[(u32, f32)]) -> Vec<(u32, f32)> {
    let mut out = Vec::with_capacity(a.len().min(b.len()));
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push((a[i].0, a[i].1 + b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    out
}
