//! Reading positions: per article id, the byte offset of the top visible
//! line. Kept in `<state_dir>/positions.json`, written with the shared locked
//! atomic helper; several instances merge (the last writer of a key wins).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::core::durable::{FileLock, read_optional, write_atomic};
use crate::core::{Error, Result};

/// At most this many articles are remembered (the least recent go).
pub const MAX_POSITIONS: usize = 5000;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Entry {
    offset: usize,
    /// A counter that orders updates (larger = more recent).
    seq: u64,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct PositionsFile {
    version: u32,
    #[serde(default)]
    positions: BTreeMap<String, Entry>,
}

/// Reading positions in memory; [`ReadingPositions::save`] persists changes.
#[derive(Debug, Clone, Default)]
pub struct ReadingPositions {
    file: PathBuf,
    map: BTreeMap<String, Entry>,
    dirty: BTreeSet<String>,
}

impl ReadingPositions {
    /// Loads `<state_dir>/positions.json`. A missing file is empty; an
    /// unreadable one is an error (the caller may go on with
    /// [`ReadingPositions::empty`]).
    pub fn load(state_dir: &Path) -> Result<ReadingPositions> {
        let file = state_dir.join("positions.json");
        let map = read(&file)?;
        Ok(ReadingPositions {
            file,
            map,
            dirty: BTreeSet::new(),
        })
    }

    /// No positions, saved to `<state_dir>/positions.json` (overwrites it).
    pub fn empty(state_dir: &Path) -> ReadingPositions {
        ReadingPositions {
            file: state_dir.join("positions.json"),
            ..Default::default()
        }
    }

    /// The remembered offset of `article_id`.
    pub fn get(&self, article_id: &str) -> Option<usize> {
        self.map.get(article_id).map(|e| e.offset)
    }

    /// Remembers `offset` for `article_id` (in memory until saved).
    pub fn set(&mut self, article_id: &str, offset: usize) {
        let seq = self.map.values().map(|e| e.seq).max().unwrap_or(0) + 1;
        self.map
            .insert(article_id.to_string(), Entry { offset, seq });
        self.dirty.insert(article_id.to_string());
    }

    /// Writes the changed positions (merged with the file on disk).
    pub fn save(&mut self) -> Result<()> {
        if self.dirty.is_empty() {
            return Ok(());
        }
        let _lock = FileLock::acquire(&self.file)?;
        let mut merged = read(&self.file).unwrap_or_default();
        let top = merged.values().map(|e| e.seq).max().unwrap_or(0);
        for (i, id) in self.dirty.iter().enumerate() {
            if let Some(e) = self.map.get(id) {
                let entry = Entry {
                    offset: e.offset,
                    seq: top + 1 + i as u64,
                };
                merged.insert(id.clone(), entry);
            }
        }
        if merged.len() > MAX_POSITIONS {
            let mut seqs: Vec<u64> = merged.values().map(|e| e.seq).collect();
            seqs.sort_unstable();
            let cut = seqs[merged.len() - MAX_POSITIONS];
            merged.retain(|_, e| e.seq >= cut);
        }
        let file = PositionsFile {
            version: 1,
            positions: merged,
        };
        let bytes = serde_json::to_vec(&file)
            .map_err(|e| Error::Other(format!("{}: {e}", self.file.display())))?;
        write_atomic(&self.file, &bytes)?;
        self.map = file.positions;
        self.dirty.clear();
        Ok(())
    }
}

fn read(file: &Path) -> Result<BTreeMap<String, Entry>> {
    match read_optional(file)? {
        None => Ok(BTreeMap::new()),
        Some(bytes) => serde_json::from_slice::<PositionsFile>(&bytes)
            .map(|f| f.positions)
            .map_err(|e| Error::Parse {
                path: file.to_path_buf(),
                line: Some(e.line()),
                message: format!("not a valid positions file ({e})"),
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_persist_and_merge() {
        let dir = tempfile::tempdir().expect("tmp");
        let mut a = ReadingPositions::load(dir.path()).expect("load");
        let mut b = ReadingPositions::load(dir.path()).expect("load");
        a.set("x", 10);
        a.save().expect("save");
        b.set("y", 20);
        b.save().expect("save");
        let c = ReadingPositions::load(dir.path()).expect("load");
        assert_eq!(
            (c.get("x"), c.get("y"), c.get("z")),
            (Some(10), Some(20), None)
        );
        std::fs::write(dir.path().join("positions.json"), "nope").expect("w");
        assert!(ReadingPositions::load(dir.path()).is_err());
    }
}
