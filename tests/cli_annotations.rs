//! `newsdesk annotations …` driven through the real binary with a temporary
//! data dir.

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

const ARTICLE: &str = "Harbour Plan Wins Council Vote\n\n\
The city council of Velmora approved the harbour plan on Tuesday after a long debate. \
Mayor Elin Ostrova said the vote was \u{201C}a turning point\u{201D} for the port.\n\n\
Critics, led by the Velmora Fishers Guild, said the plan ignores small boats. \
The council will meet again in May to discuss the harbour plan budget.\n";

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("a.txt"), ARTICLE).expect("article");
        Env { dir }
    }

    fn article(&self) -> PathBuf {
        self.dir.path().join("a.txt")
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_newsdesk"))
            .arg("--data-dir")
            .arg(self.data())
            .args(args)
            .env_remove("NEWSDESK_DATA_DIR")
            .output()
            .expect("run newsdesk")
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf8")
    }

    fn add(&self, quote: &str, extra: &[&str]) -> String {
        let a = self.article();
        let mut args = vec![
            "annotations",
            "add",
            a.to_str().expect("path"),
            "--quote",
            quote,
        ];
        args.extend_from_slice(extra);
        self.ok(&args).trim().to_string()
    }
}

fn json_lines(s: &str) -> Vec<Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect()
}

#[test]
fn add_then_list_json() {
    let env = Env::new();
    let id = env.add(
        "harbour plan",
        &[
            "--occurrence",
            "2",
            "--note",
            "why *now*?",
            "--tag",
            "port",
            "--tag",
            "vote",
        ],
    );
    assert_eq!(id.len(), 36, "a UUID: {id}");
    let a = env.article();
    let out = env.ok(&["annotations", "list", "--json", a.to_str().expect("p")]);
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    let notes = lines[0]["annotations"].as_array().expect("array");
    assert_eq!(lines[0]["title"], "Harbour Plan Wins Council Vote");
    assert_eq!(notes.len(), 1);
    let n = &notes[0];
    assert_eq!(n["id"], id.as_str());
    assert_eq!(n["status"], "anchored");
    assert_eq!(n["quote"], "harbour plan");
    assert_eq!(n["note"], "why *now*?");
    assert_eq!(n["tags"], serde_json::json!(["port", "vote"]));
    let (s, e) = (
        n["start"].as_u64().expect("s") as usize,
        n["end"].as_u64().expect("e") as usize,
    );
    assert_eq!(&ARTICLE[s..e], "harbour plan");
    assert!(
        s > ARTICLE.find("harbour plan").expect("first"),
        "second occurrence"
    );
    for k in ["created", "modified"] {
        assert!(n[k].as_str().expect("time").contains('T'));
    }
    // Without PATH: every stored annotation, reading the recorded article.
    let all = json_lines(&env.ok(&["annotations", "list", "--json"]));
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["annotations"][0]["status"], "anchored");
    let text = env.ok(&["annotations", "list"]);
    assert!(
        text.contains("[anchored]") && text.contains("#port"),
        "{text}"
    );
}

