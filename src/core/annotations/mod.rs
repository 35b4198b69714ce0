//! Annotations: W3C-shaped notes anchored to spans of the canonical text.
