//! The library's orders (by path, date, title or source), built at once or
//! kept up to date as articles arrive during a load.

use std::cmp::Ordering;
use std::ops::Range;

use crate::core::article::Article;
use crate::core::date::short_date;
use crate::core::search::title_and_source;

use super::super::state::LibrarySort;

/// Characters of a title or source that decide its place (a 10 MB title
/// must not cost 10 MB per comparison).
const KEY_CHARS: usize = 200;

/// What article `a` is sorted by.
fn key(a: &Article, sort: LibrarySort) -> String {
    let cut = |s: &str| -> String { s.chars().take(KEY_CHARS).collect::<String>().to_lowercase() };
    match sort {
        LibrarySort::Path => String::new(),
        // The calendar date first (dates come in many forms), then the
        // date as written (an ISO time orders one day's articles);
        // undated and unreadable dates are empty.
        LibrarySort::Date => a
            .meta
            .date
            .as_deref()
            .and_then(|raw| Some(format!("{} {raw}", short_date(raw)?)))
            .unwrap_or_default(),
        LibrarySort::Title => cut(&a.title),
        LibrarySort::Source => cut(title_and_source(a).1),
    }
}

/// Compares two keys: dates newest first with undated (or unreadable)
/// last, the rest in
/// ascending order. Ties keep load order (the sorts are stable).
fn compare(sort: LibrarySort, ka: &str, kb: &str) -> Ordering {
    match sort {
        // Keys that start with an ISO date sort as text.
        LibrarySort::Date => kb.is_empty().cmp(&ka.is_empty()).reverse().then(kb.cmp(ka)),
        _ => ka.cmp(kb),
    }
}

/// The articles in `sort` order (`None`: by path, the load order).
pub fn full_order(articles: &[Article], sort: LibrarySort) -> Option<Vec<usize>> {
    if sort == LibrarySort::Path {
        return None;
    }
    let keys: Vec<String> = articles.iter().map(|a| key(a, sort)).collect();
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by(|&a, &b| compare(sort, &keys[a], &keys[b]));
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
    let mut fresh: Vec<(String, usize)> = new
        .filter_map(|i| Some((key(articles.get(i)?, sort), i)))
        .collect();
    fresh.sort_by(|a, b| compare(sort, &a.0, &b.0));
    let mut out = Vec::with_capacity(order.len() + fresh.len());
    let mut pos = 0;
    for (k, i) in fresh {
        let at = pos
            + order[pos..].partition_point(|&o| {
                articles
                    .get(o)
                    .is_some_and(|a| compare(sort, &key(a, sort), &k) != Ordering::Greater)
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
    fn dates_sort_by_the_calendar_whatever_their_form() {
        let dates = [
            Some("3 March 2025"),
            Some("2025-03-14T08:30:00Z"),
            None,
            Some("last spring"),
            Some("2024/12/31"),
            Some("2025-03-14T18:00:00Z"),
            Some("Tue, 04 Mar 2025 10:00:00 +0000"),
        ];
        let arts: Vec<Article> = dates
            .iter()
            .enumerate()
            .map(|(i, d)| article(&format!("A{i}"), *d, "S"))
            .collect();
        let order = full_order(&arts, LibrarySort::Date).expect("sorted");
        // Newest first; undated and unreadable last, in load order.
        assert_eq!(order, [5, 1, 6, 0, 4, 2, 3]);
    }

    #[test]
    fn merging_batches_equals_sorting_everything() {
        let arts: Vec<Article> = (0..40)
            .map(|i| {
                let date = (i % 3 != 0).then(|| format!("2025-0{}-1{}", 1 + i % 7, i % 5));
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
