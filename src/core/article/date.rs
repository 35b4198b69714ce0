//! Dates as article metadata gives them, made comparable.
//!
//! Metadata dates come in many spellings: ISO 8601 / RFC 3339
//! (`2024-05-14`, `2024-05-14T10:00:00+02:00`), RFC 2822 as feeds write it
//! (`Tue, 14 May 2024 10:00:00 GMT`), and the forms people type
//! (`14 May 2024`, `May 14, 2024`, `14.05.2024`). [`parse_date`] reads them
//! all into one number, seconds since the Unix epoch in UTC, so the library
//! can sort by date instead of by the text of the date.
//!
//! A focused parser rather than a crate: the `time` crate (already used)
//! parses the strict standard formats but not the typed ones, and the
//! crates that guess formats bring far more than this needs.

/// Longest date text looked at (a date is short; a huge field must not cost).
const MAX_CHARS: usize = 120;

/// Days from 0000-03-01 (proleptic Gregorian) to 1970-01-01.
const DAYS_TO_EPOCH: i64 = 719_468;

/// The moment a metadata date names, as seconds since the Unix epoch (UTC),
/// or `None` when it cannot be read.
///
/// A date without a time is midnight UTC; a time without a zone is taken
/// as UTC; a bare year or month and year is its first day. A bare number of
/// 9–13 digits is a Unix timestamp (13 digits: milliseconds). Day/month
/// order in `05/06/2024` is guessed only when one of them is above 12.
pub fn parse_date(s: &str) -> Option<i64> {
    let s: String = s.trim().chars().take(MAX_CHARS).collect();
    if s.is_empty() {
        return None;
    }
    if s.bytes().all(|b| b.is_ascii_digit()) && (9..=13).contains(&s.len()) {
        let n: i64 = s.parse().ok()?;
        return Some(if s.len() >= 12 { n / 1000 } else { n });
    }
    let tokens = tokenize(&s);
    let time = find_time(&tokens);
    let used = |i: usize| time.as_ref().is_some_and(|t| t.tokens.contains(&i));
    let (year, month, day, _) = find_date(&tokens, &used)?;
    let days = days_from_civil(year, month, day)?;
    let (secs, offset) = time.map_or((0, 0), |t| (t.seconds, t.offset));
    Some(days * 86_400 + secs - offset)
}

/// The calendar day a metadata date names, as written (no shift to UTC),
/// as `YYYY-MM-DD`: what the library's DATE column shows. `None` when the
/// date has no day (a year, a month) or cannot be read. A Unix timestamp
/// gives its UTC day.
pub fn short_date(s: &str) -> Option<String> {
    let s: String = s.trim().chars().take(MAX_CHARS).collect();
    if s.bytes().all(|b| b.is_ascii_digit()) && (9..=13).contains(&s.len()) {
        return iso_from_unix(parse_date(&s)?).map(|iso| iso.chars().take(10).collect());
    }
    let tokens = tokenize(&s);
    let time = find_time(&tokens);
    let used = |i: usize| time.as_ref().is_some_and(|t| t.tokens.contains(&i));
    let (year, month, day, day_given) = find_date(&tokens, &used)?;
    days_from_civil(year, month, day)?;
    (day_given && (0..=9999).contains(&year)).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// An ISO 8601 timestamp (`2024-05-06T12:53:20Z`) for a number of seconds
/// since the Unix epoch, or `None` outside years 1–9999.
pub fn iso_from_unix(secs: i64) -> Option<String> {
    let dt = time::OffsetDateTime::from_unix_timestamp(secs).ok()?;
    dt.format(&time::format_description::well_known::Rfc3339)
        .ok()
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// A run of ASCII digits: its value (saturated) and its length.
    Num(u32, usize),
    /// A run of letters, lower-cased.
    Word(String),
    /// Any other character (spaces are dropped).
    Sep(char),
}

fn tokenize(s: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            let (mut value, mut len) = (u32::from(c as u8 - b'0'), 1);
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                value = value
                    .saturating_mul(10)
                    .saturating_add(u32::from(d as u8 - b'0'));
                len += 1;
                chars.next();
            }
            out.push(Token::Num(value, len));
        } else if c.is_alphabetic() {
            let mut word: String = c.to_lowercase().collect();
            while let Some(&l) = chars.peek().filter(|l| l.is_alphabetic()) {
                word.extend(l.to_lowercase());
                chars.next();
            }
            out.push(Token::Word(word));
        } else if !c.is_whitespace() {
            out.push(Token::Sep(c));
        }
    }
    out
}

/// A time of day found among the tokens.
struct Time {
    /// Seconds since midnight, local to the zone.
    seconds: i64,
    /// The zone's offset east of UTC, in seconds.
    offset: i64,
    /// The token indices the time (and its zone) took.
    tokens: std::ops::Range<usize>,
}

