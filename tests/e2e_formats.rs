//! End-to-end: a directory mixing every format (.txt, .md with front
//! matter, a news-like .html page, .jsonl with two articles) opened in the
//! real binary inside tmux.

mod support;

use std::path::Path;

use support::tmux::{self, Tmux};

/// The shell command that runs newsdesk with every directory it may write
/// to inside `home` (a temporary directory), then reports its exit status.
fn newsdesk_command(home: &Path, args: &str) -> String {
    let h = home.display();
    format!(
        "XDG_STATE_HOME='{h}/state' XDG_CONFIG_HOME='{h}/config' XDG_CACHE_HOME='{h}/cache' \
         {} --data-dir '{h}/data' {args}; echo NEWSDESK-EXITED:$?; sleep 30",
        env!("CARGO_BIN_EXE_newsdesk"),
    )
}

const TXT: &str = "Tram Line Extension Opens Early\n\n\
The eastern tram extension in Calloway opened two weeks ahead of schedule on Monday, \
city transport officials said.\n\n\
Commuters from the Ridgefield estate can now reach the centre in eighteen minutes.\n";

const MD: &str = "---\ntitle: Orchard Growers Brace for Late Frost\nauthor: Tamsin Pell\n\
date: 2026-04-02\n---\n\n\
Apple growers across the Wenlow valley lit smudge pots overnight as forecasters warned \
of a hard frost.\n\n\
## Blossom at Risk\n\n\
The Wenlow Growers Cooperative said a single cold night could halve this year's crop.\n";

const HTML: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Lighthouse Keepers Return to Cape Varro | The Coastline Courier</title>
<meta property="og:title" content="Lighthouse Keepers Return to Cape Varro">
<meta property="og:site_name" content="The Coastline Courier">
</head><body>
<div class="cookie-banner"><p>We use cookies to measure readership. Accept our cookie policy to continue.</p></div>
<header><a class="logo" href="/">The Coastline Courier</a>
<nav><ul><li><a href="/local">Local</a></li><li><a href="/tides">Tide Tables</a></li>
<li><a href="/obituaries">Obituaries</a></li><li><a href="/classifieds">Classifieds</a></li></ul></nav></header>
<main><article>
<h1>Lighthouse Keepers Return to Cape Varro</h1>
<p class="byline">By Odile Brenner</p>
<p>For the first time in forty years, keepers will live at the Cape Varro lighthouse after the maritime trust voted to restore the cottages beside the tower.</p>
<p>The trust said two keepers would maintain the lamp, record the weather and guide visitors through the summer, while the beacon itself stays automated.</p>
<p>Local fishermen welcomed the decision, saying a staffed light had saved crews during the storms of the nineteen-seventies and would reassure families again.</p>
<p>Restoration of the cottages begins in June and should be finished before the autumn gales, according to the trust's chair, Benedikt Sauer.</p>
</article></main>
<footer><p>Copyright 2026 The Coastline Courier. All rights reserved.</p>
<p><a href="/privacy">Privacy notice</a> | <a href="/subscribe">Subscribe to the print edition</a></p></footer>
</body></html>
"#;

const JSONL: &str = concat!(
    r#"{"title": "Rail Strike Talks Resume", "text": "Union leaders and the Northline rail operator returned to talks on Wednesday after a week of walkouts.", "source": "Wire"}"#,
    "\n",
    r#"{"title": "Museum Reopens After Roof Repairs", "body": "The Hartwell Museum of Maps reopened its doors on Saturday after an eighteen-month repair of its leaking glass roof.", "date": "2026-05-09"}"#,
    "\n",
);

const TITLES: [&str; 5] = [
    "Tram Line Extension Opens Early",
    "Orchard Growers Brace for Late Frost",
    "Lighthouse Keepers Return to Cape Varro",
    "Rail Strike Talks Resume",
    "Museum Reopens After Roof Repairs",
];

#[test]
fn mixed_formats_directory_lists_all_and_opens_the_html_cleanly() {
    if !tmux::available() {
        eprintln!("skipped: tmux not installed");
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let dir = home.path().join("articles");
    std::fs::create_dir_all(&dir).expect("mkdir");
    for (name, text) in [
        ("tram.txt", TXT),
        ("frost.md", MD),
        ("lighthouse.html", HTML),
        ("wire.jsonl", JSONL),
    ] {
        std::fs::write(dir.join(name), text).expect("fixture");
    }
    let t = Tmux::start(
        "formats",
        &newsdesk_command(home.path(), &format!("'{}'", dir.display())),
        120,
        30,
    );

    // The library lists five articles, each under its own title.
    let screen = t.wait_for("library (5 articles)", 10);
    for title in TITLES {
        assert!(screen.contains(title), "{title} missing:\n{screen}");
    }
    assert!(!screen.contains("skipped"), "{screen}");

    // Filter to the HTML page and open it.
    t.send(&["/"]);
    t.type_text("lighthouse");
    t.wait_for("1 of 5 articles", 5);
    t.send(&["Enter", "Enter"]);
    let screen = t.wait_for("first time in forty years", 5);
    assert!(
        screen.contains("Lighthouse Keepers Return to Cape Varro"),
        "{screen}"
    );
    assert!(
        screen.contains("Benedikt Sauer"),
        "whole body shown:\n{screen}"
    );
    for boilerplate in [
        "Tide Tables",
        "Classifieds",
        "cookie",
        "All rights reserved",
        "Privacy notice",
        "Subscribe to the print",
    ] {
        assert!(
            !screen.contains(boilerplate),
            "{boilerplate:?} leaked into the reader:\n{screen}"
        );
    }

    // Back to the (still filtered) library, then quit cleanly.
    t.send(&["q"]);
    t.wait_for("library (1 of 5 articles)", 5);
    t.send(&["Q"]);
    t.wait_for("NEWSDESK-EXITED:0", 5);
}
