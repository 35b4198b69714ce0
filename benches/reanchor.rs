//! Re-anchoring quality and speed on synthetic news-like articles.
//!
//! For each edit kind, many generated articles get one annotation; the text
//! is edited; the annotation is resolved against the new text. Ground truth
//! comes from sentinel characters carried through the edit. Outcomes:
//! correct, wrong (a range on other text: the one thing never acceptable),
//! correct orphan (the annotated text is gone and nothing was placed), lost
//! (the text is there but the note was orphaned).
//!
//! `cargo bench --bench reanchor` prints the table, then runs the timings;
//! `REANCHOR_TABLE_ONLY=1` skips the timings.

use std::hint::black_box;
use std::ops::Range;

use criterion::Criterion;
use newsdesk::core::annotations::anchor::{Resolver, selectors, text_hash};
use newsdesk::core::annotations::model::Target;

/// The newsdesk binary's allocator (see `src/main.rs`), so that the
/// figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const S: char = '\u{E000}';
const E: char = '\u{E001}';
const S2: char = '\u{E002}';
const E2: char = '\u{E003}';
const CASES: usize = 400;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[self.below(v.len())]
    }
}

const NAMES: &[&str] = &[
    "Elin Ostrova",
    "Tomas Brenner",
    "Mara Velt",
    "Ivo Kessler",
    "Lina Sarkis",
    "Paul Dorrance",
    "Ada Quell",
    "Rune Halvik",
];
const ORGS: &[&str] = &[
    "the Harbour Trust",
    "the Velmora council",
    "the Northern Rail Board",
    "the ferry operator",
    "the regional assembly",
    "the fishers' guild",
];
const NOUNS: &[&str] = &[
    "plan", "budget", "bridge", "ferry", "harbour", "project", "report", "deal", "vote", "port",
    "road", "school", "hospital", "tax", "fund", "pier", "tunnel", "contract",
];
const VERBS: &[&str] = &[
    "approve", "delay", "review", "fund", "block", "support", "reject", "expand", "cancel", "audit",
];
const ADJS: &[&str] = &[
    "new",
    "old",
    "costly",
    "delayed",
    "regional",
    "public",
    "temporary",
    "controversial",
];
const TIMES: &[&str] = &[
    "the summer",
    "next year",
    "the end of March",
    "the election",
    "the winter storms",
    "May",
];
const FILLER: &[&str] = &[
    "officials",
    "residents",
    "critics",
    "engineers",
    "workers",
    "observers",
    "traders",
    "drivers",
];

fn sentence(r: &mut Rng) -> String {
    match r.below(8) {
        0 => format!(
            "{} said {} would {} the {} {} before {}.",
            r.pick(NAMES),
            r.pick(ORGS),
            r.pick(VERBS),
            r.pick(ADJS),
            r.pick(NOUNS),
            r.pick(TIMES)
        ),
        1 => format!(
            "According to {}, the {} {} could cost more than {} million.",
            r.pick(ORGS),
            r.pick(ADJS),
            r.pick(NOUNS),
            2 + r.below(90)
        ),
        2 => format!(
            "{} called the {} \"a {} mistake\" - and said it's time to {} it.",
            r.pick(NAMES),
            r.pick(NOUNS),
            r.pick(ADJS),
            r.pick(VERBS)
        ),
        3 => format!(
            "The {} {} was first proposed by {} in {}.",
            r.pick(ADJS),
            r.pick(NOUNS),
            r.pick(NAMES),
            2001 + r.below(24)
        ),
        4 => format!(
            "Many {} say the {} has not been {}ed since {}.",
            r.pick(FILLER),
            r.pick(NOUNS),
            r.pick(VERBS).trim_end_matches('e'),
            r.pick(TIMES)
        ),
        5 => format!(
            "\"We will {} the {} {},\" {} told {} on Tuesday.",
            r.pick(VERBS),
            r.pick(ADJS),
            r.pick(NOUNS),
            r.pick(NAMES),
            r.pick(FILLER)
        ),
        6 => format!(
            "{} and {} met to discuss the {} and the {} {}.",
            r.pick(NAMES),
            r.pick(NAMES),
            r.pick(NOUNS),
            r.pick(ADJS),
            r.pick(NOUNS)
        ),
        _ => format!(
            "The {} - long a source of {} anger - will {} the {} after {}.",
            r.pick(NOUNS),
            r.pick(FILLER),
            r.pick(VERBS),
            r.pick(NOUNS),
            r.pick(TIMES)
        ),
    }
}

