//! The library filter on a worker thread, so a keystroke never waits for the
//! matcher: the query is posted and the key answered at once; the ranked
//! rows arrive a moment later ([`FilterWorker::poll`]). A newer query makes
//! the worker drop the stale one mid-way, so fast typing never queues up
//! work.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

use crate::core::article::Article;
use crate::core::{Error, Result};

use super::fuzzy::{FuzzyHit, LibraryFilter};

/// The rows for one query, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterReply {
    /// The query these rows answer.
    pub query: String,
    pub hits: Vec<FuzzyHit>,
}

/// A query for the worker, with the articles it should cover.
struct Request {
    generation: u64,
    query: String,
    /// The library as it is now; the worker adds any articles it has not
    /// seen (a library still loading grows) and lets go of the vector.
    articles: Arc<Vec<Article>>,
}

/// A [`LibraryFilter`] owned by a worker thread.
#[derive(Debug)]
pub struct FilterWorker {
    requests: Sender<Request>,
    replies: Receiver<(u64, FilterReply)>,
    /// The newest query posted; the worker abandons any other.
    generation: Arc<AtomicU64>,
    /// True from a post until its reply is taken.
    pending: bool,
}

impl FilterWorker {
    /// Starts the worker thread. It ends when the worker is dropped.
    pub fn spawn() -> Result<FilterWorker> {
        let (requests, inbox) = channel::<Request>();
        let (outbox, replies) = channel();
        let generation = Arc::new(AtomicU64::new(0));
        let current = Arc::clone(&generation);
        std::thread::Builder::new()
            .name("newsdesk-filter".into())
            .spawn(move || serve(&inbox, &outbox, &current))
            .map_err(|e| Error::Other(format!("starting the library filter: {e}")))?;
        Ok(FilterWorker {
            requests,
            replies,
            generation,
            pending: false,
        })
    }

    /// Posts `query` over `articles`, abandoning any query still running.
    pub fn post(&mut self, query: &str, articles: &Arc<Vec<Article>>) -> Result<()> {
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        self.pending = true;
        self.requests
            .send(Request {
                generation,
                query: query.to_string(),
                articles: Arc::clone(articles),
            })
            .map_err(|_| Error::Other("the library filter stopped".into()))
    }

    /// True while a posted query has not been answered.
    pub fn is_pending(&self) -> bool {
        self.pending
    }

    /// The reply to the newest query, waiting at most `wait` for it. Replies
    /// to older queries are skipped.
    pub fn poll(&mut self, wait: Duration) -> Option<FilterReply> {
        if !self.pending {
            return None;
        }
        let newest = self.generation.load(Ordering::SeqCst);
        let deadline = std::time::Instant::now() + wait;
        loop {
            // A zero timeout only takes what is already there.
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            let reply = self.replies.recv_timeout(left);
            match reply {
                Ok((generation, reply)) if generation == newest => {
                    self.pending = false;
                    return Some(reply);
                }
                Ok(_) => continue,
                Err(RecvTimeoutError::Timeout) => return None,
                Err(RecvTimeoutError::Disconnected) => {
                    // The worker died (a panic in the matcher): no rows.
                    self.pending = false;
                    return None;
                }
            }
        }
    }
}

/// The worker loop: newest request first, stale ones dropped.
fn serve(inbox: &Receiver<Request>, outbox: &Sender<(u64, FilterReply)>, current: &AtomicU64) {
    let mut filter = LibraryFilter::new(std::iter::empty::<(&str, &str)>());
    while let Ok(mut request) = inbox.recv() {
        while let Ok(newer) = inbox.try_recv() {
            request = newer;
        }
        let Request {
            generation,
            query,
            articles,
        } = request;
        if filter.len() > articles.len() {
            // A different, smaller library: start over.
            filter = LibraryFilter::new(std::iter::empty::<(&str, &str)>());
        }
        if filter.len() < articles.len() {
            filter.extend(articles[filter.len()..].iter().map(title_and_source));
        }
        drop(articles);
        let stale = || current.load(Ordering::SeqCst) != generation;
        if let Some(hits) = filter.filter_until(&query, &stale)
            && outbox
                .send((generation, FilterReply { query, hits }))
                .is_err()
        {
            return;
        }
    }
}

/// What the filter matches for an article: its title and its source (the
/// file's path when the article names no source).
pub fn title_and_source(article: &Article) -> (&str, &str) {
    let source = article
        .meta
        .source
        .as_deref()
        .unwrap_or(&article.display_path);
    (article.title.as_str(), source)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::article::load_reader;

    fn articles(titles: &[&str]) -> Arc<Vec<Article>> {
        let mut out = Vec::new();
        for t in titles {
            out.extend(
                load_reader(format!("{t}\n\nBody.\n").as_bytes(), "x.txt")
                    .expect("load")
                    .articles,
            );
        }
        Arc::new(out)
    }

    #[test]
    fn answers_the_newest_query_only() {
        let arts = articles(&[
            "Harbour Strike Ends",
            "Envoy Defends Talks",
            "Envoy Resigns",
        ]);
        let mut w = FilterWorker::spawn().expect("spawn");
        w.post("h", &arts).expect("post");
        w.post("envoy", &arts).expect("post");
        let reply = w.poll(Duration::from_secs(5)).expect("reply");
        assert_eq!(reply.query, "envoy");
        let idx: Vec<_> = reply.hits.iter().map(|h| h.idx).collect();
        assert_eq!(idx.len(), 2);
        assert!(idx.contains(&1) && idx.contains(&2));
        assert!(!w.is_pending());
        assert_eq!(w.poll(Duration::ZERO), None);
    }

    #[test]
    fn a_grown_library_is_matched_in_full() {
        let small = articles(&["Envoy Defends Talks"]);
        let big = articles(&["Envoy Defends Talks", "Harbour Strike", "Envoy Resigns"]);
        let mut w = FilterWorker::spawn().expect("spawn");
        w.post("envoy", &small).expect("post");
        assert_eq!(w.poll(Duration::from_secs(5)).expect("reply").hits.len(), 1);
        w.post("envoy", &big).expect("post");
        assert_eq!(w.poll(Duration::from_secs(5)).expect("reply").hits.len(), 2);
    }

    #[test]
    fn matches_the_synchronous_filter() {
        let arts = articles(&[
            "Café Owners Protest",
            "Kellan's Deputy Resigns",
            "Port Deal",
        ]);
        let mut sync = LibraryFilter::new(arts.iter().map(title_and_source));
        let mut w = FilterWorker::spawn().expect("spawn");
        for q in ["k", "ke", "p", "po", "caf", "zz"] {
            w.post(q, &arts).expect("post");
            let reply = w.poll(Duration::from_secs(5)).expect("reply");
            assert_eq!(reply.hits, sync.filter(q), "{q}");
        }
    }
}
