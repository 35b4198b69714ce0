//! Loading a large library on a worker thread, with progress, so the
//! interface can show its first screen at once.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::core::article::{LoadReport, load::load_paths_with};
use crate::core::{Error, Result};

/// Where a background load stands.
#[derive(Debug)]
pub enum LoadStatus {
    /// Files loaded so far, of the total (0 while the tree is walked).
    Loading { done: usize, total: usize },
    /// Finished: the articles, or why nothing could be loaded.
    Done(Result<LoadReport>),
}

/// A load running on a worker thread.
#[derive(Debug)]
pub struct LibraryLoader {
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    result: Receiver<Result<LoadReport>>,
}

impl LibraryLoader {
    /// Starts loading `paths` (files and directory trees, not stdin).
    pub fn spawn(paths: Vec<PathBuf>) -> Result<LibraryLoader> {
        let done = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(0));
        let (tx, rx) = channel();
        let (d, t) = (Arc::clone(&done), Arc::clone(&total));
        std::thread::Builder::new()
            .name("newsdesk-load".into())
            .spawn(move || {
                let progress = |n: usize, of: usize| {
                    d.store(n, Ordering::Relaxed);
                    t.store(of, Ordering::Relaxed);
                };
                // The receiver may be gone (the user quit): nothing to do.
                let _ = tx.send(load_paths_with(&paths, &progress));
            })
            .map_err(|e| Error::Other(format!("starting the loader: {e}")))?;
        Ok(LibraryLoader {
            done,
            total,
            result: rx,
        })
    }

    /// Progress, or the outcome (given once).
    pub fn poll(&self) -> LoadStatus {
        match self.result.try_recv() {
            Ok(r) => LoadStatus::Done(r),
            Err(TryRecvError::Empty) => LoadStatus::Loading {
                done: self.done.load(Ordering::Relaxed),
                total: self.total.load(Ordering::Relaxed),
            },
            Err(TryRecvError::Disconnected) => {
                LoadStatus::Done(Err(Error::Other("the loader stopped unexpectedly".into())))
            }
        }
    }
}