fn paragraph(r: &mut Rng) -> Vec<String> {
    (0..3 + r.below(4)).map(|_| sentence(r)).collect()
}

type Doc = Vec<Vec<String>>;

fn article(r: &mut Rng, paras: usize) -> Doc {
    (0..paras).map(|_| paragraph(r)).collect()
}

fn render(doc: &Doc) -> String {
    doc.iter()
        .map(|p| p.join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Removes sentinels; returns the text and the ranges they marked.
fn strip(marked: &str) -> (String, Option<Range<usize>>, Option<Range<usize>>) {
    let mut out = String::with_capacity(marked.len());
    let (mut a, mut b, mut a2, mut b2) = (None, None, None, None);
    for c in marked.chars() {
        match c {
            S => a = Some(out.len()),
            E => b = Some(out.len()),
            S2 => a2 = Some(out.len()),
            E2 => b2 = Some(out.len()),
            c => out.push(c),
        }
    }
    let range = |x: Option<usize>, y: Option<usize>| match (x, y) {
        (Some(x), Some(y)) if x < y => Some(x..y),
        _ => None,
    };
    (out, range(a, b), range(a2, b2))
}

/// Word spans (byte ranges) of a sentence.
fn words(s: &str) -> Vec<Range<usize>> {
    let mut v = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c == ' ' {
            if let Some(st) = start.take() {
                v.push(st..i);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        v.push(st..s.len());
    }
    v
}

/// Marks a span of `min_words..` words (or the whole sentence) in the sentence.
fn mark(r: &mut Rng, s: &str, min_words: usize) -> Option<String> {
    let w = words(s);
    if w.len() < min_words {
        return None;
    }
    let (i, j) = if r.below(5) == 0 {
        (0, w.len() - 1)
    } else {
        let len = min_words + r.below((w.len() - min_words + 1).min(10));
        let i = r.below(w.len() - len + 1);
        (i, i + len - 1)
    };
    let (a, mut b) = (w[i].start, w[j].end);
    // Leave trailing punctuation outside now and then, like a reader would.
    if s[..b].ends_with([',', '.']) && r.below(2) == 0 {
        b -= 1;
    }
    Some(format!("{}{S}{}{E}{}", &s[..a], &s[a..b], &s[b..]))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    ParagraphInserted,
    ParagraphMoved,
    ParagraphDuplicated,
    TypoFixedInside,
    TypoFixedAround,
    WhitespaceReflow,
    Typography,
    Reworded,
    SentenceDeleted,
    DeletedPhraseElsewhere,
    ParagraphRewritten,
    SentenceReplaced,
    Boilerplate,
}

const KINDS: [Kind; 13] = [
    Kind::ParagraphInserted,
    Kind::ParagraphMoved,
    Kind::ParagraphDuplicated,
    Kind::TypoFixedInside,
    Kind::TypoFixedAround,
    Kind::WhitespaceReflow,
    Kind::Typography,
    Kind::Reworded,
    Kind::SentenceDeleted,
    Kind::DeletedPhraseElsewhere,
    Kind::ParagraphRewritten,
    Kind::SentenceReplaced,
    Kind::Boilerplate,
];

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::ParagraphInserted => "paragraph inserted",
            Kind::ParagraphMoved => "paragraph moved",
            Kind::ParagraphDuplicated => "paragraph duplicated",
            Kind::TypoFixedInside => "typo fixed inside quote",
            Kind::TypoFixedAround => "typo fixed around quote",
            Kind::WhitespaceReflow => "whitespace reflow",
            Kind::Typography => "typographic quotes/dashes",
            Kind::Reworded => "quote reworded <=30%",
            Kind::SentenceDeleted => "sentence deleted",
            Kind::DeletedPhraseElsewhere => "deleted, phrase elsewhere",
            Kind::ParagraphRewritten => "paragraph mostly rewritten",
            Kind::SentenceReplaced => "sentence replaced in place",
            Kind::Boilerplate => "boilerplate around",
        }
    }
}

