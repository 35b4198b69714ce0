//! Durable, locked file updates shared by every store of the data and state
//! directories (annotations, corrections, reading positions).
//!
//! The protocol: take an exclusive lock on a separate lock file that is never
//! renamed, re-read the data file, merge, write a temporary file in the same
//! directory, fsync it, rename it over the data file, fsync the directory.
//! A reader never sees a half-written file, and a crash at any moment leaves
//! either the old or the new file.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::core::{Error, Result};

/// How long [`FileLock::acquire`] waits for another process.
pub const LOCK_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// An exclusive lock held on `<file>.lock` until dropped.
#[derive(Debug)]
pub struct FileLock {
    file: File,
    path: PathBuf,
}

impl FileLock {
    /// Waits (at most [`LOCK_TIMEOUT`]) until the exclusive lock guarding `data_file` is ours. The lock
    /// file sits beside it (`<name>.lock`) and is created when missing; its
    /// directory too.
    pub fn acquire(data_file: &Path) -> Result<FileLock> {
        let path = lock_path(data_file);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        let deadline = std::time::Instant::now() + LOCK_TIMEOUT;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(FileLock { file, path }),
                Err(fs::TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                Err(fs::TryLockError::WouldBlock) => {
                    return Err(Error::Other(format!(
                        "{}: still locked by another process after {} s",
                        path.display(),
                        LOCK_TIMEOUT.as_secs()
                    )));
                }
                Err(fs::TryLockError::Error(e)) => return Err(Error::io(&path, e)),
            }
        }
    }

    /// The lock file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// The lock file guarding `data_file`.
pub fn lock_path(data_file: &Path) -> PathBuf {
    let mut name = data_file.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    data_file.with_file_name(name)
}

/// Reads a whole file; `Ok(None)` when it does not exist.
pub fn read_optional(path: &Path) -> Result<Option<Vec<u8>>> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Replaces `path` with `bytes` atomically and durably (temp file in the same
/// directory → fsync → rename → fsync directory). On error the old file is
/// intact and the temporary file is removed. Call it while holding the
/// [`FileLock`] of `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |f| f.write_all(bytes))
}

/// Writes a file the user named (an export) atomically and durably, as
/// [`write_atomic`] does, but with no lock: it leaves any other file in
/// that directory alone (no clean-up of temporary files it did not make).
pub fn write_user_file(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_inner(path, |f| f.write_all(bytes), false)
}

/// As [`write_atomic`], with the content written by `fill` (tests use it to
/// simulate a failing disk).
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<()> {
    write_atomic_inner(path, fill, true)
}

/// The atomic write; `clean_stale`: remove temporary files a killed writer
/// left for `path` (only under its lock, in newsdesk's own directories).
fn write_atomic_inner(
    path: &Path,
    fill: impl FnOnce(&mut File) -> io::Result<()>,
    clean_stale: bool,
) -> Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(path.file_name().unwrap_or_default());
    tmp_name.push(format!(
        ".{}.{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let tmp = dir.join(tmp_name);
    if clean_stale {
        remove_stale_temps(&dir, path);
    }
    let result = (|| -> io::Result<()> {
        let mut f = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        fill(&mut f)?;
        f.flush()?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        Ok(())
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    File::open(&dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| Error::io(&dir, e))
}

/// Removes temporary files a killed writer left for `path`. Writers create
/// them only while holding the lock, so under the lock any is stale.
fn remove_stale_temps(dir: &Path, path: &Path) {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return;
    };
    let prefix = format!(".{name}.");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let n = e.file_name();
        let n = n.to_string_lossy();
        if n.starts_with(&prefix) && n.ends_with(".tmp") {
            let _ = fs::remove_file(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_file_write_leaves_other_files_alone() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("notes.md");
        // A file of the user's that looks like a left-over temporary file.
        let lookalike = dir.path().join(".notes.md.1.2.tmp");
        std::fs::write(&lookalike, "mine").expect("write");
        write_user_file(&target, b"export").expect("export");
        assert_eq!(std::fs::read(&target).expect("read"), b"export");
        assert!(lookalike.exists(), "a file newsdesk did not make is kept");
        // In newsdesk's own (locked) files the clean-up still runs.
        write_atomic(&target, b"again").expect("write");
        assert!(!lookalike.exists());
    }

    #[test]
    fn writes_replace_and_failures_keep_old_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("a.json");
        let _lock = FileLock::acquire(&p).expect("lock");
        assert_eq!(read_optional(&p).expect("read"), None);
        write_atomic(&p, b"one").expect("write");
        write_atomic(&p, b"two").expect("write");
        assert_eq!(fs::read(&p).expect("read"), b"two");
        let err = write_atomic_with(&p, |f| {
            f.write_all(b"partial")?;
            Err(io::Error::from_raw_os_error(28))
        })
        .expect_err("must fail");
        assert!(err.to_string().contains("a.json"), "{err}");
        assert_eq!(fs::read(&p).expect("read"), b"two");
        let names: Vec<_> = fs::read_dir(dir.path())
            .expect("ls")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names.len(), 2, "only data and lock file: {names:?}");
    }
}