#[test]
fn missing_quote_is_exit_1_with_file_named() {
    let env = Env::new();
    let out = env.run(&[
        "annotations",
        "add",
        env.article().to_str().expect("p"),
        "--quote",
        "no such words",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("a.txt") && err.contains("not found"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let out = env.run(&[
        "annotations",
        "add",
        env.article().to_str().expect("p"),
        "--quote",
        "harbour plan",
        "--occurrence",
        "3",
    ]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn edited_article_moves_and_orphans() {
    let env = Env::new();
    env.add("approved the harbour plan on Tuesday", &[]);
    env.add("said the plan ignores small boats", &["--note", "fishers"]);
    let edited = ARTICLE
        .replace(
            "\n\nCritics,",
            "\n\nA new paragraph was inserted here by the editors.\n\nCritics,",
        )
        .replace("said the plan ignores small boats", "welcomed it")
        .replace("approved  the", "approved the");
    std::fs::write(env.article(), edited).expect("edit");
    let lines = json_lines(&env.ok(&[
        "annotations",
        "list",
        "--json",
        env.article().to_str().expect("p"),
    ]));
    let statuses: Vec<&str> = lines[0]["annotations"]
        .as_array()
        .expect("a")
        .iter()
        .map(|n| n["status"].as_str().expect("s"))
        .collect();
    assert_eq!(statuses, ["anchored", "orphaned"]);
    let orphan = &lines[0]["annotations"][1];
    assert_eq!(orphan["start"], Value::Null);
    assert_eq!(orphan["quote"], "said the plan ignores small boats");
}

#[test]
fn typographic_quotes_match_loosely() {
    let env = Env::new();
    env.add("\"a turning point\"", &[]);
    let lines = json_lines(&env.ok(&["annotations", "list", "--json"]));
    assert_eq!(
        lines[0]["annotations"][0]["quote"],
        "\u{201C}a turning point\u{201D}"
    );
}

#[test]
fn exports() {
    let env = Env::new();
    env.add(
        "Velmora Fishers Guild",
        &["--note", "who leads it?", "--tag", "guild"],
    );
    env.add("a turning point", &[]);
    let p = env.article();
    let p = p.to_str().expect("p");

    let md = env.ok(&["annotations", "export", "--format", "markdown", p]);
    assert!(
        md.starts_with("---\ntitle: \"Harbour Plan Wins Council Vote\"\n"),
        "{md}"
    );
    assert!(
        md.contains("\npeople: [") && md.contains("\norganisations: ["),
        "{md}"
    );
    assert!(
        md.contains("> Velmora Fishers Guild\n\nwho leads it?\n"),
        "{md}"
    );
    assert!(md.contains("#guild"), "{md}");

    let j: Value = serde_json::from_str(&env.ok(&["annotations", "export", "--format", "json", p]))
        .expect("json");
    assert_eq!(j["version"], 1);
    assert_eq!(
        j["articles"][0]["annotations"].as_array().expect("a").len(),
        2
    );

    let w: Value =
        serde_json::from_str(&env.ok(&["annotations", "export", "--format", "w3c"])).expect("w3c");
    assert_eq!(w["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(w["type"], "AnnotationCollection");
    assert_eq!(w["total"], 2);
    let items = w["first"]["items"].as_array().expect("items");
    for it in items {
        assert_eq!(it["type"], "Annotation");
        assert!(it["id"].as_str().expect("id").starts_with("urn:uuid:"));
        assert!(
            it["target"]["source"]
                .as_str()
                .expect("src")
                .starts_with("file:///")
        );
    }
    // Code points: the text before "a turning point" holds one 3-byte quote mark.
    let tp = items
        .iter()
        .find(|i| i["motivation"] == "highlighting")
        .expect("highlight");
    let sel = tp["target"]["selector"].as_array().expect("selectors");
    let pos = sel
        .iter()
        .find(|s| s["type"] == "TextPositionSelector")
        .expect("pos");
    let byte = ARTICLE.find("a turning point").expect("q");
    assert_eq!(
        pos["start"].as_u64(),
        Some(ARTICLE[..byte].chars().count() as u64)
    );
    assert_eq!(pos["start"].as_u64().map(|s| s + 2), Some(byte as u64));

    let csv = env.ok(&["annotations", "export", "--format", "csv", p]);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let headers: Vec<String> = r.headers().expect("h").iter().map(String::from).collect();
    assert_eq!(
        headers,
        [
            "Highlight",
            "Title",
            "Author",
            "URL",
            "Note",
            "Location",
            "Date"
        ]
    );
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("row")).collect();
    assert_eq!(rows.len(), 2);
    let guild = rows
        .iter()
        .find(|r| &r[0] == "Velmora Fishers Guild")
        .expect("row");
    assert_eq!(&guild[4], "who leads it?\n.guild");
    assert_eq!(&guild[1], "Harbour Plan Wins Council Vote");
}

#[test]
fn corrupt_store_is_reported_and_untouched() {
    let env = Env::new();
    env.add("harbour plan", &[]);
    let dir = env.data().join("annotations");
    let file = std::fs::read_dir(&dir)
        .expect("dir")
        .map(|e| e.expect("e").path())
        .find(|p| p.extension().is_some_and(|x| x == "json"))
        .expect("store file");
    let bad = b"{\n  \"version\": 1,\n  \"annotations\": [oops\n}";
    std::fs::write(&file, bad).expect("corrupt");
    for args in [
        vec![
            "annotations",
            "add",
            env.article().to_str().expect("p"),
            "--quote",
            "harbour plan",
        ],
        vec!["annotations", "list"],
    ] {
        let out = env.run(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&format!("{}:3:", file.display())), "{err}");
    }
    assert_eq!(std::fs::read(&file).expect("read"), bad);
}

#[test]
fn entities_command_applies_corrections() {
    let env = Env::new();
    let data = env.data();
    std::fs::create_dir_all(&data).expect("mkdir");
    std::fs::write(
        data.join("corrections.json"),
        r#"{"version":1,"records":[{"at":"2026-01-01T00:00:00Z","op":"add","name":"Velmora Fishers Guild","kind":"organisation"}]}"#,
    )
    .expect("corrections");
    let out = env.ok(&["entities", "--json", env.article().to_str().expect("p")]);
    let v: Value = serde_json::from_str(out.trim()).expect("json");
    let guild = v["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .find(|e| e["name"] == "Velmora Fishers Guild")
        .expect("added entity");
    assert_eq!(guild["kind"], "organisation");
}

#[test]
fn notes_of_a_vanished_article_are_listed_as_orphans() {
    let env = Env::new();
    let id = env.add("Velmora Fishers Guild", &["--note", "kept"]);
    std::fs::remove_file(env.article()).expect("rm");
    let lines = json_lines(&env.ok(&["annotations", "list", "--json"]));
    assert_eq!(lines.len(), 1);
    let n = &lines[0]["annotations"][0];
    assert_eq!(n["id"], id.as_str());
    assert_eq!(n["status"], "orphaned");
    assert_eq!(n["note"], "kept");
    assert_eq!(lines[0]["title"], "Harbour Plan Wins Council Vote");
    assert!(lines[0]["path"].as_str().expect("p").ends_with("a.txt"));
}

#[test]
fn the_config_files_data_dir_applies_unless_one_is_given() {
    let env = Env::new();
    let configured = env.dir.path().join("configured");
    let cfg = env.dir.path().join("config.toml");
    std::fs::write(
        &cfg,
        format!("data_dir = {:?}\n", configured.to_str().expect("path")),
    )
    .expect("config");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_newsdesk"))
            .arg("--config")
            .arg(&cfg)
            .args(args)
            .env_remove("NEWSDESK_DATA_DIR")
            .env("XDG_STATE_HOME", env.dir.path().join("state"))
            .output()
            .expect("run newsdesk")
    };
    let a = env.article();
    let a = a.to_str().expect("path");
    let out = run(&[
        "annotations",
        "add",
        a,
        "--quote",
        "harbour plan",
        "--note",
        "Kept where the config says",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(configured.is_dir(), "notes went to the configured data dir");
    let listed = run(&["annotations", "list"]);
    assert!(String::from_utf8_lossy(&listed.stdout).contains("Kept where the config says"));
    // An explicit --data-dir wins over the config.
    let other = env.dir.path().join("other");
    let listed = run(&[
        "--data-dir",
        other.to_str().expect("path"),
        "annotations",
        "list",
    ]);
    assert!(listed.status.success());
    assert!(!String::from_utf8_lossy(&listed.stdout).contains("Kept where the config says"));
}
