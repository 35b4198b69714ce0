//! The corpus query language.
//!
//! ```text
//! query  := clause*                       (separated by white space; all must match)
//! clause := field ':' value               person:Witkoff  org:RAND  place:Moscow  tag:x  note:y
//!         | '"' words '"'                 a phrase (matches across line breaks)
//!         | word '*'                      a prefix: negot*
//!         | word                          a keyword
//! value  := '"' text '"' | bare
//! ```
//! Parsing never fails: an unclosed quote runs to the end, empty clauses are
//! dropped, an unknown `name:` is an ordinary word. Words are normalised by
//! the corpus tokeniser; field values are case-folded.

use std::fmt;

use super::fold::fold_str;
use super::tokenize::terms;

/// A field a clause can be restricted to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// `person:` — an entity of kind person (name or alias).
    Person,
    /// `org:` — an organisation.
    Org,
    /// `place:` — a place.
    Place,
    /// `tag:` — an annotation tag.
    Tag,
    /// `note:` — text of an annotation's note.
    Note,
}

impl Field {
    /// The field named `name` (`organisation`/`organization` are `org`).
    pub fn from_name(name: &str) -> Option<Field> {
        Some(match name.to_ascii_lowercase().as_str() {
            "person" => Field::Person,
            "org" | "organisation" | "organization" => Field::Org,
            "place" => Field::Place,
            "tag" => Field::Tag,
            "note" => Field::Note,
            _ => return None,
        })
    }

    /// The canonical name used in queries.
    pub fn name(self) -> &'static str {
        match self {
            Field::Person => "person",
            Field::Org => "org",
            Field::Place => "place",
            Field::Tag => "tag",
            Field::Note => "note",
        }
    }
}

/// One clause of a query; every clause must match.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Clause {
    /// A normalised term.
    Word(String),
    /// A normalised term prefix (`negot*`).
    Prefix(String),
    /// Two or more normalised terms, adjacent and in order.
    Phrase(Vec<String>),
    /// A field restriction with a case-folded, non-empty value.
    Field(Field, String),
}

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Query {
    pub clauses: Vec<Clause>,
}

impl Query {
    /// Parses a query string (never fails).
    pub fn parse(input: &str) -> Query {
        let mut clauses = Vec::new();
        let mut rest = input;
        loop {
            rest = rest.trim_start();
            if rest.is_empty() {
                break;
            }
            if let Some(after) = rest.strip_prefix('"') {
                let (inner, next) = take_quoted(after);
                push_phrase(&mut clauses, terms(inner));
                rest = next;
                continue;
            }
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let (bare, next) = rest.split_at(end);
            if let Some((name, value)) = bare.split_once(':')
                && let Some(field) = Field::from_name(name)
            {
                let after = &rest[name.len() + 1..];
                let (raw, next) = match after.strip_prefix('"') {
                    Some(q) => take_quoted(q),
                    None => (value, next),
                };
                push_field(&mut clauses, field, raw);
                rest = next;
                continue;
            }
            push_bare(&mut clauses, bare);
            rest = next;
        }
        Query { clauses }
    }

    /// True when the query has no clause (matches nothing).
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }
}

/// Splits `s` (just after an opening quote) at its closing quote.
fn take_quoted(s: &str) -> (&str, &str) {
    match s.find('"') {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => (s, ""),
    }
}

fn push_phrase(clauses: &mut Vec<Clause>, mut words: Vec<String>) {
    match words.len() {
        0 => {}
        1 => clauses.push(Clause::Word(words.remove(0))),
        _ => clauses.push(Clause::Phrase(words)),
    }
}

fn push_field(clauses: &mut Vec<Clause>, field: Field, raw: &str) {
    let mut value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if field == Field::Tag {
        value = value.trim_start_matches('#').to_string();
    }
    let value = fold_str(&value);
    if !value.is_empty() {
        clauses.push(Clause::Field(field, value));
    }
}

fn push_bare(clauses: &mut Vec<Clause>, bare: &str) {
    if let Some(stem) = bare.strip_suffix('*') {
        let mut words = terms(stem);
        if let Some(last) = words.pop() {
            clauses.extend(words.into_iter().map(Clause::Word));
            clauses.push(Clause::Prefix(last));
        }
        return;
    }
    push_phrase(clauses, terms(bare));
}

impl fmt::Display for Clause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Clause::Word(w) => f.write_str(w),
            Clause::Prefix(p) => write!(f, "{p}*"),
            Clause::Phrase(ws) => write!(f, "\"{}\"", ws.join(" ")),
            Clause::Field(field, v) if v.contains(char::is_whitespace) || v.starts_with('"') => {
                write!(f, "{}:\"{v}\"", field.name())
            }
            Clause::Field(field, v) => write!(f, "{}:{v}", field.name()),
        }
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, c) in self.clauses.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{c}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Clause {
        Clause::Word(s.into())
    }

    #[test]
    fn parses_every_clause_kind() {
        let q = Query::parse(
            r#"Envoy "peace  talks" negot* person:Witkoff org:"Brennan Institute" place:Velmora tag:#urgent note:follow"#,
        );
        assert_eq!(
            q.clauses,
            vec![
                w("envoy"),
                Clause::Phrase(vec!["peace".into(), "talks".into()]),
                Clause::Prefix("negot".into()),
                Clause::Field(Field::Person, "witkoff".into()),
                Clause::Field(Field::Org, "brennan institute".into()),
                Clause::Field(Field::Place, "velmora".into()),
                Clause::Field(Field::Tag, "urgent".into()),
                Clause::Field(Field::Note, "follow".into()),
            ]
        );
    }

    #[test]
    fn lenient_on_odd_input() {
        assert_eq!(Query::parse(r#""unclosed phrase"#).clauses.len(), 1);
        assert!(Query::parse(r#"person: "" * -- "#).is_empty());
        assert_eq!(Query::parse("Oduya’s").clauses, vec![w("oduya")]);
        assert_eq!(
            Query::parse("cease-fire").clauses,
            vec![Clause::Phrase(vec!["cease".into(), "fire".into()])]
        );
        assert_eq!(
            Query::parse("speaker:x").clauses,
            vec![Clause::Phrase(vec!["speaker".into(), "x".into()])]
        );
    }

    #[test]
    fn display_round_trips() {
        let q = Query::parse(r#"a "b c" d* person:"e f" tag:g "note:x""#);
        assert_eq!(Query::parse(&q.to_string()), q);
    }
}
