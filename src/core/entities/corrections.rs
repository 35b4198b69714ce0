//! User corrections to the who's who (reject a name, change its kind, add a
//! name, merge two). They apply to every article, in the order made.
//!
//! Stored in `<data>/corrections.json` with the same locked, atomic write as
//! the annotation store. Corrections are a list of records: undo removes the
//! last one.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Entity, EntityKind, Mention, sort_for_display};
use crate::core::durable::{FileLock, read_optional, write_atomic};
use crate::core::{Error, Result};

/// Version of `corrections.json` this build writes.
pub const CORRECTIONS_VERSION: u32 = 1;

/// One correction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Correction {
    /// Not an entity: drop it (matched by name or alias, ignoring case).
    Reject { name: String },
    /// The entity is of another kind.
    SetKind { name: String, kind: EntityKind },
    /// A name the rules missed: every occurrence on word boundaries becomes
    /// a mention (taking over mentions it overlaps).
    Add { name: String, kind: EntityKind },
    /// `from` is the same referent as `into`: mentions and aliases fold into
    /// `into` in articles that have both.
    Merge { from: String, into: String },
}

/// A correction with when it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// RFC 3339.
    pub at: String,
    #[serde(flatten)]
    pub correction: Correction,
}

/// The user's corrections, oldest first. Empty by default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corrections {
    pub records: Vec<Record>,
}

#[derive(Serialize, Deserialize)]
struct CorrectionsFile {
    version: u32,
    #[serde(default)]
    records: Vec<Record>,
}

impl Corrections {
    /// `<data_dir>/corrections.json`.
    pub fn path(data_dir: &Path) -> PathBuf {
        data_dir.join("corrections.json")
    }

    /// Loads the corrections of `data_dir` (none when the file is missing).
    /// A bad or newer file is an error naming the file and line.
    pub fn load(data_dir: &Path) -> Result<Corrections> {
        let path = Self::path(data_dir);
        match read_optional(&path)? {
            None => Ok(Corrections::default()),
            Some(bytes) => parse(&path, &bytes),
        }
    }

    /// Records `c` on disk (lock → re-read → append → atomic write) and
    /// refreshes `self` to the stored list (others' changes included).
    /// Returns the record's time stamp, which names it for [`Self::undo`].
    pub fn push(&mut self, data_dir: &Path, c: Correction) -> Result<String> {
        let at = crate::core::annotations::file::now();
        let stamp = at.clone();
        self.update(data_dir, |list| {
            list.push(Record { at, correction: c });
        })?;
        Ok(stamp)
    }

    /// Removes the correction stamped `at` (one this process made), or with
    /// `None` the most recent on disk; returns it (None when there was
    /// none). Another process's newer correction is left alone when `at` is
    /// given. `self` is refreshed to the stored list.
    pub fn undo(&mut self, data_dir: &Path, at: Option<&str>) -> Result<Option<Correction>> {
        let mut removed = None;
        self.update(data_dir, |list| {
            let i = match at {
                Some(at) => list.iter().rposition(|r| r.at == at),
                None => list.len().checked_sub(1),
            };
            removed = i.map(|i| list.remove(i).correction);
        })?;
        Ok(removed)
    }

    fn update(&mut self, data_dir: &Path, f: impl FnOnce(&mut Vec<Record>)) -> Result<()> {
        let path = Self::path(data_dir);
        let _lock = FileLock::acquire(&path)?;
        let mut current = match read_optional(&path)? {
            None => Corrections::default(),
            Some(bytes) => parse(&path, &bytes)?,
        };
        f(&mut current.records);
        let file = CorrectionsFile {
            version: CORRECTIONS_VERSION,
            records: current.records.clone(),
        };
        let bytes = serde_json::to_vec_pretty(&file)
            .map_err(|e| Error::Other(format!("{}: {e}", path.display())))?;
        write_atomic(&path, &bytes)?;
        *self = current;
        Ok(())
    }

    /// The corrections, oldest first.
    pub fn records(&self) -> &[Record] {
        &self.records
    }

    /// Applies the corrections to the entities extracted from `text`.
    pub fn apply(&self, text: &str, entities: Vec<Entity>) -> Vec<Entity> {
        if self.records.is_empty() {
            return entities;
        }
        let mut out = entities;
        for r in &self.records {
            match &r.correction {
                Correction::Reject { name } => out.retain(|e| !matches(e, name)),
                Correction::SetKind { name, kind } => out
                    .iter_mut()
                    .filter(|e| matches(e, name))
                    .for_each(|e| e.kind = *kind),
                Correction::Add { name, kind } => add_name(text, &mut out, name, *kind),
                Correction::Merge { from, into } => merge(&mut out, from, into),
            }
        }
        for e in &mut out {
            e.mentions.sort();
            e.mentions.dedup();
        }
        sort_for_display(&mut out);
        out
    }
}

fn parse(path: &Path, bytes: &[u8]) -> Result<Corrections> {
    let f: CorrectionsFile = serde_json::from_slice(bytes).map_err(|e| Error::Parse {
        path: path.to_path_buf(),
        line: Some(e.line()),
        message: format!("not a valid corrections file ({e})"),
    })?;
    if f.version > CORRECTIONS_VERSION {
        return Err(Error::Parse {
            path: path.to_path_buf(),
            line: None,
            message: format!(
                "format version {} is newer than this newsdesk reads ({CORRECTIONS_VERSION})",
                f.version
            ),
        });
    }
    Ok(Corrections { records: f.records })
}

