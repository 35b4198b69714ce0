//! Annotations: W3C-shaped notes anchored to spans of the canonical text.

pub mod anchor;
mod fuzzy;
pub mod model;
pub mod normalize;
