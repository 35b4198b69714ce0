//! Loading a large library on a worker thread, handing the articles over
//! in path order as they are ready, so the interface can show its first
//! screen at once and the list while the rest loads.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};

use crate::core::article::load::load_paths_streaming;
use crate::core::article::{Article, LoadReport};
use crate::core::{Error, Result};

/// Most articles one [`LibraryLoader::poll`] hands over (the rest wait for
/// the next poll), so merging them never holds up a frame.
pub const MAX_PER_POLL: usize = 8192;

/// Where a background load stands.
#[derive(Debug)]
pub enum LoadStatus {
    /// Still loading: the articles that arrived since the last poll (in
    /// path order, after the earlier ones), and files loaded so far of the
    /// total (0 while the tree is walked).
    Loading {
        articles: Vec<Article>,
        done: usize,
        total: usize,
    },
    /// Finished: the last articles (usually none), every skipped file and
    /// every load warning, or why loading stopped (articles handed over
    /// before stay valid).
    Done(Result<LoadReport>),
}

/// What the worker sends.
enum Message {
    Batch(Vec<Article>),
    Finished(Result<LoadReport>),
}

/// What the worker calls after handing something over (see
/// [`LibraryLoader::set_waker`]).
type Waker = Arc<Mutex<Option<Box<dyn Fn() + Send>>>>;

/// A load running on a worker thread.
pub struct LibraryLoader {
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    messages: Receiver<Message>,
    waker: Waker,
    /// The outcome, once received (given after the last batch).
    finished: Option<Result<LoadReport>>,
}

