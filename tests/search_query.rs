//! Query parser properties: never panics, printing and re-parsing gives the
//! same query, generated queries round-trip their tokens.

use newsdesk::core::search::{Clause, Field, Query};
use proptest::prelude::*;

fn word() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9]{0,8}"
}

fn clause() -> impl Strategy<Value = Clause> {
    let field = prop_oneof![
        Just(Field::Person),
        Just(Field::Org),
        Just(Field::Place),
        Just(Field::Tag),
        Just(Field::Note),
    ];
    prop_oneof![
        word().prop_map(Clause::Word),
        word().prop_map(Clause::Prefix),
        prop::collection::vec(word(), 2..5).prop_map(Clause::Phrase),
        (field, prop::collection::vec(word(), 1..3))
            .prop_map(|(f, ws)| Clause::Field(f, ws.join(" "))),
    ]
}

proptest! {
    #[test]
    fn parser_never_panics(s in "\\PC{0,80}") {
        let _ = Query::parse(&s);
    }

    #[test]
    fn parser_never_panics_on_query_like_input(
        s in "([a-zA-Z]{0,6}|person:|org:|tag:|note:|\"|\\*|’s|'s| |\n|é|İ|K){0,30}"
    ) {
        let q = Query::parse(&s);
        // Printing the parsed query and parsing it again changes nothing.
        prop_assert_eq!(Query::parse(&q.to_string()), q);
    }

    #[test]
    fn display_then_parse_is_identity(s in "\\PC{0,60}") {
        let q = Query::parse(&s);
        prop_assert_eq!(Query::parse(&q.to_string()), q);
    }

    #[test]
    fn generated_queries_round_trip(clauses in prop::collection::vec(clause(), 0..6)) {
        let q = Query { clauses };
        prop_assert_eq!(Query::parse(&q.to_string()), q);
    }
}