/// One benchmark case: old text, annotated range, new text, expected ranges.
struct Case {
    old: String,
    range: Range<usize>,
    new: String,
    expected: Option<Range<usize>>,
    also: Option<Range<usize>>,
}

/// Drops one interior letter of a word of at least 5 letters in `s[span]`.
fn typo_in(r: &mut Rng, s: &str, span: Range<usize>) -> Option<String> {
    let cands: Vec<Range<usize>> = words(s)
        .into_iter()
        .filter(|w| w.start >= span.start && w.end <= span.end)
        .filter(|w| {
            s[w.clone()]
                .chars()
                .filter(|c| c.is_ascii_alphabetic())
                .count()
                >= 5
        })
        .collect();
    if cands.is_empty() {
        return None;
    }
    let w = cands[r.below(cands.len())].clone();
    let i = w.start + 1 + r.below(w.len() - 3);
    if !s.as_bytes()[i].is_ascii_alphabetic() {
        return None;
    }
    Some(format!("{}{}", &s[..i], &s[i + 1..]))
}

fn sentinel_span(s: &str) -> Option<Range<usize>> {
    let a = s.find(S)?;
    let b = s.find(E)?;
    Some(a..b + E.len_utf8())
}

fn make_case(r: &mut Rng, kind: Kind) -> Option<Case> {
    let paras = 6 + r.below(5);
    let mut doc = article(r, paras);
    let p = r.below(doc.len());
    let si = r.below(doc[p].len());
    if kind == Kind::Typography {
        doc[p][si] = format!(
            "{} called the {} \"a {} mistake\" - and said it's time to {} it.",
            r.pick(NAMES),
            r.pick(NOUNS),
            r.pick(ADJS),
            r.pick(VERBS)
        );
    }
    let min_words = match kind {
        Kind::Reworded => 5,
        Kind::TypoFixedInside => 3,
        _ => 2,
    };
    doc[p][si] = mark(r, &doc[p][si], min_words)?;
    let mut old_doc = doc.clone();
    let mut new_doc = doc;
    let mut text_edit: Option<fn(&str) -> String> = None;
    match kind {
        Kind::ParagraphInserted => {
            let at = r.below(new_doc.len() + 1);
            new_doc.insert(at, paragraph(r));
        }
        Kind::ParagraphMoved => {
            let para = new_doc.remove(p);
            let mut at = r.below(new_doc.len() + 1);
            if at == p {
                at = (p + 1) % (new_doc.len() + 1);
            }
            new_doc.insert(at, para);
        }
        Kind::ParagraphDuplicated => {
            let copy: Vec<String> = new_doc[p]
                .iter()
                .map(|s| s.replace(S, &S2.to_string()).replace(E, &E2.to_string()))
                .collect();
            let at = r.below(new_doc.len() + 1);
            new_doc.insert(at, copy);
        }
        Kind::TypoFixedInside => {
            let s = &new_doc[p][si];
            let span = sentinel_span(s)?;
            old_doc[p][si] = typo_in(r, s, span)?;
        }
        Kind::TypoFixedAround => {
            let s = new_doc[p][si].clone();
            let span = sentinel_span(&s)?;
            let outside = if r.below(2) == 0 {
                0..span.start
            } else {
                span.end..s.len()
            };
            match typo_in(r, &s, outside) {
                Some(t) => old_doc[p][si] = t,
                None => {
                    let q = if si > 0 {
                        si - 1
                    } else if si + 1 < new_doc[p].len() {
                        si + 1
                    } else {
                        return None;
                    };
                    let n = new_doc[p][q].clone();
                    old_doc[p][q] = typo_in(r, &n, 0..n.len())?;
                }
            }
        }
        Kind::WhitespaceReflow => text_edit = Some(reflow),
        Kind::Typography => text_edit = Some(typography),
        Kind::Reworded => {
            let s = new_doc[p][si].clone();
            let span = sentinel_span(&s)?;
            let inner = &s[span.start + S.len_utf8()..span.end - E.len_utf8()];
            let mut ws: Vec<String> = inner.split(' ').map(String::from).collect();
            // Replace 30 % of the words (at least one): plain lower-case words only.
            let n = (ws.len() * 3 / 10).max(1);
            let mut eligible: Vec<usize> = (0..ws.len())
                .filter(|&i| ws[i].len() >= 3 && ws[i].chars().all(|c| c.is_ascii_lowercase()))
                .collect();
            if eligible.len() < n {
                return None;
            }
            for _ in 0..n {
                let i = eligible.swap_remove(r.below(eligible.len()));
                let repl = ["several", "another", "certain", "various", "major", "local"]
                    .into_iter()
                    .find(|&x| x != ws[i] && r.below(3) == 0)
                    .unwrap_or("notable");
                ws[i] = repl.to_string();
            }
            new_doc[p][si] = format!(
                "{}{S}{}{E}{}",
                &s[..span.start],
                ws.join(" "),
                &s[span.end..]
            );
        }
        Kind::SentenceDeleted => {
            new_doc[p].remove(si);
        }
        Kind::DeletedPhraseElsewhere => {
            let s = new_doc[p][si].clone();
            let span = sentinel_span(&s)?;
            let phrase = s[span.start + S.len_utf8()..span.end - E.len_utf8()].to_string();
            let other = (p + 1 + r.below(old_doc.len() - 1)) % old_doc.len();
            let extra = format!(
                "Later, {} repeated that {} in a statement.",
                r.pick(FILLER),
                phrase.trim_end_matches('.')
            );
            let at = r.below(old_doc[other].len() + 1);
            old_doc[other].insert(at, extra.clone());
            new_doc[other].insert(at, extra);
            new_doc[p].remove(si);
        }
        Kind::ParagraphRewritten => {
            let len = new_doc[p].len();
            let keep = r.below(len);
            for (i, s) in new_doc[p].iter_mut().enumerate() {
                if i != keep || i == si {
                    // Rewritten: a new sentence sharing under half its words.
                    let old: Vec<&str> = s.split(' ').collect();
                    *s = loop {
                        let n = sentence(r);
                        let shared = n.split(' ').filter(|w| old.contains(w)).count();
                        if shared * 2 < old.len() {
                            break n;
                        }
                    };
                }
            }
        }
        Kind::SentenceReplaced => {
            // Neighbours intact, the annotated sentence swapped for another.
            let old: Vec<String> = strip(&new_doc[p][si])
                .0
                .split(' ')
                .map(String::from)
                .collect();
            new_doc[p][si] = loop {
                let n = sentence(r);
                let shared = n.split(' ').filter(|w| old.iter().any(|o| o == w)).count();
                if shared * 2 < old.len() {
                    break n;
                }
            };
        }
        Kind::Boilerplate => {
            new_doc.insert(0, vec!["Advertisement".into()]);
            new_doc.insert(
                1,
                vec![
                    "Subscribe to our newsletter for the latest regional news and analysis.".into(),
                ],
            );
            new_doc.push(vec![
                "Read more: council news, harbour updates and local politics.".into(),
            ]);
            new_doc.push(vec![
                "Copyright 2026 Velmora Daily Press. All rights reserved.".into(),
            ]);
        }
    }
    let old_marked = render(&old_doc);
    let mut new_marked = render(&new_doc);
    if let Some(f) = text_edit {
        new_marked = f(&new_marked);
    }
    let (old, range, _) = strip(&old_marked);
    let (new, expected, also) = strip(&new_marked);
    Some(Case {
        old,
        range: range?,
        new,
        expected,
        also,
    })
}