/// The first `hh:mm[:ss[.fff]]` with an optional am/pm and zone.
fn find_time(t: &[Token]) -> Option<Time> {
    let start = (0..t.len()).find(|&i| {
        matches!(t.get(i), Some(Token::Num(h, 1..=2)) if *h <= 24)
            && t.get(i + 1) == Some(&Token::Sep(':'))
            && matches!(t.get(i + 2), Some(Token::Num(m, 2)) if *m <= 59)
    })?;
    let num = |i: usize| match t.get(i) {
        Some(Token::Num(v, _)) => *v,
        _ => 0,
    };
    let (mut hour, minute) = (num(start), num(start + 2));
    let mut end = start + 3;
    let mut second = 0;
    if t.get(end) == Some(&Token::Sep(':'))
        && let Some(Token::Num(s, 2)) = t.get(end + 1)
    {
        second = (*s).min(59);
        end += 2;
        // Fractions of a second.
        if matches!(t.get(end), Some(Token::Sep('.' | ',')))
            && matches!(t.get(end + 1), Some(Token::Num(..)))
        {
            end += 2;
        }
    }
    if let Some(Token::Word(w)) = t.get(end)
        && (w == "am" || w == "pm")
        && (1..=12).contains(&hour)
    {
        hour = hour % 12 + if w == "pm" { 12 } else { 0 };
        end += 1;
    }
    if hour > 23 {
        return None;
    }
    let (offset, zone_len) = zone(&t[end..]);
    Some(Time {
        seconds: i64::from(hour) * 3600 + i64::from(minute) * 60 + i64::from(second),
        offset,
        tokens: start..end + zone_len,
    })
}

/// The zone at the start of `t`: its offset in seconds and its length in
/// tokens; `(0, 0)` when there is none (UTC).
fn zone(t: &[Token]) -> (i64, usize) {
    let hm = |h: u32, m: u32| i64::from(h) * 3600 + i64::from(m) * 60;
    match t {
        [
            Token::Sep(sign @ ('+' | '-')),
            Token::Num(h, 2),
            Token::Sep(':'),
            Token::Num(m, 2),
            ..,
        ] if *h <= 14 && *m <= 59 => {
            let sign = if *sign == '-' { -1 } else { 1 };
            (sign * hm(*h, *m), 4)
        }
        [Token::Sep(sign @ ('+' | '-')), Token::Num(hhmm, 4), ..]
            if hhmm / 100 <= 14 && hhmm % 100 <= 59 =>
        {
            let sign = if *sign == '-' { -1 } else { 1 };
            (sign * hm(hhmm / 100, hhmm % 100), 2)
        }
        [Token::Sep(sign @ ('+' | '-')), Token::Num(h, 1..=2), ..] if *h <= 14 => {
            let sign = if *sign == '-' { -1 } else { 1 };
            (sign * hm(*h, 0), 2)
        }
        [Token::Word(w), rest @ ..] => match named_zone(w) {
            // "GMT+2" and "UTC-05:00" carry their offset after the name.
            Some(0) if matches!(rest.first(), Some(Token::Sep('+' | '-'))) => {
                let (offset, len) = zone(rest);
                (offset, 1 + len)
            }
            Some(hours) => (i64::from(hours) * 3600, 1),
            None => (0, 0),
        },
        _ => (0, 0),
    }
}

/// The offset in hours of a zone name RFC 2822 knows.
fn named_zone(w: &str) -> Option<i32> {
    Some(match w {
        "z" | "gmt" | "utc" | "ut" => 0,
        "edt" => -4,
        "est" | "cdt" => -5,
        "cst" | "mdt" => -6,
        "mst" | "pdt" => -7,
        "pst" => -8,
        "cet" | "bst" => 1,
        "cest" | "eet" => 2,
        "eest" => 3,
        _ => return None,
    })
}

