//! The library's orders (by path, date, title or source), built at once or
//! kept up to date as articles arrive during a load.

use std::cmp::Ordering;
use std::ops::Range;

use crate::core::article::{Article, parse_date};
use crate::core::search::title_and_source;

use super::super::state::LibrarySort;

/// Characters of a title or source that decide its place (a 10 MB title
/// must not cost 10 MB per comparison).
const KEY_CHARS: usize = 200;

/// What an article is sorted by.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Key {
    /// The moment its date names (seconds since the epoch), `None` when it
    /// has no date or one that cannot be read.
    Date(Option<i64>),
    /// Its title or source, lower-cased and cut.
    Text(String),
}

/// What article `a` is sorted by.
fn key(a: &Article, sort: LibrarySort) -> Key {
    let cut = |s: &str| -> String { s.chars().take(KEY_CHARS).collect::<String>().to_lowercase() };
    match sort {
        LibrarySort::Path => Key::Text(String::new()),
        LibrarySort::Date => Key::Date(a.meta.date.as_deref().and_then(parse_date)),
        LibrarySort::Title => Key::Text(cut(&a.title)),
        LibrarySort::Source => Key::Text(cut(title_and_source(a).1)),
    }
}

/// Compares two keys: dates newest first with the undated and unreadable
/// last, text in ascending order. Ties keep load order (the sorts are
/// stable).
fn compare(ka: &Key, kb: &Key) -> Ordering {
    match (ka, kb) {
        (Key::Date(a), Key::Date(b)) => match (a, b) {
            (Some(a), Some(b)) => b.cmp(a),
            (a, b) => b.is_some().cmp(&a.is_some()),
        },
        (Key::Text(a), Key::Text(b)) => a.cmp(b),
        // Never mixed: one sort gives one kind of key.
        (Key::Date(_), Key::Text(_)) => Ordering::Less,
        (Key::Text(_), Key::Date(_)) => Ordering::Greater,
    }
}

/// The articles in `sort` order (`None`: by path, the load order).
pub fn full_order(articles: &[Article], sort: LibrarySort) -> Option<Vec<usize>> {
    if sort == LibrarySort::Path {
        return None;
    }
    let keys: Vec<Key> = articles.iter().map(|a| key(a, sort)).collect();
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by(|&a, &b| compare(&keys[a], &keys[b]));
    Some(order)
}

/// Puts the articles `new` (after every article already in `order`) in
/// their places: the result equals [`full_order`] over all of them, at the
/// cost of the new ones (binary search) and one pass over `order`.
pub fn merge_new(
    order: &mut Vec<usize>,
    articles: &[Article],
    sort: LibrarySort,
    new: Range<usize>,
) {
    if sort == LibrarySort::Path {
        order.extend(new);
        return;
    }
    let mut fresh: Vec<(Key, usize)> = new
        .filter_map(|i| Some((key(articles.get(i)?, sort), i)))
        .collect();
    fresh.sort_by(|a, b| compare(&a.0, &b.0));
    let mut out = Vec::with_capacity(order.len() + fresh.len());
    let mut pos = 0;
    for (k, i) in fresh {
        let at = pos
            + order[pos..].partition_point(|&o| {
                articles
                    .get(o)
                    .is_some_and(|a| compare(&key(a, sort), &k) != Ordering::Greater)
            });
        out.extend_from_slice(&order[pos..at]);
        out.push(i);
        pos = at;
    }
    out.extend_from_slice(&order[pos..]);
    *order = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::article::text;

    fn article(title: &str, date: Option<&str>, source: &str) -> Article {
        let mut a = Article::from_parsed(
            text::parse(format!("{title}\n\nBody text.\n")),
            None,
            format!("{title}.txt"),
        );
        a.meta.date = date.map(str::to_string);
        a.meta.source = Some(source.to_string());
        a
    }

    #[test]
    fn dates_sort_by_the_moment_they_name_newest_first() {
        let dates = [
            Some("14 May 2024"),
            Some("Tue, 14 May 2024 10:00:00 GMT"),
            None,
            Some("2024-05-15"),
            Some("someday"),
            Some("May 13, 2024"),
            Some("2023-12-31T23:00:00-02:00"),
            Some("9 January 2025"),
        ];
        let arts: Vec<Article> = dates
            .iter()
            .enumerate()
            .map(|(i, d)| article(&format!("Story {i}"), *d, "Bay Times"))
            .collect();
        let order = full_order(&arts, LibrarySort::Date).expect("sorted");
        let shown: Vec<Option<&str>> = order.iter().map(|&i| dates[i]).collect();
        assert_eq!(
            shown,
            [
                Some("9 January 2025"),
                Some("2024-05-15"),
                Some("Tue, 14 May 2024 10:00:00 GMT"),
                Some("14 May 2024"),
                Some("May 13, 2024"),
                Some("2023-12-31T23:00:00-02:00"),
                // Undated and unreadable last, in load order.
                None,
                Some("someday"),
            ]
        );
    }

    #[test]
    fn merging_batches_equals_sorting_everything() {
        let arts: Vec<Article> = (0..40)
            .map(|i| {
                // Dates in three spellings, some the same day.
                let (month, day) = (1 + i % 7, 10 + i % 5);
                let date = (i % 3 != 0).then(|| match i % 4 {
                    0 => format!("2025-0{month}-{day}"),
                    1 => format!("{day} {} 2025", ["Jan", "Feb", "March", "April"][month % 4]),
                    _ => format!("2025-0{month}-{day}T0{}:00:00Z", i % 9),
                });
                article(
                    &format!("{} harbour report {i}", ["Zeta", "alpha", "Mid"][i % 3]),
                    date.as_deref(),
                    ["Coastline Post", "velmora herald", "Bay Times"][i % 4 % 3],
                )
            })
            .collect();
        for sort in [
            LibrarySort::Date,
            LibrarySort::Title,
            LibrarySort::Source,
            LibrarySort::Path,
        ] {
            for batch in [1, 3, 7, 40] {
                let mut order = Vec::new();
                let mut done = 0;
                while done < arts.len() {
                    let end = (done + batch).min(arts.len());
                    merge_new(&mut order, &arts[..end], sort, done..end);
                    done = end;
                }
                let full = full_order(&arts, sort).unwrap_or_else(|| (0..arts.len()).collect());
                assert_eq!(order, full, "{sort:?} in batches of {batch}");
            }
        }
    }
}