fn reflow(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 10);
    let mut col = 0;
    let mut prev = '\0';
    for c in s.chars() {
        if c == '\n' {
            col = 0;
            out.push(c);
        } else if c == ' ' && col > 60 {
            out.push('\n');
            col = 0;
        } else if c == ' ' && prev == '.' {
            out.push_str("  ");
            col += 2;
        } else {
            out.push(c);
            if !matches!(c, S | E | S2 | E2) {
                col += 1;
            }
        }
        prev = c;
    }
    out
}

fn typography(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 64);
    let mut open = true;
    let mut prev = ' ';
    for c in s.chars() {
        match c {
            '"' => {
                out.push(if open { '\u{201C}' } else { '\u{201D}' });
                open = !open;
            }
            '\'' => out.push('\u{2019}'),
            '-' if prev == ' ' => out.push('\u{2014}'),
            c => out.push(c),
        }
        prev = c;
    }
    out
}

#[derive(Default, Clone, Copy)]
struct Tally {
    correct: usize,
    wrong: usize,
    orphan_ok: usize,
    lost: usize,
}

impl Tally {
    fn add(&mut self, case: &Case, got: Option<Range<usize>>) {
        let good = |e: &Option<Range<usize>>, g: &Range<usize>| {
            e.as_ref().is_some_and(|e| {
                let inter = e.end.min(g.end).saturating_sub(e.start.max(g.start));
                let union = e.end.max(g.end) - e.start.min(g.start);
                inter as f64 / union as f64 >= 0.5
            })
        };
        match (&case.expected, got) {
            (None, None) => self.orphan_ok += 1,
            (Some(_), None) => self.lost += 1,
            (_, Some(g)) if good(&case.expected, &g) || good(&case.also, &g) => self.correct += 1,
            (_, Some(_)) => self.wrong += 1,
        }
    }

