//! The layering rule: the core never touches the terminal.

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("read_dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn core_never_imports_ratatui_or_crossterm() {
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mut files = Vec::new();
    rust_files(&core, &mut files);
    assert!(files.len() > 5, "core modules found");
    let mut offenders = Vec::new();
    for f in files {
        let src = fs::read_to_string(&f).expect("read");
        for (n, line) in src.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if code.contains("ratatui") || code.contains("crossterm") || code.contains("crate::tui")
            {
                offenders.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "the core must not touch the terminal:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn core_never_prints() {
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mut files = Vec::new();
    rust_files(&core, &mut files);
    for f in files {
        let src = fs::read_to_string(&f).expect("read");
        let body = src.split("#[cfg(test)]").next().unwrap_or("");
        // Code only: doc examples and comments may show printing.
        let code: Vec<&str> = body
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect();
        for bad in ["println!", "eprintln!", "print!(", "eprint!(", "dbg!("] {
            assert!(
                !code.iter().any(|l| l.contains(bad)),
                "{} uses {bad}",
                f.display()
            );
        }
    }
}
