//! `newsdesk entities` text output as a reader sees it in a terminal.

use std::process::Command;

use unicode_width::UnicodeWidthStr;

#[test]
fn counts_line_up_however_long_or_wide_the_names_are() {
    let dir = tempfile::tempdir().expect("tempdir");
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "Port Strike Spreads\n\n\
         Ivo Rask of the International Federation of Harbour and Transport \
         Workers' Unions said Zoë Ørsted-Lindqvist had met the Tarvin Port \
         Authority in Velmora. Rask left.\n",
    )
    .expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(["entities".as_ref(), article.as_os_str()])
        .env("NEWSDESK_DATA_DIR", dir.path().join("data"))
        .output()
        .expect("run newsdesk");
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    // Entity lines: four spaces, the name, padding, then the count.
    let columns: Vec<usize> = text
        .lines()
        .filter(|l| l.starts_with("    "))
        .map(|l| {
            let end = l
                .trim_end()
                .rfind(|c: char| c.is_ascii_digit())
                .expect("a count");
            l[..=end].width()
        })
        .collect();
    assert!(columns.len() >= 4, "{text}");
    assert!(
        columns.iter().all(|&c| c == columns[0]),
        "counts end in one column: {columns:?}\n{text}"
    );
}