    fn total(&self) -> usize {
        self.correct + self.wrong + self.orphan_ok + self.lost
    }
}

fn target(case: &Case) -> Target {
    Target {
        source: "bench".into(),
        text_hash: text_hash(&case.old),
        selector: selectors(&case.old, case.range.clone()).expect("selectors"),
        extra: Default::default(),
    }
}

/// A way to re-anchor one case.
type Matcher = fn(&Case) -> Option<Range<usize>>;

fn full(case: &Case) -> Option<Range<usize>> {
    Resolver::new(&case.new).resolve(&target(case)).range
}

fn position_only(case: &Case) -> Option<Range<usize>> {
    let r = case.range.clone();
    (r.end <= case.new.len()
        && case.new.is_char_boundary(r.start)
        && case.new.is_char_boundary(r.end))
    .then_some(r)
}

fn exact_only(case: &Case) -> Option<Range<usize>> {
    let q = &case.old[case.range.clone()];
    case.new.find(q).map(|i| i..i + q.len())
}

/// Prints the wrongly anchored cases of the full matcher.
fn debug(cases: &[Case]) {
    for c in cases {
        let got = full(c);
        let mut t = Tally::default();
        t.add(c, got.clone());
        if t.wrong == 1 || t.lost == 1 {
            let g = got.or(c.expected.clone()).unwrap_or(0..0);
            print!("{} ", if t.wrong == 1 { "WRONG" } else { "LOST" });
            let ctx = |s: &str, r: Range<usize>| {
                let a = (r.start.saturating_sub(40)..r.start)
                    .find(|&i| s.is_char_boundary(i))
                    .unwrap_or(0);
                let b = (r.end..=(r.end + 40).min(s.len()))
                    .rev()
                    .find(|&i| s.is_char_boundary(i))
                    .unwrap_or(s.len());
                format!("{}[{}]{}", &s[a..r.start], &s[r.clone()], &s[r.end..b]).replace('\n', "/")
            };
            println!(
                "\nOLD {}\nNEW {}\n",
                ctx(&c.old, c.range.clone()),
                ctx(&c.new, g)
            );
        }
    }
}

