//! Two writers on the same article at once: the union of their notes is on
//! disk (lock → re-read → merge → write).

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use newsdesk::core::annotations::Store;
use newsdesk::core::article::load_paths;

const ARTICLE: &str = "Bridge Vote Delayed\n\n\
The regional assembly delayed its vote on the new river bridge until autumn, citing rising costs. \
Engineers said the old bridge could stay open for another five years with repairs.\n";

#[test]
fn two_processes_adding_at_once_keep_the_union() {
    let dir = tempfile::tempdir().expect("tmp");
    let article = dir.path().join("bridge.txt");
    std::fs::write(&article, ARTICLE).expect("article");
    let data = dir.path().join("data");
    let per_writer = 15;
    let writers: Vec<_> = ["river bridge", "old bridge"]
        .into_iter()
        .map(|quote| {
            let (article, data) = (article.clone(), data.clone());
            std::thread::spawn(move || {
                (0..per_writer)
                    .map(|i| {
                        let out = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
                            .arg("--data-dir")
                            .arg(&data)
                            .args(["annotations", "add"])
                            .arg(&article)
                            .args(["--quote", quote, "--note", &format!("{quote} {i}")])
                            .output()
                            .expect("run");
                        assert!(
                            out.status.success(),
                            "{}",
                            String::from_utf8_lossy(&out.stderr)
                        );
                        String::from_utf8(out.stdout)
                            .expect("utf8")
                            .trim()
                            .to_string()
                    })
                    .collect::<Vec<String>>()
            })
        })
        .collect();
    let mut ids = BTreeSet::new();
    for w in writers {
        ids.extend(w.join().expect("writer"));
    }
    assert_eq!(ids.len(), 2 * per_writer);
    let a = load_paths(&[article]).expect("load").articles.remove(0);
    let notes = Store::new(&data).open(&a);
    let stored: BTreeSet<String> = notes
        .notes()
        .iter()
        .map(|n| n.annotation.id.clone())
        .collect();
    assert_eq!(stored, ids);
}

#[test]
fn stale_handles_merge_and_tombstones_hold() {
    let dir = tempfile::tempdir().expect("tmp");
    let p = dir.path().join("bridge.txt");
    std::fs::write(&p, ARTICLE).expect("article");
    let a = load_paths(&[p]).expect("load").articles.remove(0);
    let store = Store::new(Path::new(&dir.path().join("data")));
    let span = |q: &str| {
        let s = ARTICLE.find(q).expect("q");
        s..s + q.len()
    };
    let mut one = store.open(&a);
    let mut two = store.open(&a);
    let x = one.add(span("river bridge"), "x", &[]).expect("add");
    let y = two.add(span("old bridge"), "y", &[]).expect("add");
    assert_eq!(two.notes().len(), 2, "the second save merged the first");
    two.delete(&x).expect("delete");
    one.edit(&y, "y edited", &[]).expect("edit");
    let fresh = store.open(&a);
    let live: Vec<(&str, &str)> = fresh
        .notes()
        .iter()
        .map(|n| (n.annotation.id.as_str(), n.annotation.note.as_str()))
        .collect();
    assert_eq!(
        live,
        [(y.as_str(), "y edited")],
        "x stays deleted, y's edit kept"
    );
    assert!(
        fresh
            .stored()
            .annotations
            .iter()
            .any(|r| r.id == x && r.deleted)
    );
}

#[test]
fn moved_article_is_reattached_by_text_hash() {
    let dir = tempfile::tempdir().expect("tmp");
    let old = dir.path().join("old.txt");
    std::fs::write(&old, ARTICLE).expect("article");
    let a = load_paths(std::slice::from_ref(&old))
        .expect("load")
        .articles
        .remove(0);
    let store = Store::new(&dir.path().join("data"));
    let s = ARTICLE.find("five years").expect("q");
    let id = store.open(&a).add(s..s + 10, "", &[]).expect("add");
    let new = dir.path().join("renamed.txt");
    std::fs::rename(&old, &new).expect("mv");
    let b = load_paths(&[new]).expect("load").articles.remove(0);
    let mut notes = store.open(&b);
    assert!(notes.reattached_from().is_some());
    assert_eq!(notes.notes()[0].annotation.id, id);
    notes.flush().expect("move the file");
    assert!(!store.file_for(&a.id).exists());
    assert_eq!(store.open(&b).notes().len(), 1);
}
