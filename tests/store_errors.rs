//! Store files that cannot be used are reported and never written; failed
//! writes (full disk, read-only file system) leave the old file intact and
//! keep the change pending for a retry.

use std::path::{Path, PathBuf};
use std::process::Command;

use newsdesk::core::annotations::{ArticleNotes, Store};
use newsdesk::core::article::{Article, load_paths};

const ARTICLE: &str = "Library Reopens\n\n\
The town library reopened its doors on Saturday after two years of renovation work. \
Readers queued from early morning to see the new reading room and the restored clock tower.\n";

fn article(dir: &Path) -> Article {
    let p = dir.join("library.txt");
    std::fs::write(&p, ARTICLE).expect("article");
    load_paths(&[p]).expect("load").articles.remove(0)
}

fn add(notes: &mut ArticleNotes, quote: &str) -> newsdesk::core::Result<String> {
    let s = ARTICLE.find(quote).expect("quote");
    notes.add(s..s + quote.len(), "a note", &[])
}

fn check_refused(name: &str, bytes: &[u8], expect: &str) {
    let dir = tempfile::tempdir().expect("tmp");
    let a = article(dir.path());
    let store = Store::new(&dir.path().join("data"));
    let file = store.file_for(&a.id);
    std::fs::create_dir_all(store.dir()).expect("mkdir");
    std::fs::write(&file, bytes).expect("write");
    let mut notes = store.open(&a);
    let why = notes.read_only().expect("must be read-only").to_string();
    assert!(why.contains(&file.display().to_string()), "{name}: {why}");
    assert!(why.contains(expect), "{name}: {why}");
    let err = add(&mut notes, "town library").expect_err("must refuse");
    assert!(err.to_string().contains("read-only"), "{name}: {err}");
    assert_eq!(
        std::fs::read(&file).expect("read"),
        bytes,
        "{name}: bytes changed"
    );
    println!("{name}: {why}");
}

#[test]
fn corrupt_truncated_and_newer_files_are_read_only() {
    let good = {
        let dir = tempfile::tempdir().expect("tmp");
        let a = article(dir.path());
        let store = Store::new(&dir.path().join("data"));
        let mut notes = store.open(&a);
        add(&mut notes, "reading room").expect("add");
        std::fs::read(store.file_for(&a.id)).expect("read")
    };
    check_refused(
        "corrupt",
        b"{\n \"version\": 1,\n \"annotations\": [ nonsense ]\n}\n",
        ":3:",
    );
    check_refused(
        "truncated",
        &good[..good.len() / 2],
        "not a valid annotations file",
    );
    let newer = String::from_utf8(good.clone()).expect("utf8").replacen(
        "\"version\": 1",
        "\"version\": 2",
        1,
    );
    check_refused("newer", newer.as_bytes(), ":2: format version 2 is newer");
    check_refused(
        "not-json",
        &[0xff, 0xfe, 0, 1],
        "not a valid annotations file",
    );
}

#[test]
fn huge_file_is_refused_unread() {
    let dir = tempfile::tempdir().expect("tmp");
    let a = article(dir.path());
    let store = Store::new(&dir.path().join("data"));
    let file = store.file_for(&a.id);
    std::fs::create_dir_all(store.dir()).expect("mkdir");
    let f = std::fs::File::create(&file).expect("create");
    f.set_len(100 * 1024 * 1024).expect("100 MB");
    drop(f);
    let before = std::fs::metadata(&file).expect("meta");
    let mut notes = store.open(&a);
    let why = notes.read_only().expect("read-only").to_string();
    assert!(
        why.contains("MB limit") && why.contains(&file.display().to_string()),
        "{why}"
    );
    assert!(add(&mut notes, "town library").is_err());
    let after = std::fs::metadata(&file).expect("meta");
    assert_eq!(before.len(), after.len());
    assert_eq!(before.modified().ok(), after.modified().ok());
}

/// A tmpfs mounted for one test, unmounted on drop.
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(at: &Path, size: &str) -> Option<Mount> {
        std::fs::create_dir_all(at).ok()?;
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .output()
            .is_ok_and(|o| o.status.success());
        ok.then(|| Mount(at.to_path_buf()))
    }

    fn remount_ro(&self) -> bool {
        Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.0)
            .output()
            .is_ok_and(|o| o.status.success())
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).output();
    }
}

#[test]
fn full_disk_keeps_old_file_and_pending_change() {
    let dir = tempfile::tempdir().expect("tmp");
    let a = article(dir.path());
    let mnt = dir.path().join("mnt");
    let Some(_m) = Mount::tmpfs(&mnt, "256k") else {
        println!("SKIPPED full_disk: cannot mount a tmpfs here (needs root/CAP_SYS_ADMIN)");
        return;
    };
    let store = Store::new(&mnt);
    let mut notes = store.open(&a);
    add(&mut notes, "town library").expect("first save");
    let file = store.file_for(&a.id);
    let old = std::fs::read(&file).expect("read");
    // Fill the file system.
    let filler = mnt.join("filler");
    let mut f = std::fs::File::create(&filler).expect("filler");
    let chunk = vec![b'x'; 4096];
    while std::io::Write::write_all(&mut f, &chunk).is_ok() {}
    drop(f);
    let err = add(&mut notes, "reading room").expect_err("disk is full");
    println!("full disk: {err}");
    assert!(
        err.to_string().contains(&file.display().to_string()),
        "{err}"
    );
    assert_eq!(std::fs::read(&file).expect("read"), old, "old file intact");
    assert_eq!(notes.pending(), 1, "the edit waits in memory");
    assert_eq!(notes.notes().len(), 2);
    std::fs::remove_file(&filler).expect("free space");
    if let Err(e) = notes.flush() {
        panic!("retry after freeing space: {e}");
    }
    assert_eq!(notes.pending(), 0);
    let reopened = store.open(&a);
    assert_eq!(reopened.notes().len(), 2);
}

#[test]
fn read_only_file_system_keeps_old_file() {
    let dir = tempfile::tempdir().expect("tmp");
    let a = article(dir.path());
    let mnt = dir.path().join("mnt");
    // Tests run as root, so chmod would not deny writes: use a read-only mount.
    let Some(m) = Mount::tmpfs(&mnt, "1m") else {
        println!("SKIPPED read_only: cannot mount a tmpfs here (needs root/CAP_SYS_ADMIN)");
        return;
    };
    let store = Store::new(&mnt);
    let mut notes = store.open(&a);
    add(&mut notes, "town library").expect("first save");
    let file = store.file_for(&a.id);
    let old = std::fs::read(&file).expect("read");
    if !m.remount_ro() {
        println!("SKIPPED read_only: cannot remount read-only");
        return;
    }
    let err = add(&mut notes, "reading room").expect_err("read-only fs");
    println!("read-only: {err}");
    assert!(err.to_string().contains("Read-only file system"), "{err}");
    assert_eq!(std::fs::read(&file).expect("read"), old);
    assert_eq!(notes.pending(), 1);
}