fn table() {
    let matchers: [(&str, Matcher); 3] = [
        ("newsdesk", full),
        ("position-only", position_only),
        ("exact-quote-only", exact_only),
    ];
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    let mut sums = [Tally::default(); 3];
    println!(
        "{:<28} {:>5} | {:<31} | {:<31} | {:<31}",
        "edit kind (correct/wrong/", "n", "newsdesk", "position-only", "exact-quote-only"
    );
    println!(
        "{:<28} {:>5} | {:<31} | {:<31} | {:<31}",
        " orphan ok/lost)", "", "", "", ""
    );
    for kind in KINDS {
        let mut cases = Vec::new();
        while cases.len() < CASES {
            if let Some(c) = make_case(&mut r, kind) {
                cases.push(c);
            }
        }
        if std::env::var("REANCHOR_DEBUG").is_ok_and(|k| k == kind.name()) {
            debug(&cases);
        }
        let mut row = format!("{:<28} {:>5}", kind.name(), cases.len());
        for (m, (_, f)) in matchers.iter().enumerate() {
            let mut t = Tally::default();
            for c in &cases {
                t.add(c, f(c));
            }
            let s = &mut sums[m];
            s.correct += t.correct;
            s.wrong += t.wrong;
            s.orphan_ok += t.orphan_ok;
            s.lost += t.lost;
            let found = if t.correct + t.lost > 0 {
                format!(
                    "{:5.1}%",
                    100.0 * t.correct as f64 / (t.correct + t.lost + t.wrong) as f64
                )
            } else {
                "    - ".into()
            };
            row.push_str(&format!(
                " | {:>3}/{:>3}/{:>3}/{:>3} ok {found}",
                t.correct, t.wrong, t.orphan_ok, t.lost
            ));
        }
        println!("{row}");
    }
    for (m, (name, _)) in matchers.iter().enumerate() {
        let s = sums[m];
        println!(
            "{name:<16}: {} cases, false-anchor rate {:.2}% ({} wrong), {} correct, {} correct orphans, {} lost",
            s.total(),
            100.0 * s.wrong as f64 / s.total() as f64,
            s.wrong,
            s.correct,
            s.orphan_ok,
            s.lost
        );
    }
}

fn timings(c: &mut Criterion) {
    let mut r = Rng(42);
    let kinds = [
        ("unchanged", None),
        ("paragraph_inserted", Some(Kind::ParagraphInserted)),
        ("typo_inside", Some(Kind::TypoFixedInside)),
        ("sentence_deleted", Some(Kind::SentenceDeleted)),
    ];
    for (name, kind) in kinds {
        let case = loop {
            if let Some(c) = make_case(&mut r, kind.unwrap_or(Kind::ParagraphInserted)) {
                break c;
            }
        };
        let (new, t) = match kind {
            None => (case.old.clone(), target(&case)),
            Some(_) => (case.new.clone(), target(&case)),
        };
        c.bench_function(&format!("reanchor/4KB/{name}"), |b| {
            b.iter(|| Resolver::new(black_box(&new)).resolve(black_box(&t)))
        });
    }
    // A 1 MB article: resolver set-up (hash + normalised view) and one fuzzy resolve.
    let mut big = String::new();
    while big.len() < 1 << 20 {
        big.push_str(&render(&article(&mut r, 4)));
        big.push_str("\n\n");
    }
    let q = big.len() / 2;
    let q = (q..q + 100).find(|&i| big.is_char_boundary(i)).unwrap_or(0);
    let target = Target {
        source: "big".into(),
        text_hash: "sha256:old".into(),
        selector: selectors(&big, q..q + 60).expect("sel"),
        extra: Default::default(),
    };
    let edited = format!("{}{}", &big[..q + 10], &big[q + 11..]);
    c.bench_function("reanchor/1MB/normalize", |b| {
        b.iter(|| newsdesk::core::annotations::normalize::Normalized::new(black_box(&edited)))
    });
    c.bench_function("reanchor/1MB/text_hash", |b| {
        b.iter(|| text_hash(black_box(&edited)))
    });
    c.bench_function("reanchor/1MB/new_resolver", |b| {
        b.iter(|| Resolver::new(black_box(&edited)))
    });
    let res = Resolver::new(&edited);
    c.bench_function("reanchor/1MB/resolve_typo", |b| {
        b.iter(|| res.resolve(black_box(&target)))
    });
}

fn main() {
    table();
    if std::env::var_os("REANCHOR_TABLE_ONLY").is_some() {
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    timings(&mut c);
    c.final_summary();
}