/// A month's number from its lower-case English name or an abbreviation
/// of three letters or more (`sep`, `sept`).
pub(crate) fn month_number(w: &str) -> Option<u32> {
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
    if w.len() < 3 {
        return None;
    }
    if w == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(w))
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// Year, month and day from the tokens the time did not take, and whether
/// the day was written (a year or a month alone stands for its first day).
fn find_date(t: &[Token], used: &dyn Fn(usize) -> bool) -> Option<(i64, u32, u32, bool)> {
    let num = |i: usize| match t.get(i) {
        Some(Token::Num(v, len)) if !used(i) => Some((*v, *len)),
        _ => None,
    };
    let sep = |i: usize| match t.get(i) {
        Some(Token::Sep(c @ ('-' | '/' | '.'))) => Some(*c),
        _ => None,
    };
    // Numeric: 2024-05-14, 2024/5/14, 14.05.2024, 5/14/2024.
    for i in 0..t.len() {
        let (Some((a, alen)), Some(s1), Some((b, blen)), Some(s2), Some((c, clen))) =
            (num(i), sep(i + 1), num(i + 2), sep(i + 3), num(i + 4))
        else {
            continue;
        };
        if s1 != s2 {
            continue;
        }
        if alen == 4 && blen <= 2 && clen <= 2 {
            return Some((i64::from(a), b, c, true));
        }
        if clen == 4 && alen <= 2 && blen <= 2 {
            let (day, month) = match (a, b) {
                (d, m) if s1 == '.' || d > 12 => (d, m),
                (m, d) if d > 12 => (d, m),
                _ => return None,
            };
            return Some((i64::from(c), month, day, true));
        }
    }
    // ISO year and month only: 2024-05.
    if let (Some((y, 4)), Some('-'), Some((m, 1..=2))) = (num(0), sep(1), num(2))
        && t.len() == 3
    {
        return Some((i64::from(y), m, 1, false));
    }
    // Named month: 14 May 2024, May 14, 2024, Tue, 14 May 2024 10:00 GMT.
    let month_at = (0..t.len()).find(|&i| match &t[i] {
        Token::Word(w) => month_number(w).is_some(),
        _ => false,
    });
    let year_at = (0..t.len()).find(|&i| matches!(num(i), Some((_, 4))));
    let year = i64::from(num(year_at?)?.0);
    let Some(m) = month_at else {
        // A year alone.
        return (t.len() == 1).then_some((year, 1, 1, false));
    };
    let month = match &t[m] {
        Token::Word(w) => month_number(w)?,
        _ => return None,
    };
    let is_day = |i: usize| matches!(num(i), Some((d, 1..=2)) if (1..=31).contains(&d));
    // The day next to the month (before it, or after it), else any.
    let day_at = [m.checked_sub(1), Some(m + 1), m.checked_sub(2), Some(m + 2)]
        .into_iter()
        .flatten()
        .find(|&i| is_day(i))
        .or_else(|| (0..t.len()).find(|&i| is_day(i)));
    let day = day_at.and_then(num).map(|(d, _)| d);
    Some((year, month, day.unwrap_or(1), day.is_some()))
}

