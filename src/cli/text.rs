//! `newsdesk text PATH`: the canonical text, byte for byte.
//!
//! PATH is a file holding one article, or one article of a JSON Lines file
//! named as `newsdesk entities` and `search` print it: `corpus.jsonl#7`,
//! the article on line 7. So every offset those commands print can be
//! checked against this text.

use std::io::Write;
use std::path::Path;

use anyhow::{Result, bail};

use crate::core::article::{LoadReport, load_paths, sanitize};

/// Prints the canonical text of the article at `path` (`file.jsonl#LINE`
/// for one article of a JSON Lines file); load problems go to `err`.
pub fn run(path: &Path, out: &mut dyn Write, err: &mut dyn Write) -> Result<()> {
    let (file, line) = split_line(path);
    let report = load_paths(&[file.to_path_buf()])?;
    super::report_problems(&report.skipped, &report.warnings, err);
    let article = match line {
        Some(line) => {
            let wanted = format!("{}#{line}", file.display());
            let found = report.articles.iter().find(|a| a.display_path == wanted);
            match found {
                Some(a) => a,
                None => bail!("{}", no_article_on(&report, path, line)),
            }
        }
        None => match report.articles.as_slice() {
            [one] => one,
            many => {
                // A JSON Lines file: say how to name one of its articles.
                let hint = many
                    .first()
                    .filter(|a| a.display_path.contains('#'))
                    .map(|a| format!(": name one as FILE#LINE (e.g. {})", a.display_path))
                    .unwrap_or_default();
                bail!(
                    "{}: holds {} articles; `text` prints one{}",
                    sanitize::one_line(&path.to_string_lossy()),
                    many.len(),
                    sanitize::one_line(&hint)
                )
            }
        },
    };
    out.write_all(article.text.as_bytes())?;
    Ok(())
}

/// `corpus.jsonl#7` → (`corpus.jsonl`, Some(7)) when the path as given does
/// not exist and ends in `#` and a line number; otherwise the path as is.
fn split_line(path: &Path) -> (&Path, Option<usize>) {
    if path.as_os_str() == "-" || path.symlink_metadata().is_ok() {
        return (path, None);
    }
    let Some(s) = path.to_str() else {
        return (path, None);
    };
    match s.rsplit_once('#') {
        Some((file, n))
            if !file.is_empty() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) =>
        {
            match n.parse() {
                Ok(line) => (Path::new(file), Some(line)),
                Err(_) => (path, None),
            }
        }
        _ => (path, None),
    }
}

/// Why `path` (`file#line`) names no article: the bad line's warning, or
/// that no article starts on that line.
fn no_article_on(report: &LoadReport, path: &Path, line: usize) -> String {
    let shown = sanitize::one_line(&path.to_string_lossy());
    match report.warnings.iter().find(|w| w.line == Some(line)) {
        Some(w) => format!(
            "{shown}: no article: line {line} was skipped ({})",
            sanitize::one_line(&w.message)
        ),
        None => format!("{shown}: no article on line {line}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn a_line_number_after_hash_names_a_json_lines_article() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("feed.jsonl");
        std::fs::write(
            &file,
            "{\"title\":\"Quay Vote\",\"text\":\"One.\"}\n{oops\n{\"title\":\"Tram Fares\",\"text\":\"Two.\"}\n",
        )
        .expect("write");
        let run_text = |p: PathBuf| {
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let result = run(&p, &mut out, &mut err);
            (
                result.map_err(|e| e.to_string()),
                String::from_utf8_lossy(&out).into_owned(),
                String::from_utf8_lossy(&err).into_owned(),
            )
        };
        let at = |n: &str| PathBuf::from(format!("{}#{n}", file.display()));
        let (ok, text, err) = run_text(at("3"));
        assert!(ok.is_ok(), "{ok:?}");
        assert_eq!(text, "Tram Fares\n\nTwo.");
        assert!(err.contains("feed.jsonl:2: key must be a string"), "{err}");
        let (res, _, _) = run_text(at("2"));
        let msg = res.expect_err("a bad line");
        assert!(
            msg.contains("line 2 was skipped (key must be a string"),
            "{msg}"
        );
        let (res, _, _) = run_text(at("9"));
        assert!(
            res.expect_err("no line 9")
                .ends_with("no article on line 9")
        );
        let (res, _, _) = run_text(file.clone());
        let msg = res.expect_err("two articles");
        assert!(msg.contains("holds 2 articles"), "{msg}");
        assert!(msg.contains("feed.jsonl#1)"), "{msg}");
    }

    #[test]
    fn a_file_whose_name_has_a_hash_is_read_as_named() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("issue#2");
        std::fs::write(&file, "Quay Vote\n\nOne.").expect("write");
        assert_eq!(split_line(&file), (file.as_path(), None));
        let named = dir.path().join("x.jsonl#12");
        assert_eq!(
            split_line(&named),
            (dir.path().join("x.jsonl").as_path(), Some(12))
        );
        assert_eq!(split_line(Path::new("x#")), (Path::new("x#"), None));
        assert_eq!(split_line(Path::new("#3")), (Path::new("#3"), None));
        assert_eq!(split_line(Path::new("x#3a")), (Path::new("x#3a"), None));
    }
}
