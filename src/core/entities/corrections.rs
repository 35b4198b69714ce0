//! User corrections to the who's who (reject a name, change its kind, add a
//! name, merge two). They apply to every article.

use serde::{Deserialize, Serialize};

use super::Entity;

/// The user's corrections. Empty by default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corrections {}

impl Corrections {
    /// Applies the corrections to the entities extracted from `text`.
    pub fn apply(&self, _text: &str, entities: Vec<Entity>) -> Vec<Entity> {
        entities
    }
}