fn same(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

fn matches(e: &Entity, name: &str) -> bool {
    same(&e.name, name) || e.aliases.iter().any(|a| same(a, name))
}

/// Every occurrence of `name` in `text` not inside a longer word.
fn occurrences(text: &str, name: &str) -> Vec<Mention> {
    let name = name.trim();
    if name.is_empty() {
        return Vec::new();
    }
    text.match_indices(name)
        .filter(|(i, _)| {
            let before = text[..*i].chars().next_back();
            let after = text[i + name.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .map(|(i, _)| Mention {
            start: i,
            end: i + name.len(),
        })
        .collect()
}

fn add_name(text: &str, out: &mut Vec<Entity>, name: &str, kind: EntityKind) {
    let found = occurrences(text, name);
    if found.is_empty() {
        return;
    }
    let overlaps = |m: &Mention| found.iter().any(|f| f.start < m.end && m.start < f.end);
    for e in out.iter_mut().filter(|e| !same(&e.name, name)) {
        e.mentions.retain(|m| !overlaps(m));
    }
    out.retain(|e| !e.mentions.is_empty() || same(&e.name, name));
    match out.iter_mut().find(|e| same(&e.name, name)) {
        Some(e) => {
            e.kind = kind;
            e.mentions.extend(found);
        }
        None => out.push(Entity {
            name: name.trim().to_string(),
            kind,
            role: None,
            aliases: Vec::new(),
            mentions: found,
        }),
    }
}

fn merge(out: &mut Vec<Entity>, from: &str, into: &str) {
    let (Some(fi), Some(ii)) = (
        out.iter().position(|e| matches(e, from)),
        out.iter().position(|e| matches(e, into)),
    ) else {
        return;
    };
    if fi == ii {
        return;
    }
    let gone = out.remove(fi);
    let ii = if fi < ii { ii - 1 } else { ii };
    let target = &mut out[ii];
    target.mentions.extend(gone.mentions);
    for a in std::iter::once(gone.name).chain(gone.aliases) {
        if !same(&a, &target.name) && !target.aliases.iter().any(|x| same(x, &a)) {
            target.aliases.push(a);
        }
    }
    if target.role.is_none() {
        target.role = gone.role;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Mara Velt met the Harbour Trust in Doria. Velt said the Harbour Trust \
        would help. Doria Harbour is busy.";

    fn ent(name: &str, kind: EntityKind, spans: &[(usize, usize)]) -> Entity {
        Entity {
            name: name.into(),
            kind,
            role: None,
            aliases: vec![],
            mentions: spans
                .iter()
                .map(|&(start, end)| Mention { start, end })
                .collect(),
        }
    }

    fn extracted() -> Vec<Entity> {
        vec![
            ent("Mara Velt", EntityKind::Person, &[(0, 9)]),
            ent("Velt", EntityKind::Person, &[(42, 46)]),
            ent("Doria", EntityKind::Person, &[(35, 40)]),
        ]
    }

    fn with(cs: &[Correction]) -> Corrections {
        Corrections {
            records: cs
                .iter()
                .map(|c| Record {
                    at: "2026-01-01T00:00:00Z".into(),
                    correction: c.clone(),
                })
                .collect(),
        }
    }

    #[test]
    fn reject_kind_add_merge() {
        let c = with(&[
            Correction::SetKind {
                name: "doria".into(),
                kind: EntityKind::Place,
            },
            Correction::Add {
                name: "Harbour Trust".into(),
                kind: EntityKind::Organisation,
            },
            Correction::Merge {
                from: "Velt".into(),
                into: "Mara Velt".into(),
            },
            Correction::Reject {
                name: "Nobody".into(),
            },
        ]);
        let out = c.apply(TEXT, extracted());
        let names: Vec<_> = out
            .iter()
            .map(|e| (e.name.as_str(), e.kind, e.mentions.len()))
            .collect();
        assert_eq!(
            names,
            [
                ("Mara Velt", EntityKind::Person, 2),
                ("Harbour Trust", EntityKind::Organisation, 2),
                ("Doria", EntityKind::Place, 1),
            ]
        );
        assert_eq!(out[0].aliases, ["Velt"]);
        let rejected = with(&[Correction::Reject {
            name: "velt".into(),
        }])
        .apply(TEXT, extracted());
        assert_eq!(rejected.len(), 2, "alias-less Velt entity dropped");
    }

    #[test]
    fn added_names_respect_word_boundaries() {
        let m = occurrences("Doria, Dorian and Doria.", "Doria");
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn persist_push_and_undo() {
        let dir = tempfile::tempdir().expect("tmp");
        let mut c = Corrections::load(dir.path()).expect("empty");
        let mine = c
            .push(dir.path(), Correction::Reject { name: "A".into() })
            .expect("push");
        let mut other = Corrections::default();
        other
            .push(dir.path(), Correction::Reject { name: "B".into() })
            .expect("push");
        assert_eq!(other.records().len(), 2, "re-read before append");
        // Undoing my correction leaves the other process's newer one.
        assert_eq!(
            c.undo(dir.path(), Some(&mine)).expect("undo"),
            Some(Correction::Reject { name: "A".into() })
        );
        let left = Corrections::load(dir.path()).expect("load");
        assert_eq!(left.records().len(), 1);
        assert_eq!(
            left.records()[0].correction,
            Correction::Reject { name: "B".into() }
        );
        // Without a stamp, the newest goes.
        assert_eq!(
            c.undo(dir.path(), None).expect("undo"),
            Some(Correction::Reject { name: "B".into() })
        );
        assert!(c.undo(dir.path(), None).expect("undo").is_none());
        std::fs::write(
            Corrections::path(dir.path()),
            "{\"version\":1,\n\"records\":3}",
        )
        .expect("w");
        let e = Corrections::load(dir.path()).expect_err("bad");
        assert!(e.to_string().contains("corrections.json:2:"), "{e}");
    }
}
