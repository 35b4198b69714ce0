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

/// Aggregates entities article by article into the people &
/// organisations index. Articles may come in any order (the index job adds
/// them from several threads), and only one entry per distinct entity is
/// kept, so the per-article lists need not stay in memory.
#[derive(Debug, Default)]
pub struct EntityIndexBuilder {
    /// Which full names each shorter alias belongs to.
    alias_of: HashMap<(EntityKind, String), HashSet<String>>,
    /// Per (kind, folded name) as met in the articles.
    accs: HashMap<(EntityKind, String), Acc>,
}

#[derive(Debug, Default)]
struct Acc {
    spellings: HashMap<String, usize>,
    aliases: HashSet<String>,
    mentions: usize,
    articles: Vec<EntityArticle>,
}

impl EntityIndexBuilder {
    /// Takes in the entities of article `doc`.
    pub fn add(&mut self, doc: usize, entities: &[Entity]) {
        for e in entities {
            let full = fold_str(&e.name);
            let aliases: Vec<String> = e.aliases.iter().map(|a| fold_str(a)).collect();
            for a in &aliases {
                if *a != full && a.len() < full.len() {
                    self.alias_of
                        .entry((e.kind, a.clone()))
                        .or_default()
                        .insert(full.clone());
                }
            }
            let acc = self.accs.entry((e.kind, full)).or_default();
            *acc.spellings.entry(e.name.clone()).or_default() += e.mentions.len().max(1);
            acc.aliases.extend(aliases);
            acc.mentions += e.mentions.len();
            acc.articles.push(EntityArticle {
                doc,
                mentions: e.mentions.len(),
            });
        }
    }

    /// The index: a short form that belongs to exactly one full name joins
    /// it; sorted by kind, then most articles, most mentions, name.
    pub fn finish(self) -> Vec<EntityEntry> {
        let alias_of = self.alias_of;
        let resolve = |kind: EntityKind, name: &String| -> String {
            match alias_of.get(&(kind, name.clone())) {
                Some(targets) if targets.len() == 1 => targets
                    .iter()
                    .next()
                    .cloned()
                    .unwrap_or_else(|| name.clone()),
                _ => name.clone(),
            }
        };
        let mut merged: HashMap<(EntityKind, String), Acc> = HashMap::new();
        for ((kind, key), acc) in self.accs {
            let dest = resolve(kind, &key);
            let into = merged.entry((kind, dest.clone())).or_default();
            if dest == key {
                for (spelling, n) in acc.spellings {
                    *into.spellings.entry(spelling).or_default() += n;
                }
            } else {
                into.aliases.insert(key);
            }
            into.aliases
                .extend(acc.aliases.into_iter().filter(|a| *a != dest));
            into.mentions += acc.mentions;
            into.articles.extend(acc.articles);
        }
        let mut out: Vec<EntityEntry> = merged
            .into_iter()
            .map(|((kind, key), acc)| {
                let name = acc
                    .spellings
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                    .map_or(key, |(s, _)| s.clone());
                let mut aliases: Vec<String> = acc.aliases.into_iter().collect();
                aliases.sort();
                let articles = by_article(acc.articles);
                EntityEntry {
                    name,
                    kind,
                    aliases,
                    article_count: articles.len(),
                    mention_count: acc.mentions,
                    articles,
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
}

/// Articles in library order, one row per article (its mentions summed).
fn by_article(mut articles: Vec<EntityArticle>) -> Vec<EntityArticle> {
    articles.sort_by_key(|a| a.doc);
    let mut out: Vec<EntityArticle> = Vec::with_capacity(articles.len());
    for a in articles {
        match out.last_mut() {
            Some(last) if last.doc == a.doc => last.mentions += a.mentions,
            _ => out.push(a),
        }
    }
    out
}

/// The index over articles `0..n_docs`, `entities(doc)` giving each one's
/// entities.
pub fn build_entity_index<E, R>(n_docs: usize, entities: E) -> Vec<EntityEntry>
where
    E: Fn(usize) -> R,
    R: AsRef<[Entity]>,
{
    let mut builder = EntityIndexBuilder::default();
    for doc in 0..n_docs {
        builder.add(doc, entities(doc).as_ref());
    }
    builder.finish()
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
        // Articles added in any order give the same index.
        let mut b = EntityIndexBuilder::default();
        for doc in [2, 0, 1] {
            b.add(doc, &docs[doc]);
        }
        assert_eq!(b.finish(), idx);
    }
}