impl std::fmt::Debug for LibraryLoader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LibraryLoader")
            .field("done", &self.done.load(Ordering::Relaxed))
            .field("total", &self.total.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl LibraryLoader {
    /// Starts loading `paths` (files and directory trees, not stdin).
    pub fn spawn(paths: Vec<PathBuf>) -> Result<LibraryLoader> {
        let done = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(0));
        let (tx, rx) = channel();
        let (d, t) = (Arc::clone(&done), Arc::clone(&total));
        let waker: Waker = Arc::new(Mutex::new(None));
        let wake = Arc::clone(&waker);
        std::thread::Builder::new()
            .name("newsdesk-load".into())
            .spawn(move || {
                let progress = |n: usize, of: usize| {
                    d.store(n, Ordering::Relaxed);
                    t.store(of, Ordering::Relaxed);
                };
                let wake = || {
                    let guard = match wake.lock() {
                        Ok(g) => g,
                        Err(poisoned) => poisoned.into_inner(),
                    };
                    if let Some(f) = guard.as_ref() {
                        f();
                    }
                };
                // The receiver may be gone (the user quit): nothing to do.
                let outcome = load_paths_streaming(&paths, &progress, &mut |batch| {
                    let _ = tx.send(Message::Batch(batch));
                    wake();
                });
                let _ = tx.send(Message::Finished(outcome));
                wake();
            })
            .map_err(|e| Error::Other(format!("starting the loader: {e}")))?;
        Ok(LibraryLoader {
            done,
            total,
            messages: rx,
            waker,
            finished: None,
        })
    }

    /// Has the worker call `wake` each time it hands articles or the
    /// outcome over, so that an event loop waiting for input can poll at
    /// once rather than on its next tick. Anything handed over before is
    /// found by the next [`LibraryLoader::poll`].
    pub fn set_waker(&self, wake: impl Fn() + Send + 'static) {
        let mut guard = match self.waker.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        *guard = Some(Box::new(wake));
    }

    /// The articles that arrived since the last call (at most
    /// [`MAX_PER_POLL`]) with the progress, or, once every article was
    /// handed over, the outcome (given once).
    pub fn poll(&mut self) -> LoadStatus {
        let mut articles = Vec::new();
        while self.finished.is_none() && articles.len() < MAX_PER_POLL {
            match self.messages.try_recv() {
                Ok(Message::Batch(batch)) if articles.is_empty() => articles = batch,
                Ok(Message::Batch(batch)) => articles.extend(batch),
                Ok(Message::Finished(outcome)) => self.finished = Some(outcome),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.finished =
                        Some(Err(Error::Other("the loader stopped unexpectedly".into())));
                }
            }
        }
        if articles.is_empty()
            && let Some(outcome) = self.finished.take()
        {
            return LoadStatus::Done(outcome);
        }
        // The last batch and a successful outcome came together: both go
        // over now (a small library's only poll), not a tick apart.
        if matches!(self.finished, Some(Ok(_)))
            && let Some(Ok(mut report)) = self.finished.take()
        {
            articles.append(&mut report.articles);
            report.articles = articles;
            return LoadStatus::Done(Ok(report));
        }
        LoadStatus::Loading {
            articles,
            done: self.done.load(Ordering::Relaxed),
            total: self.total.load(Ordering::Relaxed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_waker_is_called_when_the_outcome_is_handed_over() {
        let dir = tempfile::tempdir().expect("tmp");
        write_corpus(dir.path(), 3);
        let (tx, rx) = channel();
        let loader = LibraryLoader::spawn(vec![dir.path().to_path_buf()]).expect("spawn");
        loader.set_waker(move || {
            let _ = tx.send(());
        });
        let mut loader = loader;
        // What was handed over before the waker was set is found by a poll;
        // a poll that finds nothing is always followed by a wake.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            match loader.poll() {
                LoadStatus::Done(outcome) => {
                    assert!(outcome.is_ok());
                    break;
                }
                LoadStatus::Loading { articles, .. } if !articles.is_empty() => {}
                // Nothing new: the worker has more to hand over, and says so.
                LoadStatus::Loading { .. } => {
                    let left = deadline.saturating_duration_since(std::time::Instant::now());
                    assert!(
                        rx.recv_timeout(left).is_ok(),
                        "no wake while the load was still running"
                    );
                }
            }
        }
    }

    fn write_corpus(dir: &std::path::Path, n: usize) {
        for i in 0..n {
            let body = format!("Harbour report {i:04}\n\nThe ferry council met on day {i}.\n");
            std::fs::write(dir.join(format!("{i:04}.txt")), body).expect("write");
        }
        std::fs::write(dir.join("broken.txt"), [0u8, 159, 146, 150, 0, 0]).expect("write");
        std::fs::write(
            dir.join("feed.jsonl"),
            "{\"title\":\"Feed item\",\"text\":\"Body.\"}\n{oops\n",
        )
        .expect("write");
    }

    fn drain(mut loader: LibraryLoader) -> (Vec<Article>, Result<LoadReport>, usize) {
        let mut got = Vec::new();
        let mut polls = 0;
        loop {
            polls += 1;
            match loader.poll() {
                LoadStatus::Loading { articles, .. } => {
                    got.extend(articles);
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
                // The last articles may come with the outcome.
                LoadStatus::Done(Ok(mut report)) => {
                    got.append(&mut report.articles);
                    return (got, Ok(report), polls);
                }
                LoadStatus::Done(outcome) => return (got, outcome, polls),
            }
        }
    }

    #[test]
    fn streams_every_article_in_path_order_then_the_skipped_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        write_corpus(dir.path(), 300);
        let loader = LibraryLoader::spawn(vec![dir.path().to_path_buf()]).expect("spawn");
        let (got, outcome, _) = drain(loader);
        let report = outcome.expect("loaded");
        assert!(report.articles.is_empty());
        assert_eq!(report.skipped.len(), 1, "{:?}", report.skipped);
        assert_eq!(report.warnings.len(), 1, "{:?}", report.warnings);
        assert_eq!(report.warnings[0].line, Some(2));
        let titles: Vec<String> = got.iter().map(|a| a.title.clone()).collect();
        let mut expected: Vec<String> =
            (0..300).map(|i| format!("Harbour report {i:04}")).collect();
        expected.push("Feed item".into());
        assert_eq!(titles, expected);
    }

    #[test]
    fn a_directory_without_articles_is_an_error_at_the_end() {
        let dir = tempfile::tempdir().expect("tempdir");
        let loader = LibraryLoader::spawn(vec![dir.path().to_path_buf()]).expect("spawn");
        let (got, outcome, _) = drain(loader);
        assert!(got.is_empty());
        assert!(outcome.is_err());
    }
}
