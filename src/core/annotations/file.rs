//! Reading, checking and merging store files.

use std::cmp::Ordering;
use std::path::Path;

use serde::Deserialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::model::{Annotation, FORMAT_VERSION, NotesFile};
use crate::core::{Error, Result};

/// Largest store file read; a bigger one is reported, never rewritten.
pub const MAX_STORE_BYTES: u64 = 32 * 1024 * 1024;

/// Parses a store file's bytes; refuses newer versions and oversized files.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<NotesFile> {
    if bytes.len() as u64 > MAX_STORE_BYTES {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            limit_mb: MAX_STORE_BYTES / (1024 * 1024),
        });
    }
    let parse_err = |e: serde_json::Error| Error::Parse {
        path: path.to_path_buf(),
        line: Some(e.line()),
        message: format!("not a valid annotations file ({e}); it will not be written to"),
    };
    #[derive(Deserialize)]
    struct Probe {
        version: Option<u64>,
    }
    let probe: Probe = serde_json::from_slice(bytes).map_err(parse_err)?;
    match probe.version {
        Some(v) if v > u64::from(FORMAT_VERSION) => {
            let text = String::from_utf8_lossy(bytes);
            let line = text
                .lines()
                .position(|l| l.contains("\"version\""))
                .map(|i| i + 1);
            return Err(Error::Parse {
                path: path.to_path_buf(),
                line,
                message: format!(
                    "format version {v} is newer than this newsdesk reads ({FORMAT_VERSION}); \
                     the notes are read-only"
                ),
            });
        }
        None => {
            return Err(Error::Parse {
                path: path.to_path_buf(),
                line: Some(1),
                message: "no \"version\" field: not an annotations file".into(),
            });
        }
        Some(_) => {}
    }
    serde_json::from_slice(bytes).map_err(parse_err)
}

/// The records of a file written by a newer newsdesk, when they still read
/// as this version's records (for showing them read-only); `None` for any
/// other file.
pub fn salvage_newer(bytes: &[u8]) -> Option<NotesFile> {
    #[derive(Deserialize)]
    struct Probe {
        version: Option<u64>,
    }
    let probe: Probe = serde_json::from_slice(bytes).ok()?;
    if probe.version? <= u64::from(FORMAT_VERSION) || bytes.len() as u64 > MAX_STORE_BYTES {
        return None;
    }
    serde_json::from_slice(bytes).ok()
}

/// The current time as RFC 3339 (UTC, nanoseconds).
pub fn now() -> String {
    OffsetDateTime::now_utc()
        .format(&Rfc3339)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".into())
}

/// A timestamp strictly later than `previous` (clocks may stand still).
pub fn later_than(previous: &str) -> String {
    let now = now();
    match (parse_time(&now), parse_time(previous)) {
        (Some(n), Some(p)) if n <= p => (p + time::Duration::nanoseconds(1))
            .format(&Rfc3339)
            .unwrap_or(now),
        _ => now,
    }
}

fn parse_time(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s, &Rfc3339).ok()
}

/// Orders two `modified` stamps (parsed when possible, else as text).
fn cmp_time(a: &str, b: &str) -> Ordering {
    match (parse_time(a), parse_time(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => a.cmp(b),
    }
}

/// Merges two sets of records by id: the newer `modified` wins; on a tie a
/// tombstone wins, else `ours`. Order: `theirs` first, then new ones of ours.
pub fn merge(theirs: Vec<Annotation>, ours: &[Annotation]) -> Vec<Annotation> {
    let mut out = theirs;
    for mine in ours {
        match out.iter_mut().find(|a| a.id == mine.id) {
            None => out.push(mine.clone()),
            Some(a) => {
                let take = match cmp_time(&mine.modified, &a.modified) {
                    Ordering::Greater => true,
                    Ordering::Less => false,
                    Ordering::Equal => mine.deleted || !a.deleted,
                };
                if take {
                    *a = mine.clone();
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn rec(id: &str, modified: &str, deleted: bool) -> Annotation {
        let mut a: Annotation = serde_json::from_str(&format!(
            r#"{{"id":"{id}","created":"2026-01-01T00:00:00Z","modified":"{modified}","target":{{"source":"s"}}}}"#
        ))
        .expect("record");
        a.deleted = deleted;
        a
    }

    #[test]
    fn newest_wins_and_tombstones_stay() {
        let theirs = vec![
            rec("a", "2026-01-02T00:00:00Z", false),
            rec("b", "2026-01-02T00:00:00Z", false),
        ];
        let ours = vec![
            rec("a", "2026-01-01T00:00:00Z", true),
            rec("b", "2026-01-03T00:00:00Z", true),
            rec("c", "2026-01-01T00:00:00Z", false),
        ];
        let m = merge(theirs, &ours);
        let flags: Vec<_> = m.iter().map(|a| (a.id.as_str(), a.deleted)).collect();
        assert_eq!(flags, [("a", false), ("b", true), ("c", false)]);
    }

    #[test]
    fn bad_files_name_path_and_line() {
        let p = PathBuf::from("/x/a.json");
        let e = parse(&p, b"{\n \"version\": 1,\n \"article_id\": 3\n}").expect_err("bad");
        assert!(e.to_string().starts_with("/x/a.json:3:"), "{e}");
        let e = parse(&p, b"{\n\"version\": 7}").expect_err("newer");
        assert!(
            e.to_string().contains("/x/a.json:2: format version 7"),
            "{e}"
        );
        assert!(parse(&p, b"{\"version\":1,\"article_id\":\"a\"").is_err());
    }

    #[test]
    fn later_than_is_strictly_later() {
        let far = "2999-01-01T00:00:00Z";
        assert_eq!(cmp_time(&later_than(far), far), Ordering::Greater);
    }
}
