//! Crash safety: a child process saving notes in a loop is SIGKILLed at
//! random moments; after every kill the store file parses and holds every
//! note whose save the child acknowledged (it prints `ACK <id>` only after
//! `ArticleNotes::add` returned, i.e. after rename + directory fsync).
//!
//! The child is this test binary re-run with `KILL_CHILD_DATA` set (see
//! `child_saver`, a no-op in normal runs).

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use newsdesk::core::annotations::Store;
use newsdesk::core::annotations::file::parse;
use newsdesk::core::article::load_paths;

const CHILD_ENV: &str = "KILL_CHILD_DATA";
const ARTICLE_ENV: &str = "KILL_CHILD_ARTICLE";
const KILLS: usize = 200;

const ARTICLE: &str = "Ferry Strike Ends\n\n\
The ferry crews of the northern islands returned to work on Monday after a week-long strike \
over rosters. The operator agreed to hire twelve more deckhands before the summer season.\n";

/// The child: adds notes forever, acknowledging each durable save.
#[test]
fn child_saver() {
    let (Ok(data), Ok(article)) = (std::env::var(CHILD_ENV), std::env::var(ARTICLE_ENV)) else {
        return;
    };
    let report = load_paths(&[article.into()]).expect("article");
    let article = &report.articles[0];
    let store = Store::new(Path::new(&data));
    let mut out = std::io::stdout().lock();
    let start = article.text.find("twelve more deckhands").expect("quote");
    for i in 0.. {
        // Re-open now and then, as separate UI sessions would.
        let mut notes = store.open(article);
        for _ in 0..5 {
            let id = notes
                .add(start..start + 21, &format!("note {i}"), &["t".into()])
                .expect("save");
            writeln!(out, "ACK {id}").expect("stdout");
            out.flush().expect("flush");
        }
    }
}

/// A small xorshift PRNG (no extra dependency).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn sigkill_at_random_moments_loses_no_acknowledged_note() {
    if std::env::var(CHILD_ENV).is_ok() {
        return;
    }
    let dir = tempfile::tempdir().expect("tmp");
    let article = dir.path().join("ferry.txt");
    std::fs::write(&article, ARTICLE).expect("article");
    let data = dir.path().join("data");
    let store = Store::new(&data);
    let id = load_paths(std::slice::from_ref(&article))
        .expect("load")
        .articles[0]
        .id
        .clone();
    let file = store.file_for(&id);
    let exe = std::env::current_exe().expect("exe");
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
        | 1;
    let mut rng = Rng(seed);
    let mut acked: BTreeSet<String> = BTreeSet::new();
    let (mut total_acked, mut mid_run) = (0usize, 0usize);
    let started = Instant::now();
    for round in 0..KILLS {
        if round % 25 == 0 {
            // Keep the file small so the test stays fast.
            let _ = std::fs::remove_file(&file);
            acked.clear();
        }
        let mut child = Command::new(&exe)
            .args(["--exact", "child_saver", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &data)
            .env(ARTICLE_ENV, &article)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn child");
        std::thread::sleep(Duration::from_micros(3_000 + rng.next() % 100_000));
        child.kill().expect("SIGKILL");
        let mut stdout = String::new();
        child
            .stdout
            .take()
            .expect("pipe")
            .read_to_string(&mut stdout)
            .expect("read");
        let status = child.wait().expect("wait");
        assert!(!status.success(), "the child must have been killed");
        let before = acked.len();
        for line in stdout.lines() {
            if let Some(id) = line.strip_prefix("ACK ")
                && id.len() == 36
            {
                acked.insert(id.to_string());
            }
        }
        total_acked += acked.len() - before;
        if acked.len() > before {
            mid_run += 1;
        }
        let Ok(bytes) = std::fs::read(&file) else {
            assert!(
                acked.is_empty(),
                "round {round}: acknowledged notes but no file"
            );
            continue;
        };
        let parsed = parse(&file, &bytes)
            .unwrap_or_else(|e| panic!("round {round}: store does not parse after SIGKILL: {e}"));
        let on_disk: BTreeSet<&str> = parsed.annotations.iter().map(|a| a.id.as_str()).collect();
        for id in &acked {
            assert!(
                on_disk.contains(id.as_str()),
                "round {round}: acknowledged {id} lost"
            );
        }
    }
    let leftovers = std::fs::read_dir(store.dir())
        .expect("ls")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        })
        .count();
    println!(
        "store_kill: {KILLS} SIGKILLs in {:.1} s, {total_acked} acknowledged saves all on disk \
         ({mid_run} rounds killed after ≥1 save), {leftovers} temp files left (removed by the next save)",
        started.elapsed().as_secs_f64()
    );
}