/// Days since 1970-01-01 of a proleptic Gregorian date, or `None` for a
/// date that does not exist (31 April, 29 February 2023).
fn days_from_civil(year: i64, month: u32, day: u32) -> Option<i64> {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    if day == 0 || day > days_in_month {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - DAYS_TO_EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// 2024-05-14T10:00:00Z.
    const MAY_14_10H: i64 = 1_715_680_800;
    const MAY_14: i64 = MAY_14_10H - 10 * 3600;

    #[test]
    fn short_dates_are_the_day_as_written() {
        for raw in [
            "2024-05-14",
            " 2024-05-14 ",
            "2024-05-14T09:30:00Z",
            "2024-05-14T23:30:00-05:00",
            "2024-05-14 09:30",
            "2024/05/14",
            "2024.05.14",
            "14 May 2024",
            "May 14, 2024",
            "May 14th, 2024",
            "Tuesday, 14 May 2024",
            "Tue, 14 May 2024 09:30:00 +0000",
            "14.05.2024",
        ] {
            assert_eq!(short_date(raw).as_deref(), Some("2024-05-14"), "{raw:?}");
        }
        assert_eq!(short_date("Sept. 3, 2024").as_deref(), Some("2024-09-03"));
        assert_eq!(short_date("1715680800").as_deref(), Some("2024-05-14"));
        for raw in [
            "",
            "yesterday",
            "2024",
            "May 2024",
            "2024-05",
            "2024-13-01",
            "2024-02-30",
            "20240-05-14",
            "2024-05-145",
            "31 June 2024",
            "Maybe 14 2024",
        ] {
            assert_eq!(short_date(raw), None, "{raw:?}");
        }
    }

    #[test]
    fn iso_and_rfc_3339() {
        assert_eq!(parse_date("2024-05-14"), Some(MAY_14));
        assert_eq!(parse_date("2024-05-14T10:00:00Z"), Some(MAY_14_10H));
        assert_eq!(parse_date("2024-05-14T10:00:00.123Z"), Some(MAY_14_10H));
        assert_eq!(parse_date("2024-05-14 10:00"), Some(MAY_14_10H));
        assert_eq!(parse_date("2024-05-14T12:00:00+02:00"), Some(MAY_14_10H));
        assert_eq!(parse_date("2024-05-14T05:00:00-0500"), Some(MAY_14_10H));
        assert_eq!(parse_date("2024/5/14"), Some(MAY_14));
        assert_eq!(parse_date("2024-05"), parse_date("2024-05-01"));
        assert_eq!(parse_date("2024"), parse_date("2024-01-01"));
    }

    #[test]
    fn rfc_2822() {
        assert_eq!(
            parse_date("Tue, 14 May 2024 10:00:00 GMT"),
            Some(MAY_14_10H)
        );
        assert_eq!(
            parse_date("Tue, 14 May 2024 06:00:00 -0400"),
            Some(MAY_14_10H)
        );
        assert_eq!(parse_date("14 May 2024 06:00 EDT"), Some(MAY_14_10H));
        assert_eq!(
            parse_date("Tue, 14 May 2024 10:00:00 UTC+2"),
            Some(MAY_14_10H - 7200)
        );
    }

    #[test]
    fn typed_forms() {
        for s in [
            "14 May 2024",
            "May 14, 2024",
            "Tuesday, May 14, 2024",
            "14th of May, 2024",
            "14.05.2024",
            "5/14/2024",
            "14/5/2024",
            "  MAY 14 2024  ",
            "Sept 14 2024",
        ] {
            let expected = if s.starts_with("Sept") {
                parse_date("2024-09-14")
            } else {
                Some(MAY_14)
            };
            assert_eq!(parse_date(s), expected, "{s}");
        }
        assert_eq!(parse_date("May 14, 2024, 10:00 AM"), Some(MAY_14_10H));
        assert_eq!(
            parse_date("May 14, 2024 10:00 pm"),
            Some(MAY_14_10H + 12 * 3600)
        );
        assert_eq!(parse_date("12:30 am, 14 May 2024"), Some(MAY_14 + 1800));
        assert_eq!(parse_date("May 2024"), parse_date("2024-05-01"));
    }

    #[test]
    fn unix_timestamps() {
        assert_eq!(parse_date("1715680800"), Some(MAY_14_10H));
        assert_eq!(parse_date("1715680800000"), Some(MAY_14_10H));
        assert_eq!(
            iso_from_unix(MAY_14_10H).as_deref(),
            Some("2024-05-14T10:00:00Z")
        );
    }

    #[test]
    fn what_is_not_a_date() {
        for s in [
            "",
            "   ",
            "yesterday",
            "last spring",
            "05/06/2024",
            "2024-02-30",
            "31 April 2024",
            "2024-13-01",
            "14 May",
            "12345",
            "25:61 on 2024-05-14",
        ] {
            let got = parse_date(s);
            if s.starts_with("25:61") {
                // Not a time: the date alone.
                assert_eq!(got, Some(MAY_14), "{s}");
            } else {
                assert_eq!(got, None, "{s}");
            }
        }
    }

    #[test]
    fn days_from_civil_agrees_with_the_time_crate() {
        for (y, m, d) in [
            (1970, 1, 1),
            (2000, 2, 29),
            (1900, 3, 1),
            (1, 1, 1),
            (9999, 12, 31),
        ] {
            let date = time::Date::from_calendar_date(
                y as i32,
                time::Month::try_from(m as u8).expect("month"),
                d as u8,
            )
            .expect("date");
            let expected = date.to_julian_day() as i64 - 2_440_588;
            assert_eq!(days_from_civil(y, m, d), Some(expected), "{y}-{m}-{d}");
        }
        assert_eq!(days_from_civil(2023, 2, 29), None);
        assert_eq!(days_from_civil(2024, 0, 1), None);
    }

    proptest! {
        #[test]
        fn never_panics(s in any::<String>()) {
            let _ = parse_date(&s);
        }

        #[test]
        fn never_panics_on_date_like_text(s in "[0-9A-Za-z:+\\-/., ]{0,40}") {
            let _ = parse_date(&s);
        }

        #[test]
        fn every_spelling_of_a_moment_agrees(
            y in 1900i32..2100, m in 1u8..=12, d in 1u8..=28,
            h in 0u8..24, mi in 0u8..60, s in 0u8..60,
        ) {
            let month = time::Month::try_from(m).expect("month");
            let dt = time::Date::from_calendar_date(y, month, d)
                .and_then(|date| date.with_hms(h, mi, s))
                .expect("valid")
                .assume_utc();
            let ts = dt.unix_timestamp();
            let name = format!("{month}");
            let rfc2822 = dt
                .format(&time::format_description::well_known::Rfc2822)
                .expect("format");
            for text in [
                format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z"),
                rfc2822,
                format!("{d} {name} {y} {h:02}:{mi:02}:{s:02}"),
                format!("{name} {d}, {y} {h:02}:{mi:02}:{s:02} GMT"),
                format!("{} {d} {y} {h}:{mi:02}:{s:02}", &name[..3]),
            ] {
                prop_assert_eq!(parse_date(&text), Some(ts), "{}", text);
            }
            prop_assert_eq!(iso_from_unix(ts).and_then(|t| parse_date(&t)), Some(ts));
        }
    }
}
