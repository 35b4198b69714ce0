//! Reading the dates that articles carry in their metadata (front matter,
//! `<meta>` tags, JSON-LD, JSON Lines fields), which come in many forms,
//! as one short, sortable form: `YYYY-MM-DD`.

use time::{Date, Month};

/// The calendar date of a metadata date as `YYYY-MM-DD`, or `None` when no
/// date can be read from it. Understood: ISO 8601 and its kin, with or
/// without a time (`2024-05-14`, `2024-05-14T09:30:00Z`, `2024/05/14`,
/// `2024.05.14`), and dates with the month's name in either order, with or
/// without a weekday and time (`14 May 2024`, `May 14th, 2024`,
/// `Tue, 14 May 2024 09:30:00 +0000`). Impossible dates are `None`.
pub fn short_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    let (year, month, day) = numeric(s).or_else(|| named_month(s))?;
    let date = Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()?;
    Some(format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    ))
}

/// `YYYY-MM-DD` (or `/`, `.` between) at the start of `s`, not followed by
/// another digit.
fn numeric(s: &str) -> Option<(i32, u8, u8)> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .filter(|d| d.iter().all(u8::is_ascii_digit))
            .and_then(|_| s.get(r)?.parse::<u32>().ok())
    };
    let sep = *b.get(4)?;
    if !matches!(sep, b'-' | b'/' | b'.') || b.get(7) != Some(&sep) {
        return None;
    }
    if b.get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let year = i32::try_from(digits(0..4)?).ok()?;
    let month = u8::try_from(digits(5..7)?).ok()?;
    let day = u8::try_from(digits(8..10)?).ok()?;
    Some((year, month, day))
}

/// A date written with the month's name: the first month name (or its
/// first three letters or more), the first
/// four-digit year and the first one- or two-digit day (an ordinal suffix
/// allowed) among its words, in any order.
fn named_month(s: &str) -> Option<(i32, u8, u8)> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let (mut year, mut month, mut day) = (None, None, None);
    for word in s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
    {
        let word = word.trim_end_matches('.');
        if word.len() >= 3 && word.chars().all(|c| c.is_ascii_alphabetic()) {
            let lower = word.to_ascii_lowercase();
            if month.is_none()
                && let Some(i) = MONTHS.iter().position(|m| m.starts_with(&lower))
            {
                month = Some(i as u8 + 1);
            }
            continue;
        }
        let number = word.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
        if number.is_empty() || !number.bytes().all(|d| d.is_ascii_digit()) {
            continue;
        }
        match number.len() {
            4 if year.is_none() && number.len() == word.len() => year = number.parse().ok(),
            1 | 2 if day.is_none() => day = number.parse().ok(),
            _ => {}
        }
    }
    Some((year?, month?, day?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms_keep_their_date() {
        for raw in [
            "2024-05-14",
            " 2024-05-14 ",
            "2024-05-14T09:30:00Z",
            "2024-05-14T09:30:00+02:00",
            "2024-05-14 09:30",
            "2024/05/14",
            "2024.05.14",
        ] {
            assert_eq!(short_date(raw).as_deref(), Some("2024-05-14"), "{raw:?}");
        }
    }

    #[test]
    fn named_months_in_either_order() {
        for raw in [
            "14 May 2024",
            "May 14, 2024",
            "May 14th, 2024",
            "Tuesday, 14 May 2024",
            "Tue, 14 May 2024 09:30:00 +0000",
            "14 may 2024",
            "Sept. 3, 2024",
        ] {
            let want = if raw.starts_with("Sept") {
                "2024-09-03"
            } else {
                "2024-05-14"
            };
            assert_eq!(short_date(raw).as_deref(), Some(want), "{raw:?}");
        }
        assert_eq!(short_date("3 March 2025").as_deref(), Some("2025-03-03"));
        assert_eq!(short_date("1st Jan 2000").as_deref(), Some("2000-01-01"));
    }

    #[test]
    fn no_date_or_an_impossible_one_is_none() {
        for raw in [
            "",
            "yesterday",
            "2024",
            "May 2024",
            "2024-13-01",
            "2024-02-30",
            "20240-05-14",
            "2024-05-145",
            "31 June 2024",
            "Maybe 14 2024",
            "日本 2024-05-14",
        ] {
            assert_eq!(short_date(raw), None, "{raw:?}");
        }
    }
}
