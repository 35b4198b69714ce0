//! The rule-based extractor (first cut; to be replaced by the full rules).

use super::{Entity, EntityKind, Mention, sort_for_display};
use crate::core::article::Block;

/// Finds entities in text. Build once, share across articles and threads.
#[derive(Debug, Default)]
pub struct Extractor {}

impl Extractor {
    /// Builds the extractor with the bundled gazetteers.
    pub fn new() -> Self {
        Extractor {}
    }

    /// Extracts the entities of one article.
    pub fn extract(&self, text: &str, blocks: &[Block]) -> Vec<Entity> {
        let mut out: Vec<Entity> = Vec::new();
        for b in blocks.iter().filter(|b| !b.is_heading()) {
            let para = &text[b.range()];
            let mut run: Option<(usize, usize)> = None;
            let mut words = 0;
            for (i, w) in para.split_inclusive(' ').scan(0, |pos, w| {
                let s = *pos;
                *pos += w.len();
                Some((s, w))
            }) {
                let core = w.trim_end_matches([' ', ',', '.']);
                if core.chars().next().is_some_and(char::is_uppercase) && i > 0 {
                    run = Some((run.map_or(i, |r| r.0), i + core.len()));
                    words += 1;
                } else {
                    if let Some((s, e)) = run.take()
                        && words >= 2
                    {
                        let name = &para[s..e];
                        let m = Mention {
                            start: b.start + s,
                            end: b.start + e,
                        };
                        match out.iter_mut().find(|x| x.name == name) {
                            Some(x) => x.mentions.push(m),
                            None => out.push(Entity {
                                name: name.to_string(),
                                kind: EntityKind::Person,
                                role: None,
                                aliases: vec![],
                                mentions: vec![m],
                            }),
                        }
                    }
                    words = 0;
                }
            }
        }
        sort_for_display(&mut out);
        out
    }
}
