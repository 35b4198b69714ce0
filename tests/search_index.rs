//! Corpus index: ranking, phrases, prefixes, fields, notes, snippets and the
//! entity index, on articles written here (invented names).

use newsdesk::core::article::{Article, text};
use newsdesk::core::entities::{Entity, EntityKind, Mention};
use newsdesk::core::search::{
    Index, NoteDoc, Query, build_entity_index, corpus_gen::CorpusGen, find_matches,
};

fn article(name: &str, body: &str) -> Article {
    Article::from_parsed(text::parse(body.to_string()), None, name.to_string())
}

fn corpus() -> Vec<Article> {
    vec![
        article(
            "a",
            "Harbour Strike Enters Second Week\n\nDock workers in Port Velmora walked out again. \
             The union said the envoy had not called.\n",
        ),
        article(
            "b",
            "Envoy Dara Kellan Defends Grain Deal\n\nKellan’s critics in the Brennan Institute \
             said the grain\ndeal was rushed. Negotiators met on Monday; negotiations resume \
             Friday.\n",
        ),
        article(
            "c",
            "Council on Fisheries Meets\n\nThe council heard from fishers. Quotas stay.\n",
        ),
    ]
}

fn entities(idx: usize, text: &str) -> Vec<Entity> {
    let find = |s: &str| {
        let start = text.find(s).expect("name in text");
        Mention {
            start,
            end: start + s.len(),
        }
    };
    match idx {
        1 => vec![
            Entity {
                name: "Dara Kellan".into(),
                kind: EntityKind::Person,
                role: Some("Envoy".into()),
                aliases: vec!["Kellan".into()],
                mentions: vec![find("Dara Kellan"), find("Kellan’s")],
            },
            Entity {
                name: "Brennan Institute".into(),
                kind: EntityKind::Organisation,
                role: None,
                aliases: vec![],
                mentions: vec![find("Brennan Institute")],
            },
        ],
        0 => vec![Entity {
            name: "Port Velmora".into(),
            kind: EntityKind::Place,
            role: None,
            aliases: vec![],
            mentions: vec![find("Port Velmora")],
        }],
        _ => vec![],
    }
}

fn index(arts: &[Article]) -> Index {
    Index::build(arts, |i| entities(i, &arts[i].text), &|_, _| {})
}

fn docs(index: &Index, arts: &[Article], q: &str) -> Vec<usize> {
    index
        .search(&Query::parse(q), arts, 10)
        .hits
        .iter()
        .map(|h| h.doc)
        .collect()
}

#[test]
fn title_hit_ranks_above_a_single_body_mention() {
    let arts = corpus();
    let idx = index(&arts);
    assert_eq!(docs(&idx, &arts, "envoy"), vec![1, 0]);
}

#[test]
fn all_keywords_must_match() {
    let arts = corpus();
    let idx = index(&arts);
    assert_eq!(docs(&idx, &arts, "envoy union"), vec![0]);
    assert!(docs(&idx, &arts, "envoy quotas").is_empty());
    assert!(docs(&idx, &arts, "").is_empty());
}

#[test]
fn phrase_across_line_break_and_its_range() {
    let arts = corpus();
    let idx = index(&arts);
    let res = idx.search(&Query::parse("\"grain deal was\""), &arts, 10);
    assert_eq!(res.hits.len(), 1);
    let hit = &res.hits[0];
    assert_eq!(&arts[1].text[hit.ranges[0].clone()], "grain\ndeal was");
    // The title's "Grain Deal" is not followed by "was".
    assert!(docs(&idx, &arts, "\"deal grain\"").is_empty());
}

#[test]
fn prefix_queries() {
    let arts = corpus();
    let idx = index(&arts);
    let res = idx.search(&Query::parse("negot*"), &arts, 10);
    assert_eq!(res.hits.len(), 1);
    let words: Vec<&str> = res.hits[0]
        .ranges
        .iter()
        .map(|r| &arts[1].text[r.clone()])
        .collect();
    assert_eq!(words, vec!["Negotiators", "negotiations"]);
}

#[test]
fn possessives_are_stripped() {
    let arts = corpus();
    let idx = index(&arts);
    let res = idx.search(&Query::parse("kellan's"), &arts, 10);
    let words: Vec<&str> = res.hits[0]
        .ranges
        .iter()
        .map(|r| &arts[1].text[r.clone()])
        .collect();
    assert_eq!(words, vec!["Kellan", "Kellan"]);
}

#[test]
fn entity_fields() {
    let arts = corpus();
    let idx = index(&arts);
    assert_eq!(docs(&idx, &arts, "person:kellan"), vec![1]);
    assert_eq!(docs(&idx, &arts, "person:KELL"), vec![1]);
    assert!(docs(&idx, &arts, "org:kellan").is_empty());
    assert_eq!(docs(&idx, &arts, "org:brennan grain"), vec![1]);
    assert_eq!(docs(&idx, &arts, "place:velmora"), vec![0]);
    let res = idx.search(&Query::parse("person:\"dara kellan\""), &arts, 10);
    assert_eq!(&arts[1].text[res.hits[0].ranges[0].clone()], "Dara Kellan");
    assert_eq!(res.hits[0].ranges.len(), 2);
}

