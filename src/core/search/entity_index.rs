//! The people & organisations index: every entity across the corpus with
//! its kind, article and mention counts and the articles that mention it.
//! Entities are aggregated by kind and case-folded name; a name that is an
//! alias of exactly one longer name of the same kind (`Kellan` of `Dara
//! Kellan`) is folded into it.

use std::collections::{HashMap, HashSet};

use super::fold::fold_str;
use crate::core::entities::{Entity, EntityKind};

/// One article mentioning an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityArticle {
    pub doc: usize,
    pub mentions: usize,
}

/// One entity across the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityEntry {
    /// The most frequent spelling of the canonical name.
    pub name: String,
    pub kind: EntityKind,
    /// Other names folded into this one (folded spelling), sorted.
    pub aliases: Vec<String>,
    pub article_count: usize,
    pub mention_count: usize,
    /// Articles in library order.
    pub articles: Vec<EntityArticle>,
}

/// Builds the index over `n_docs` articles; `entities(i)` gives article
/// `i`'s entities. Sorted by kind, then article count, mention count
/// (descending), then name.
pub fn build_entity_index<E, R>(n_docs: usize, entities: E) -> Vec<EntityEntry>
where
    E: Fn(usize) -> R,
    R: AsRef<[Entity]>,
{
    // Pass 1: which full names each alias belongs to.
    let mut alias_of: HashMap<(EntityKind, String), HashSet<String>> = HashMap::new();
    for doc in 0..n_docs {
        for e in entities(doc).as_ref() {
            let full = fold_str(&e.name);
            for a in &e.aliases {
                let a = fold_str(a);
                if a != full && a.len() < full.len() {
                    alias_of
                        .entry((e.kind, a))
                        .or_default()
                        .insert(full.clone());
                }
            }
        }
    }
    let resolve = |kind: EntityKind, name: String| -> String {
        match alias_of.get(&(kind, name.clone())) {
            Some(targets) if targets.len() == 1 => targets.iter().next().cloned().unwrap_or(name),
            _ => name,
        }
    };
    // Pass 2: aggregate.
    struct Acc {
        spellings: HashMap<String, usize>,
        aliases: HashSet<String>,
        mentions: usize,
        articles: Vec<EntityArticle>,
    }
    let mut accs: HashMap<(EntityKind, String), Acc> = HashMap::new();
    for doc in 0..n_docs {
        for e in entities(doc).as_ref() {
            let folded = fold_str(&e.name);
            let key_name = resolve(e.kind, folded.clone());
            let acc = accs
                .entry((e.kind, key_name.clone()))
                .or_insert_with(|| Acc {
                    spellings: HashMap::new(),
                    aliases: HashSet::new(),
                    mentions: 0,
                    articles: Vec::new(),
                });
            if folded == key_name {
                *acc.spellings.entry(e.name.clone()).or_default() += e.mentions.len().max(1);
            } else {
                acc.aliases.insert(folded);
            }
            acc.aliases.extend(
                e.aliases
                    .iter()
                    .map(|a| fold_str(a))
                    .filter(|a| *a != key_name),
            );
            acc.mentions += e.mentions.len();
            match acc.articles.last_mut() {
                Some(last) if last.doc == doc => last.mentions += e.mentions.len(),
                _ => acc.articles.push(EntityArticle {
                    doc,
                    mentions: e.mentions.len(),
                }),
            }
        }
    }
    let mut out: Vec<EntityEntry> = accs
        .into_iter()
        .map(|((kind, key), acc)| {
            let name = acc
                .spellings
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map_or(key, |(s, _)| s.clone());
            let mut aliases: Vec<String> = acc.aliases.into_iter().collect();
            aliases.sort();
            EntityEntry {
                name,
                kind,
                aliases,
                article_count: acc.articles.len(),
                mention_count: acc.mentions,
                articles: acc.articles,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then(b.article_count.cmp(&a.article_count))
            .then(b.mention_count.cmp(&a.mention_count))
            .then(a.name.cmp(&b.name))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::entities::Mention;

    fn ent(name: &str, kind: EntityKind, aliases: &[&str], n: usize) -> Entity {
        Entity {
            name: name.into(),
            kind,
            role: None,
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            mentions: (0..n)
                .map(|i| Mention {
                    start: i,
                    end: i + 1,
                })
                .collect(),
        }
    }

    #[test]
    fn aggregates_and_folds_aliases() {
        let docs = [
            vec![
                ent("Dara Kellan", EntityKind::Person, &["Kellan"], 3),
                ent("Velmora", EntityKind::Place, &[], 1),
            ],
            vec![ent("Kellan", EntityKind::Person, &[], 2)],
            vec![
                ent("DARA KELLAN", EntityKind::Person, &[], 1),
                ent("Kellan", EntityKind::Organisation, &[], 1),
            ],
        ];
        let idx = build_entity_index(docs.len(), |i| docs[i].clone());
        let p = &idx[0];
        assert_eq!(
            (p.name.as_str(), p.kind),
            ("Dara Kellan", EntityKind::Person)
        );
        assert_eq!((p.article_count, p.mention_count), (3, 6));
        assert_eq!(p.aliases, vec!["kellan".to_string()]);
        assert_eq!(idx.len(), 3);
        assert!(
            idx.iter()
                .any(|e| e.kind == EntityKind::Organisation && e.name == "Kellan")
        );
    }
}