#[test]
fn tag_and_note_fields() {
    let arts = corpus();
    let mut idx = index(&arts);
    assert!(docs(&idx, &arts, "tag:urgent").is_empty());
    idx.set_notes(vec![NoteDoc {
        article_idx: 2,
        note: "Check the quota numbers".into(),
        tags: vec!["Urgent".into()],
        span: Some(58..64),
    }]);
    assert_eq!(docs(&idx, &arts, "tag:urgent"), vec![2]);
    assert_eq!(docs(&idx, &arts, "note:quota council"), vec![2]);
    assert!(docs(&idx, &arts, "note:missing").is_empty());
}

#[test]
fn snippets_are_one_line_and_highlight_hits() {
    let arts = corpus();
    let idx = index(&arts);
    let res = idx.search(&Query::parse("rushed"), &arts, 10);
    let s = &res.hits[0].snippet;
    assert!(!s.text.contains('\n'));
    assert_eq!(&s.text[s.highlights[0].clone()], "rushed");
}

#[test]
fn in_article_smart_case() {
    let t = "Kellan met KELLAN and kellan.";
    assert_eq!(find_matches(t, "kellan").len(), 3);
    assert_eq!(find_matches(t, "Kellan").len(), 1);
}

#[test]
fn generated_corpus_indexes_and_finds_its_names() {
    let mut g = CorpusGen::new(3);
    let arts: Vec<Article> = (0..200)
        .map(|i| article(&format!("g{i}"), &g.article()))
        .collect();
    let calls = std::sync::atomic::AtomicUsize::new(0);
    let idx = Index::build(&arts, |_| Vec::new(), &|done, total| {
        assert!(done <= total);
        calls.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    });
    assert!(calls.into_inner() >= 1);
    assert_eq!(idx.len(), 200);
    // Every title word finds its own article.
    for (i, a) in arts.iter().enumerate().take(20) {
        let word = a.title.split(' ').next().expect("word");
        let q = Query::parse(word);
        let res = idx.search(&q, &arts, 500);
        assert!(res.hits.iter().any(|h| h.doc == i), "{word}");
    }
    assert!(idx.heap_bytes() < 3 * idx.text_bytes());
}

#[test]
fn entity_index_counts_articles_and_mentions() {
    let arts = corpus();
    let all = build_entity_index(arts.len(), |i| entities(i, &arts[i].text));
    let kellan = all
        .iter()
        .find(|e| e.name == "Dara Kellan")
        .expect("kellan");
    assert_eq!((kellan.article_count, kellan.mention_count), (1, 2));
    assert_eq!(kellan.articles[0].doc, 1);
}

#[test]
fn phrase_found_beyond_the_first_ranked_candidates() {
    let mut arts: Vec<Article> = (0..150)
        .map(|i| {
            article(
                &format!("n{i}"),
                "Deal, Grain\n\nThe deal on grain; grain, then deal.\n",
            )
        })
        .collect();
    arts.push(article(
        "p",
        "A long report\n\nAfter weeks of talks the grain deal was signed at last in the \
         harbour offices, far from the capital and its many ministries.\n",
    ));
    let idx = Index::build(&arts, |_| Vec::new(), &|_, _| {});
    let res = idx.search(&Query::parse("\"grain deal\""), &arts, 5);
    assert_eq!(
        res.hits.iter().map(|h| h.doc).collect::<Vec<_>>(),
        vec![150]
    );
    assert_eq!(res.candidates, 151);
}

#[test]
fn search_types_can_move_to_worker_threads() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Index>();
    send_sync::<newsdesk::core::search::InArticleSearch>();
    fn send<T: Send>() {}
    send::<newsdesk::core::search::LibraryFilter>();
}

#[test]
fn one_shot_scan_and_index_find_the_same_articles() {
    use newsdesk::core::article::load_paths;
    use newsdesk::core::search::scan_search;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut g = CorpusGen::new(11);
    for i in 0..120 {
        std::fs::write(dir.path().join(format!("{i:03}.txt")), g.article()).expect("write");
    }
    let arts = load_paths(&[dir.path().to_path_buf()])
        .expect("load")
        .articles;
    let idx = Index::build(&arts, |_| Vec::new(), &|_, _| {});
    for q in [
        "talks",
        "grain deal",
        "\"per cent of members\"",
        "negot*",
        "dara",
        "x-ray",
    ] {
        let query = Query::parse(q);
        let mut a: Vec<String> = idx
            .search(&query, &arts, 10_000)
            .hits
            .iter()
            .map(|h| arts[h.doc].display_path.clone())
            .collect();
        let mut b: Vec<String> = scan_search(
            &[dir.path().to_path_buf()],
            &query,
            10_000,
            &|_| Vec::new(),
            &|_| Vec::new(),
        )
        .expect("scan")
        .hits
        .into_iter()
        .map(|h| h.article.display_path)
        .collect();
        a.sort();
        b.sort();
        assert_eq!(a, b, "{q}");
    }
}
